import { idSlug, type EmptyThing, type ExpectedType, type JsonFaultKind } from '../core/index.js';
import type { InvisibleKind } from '../core/visible-text.js';
import { plural } from '../ui/locale.js';
import { caseTwin, type StudioProblemWords } from './problem-words-shared.js';

const JSON_FAULTS: Readonly<Record<JsonFaultKind | 'unknown', string>> = {
  value: 'a value is missing here',
  end: 'the text ends too early',
  afterValue: 'a comma or a closing bracket is missing here',
  key: 'a field name in double quotes is missing here',
  colon: 'a colon is missing here',
  string: 'a text in quotes is not closed on its line',
  escape: 'a text has a \\ with a letter JSON does not know',
  control: 'a text has a control character (a line break is written \\n)',
  trailing: 'there is more text after the end of the data',
  deep: 'the data is nested too deep',
  trailingComma: 'a comma before } or ] is one too many',
  unknown: 'the text cannot be read as JSON',
};

const EXPECTED: Readonly<Record<ExpectedType, string>> = {
  boolean: 'yes or no (true / false)',
  object: 'an object in curly brackets',
  objections: 'a list of objections',
  categories: 'categories by code',
  category: 'a category with a title',
  replies: 'a list of replies',
  reply: 'a reply with its text',
  followUps: 'a list of follow-ups',
  followUp: 'a follow-up: what the customer says and the replies',
  tips: 'a list of tips',
  text: 'texts by language, such as {"en": "…"}',
  list: 'phrases by language, such as {"en": ["…"]}',
  string: 'a text',
  strings: 'a list of texts',
  locales: 'a list of language codes',
  scripts: 'a list of scripts',
  stages: 'a list of stages',
  steps: 'a list of steps',
  answers: 'a list of answers',
  checklist: 'a checklist (a list of texts)',
  when: 'conditions by context key, such as {"loyaltyCard": "absent"}',
};

const TYPES: Readonly<Record<string, string>> = { null: 'nothing (null)', 'an array': 'a list', 'an object': 'an object', 'a string': 'a text', 'a number': 'a number', 'a boolean': 'a yes / no' };

const EMPTY: Readonly<Record<EmptyThing, string>> = {
  locale: 'Empty: write the text in at least one language.',
  reply: 'No reply yet: add at least one.',
  trigger: 'No customer phrase yet: write at least one.',
  character: 'The text is empty.',
  step: 'No step yet: add at least one.',
  answer: 'No answer yet: add at least one.',
};

const INVISIBLE: Readonly<Record<InvisibleKind, string>> = {
  tag: 'tag characters',
  'bidi-control': 'text direction marks',
  'zero-width': 'zero-width characters',
  'variation-selector': 'variation selectors',
  control: 'control characters',
  other: 'other invisible characters',
};

const at = (where: string) => (where ? ` (${where})` : '');
const characters = (count: number) => `${count} character${count === 1 ? '' : 's'}`;

