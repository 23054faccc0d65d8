import type { Problem } from './types.js';
import type { InvisibleKind } from './visible-text.js';

const INVISIBLE_KIND_NAMES: Readonly<Record<InvisibleKind, string>> = {
  tag: 'tag characters',
  'bidi-control': 'direction controls',
  'zero-width': 'zero-width characters',
  'variation-selector': 'variation selectors',
  control: 'control characters',
  other: 'other invisible characters',
};

/**
 * Every message a catalog author can see, in one place, so wording stays consistent between the CLI, the
 * element's `catalog-error` event and the docs.
 */
export const PROBLEM_MESSAGES = {
  notJson: (reason: string) => `is not valid JSON: ${reason}`,
  notAnObject: () => 'must be a JSON object with an "objections" array',
  missingField: (field: string) => `is missing the required field "${field}"`,
  wrongType: (expected: string, actual: string) => `must be ${expected}, not ${actual}`,
  empty: (what: string) => `must not be empty: give at least one ${what}`,
  badId: (id: string) =>
    `has the id "${id}"; ids are lower-case letters, digits and dashes, starting with a letter or digit`,
  duplicateId: (id: string, firstPath: string) => `repeats the id "${id}" already used at ${firstPath}; this one is skipped`,
  plainStringWithoutLocale: () =>
    'is a plain string, but the catalog does not declare its one locale: write {"ru": "…"} or add "locale": "ru" at the top',
  badLocale: (key: string) => `has "${key}" where a locale code such as "ru", "en" or "tr" is expected`,
  nonCanonicalLocale: (code: string, canonical: string) => `has the locale code "${code}", which is read as "${canonical}"; write "${canonical}"`,
  missingLocale: (locale: string) => `has no "${locale}" text; English or another locale will be shown instead`,
  unknownField: (field: string, suggestion?: string) =>
    `has an unknown field "${field}"${suggestion ? ` — did you mean "${suggestion}"?` : ''}; it is ignored`,
  unknownPlaceholder: (name: string, known: readonly string[]) =>
    `uses the placeholder {${name}}, which is not one of ${known.map((k) => `{${k}}`).join(', ')}; it stays for the operator to fill`,
  unknownCondition: (name: string, known: readonly string[]) =>
    `names the context key "${name}", which is not one of ${known.map((k) => `"${k}"`).join(', ')}; it counts only if the page's context gives it`,
  badCondition: (name: string, condition: string) =>
    `asks "${condition}" of "${name}"; a condition is "present" (the context must know it) or "absent" (it must not); it is ignored`,
  unbalancedBrace: () => 'has a "{" or "}" that does not form a {placeholder}; it is shown as written',
  invisibleCharacters: (count: number, kinds: readonly InvisibleKind[]) =>
    `has ${count} invisible character${count === 1 ? '' : 's'} (${kinds.map((kind) => INVISIBLE_KIND_NAMES[kind]).join(', ')}) ` +
    'that a copy would carry unseen; the widget shows and copies the text without them',
  loadFailed: (reason: string) => `could not be loaded: ${reason}`,
  longText: (length: number, max: number) => `is ${length} characters long; only its first ${max} are searched`,
  badKind: (kind: string) => `has the kind "${kind}"; a script is "incoming" or "outgoing"`,
  answerTarget: (fields: readonly string[]) =>
    (fields.length === 0 ? 'leads nowhere' : `has ${fields.map((field) => `"${field}"`).join(' and ')}`) +
    ': an answer takes exactly one of "next" (a step), "objection" (to open) or "end" (an outcome); it is left out',
  tooManyAnswers: (count: number, max: number) => `has ${count} answers; the digits 1–${max} choose them, so only the first ${max} are kept`,
  unknownStep: (id: string, suggestion?: string) =>
    `names the step "${id}", which this script does not have${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
  unknownStage: (id: string, suggestion?: string) =>
    `names the stage "${id}", which this script's "stages" do not have${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
  badOutcome: (outcome: string) =>
    `has the outcome "${outcome}"; an outcome is written as ids are, such as "ordered", "callback", "declined" or "resolved"`,
  unknownObjection: (id: string, suggestion?: string) =>
    `opens the objection "${id}", which none of the catalogs has${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
  disabledScriptObjection: (id: string, script: string, step: string, answer: number) =>
    `disables the objection "${id}", which answer ${answer} of step "${step}" of the built-in call script "${script}" opens; that answer is offered disabled`,
} as const;

/**
 * What only an author can act on: catalog files as text, how they fit together, replies too long to say and
 * repeated triggers. Tools check these; the element does not, which keeps this text out of its bundle.
 */
export const FILE_MESSAGES = {
  longReply: (length: number, max: number) => `is ${length} characters long; a reply over ${max} is hard to say on a call`,
  longShort: (length: number, max: number) => `is ${length} characters long; a short line over ${max} does not fit in one breath`,
  shortNotShorter: (length: number, replyLength: number) => `is ${length} characters long, no shorter than its reply (${replyLength})`,
  duplicateTrigger: (trigger: string, firstPath: string) =>
    `repeats the trigger "${trigger}" already at ${firstPath}; a query for it cannot tell the two apart`,
  missingText: (locale: string) => `is missing the "${locale}" text that the rest of its objection has; an operator would read another language here`,
  syntaxError: (reason: string) => `cannot be read: ${reason}`,
  duplicateKey: (key: string) => `repeats the key "${key}"; only one of the two would be kept`,
  notACatalogFile: () => 'must be a catalog (with "objections") or one objection (with "id")',
  conflictingSetting: (field: string, value: string, firstValue: string, firstPlace: string) =>
    `sets "${field}" to ${value}, but ${firstPlace} already set it to ${firstValue}`,
  duplicateCategory: (id: string, firstPlace: string) => `repeats the category "${id}" already defined at ${firstPlace}; this one is skipped`,
  noCatalogFiles: () => 'has no .yaml, .yml or .json file to read',
  outsideFolder: () => 'is a link to a file outside the folder; it is not read',
} as const;

/** What `objection-desk lint` says of a trigger or an objection; each names the objection before it. */
export const LINT_MESSAGES = {
  sameTrigger: (trigger: string, otherId: string, otherTrigger: string) =>
    `trigger "${trigger}" is the same as "${otherTrigger}" of ${otherId} once case, accents and punctuation are ignored`,
  nearTrigger: (trigger: string, otherId: string, otherTrigger: string) =>
    `trigger "${trigger}" is one letter away from "${otherTrigger}" of ${otherId}; a typo turns one into the other`,
  foundElsewhere: (trigger: string, otherId: string, otherText: string) =>
    `trigger "${trigger}" as a query finds ${otherId} first (by "${otherText}")`,
  foundNothing: (trigger: string) => `trigger "${trigger}" as a query finds nothing`,
  fewTriggers: (count: number, locale: string, min: number) =>
    `has ${count} trigger${count === 1 ? '' : 's'} in ${locale}; give at least ${min} ways a customer says it`,
  missingLocale: (locale: string) => `has no triggers in ${locale}; a ${locale} query cannot find it by what customers say`,
  missingText: (path: string, locale: string) => `${path} is missing the "${locale}" text that the rest of the objection has`,
  unreachableStep: (start: string) => `no answer leads to this step from the start ("${start}"); the operator never reaches it`,
  deadEndStep: () => 'no answer leads from this step to an end ("end"); a call that gets here cannot be closed with an outcome',
  sameLabel: (label: string, number: number, otherNumber: number, locale: string) =>
    `answer ${number} "${label}" reads the same as answer ${otherNumber} in ${locale} once case, accents and punctuation are ignored`,
  untitledCategory: (category: string) =>
    `its category "${category}" has no title, so the widget lists it as "Other"; give it a title under "categories" at the top`,
} as const;

/** An id written as ids are: `Installment Plan` → `installment-plan`; `''` when nothing of it is left. */
export const idSlug = (id: string): string => id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '');

/** One-line fixes shown after a message, for problems whose message says what is wrong but not what to do. */
export const PROBLEM_HINTS = {
  badId: (id: string) => {
    const slug = idSlug(id);
    return slug ? `write "${slug}"` : 'use lower-case latin letters, digits and dashes';
  },
  quote: () => 'put the value in quotes: a bare 404 or true is a number or a yes-no value, not text',
  missingLocale: (locale: string) => `add the "${locale}" text, or drop "${locale}" from "locales" at the top`,
  missingText: (locale: string) => `write its "${locale}" text`,
  duplicateId: () => 'give one of them another id; to change a built-in objection, keep its id in one file only',
  duplicateKey: () => 'delete one of the two, or merge them',
  longReply: () => 'shorten it or split it into two replies',
  longShort: () => 'keep only what is said first; the reply below it has the rest',
  duplicateTrigger: () => 'keep the phrase in the one objection it belongs to',
  unknownField: () => 'remove it, or check its spelling against docs/extend-catalog.md',
  quoteColon: () => 'put text that holds ": " in quotes',
  indentation: () => 'indent with spaces, and start the items of one list or map at the same column',
  invisibleCharacters: () => 'retype the text, or delete them in an editor that shows invisible characters',
  longText: () => 'shorten it: a phrase or a reply is said on a call, and what follows the limit is never found',
  unknownObjection: () => 'correct the id, or give the catalog that has the objection too',
  disabledScriptObjection: (script: string) => `keep the objection, or disable or replace the script "${script}" too`,
} as const;

/** Where in its source a problem is, when known: `:line:column`, else nothing. */
export const problemPosition = ({ line, column }: Problem): string => (line === undefined ? '' : `:${line}:${column ?? 1}`);

/** What to do about a problem, when known: ` → hint`, else nothing. */
export const problemHint = ({ hint }: Problem): string => (hint ? ` → ${hint}` : '');

/**
 * `source:line:column: path: severity: message → hint`, the one line the CLI prints and the element lists;
 * the position and the hint only when known. Editors and terminals open `file:line:column` as a link.
 */
export function formatProblem(problem: Problem): string {
  const { severity, source, path, message } = problem;
  return `${source}${problemPosition(problem)}${path ? `: ${path}` : ''}: ${severity}: ${message}${problemHint(problem)}`;
}
