import type { HintWording, ProblemWording } from './problem-words.js';

/** A language code such as `ru`, `en` or `tr` (the primary subtag of a BCP 47 tag). */
export type Locale = string;

/** Locales the built-in catalog and the element's own interface are written in. */
export const BUILTIN_LOCALES = ['ru', 'en', 'tr'] as const;

/** Category of objections that name none. */
export const DEFAULT_CATEGORY = 'other';

/** Text in several languages, keyed by locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** Lists of phrases in several languages, keyed by locale. */
export type LocalizedList = Readonly<Record<Locale, readonly string[]>>;

/** What a condition of `when` asks of a context value: that it is known, or that it is not. */
export type ContextCondition = 'present' | 'absent';

/**
 * When a reply or a script answer is meant for the call: context keys (placeholder names) and whether each must be
 * known (`present`) or unknown (`absent`), such as `{ loyaltyCard: 'absent' }` for offering a loyalty card.
 */
export type ContextConditions = Readonly<Record<string, ContextCondition>>;

/** A reply the operator can say or paste; `text` may hold placeholders such as `{clientName}`. */
export interface Reply {
  readonly id: string;
  readonly text: LocalizedText;
  /** The reply in one breath, shown above `text` for saying aloud; placeholders work in it too. */
  readonly short?: LocalizedText;
  /** What the call's context must (not) know for this reply to fit; the widget shows the others after it, marked. */
  readonly when?: ContextConditions;
}

/** What the customer is likely to say after the first replies, and what to answer then. */
export interface FollowUp {
  readonly id: string;
  readonly customer: LocalizedText;
  readonly replies: readonly Reply[];
}

/** One objection: what customers say (triggers) and how to answer. */
export interface Objection {
  readonly id: string;
  readonly category: string;
  readonly title: LocalizedText;
  readonly triggers: LocalizedList;
  readonly tags: LocalizedList;
  readonly replies: readonly Reply[];
  readonly followUps: readonly FollowUp[];
  readonly tips: readonly LocalizedText[];
  /** Name of the catalog the objection came from (a file name, a URL or `built-in`). */
  readonly source: string;
}

/** A titled part of a call script, in order: what the script view's progress shows. */
export interface ScriptStage {
  readonly id: string;
  readonly title: LocalizedText;
}

/**
 * One thing the customer may answer at a step, with exactly one of: the step that follows (`next`), an objection
 * to open before coming back to this step (`objection`), or the call's outcome (`end`, such as `ordered`).
 */
export interface ScriptAnswer {
  readonly label: LocalizedText;
  /** What the call's context must (not) know for this answer to fit; one that does not is marked, still chosen by its digit. */
  readonly when?: ContextConditions;
  readonly next?: string;
  readonly objection?: string;
  readonly end?: string;
}

/** One step of a call script: what the operator says (placeholders as in replies), and the answers to expect. */
export interface ScriptStep {
  readonly id: string;
  readonly stage?: string;
  readonly say: LocalizedText;
  /** When and why: advice for this step, and the mistakes to avoid. */
  readonly note?: LocalizedText;
  /** What to go through at this step, such as every parameter of the order to confirm. */
  readonly checklist: readonly LocalizedText[];
  readonly answers: readonly ScriptAnswer[];
}

/** A call guided from greeting to outcome: steps from `start`, each leading on by the customer's answer. */
export interface Script {
  readonly id: string;
  readonly kind: 'incoming' | 'outgoing';
  readonly title: LocalizedText;
  readonly stages: readonly ScriptStage[];
  readonly start: string;
  readonly steps: readonly ScriptStep[];
  /** Name of the catalog the script came from, as for objections. */
  readonly source: string;
}

/** A group of objections shown together when the search box is empty. */
export interface Category {
  readonly id: string;
  readonly title: LocalizedText;
}

/** A validated catalog, ready to be merged with others. */
export interface Catalog {
  readonly source: string;
  readonly locales: readonly Locale[];
  readonly categories: readonly Category[];
  readonly objections: readonly Objection[];
  /** Ids this catalog hides from the catalogs merged before it (`"disabled": true`). */
  readonly disabled: readonly string[];
  readonly scripts: readonly Script[];
  /** Script ids this catalog hides from the catalogs merged before it. */
  readonly disabledScripts: readonly string[];
}

/** What catalogs look like once merged: the objections and categories to search and show. */
export interface MergedCatalog {
  readonly categories: readonly Category[];
  readonly objections: readonly Objection[];
  readonly scripts: readonly Script[];
}

