import type { PhraseImportSummary } from './phrase-import.js';
import type { TemplateResult } from 'lit';
import type { MatchField } from '../core/index.js';
import type { DraftMode, ObjectionStatus } from './draft.js';

/** Catalog fields the studio names in its forms and problem list. */
export type FieldName = 'id' | 'category' | 'disabled' | 'title' | 'triggers' | 'tags' | 'replies' | 'followUps' | 'customer' | 'tips' | 'text';

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
  readonly categoryHelp: (builtinCategories: string) => string;
  /** The legend of a category's own title fields. */
  readonly categoryTitle: (category: string) => string;
  readonly categoryTitleHelp: string;
  readonly titleHelp: string;
  readonly triggersHelp: string;
  readonly tagsHelp: string;
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
}
