import type { ObjectionInput, Problem, ScriptInput } from '../core/index.js';
import type { CatalogFormat } from '../core/catalog-text.js';
import type { UiLocale } from '../ui/locale.js';
import type { ObjectionCommand } from './draft.js';
import type { ProblemFix } from './problem-fixes.js';

/**
 * How the studio's child components dispatch their events (every one below but `catalog-export`): they bubble
 * to the studio's shadow root and stop there, so a page sees only what the studio itself tells it.
 */
export const WITHIN_STUDIO = { composed: false } as const satisfies Omit<CustomEventInit, 'detail'>;

/** Detail of `catalog-export`: the file the marketer downloaded or copied. */
export interface CatalogExportDetail {
  readonly format: CatalogFormat;
  readonly fileName: string;
  readonly text: string;
}

/** Detail of `ui-locale-change`: the studio's interface language, and its name for itself in that language. */
export interface UiLocaleChangeDetail {
  readonly locale: UiLocale;
  readonly title: string;
}

/** Detail of `phrases-import`: a table of customer phrases the marketer chose to add to the draft. */
export interface PhrasesImportDetail {
  readonly fileName: string;
  readonly text: string;
}

/** Detail of `objection-pick`: the objection of the draft to edit. */
export interface ObjectionPickDetail {
  readonly index: number;
}

/** Detail of `objection-change`: an objection of the draft as the marketer edited it. */
export interface ObjectionChangeDetail {
  readonly index: number;
  readonly objection: ObjectionInput;
}

/** Detail of `category-change`: a category's title by locale as the marketer edited it; empty when it has none. */
export interface CategoryChangeDetail {
  readonly id: string;
  readonly title: Readonly<Record<string, string>>;
}

/** Detail of `objection-command`: what the list or the editor asks of the draft. */
export type ObjectionCommandDetail = ObjectionCommand;

/** Detail of `problem-pick`: the problem whose field the marketer wants to see. */
export interface ProblemPickDetail {
  readonly problem: Problem;
}

/** Detail of `problem-fix`: the problem and the one-click fix the marketer chose for it. */
export interface ProblemFixDetail {
  readonly problem: Problem;
  readonly fix: ProblemFix;
}

/** Detail of `field-touch`: the form path of a field the marketer left after editing it. */
export interface FieldTouchDetail {
  readonly path: string;
}

/** Detail of `script-change`: a script of the draft as the marketer edited it in the script form. */
export interface ScriptChangeDetail {
  readonly index: number;
  readonly script: ScriptInput;
}

/** Detail of `scripts-change`: the draft's scripts after the marketer added, copied, hid, removed or edited one. */
export interface ScriptsChangeDetail {
  readonly scripts: readonly ScriptInput[];
}

/** Detail of `preview-locale-change`: the language the marketer chose for the previews. */
export interface PreviewLocaleChangeDetail {
  readonly locale: UiLocale;
}

declare global {
  interface HTMLElementEventMap {
    /** The studio exported its draft as a file (download or clipboard). */
    'catalog-export': CustomEvent<CatalogExportDetail>;
    /** The studio's interface language was settled or switched: a page can follow it with its `lang` and title. */
    'ui-locale-change': CustomEvent<UiLocaleChangeDetail>;
    // The studio's internal events, dispatched `WITHIN_STUDIO`:
    /** An objection was chosen in the studio's list. */
    'objection-pick': CustomEvent<ObjectionPickDetail>;
    /** An objection was edited in the studio's form. */
    'objection-change': CustomEvent<ObjectionChangeDetail>;
    /** The title of a category of the draft was edited in the studio's form. */
    'category-change': CustomEvent<CategoryChangeDetail>;
    /** The studio's list asked to add, copy, hide, delete or override an objection. */
    'objection-command': CustomEvent<ObjectionCommandDetail>;
    /** A problem was chosen in the studio's problem list. */
    'problem-pick': CustomEvent<ProblemPickDetail>;
    /** A problem's one-click fix was chosen, under a field or in the problem list. */
    'problem-fix': CustomEvent<ProblemFixDetail>;
    /** "Check" was pressed in the problem list: every problem shows, empty fields included. */
    'problems-check': CustomEvent<null>;
    /** A field of the form was left after an edit: its problems may show now. */
    'field-touch': CustomEvent<FieldTouchDetail>;
    /** The studio's list read a file of customer phrases to add to the draft. */
    'phrases-import': CustomEvent<PhrasesImportDetail>;
    /** A script was edited in the studio's script form. */
    'script-change': CustomEvent<ScriptChangeDetail>;
    /** The studio's scripts part changed the draft's scripts. */
    'scripts-change': CustomEvent<ScriptsChangeDetail>;
    /** The language of the scripts part's preview was switched: the studio's previews follow it. */
    'preview-locale-change': CustomEvent<PreviewLocaleChangeDetail>;
  }
}
