import type { PhraseImportSummary } from './phrase-import.js';
import type { TemplateResult } from 'lit';
import type { MatchField } from '../core/index.js';
import type { DraftMode, ObjectionStatus } from './draft.js';
import type { InsightsStrings } from './insights-strings.js';

/** Catalog fields the studio names in its forms and problem list. */
export type FieldName = 'id' | 'category' | 'disabled' | 'title' | 'triggers' | 'tags' | 'replies' | 'followUps' | 'customer' | 'tips' | 'text' | 'short';

/** The code fragments of the line that tells how to use the exported file, already marked up. */
export interface ExportHowToParts {
  readonly file: TemplateResult;
  readonly tag: TemplateResult;
  readonly folder: TemplateResult;
  readonly demoLink: TemplateResult;
}

/**
 * The studio's interface texts in one language. Validation messages are not here: they come from core in
 * English, shared with the CLI; the studio only words what is around them.
 */
export interface StudioStrings {
  readonly studioTitle: string;
  readonly demoPage: string;
  readonly interfaceLanguage: string;
  readonly openGroup: string;
  readonly startEmpty: string;
  readonly openBuiltin: string;
  readonly openFile: string;
  readonly openFileLabel: string;
  readonly exportGroup: string;
  readonly downloadJson: string;
  readonly downloadYaml: string;
  readonly copyJson: string;
  readonly copied: string;
  readonly draftSaved: string;
  readonly draftNotSaved: string;

  readonly undo: string;
  readonly dismiss: string;
  readonly startedEmpty: string;
  readonly openedBuiltin: string;
  readonly openRefused: (fileName: string) => string;
  readonly opened: (fileName: string, objections: number) => string;
  readonly undone: string;
  readonly clipboardRefused: string;

  readonly catalogSettings: string;
  readonly modeLegend: string;
  readonly extendLabel: string;
  /** `builtinCount` is unknown until the built-in catalog has loaded. */
  readonly extendHelp: (builtinCount: number | undefined) => string;
  readonly replaceLabel: string;
  readonly replaceHelp: string;
  readonly languagesLegend: string;
  readonly exportHowTo: (parts: ExportHowToParts) => TemplateResult;

  readonly sidePanel: string;
  readonly editorPanel: string;
  readonly preview: string;
  readonly previewLanguage: string;
  readonly previewNote: (mode: DraftMode) => string;
  readonly emptyCatalog: string;
  readonly chooseObjection: string;
  readonly emptyHelp: (mode: DraftMode) => string;
  /** The button that adds an objection. */
  readonly addObjection: string;
  /** The heading of an objection with neither title nor ID yet. */
  readonly newObjection: string;
  readonly objectionNumber: (position: number) => string;

  readonly objections: string;
  readonly noObjections: string;
  readonly selectedObjection: string;
  readonly duplicate: string;
  readonly show: string;
  readonly hide: string;
  readonly delete: string;
  readonly statusBadges: Readonly<Record<ObjectionStatus, string>>;
  readonly untitled: string;
  readonly changeBuiltin: string;
  readonly editCopy: string;
  readonly hideBuiltin: string;

  readonly problems: string;
  readonly noProblems: string;
  readonly errors: (count: number) => string;
  readonly warnings: (count: number) => string;
  readonly readyToExport: string;
  readonly wholeCatalog: string;
  /** The last line of a list of problems, for those not listed (only the first 100 are): the widget's words. */
  readonly moreProblems: (count: number) => string;
  /** The summary of the problems of a file opened. */
  readonly fileProblems: (count: number) => string;

