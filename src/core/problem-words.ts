import { FILE_MESSAGES as F, PROBLEM_HINTS as H, PROBLEM_MESSAGES as M } from './errors.js';
import { JSON_FAULTS, type JsonFaultKind } from './json-text.js';
import type { Problem, ProblemCode, ProblemSeverity } from './types.js';
import type { InvisibleKind } from './visible-text.js';

// A problem keeps the facts its message is made of (`wording`: a key and its arguments), so that a tool can
// word it in its reader's language — the studio does, in Russian, English and Turkish. The English tables
// below are the words the CLI prints and `Problem.message` holds.

/** What a value must be, in a `wrongType` problem. */
export const EXPECTED_TYPES = {
  boolean: 'true or false',
  object: 'an object',
  objections: 'an array of objections',
  categories: 'an object of categories by id',
  category: 'an object with a "title"',
  replies: 'an array of replies',
  reply: 'an object with "text"',
  followUps: 'an array of follow-ups',
  followUp: 'an object with "customer" and "replies"',
  tips: 'an array of tips',
  text: 'an object of texts by locale, such as {"ru": "…"}',
  list: 'an object of phrase lists by locale, such as {"ru": ["…"]}',
  string: 'a string',
  strings: 'an array of strings',
  locales: 'an array of locale codes',
  scripts: 'an array of scripts',
  stages: 'an array of stages',
  steps: 'an array of steps',
  answers: 'an array of answers',
  checklist: 'an array of texts',
  when: 'an object of conditions by context key, such as {"loyaltyCard": "absent"}',
} as const;
export type ExpectedType = keyof typeof EXPECTED_TYPES;

/** What there must be at least one of, in an `empty` problem. */
export const EMPTY_THINGS = {
  locale: 'locale',
  reply: 'reply',
  trigger: 'trigger phrase',
  character: 'character of text',
  step: 'step',
  answer: 'answer',
} as const;
export type EmptyThing = keyof typeof EMPTY_THINGS;

/**
 * Every problem message as a function of its facts, by key: the English a problem's `message` is. A JSON path
 * in the facts (`firstPath`) stays a path; `firstPlace` is how the message names it (a file and line in a
 * catalog of several files).
 */
export const PROBLEM_WORDS = {
  notJson: (fault: JsonFaultKind | 'unknown') => M.notJson(fault === 'unknown' ? 'it cannot be read as JSON' : JSON_FAULTS[fault]),
  notAnObject: M.notAnObject,
  missingField: M.missingField,
  /** `actual` as `jsonTypeName` names it. */
  wrongType: (expected: ExpectedType, actual: string) => M.wrongType(EXPECTED_TYPES[expected], actual),
  empty: (what: EmptyThing) => M.empty(EMPTY_THINGS[what]),
  badId: M.badId,
  duplicateId: (id: string, firstPath: string, firstPlace: string = firstPath) => M.duplicateId(id, firstPlace),
  plainStringWithoutLocale: M.plainStringWithoutLocale,
  badLocale: M.badLocale,
  nonCanonicalLocale: M.nonCanonicalLocale,
  missingLocale: M.missingLocale,
  unknownField: (field: string, suggestion?: string) => M.unknownField(field, suggestion),
  unknownPlaceholder: M.unknownPlaceholder,
  unknownCondition: M.unknownCondition,
  badCondition: M.badCondition,
  unbalancedBrace: M.unbalancedBrace,
  invisibleCharacters: (count: number, kinds: readonly InvisibleKind[]) => M.invisibleCharacters(count, kinds),
  /** `reason` is English: what a browser or a server said. */
  loadFailed: M.loadFailed,
  unreadableFile: () => M.loadFailed('the file cannot be read'),
  longText: M.longText,
  badKind: M.badKind,
  answerTarget: M.answerTarget,
  tooManyAnswers: M.tooManyAnswers,
  unknownStep: (id: string, suggestion?: string) => M.unknownStep(id, suggestion),
  unknownStage: (id: string, suggestion?: string) => M.unknownStage(id, suggestion),
  badOutcome: M.badOutcome,
  unknownObjection: (id: string, suggestion?: string) => M.unknownObjection(id, suggestion),
  disabledScriptObjection: M.disabledScriptObjection,
  longReply: F.longReply,
  longShort: F.longShort,
  shortNotShorter: F.shortNotShorter,
  duplicateTrigger: (trigger: string, firstPath: string, firstPlace: string = firstPath) => F.duplicateTrigger(trigger, firstPlace),
  missingText: F.missingText,
  /** `reason` is English: what the YAML reader said, without a word of the file. */
  syntaxError: F.syntaxError,
  duplicateKey: F.duplicateKey,
  notACatalogFile: F.notACatalogFile,
  conflictingSetting: F.conflictingSetting,
  duplicateCategory: F.duplicateCategory,
  noCatalogFiles: F.noCatalogFiles,
  outsideFolder: F.outsideFolder,
} as const;