/** Localised text as written in a catalog file: a map by locale, or a plain string in a one-locale catalog. */
export type LocalizedTextInput = string | Record<Locale, string>;

/** A localised list as written in a catalog file: a map by locale, or a plain array in a one-locale catalog. */
export type LocalizedListInput = string[] | Record<Locale, string[]>;

export interface ReplyInput {
  id?: string;
  text: LocalizedTextInput;
  short?: LocalizedTextInput;
  when?: Record<string, ContextCondition>;
}

export interface FollowUpInput {
  id?: string;
  customer: LocalizedTextInput;
  replies: ReplyInput[];
}

export interface ObjectionInput {
  id: string;
  category?: string;
  title?: LocalizedTextInput;
  triggers?: LocalizedListInput;
  tags?: LocalizedListInput;
  replies?: ReplyInput[];
  followUps?: FollowUpInput[];
  tips?: LocalizedTextInput[];
  /** Hides an objection of the same id from the catalogs merged before this one. */
  disabled?: boolean;
}

export interface ScriptAnswerInput {
  label: LocalizedTextInput;
  when?: Record<string, ContextCondition>;
  next?: string;
  objection?: string;
  end?: string;
}

export interface ScriptStepInput {
  id: string;
  stage?: string;
  say: LocalizedTextInput;
  note?: LocalizedTextInput;
  checklist?: LocalizedTextInput[];
  answers: ScriptAnswerInput[];
}

export interface ScriptInput {
  id: string;
  kind?: 'incoming' | 'outgoing';
  title?: LocalizedTextInput;
  stages?: Array<{ id: string; title: LocalizedTextInput }>;
  start?: string;
  steps?: ScriptStepInput[];
  /** Hides a script of the same id from the catalogs merged before this one. */
  disabled?: boolean;
}

/** A catalog as written in JSON (see `objections/catalog.schema.json`). */
export interface CatalogInput {
  $schema?: string;
  /** The one locale of a one-locale catalog; lets texts be plain strings. */
  locale?: Locale;
  /** The locales the catalog is written in; each text is expected in every one of them. */
  locales?: Locale[];
  categories?: Record<string, { title: LocalizedTextInput }>;
  /** A file may leave it out when it has `scripts`; a built catalog always has it. */
  objections: ObjectionInput[];
  scripts?: ScriptInput[];
}

export type ProblemSeverity = 'error' | 'warning';

/** One thing wrong with a catalog, with where it is. */
export interface Problem {
  readonly severity: ProblemSeverity;
  /** Which catalog: a file name, a URL, `catalog` (the element property) or `built-in`. */
  readonly source: string;
  /** JSON path inside the catalog, such as `objections[3].replies[0].text`; empty for the whole file. */
  readonly path: string;
  /** Stable machine-readable kind of problem, such as `missing-field`. */
  readonly code: ProblemCode;
  /** What is wrong, in a sentence. */
  readonly message: string;
  /**
   * The facts `message` is made of: a key of `PROBLEM_WORDS` and its arguments, for a tool to word the
   * problem in its reader's language. Every problem core reports has it.
   */
  readonly wording?: ProblemWording;
  /** How to fix it, in a few words, when the message does not already say so. */
  readonly hint?: string;
  /** The facts `hint` is made of: a key of `HINT_WORDS` and its arguments. */
  readonly hintWording?: HintWording;
  /** 1-based line and column in the source file, when the catalog was read from text with positions. */
  readonly line?: number;
  readonly column?: number;
}

export type ProblemCode =
  | 'not-json'
  | 'not-an-object'
  | 'missing-field'
  | 'wrong-type'
  | 'empty'
  | 'bad-id'
  | 'duplicate-id'
  | 'plain-string-without-locale'
  | 'bad-locale'
  | 'missing-locale'
  | 'unknown-field'
  | 'unknown-placeholder'
  | 'bad-condition'
  | 'unbalanced-brace'
  | 'invisible-characters'
  | 'long-reply'
  | 'long-short'
  | 'long-text'
  | 'duplicate-trigger'
  | 'syntax-error'
  | 'duplicate-key'
  | 'not-a-catalog-file'
  | 'conflicting-setting'
  | 'no-catalog-files'
  | 'outside-folder'
  | 'load-failed'
  // Call scripts:
  | 'bad-kind'
  | 'answer-target'
  | 'too-many-answers'
  | 'unknown-step'
  | 'unknown-stage'
  | 'bad-outcome'
  | 'unknown-objection'
  // The studio's search check (`objection-desk lint`'s findings on the objection being edited):
  | 'few-triggers'
  | 'near-trigger'
  | 'found-elsewhere';