  readonly fields: Readonly<Record<FieldName, string>>;
  readonly optional: (label: string) => string;
  readonly reply: (position: number) => string;
  readonly followUp: (position: number) => string;
  readonly tip: (position: number) => string;
  readonly removeReply: (position: number) => string;
  readonly removeFollowUp: (position: number) => string;
  readonly removeTip: (position: number) => string;
  readonly statusNotes: Readonly<Record<ObjectionStatus, string>>;
  readonly idPlaceholder: string;
  readonly idHelp: string;
  readonly hiddenNote: string;
  readonly showAgain: string;
  /** The legend of a category's own title fields. */
  readonly categoryTitle: (category: string) => string;
  readonly categoryTitleHelp: string;
  readonly titleHelp: string;
  readonly triggersHelp: string;
  readonly tagsHelp: string;
  /** Under a reply's short line: what it is for. */
  readonly shortHelp: string;
  readonly repliesHelp: string;
  readonly followUpsHelp: string;
  readonly tipsHelp: string;
  readonly addReply: string;
  readonly addFollowUp: string;
  readonly addTip: string;
  readonly insertPlaceholder: string;
  readonly insertPlaceholderInto: (placeholder: string) => string;
  /** The tooltip of a field's language tag: "Title in RU". */
  readonly fieldInLanguage: (label: string, locale: string) => string;

  readonly testPhrase: string;
  readonly testPlaceholder: string;
  readonly testHint: string;
  readonly testNothing: string;
  readonly foundFirst: string;
  readonly yourDraft: string;
  readonly builtinBadge: string;
  readonly matchFields: Readonly<Record<MatchField, string>>;
  readonly matchedBy: (field: string, locale: string) => string;

  /** The toolbar's group of Undo (`undo`) and Redo. */
  readonly historyGroup: string;
  readonly redo: string;
  /** Said after a delete, before its "Undo" button. */
  readonly deleted: (name: string) => string;
  readonly stepUndone: string;
  readonly stepRedone: string;
  /** Problems of empty fields nobody touched yet, listed apart from errors. */
  readonly unfinished: (count: number) => string;
  /** A row of the problem list for such a field. */
  readonly notFilledYet: string;
  /** The button that shows every problem, as an export would. */
  readonly checkAll: string;
  readonly fixWriteText: (locale: string) => string;
  readonly fixUniqueId: (id: string) => string;
  readonly fixPlaceholder: (placeholder: string) => string;
  /** The note of an objection that replaces a built-in one, with that one's title. */
  readonly replacesBuiltin: (title: string) => string;
  /** The category choice that makes a new one. */
  readonly newCategory: string;
  readonly newCategoryName: string;
  readonly createCategory: string;
  readonly cancel: string;
  /** The default category's name, for objections with none. */
  readonly otherCategory: string;
  readonly categoryChoiceHelp: string;
  // Adding a file to the draft, coverage, exporting with errors, texts to update (issue 14); the search check's
  // notes are worded with the problems, in problem-words-*.ts.
  readonly addFile: string;
  readonly addFileLabel: string;
  /** `replaced`: how many of the file's objections took the place of the draft's of the same id (listed after). */
  readonly merged: (fileName: string, added: number, replaced: number) => string;
  readonly replacedList: string;
  /** A button that keeps an unknown field's data under the known field it is a misspelling of. */
  readonly useFieldAs: (field: string, known: string, objection: string) => string;
  readonly fieldUsed: (field: string, known: string, objection: string) => string;
  readonly coverage: string;
  readonly coverageHelp: string;
  readonly coverageObjection: string;
  readonly coveragePhrases: (count: number) => string;
  readonly coverageReplies: (written: number, total: number) => string;
  readonly coverageNoTitle: string;
  readonly exportWithErrors: (errors: number) => string;
  /** `objections`: the titles of those the widget will leave out, joined. */
  readonly exportWithErrorsText: (objections: string) => string;
  readonly exportAnyway: string;
  readonly showErrors: string;
  readonly mayNeedUpdate: string;
  readonly confirmText: string;
  readonly confirmTextLabel: (field: string) => string;
  /** The search box over the objection list, and what it says when nothing matches. */
  readonly filterObjections: string;
  readonly filterPlaceholder: string;
  readonly filterNothing: string;
  readonly filterCount: (shown: number, all: number) => string;

  /** Importing customer phrases from a CSV file of rows: ID, language, phrase. */
  readonly importPhrases: string;
  readonly importPhrasesHelp: string;
  /** What an import did: phrases added, to how many objections; what it left out and why. */
  readonly phrasesImported: (fileName: string, summary: PhraseImportSummary) => string;
  /** The Insights tab: what exported call logs say of the catalog. */
  readonly insights: InsightsStrings;
}