/** The fixes after a message, by key, in English: a problem's `hint`. */
export const HINT_WORDS = {
  badId: H.badId,
  quote: H.quote,
  missingLocale: H.missingLocale,
  missingText: H.missingText,
  duplicateId: H.duplicateId,
  duplicateKey: H.duplicateKey,
  longReply: H.longReply,
  longShort: H.longShort,
  duplicateTrigger: H.duplicateTrigger,
  unknownField: H.unknownField,
  quoteColon: H.quoteColon,
  indentation: H.indentation,
  invisibleCharacters: H.invisibleCharacters,
  longText: H.longText,
  unknownObjection: H.unknownObjection,
  disabledScriptObjection: H.disabledScriptObjection,
} as const;

export type ProblemWordKey = keyof typeof PROBLEM_WORDS;
export type HintWordKey = keyof typeof HINT_WORDS;

/** The facts of one message: its key and the arguments of its function in `table`. */
export type Wording<Table extends Record<string, (...args: never[]) => string>> = {
  [K in keyof Table]: { readonly key: K; readonly args: Parameters<Table[K]> };
}[keyof Table];

/** What a problem's message says, as facts: `{ key: 'missingLocale', args: ['ru'] }`. */
export type ProblemWording = Wording<typeof PROBLEM_WORDS>;
/** What a problem's hint says, as facts. */
export type HintWording = Wording<typeof HINT_WORDS>;

/**
 * The same messages in another language or for other readers: one function per key, with the English
 * one's arguments after `context` (how the reader's tool names a place and a field).
 */
export type WordTable<Table extends Record<string, (...args: never[]) => string>, Context> = {
  readonly [K in keyof Table]: (context: Context, ...args: Parameters<Table[K]>) => string;
};

/** The facts of a message, typed by its key. */
export const said = <K extends ProblemWordKey>(key: K, ...args: Parameters<(typeof PROBLEM_WORDS)[K]>): ProblemWording =>
  ({ key, args }) as ProblemWording;

/** The facts of a hint, typed by its key. */
export const hinted = <K extends HintWordKey>(key: K, ...args: Parameters<(typeof HINT_WORDS)[K]>): HintWording => ({ key, args }) as HintWording;

/**
 * Words `wording` with `table`: English with {@link PROBLEM_WORDS} or {@link HINT_WORDS}, or any
 * {@link WordTable} given its context.
 *
 * ```ts
 * wordWith(PROBLEM_WORDS, said('missingLocale', 'ru')); // 'has no "ru" text; English or another locale will be shown instead'
 * ```
 */
export function wordWith<Context>(
  table: Readonly<Record<string, (...args: never[]) => string>>,
  wording: ProblemWording | HintWording,
  ...context: [Context] | []
): string {
  const word = table[wording.key] as unknown as (...args: unknown[]) => string;
  return word(...context, ...wording.args);
}

/** A problem with its message in English and the facts it is made of, for other languages. */
export function problem(severity: ProblemSeverity, source: string, path: string, code: ProblemCode, wording: ProblemWording): Problem {
  return { severity, source, path, code, message: wordWith(PROBLEM_WORDS, wording), wording };
}

/** `found` with a hint, in English and as facts. */
export const withHint = (found: Problem, hint: HintWording): Problem => ({ ...found, hint: wordWith(HINT_WORDS, hint), hintWording: hint });