/** The studio's problem messages in English: plainer than the CLI's, naming fields as the form does. */
export const EN_PROBLEM_WORDS: StudioProblemWords = {
  position: (line, column) => `line ${line}, column ${column}`,
  messages: {
    notJson: (c, fault) => `The file cannot be read: ${JSON_FAULTS[fault]}${at(c.at)}.`,
    notAnObject: () => 'This is not a catalog: it has no list of objections ("objections").',
    missingField: (c, field) => `Not filled in: "${c.field(field)}".`,
    wrongType: (c, expected, actual) => `This must be ${EXPECTED[expected]}, not ${TYPES[actual] ?? actual}${at(c.at)}.`,
    empty: (_, what) => EMPTY[what],
    badId: (c, id) => `Has the id "${id}": "${c.subject}" takes lower-case latin letters, digits and dashes.`,
    duplicateId: (c, id, firstPath) => `The code "${id}" is taken: ${c.place(firstPath)}. While the codes are the same, this objection is left out of the catalog.`,
    plainStringWithoutLocale: () => 'This text has no language: tick the catalog\'s language under "Languages".',
    badLocale: (_, key) => `"${key}" is not a language code; use a code such as ru, en or tr.`,
    nonCanonicalLocale: (_, code, canonical) => `The language code "${code}" is read as "${canonical}": write "${canonical}".`,
    missingLocale: (_, locale) => `No ${locale.toUpperCase()} text: operators using that language will see another one.`,
    unknownField: (_, field, suggestion) => `Unknown field "${field}"${suggestion ? ` — did you mean "${suggestion}"?` : ''} It is not read.`,
    unknownPlaceholder: (_, name, known) => {
      const twin = caseTwin(name, known);
      return twin
        ? `There is no placeholder {${name}} — did you mean {${twin}}? Upper and lower case matter.`
        : `{${name}} is not one of the known placeholders (the buttons above the replies): the operator fills it in.`;
    },
    unknownCondition: (_, name) => `"${name}" is not one of the known placeholders: the condition holds only if the page's context gives it.`,
    badCondition: (_, name, condition) => `"${condition}" is not a condition for "${name}": write "present" (must be known) or "absent" (must not be). It is ignored.`,
    unbalancedBrace: () => 'A curly bracket without its pair: it makes no placeholder and stays in the text as written.',
    invisibleCharacters: (_, count, kinds) =>
      `${count} invisible ${count === 1 ? 'character' : 'characters'} (${kinds.map((kind) => INVISIBLE[kind]).join(', ')}): a copy would carry them unseen; the widget shows the text without them.`,
    loadFailed: (_, reason) => `It could not be loaded: ${reason}.`,
    unreadableFile: () => 'The browser could not read this file.',
    longText: (_, length, max) => `${characters(length)}: search reads only the first ${max}.`,
    longReply: (_, length, max) => `The reply is ${characters(length)} long: one over ${max} is hard to say on a call.`,
    longShort: (_, length, max) => `The short line is ${characters(length)} long: one over ${max} does not fit in one breath.`,
    shortNotShorter: (_, length, replyLength) => `The short line is ${characters(length)} long, no shorter than its reply (${replyLength}).`,
    duplicateTrigger: (c, trigger, firstPath) => `The phrase "${trigger}" is already in ${c.place(firstPath)}. Search cannot tell the two apart.`,
    missingText: (_, locale) => `No ${locale.toUpperCase()} text, though the rest of the objection has it: an operator would read another language here.`,
    syntaxError: (c, reason) => `The file cannot be read as YAML${at(c.at)}: ${reason}.`,
    duplicateKey: (c, key) => `The field "${key}" is written twice${at(c.at)}: only one would be kept.`,
    notACatalogFile: () => 'This is not a catalog: the file has neither a list of objections nor one objection with a code.',
    conflictingSetting: (_, field, value, firstValue, firstPlace) => `"${field}" is ${value} here, but ${firstValue} in ${firstPlace}.`,
    duplicateCategory: (_, id, firstPlace) => `The category "${id}" is already set in ${firstPlace}; this one is left out.`,
    noCatalogFiles: () => 'The folder has no .yaml, .yml or .json file.',
    outsideFolder: () => 'This links to a file outside the folder: it is not read.',
    badKind: (_, kind) => `The kind "${kind}" is not one: a script is "incoming" or "outgoing".`,
    answerTarget: (_, fields) => (fields.length === 0 ? 'This answer leads nowhere' : `This answer has ${fields.join(' and ')}`) + ': give it one next step, objection or outcome. It is left out.',
    tooManyAnswers: (_, count, max) => `${count} answers: the digits 1–${max} choose them, so only the first ${max} are kept.`,
    unknownStep: (_, id, suggestion) => `There is no step "${id}" in this script${suggestion ? ` — perhaps "${suggestion}"?` : '.'}`,
    unknownStage: (_, id, suggestion) => `There is no stage "${id}" in this script${suggestion ? ` — perhaps "${suggestion}"?` : '.'}`,
    badOutcome: (_, outcome) => `"${outcome}" is not an outcome: write it as codes are, such as "ordered" or "callback".`,
    unknownObjection: (_, id, suggestion) => `No catalog has the objection "${id}"${suggestion ? ` — perhaps "${suggestion}"?` : '.'}`,
    disabledScriptObjection: (_, id, script, step, answer) => `The built-in call script "${script}" opens "${id}" (step "${step}", answer ${answer}), which this catalog disables: the operator sees that answer disabled.`,
  },
  hints: {
    badId: (_, id) => (idSlug(id) ? `write "${idSlug(id)}"` : 'lower-case latin letters, digits and dashes'),
    quote: () => 'put the value in quotes: without them 404 or true is a number or a yes/no, not text',
    missingLocale: (_, locale) => `write the ${locale.toUpperCase()} text, or untick ${locale.toUpperCase()} under "Languages"`,
    missingText: (_, locale) => `write the ${locale.toUpperCase()} text`,
    duplicateId: () => 'give one of them another code',
    duplicateKey: () => 'delete one of the two, or merge them',
    longReply: () => 'shorten it, or split it into two replies',
    longShort: () => 'keep only what is said first; the reply below has the rest',
    duplicateTrigger: () => 'keep the phrase in the objection it belongs to',
    unknownField: () => 'delete it, or check its spelling',
    quoteColon: () => 'put text that holds ": " in quotes',
    indentation: () => 'indent with spaces, and start the items of one list at the same column',
    invisibleCharacters: () => 'type the text again',
    longText: () => 'shorten it: what follows the limit is never found',
    unknownObjection: () => 'correct the code, or add the catalog that has it',
    disabledScriptObjection: (_, script) => `keep the objection, or hide or replace the script "${script}" too`,
  },
  notes: {
    objection: (title, builtin) => (builtin ? `"${title}" (built-in)` : `"${title}"`),
    'few-triggers': ({ count, locale, min }) => `Only ${plural('en', count, { one: '# phrase', other: '# phrases' })} in ${locale}: add at least ${min} — customers say it in different ways.`,
    'same-trigger': ({ phrase }, other) => `"${phrase}" is already a phrase of ${other}: search cannot tell them apart.`,
    'near-trigger': ({ phrase, other: near }, other) => `"${phrase}" is one letter away from "${near?.text ?? ''}" of ${other}: a typo turns one into the other.`,
    'found-elsewhere': ({ phrase, other: found }, other) => `Searching for "${phrase}" finds ${other} first (by "${found?.text ?? ''}"), not this objection.`,
    'found-nothing': ({ phrase }) => `Searching for "${phrase}" finds nothing.`,
  },
};
