import { hinted, problem, said, withHint, type HintWording } from './problem-words.js';
import { foldForSearch } from './fold.js';
import { isJsonObject, valueAt } from './json-object.js';
import { canonicalLocale } from './localize.js';
import { missingTexts } from './missing-texts.js';
import { ProblemCollector, capProblems, sumOmitted, type CappedProblems } from './problem-cap.js';
import type { Problem } from './types.js';
import { validateCatalog, type ValidationResult } from './validate.js';

/** Longer replies are warned about: an operator reads a reply aloud, mid-call. */
export const MAX_REPLY_LENGTH = 400;

/** Longer short lines are warned about: a reply's `short` is said in one breath. */
export const MAX_SHORT_LENGTH = 140;

export interface AuthoringCheckOptions {
  /** How to name another place of the catalog in a message; the JSON path by default. */
  readonly describePath?: (path: string) => string;
}


/**
 * What a catalog's author is told, by the CLI and the studio alike: {@link validateCatalog}'s result with the
 * warnings of {@link checkForAuthors} added, and a fix after each problem that has one.
 */
export function validateForAuthors(input: unknown, source: string, options: AuthoringCheckOptions = {}): ValidationResult {
  const validation = validateCatalog(input, source, options);
  const locales = isJsonObject(input) && Array.isArray(input['locales']) ? input['locales'].filter((locale): locale is string => typeof locale === 'string') : [];
  const authoring = checkForAuthors(input, source, options);
  const { problems, omitted } = capProblems([...validation.problems, ...authoring.problems], sumOmitted(validation.omitted, authoring.omitted));
  const withHints = problems.map((found) => {
    const hint = found.hint === undefined ? hintFor(found, valueAt(input, found.path), locales) : undefined;
    return hint === undefined ? found : withHint(found, hint);
  });
  return { catalog: validation.catalog, problems: withHints, omitted };
}

/**
 * Warnings for whoever writes a catalog, on top of `validateCatalog`: replies over {@link MAX_REPLY_LENGTH}
 * characters, short lines over {@link MAX_SHORT_LENGTH} or no shorter than their reply, triggers that fold to the same search key as an earlier one (search cannot tell them
 * apart), and texts missing a locale their objection has elsewhere (see `missingTexts`; those of the locales
 * the catalog declares are `validateCatalog`'s). Reads the catalog as written, so each warning has its JSON path; what is not well-formed is
 * passed over, as `validateCatalog` reports it. Keeps the first `MAX_PROBLEMS` warnings and counts the others.
 *
 * ```ts
 * const { problems: warnings } = checkForAuthors(JSON.parse(text), 'mine.json');
 * ```
 */
export function checkForAuthors(input: unknown, source: string, options: AuthoringCheckOptions = {}): CappedProblems {
  const describe = options.describePath ?? ((path: string) => path);
  const problems = new ProblemCollector();
  const firstPathOf = new Map<string, string>();
  const objections = isJsonObject(input) && Array.isArray(input['objections']) ? input['objections'] : [];
  const { declared, oneLocale } = declaredLocales(input);
  objections.forEach((objection: unknown, index) => {
    if (!isJsonObject(objection) || objection['disabled'] === true) return;
    const path = `objections[${index}]`;
    for (const { path: textPath, locale } of missingTexts(objection, oneLocale)) {
      if (declared.includes(locale)) continue;
      problems.add('warning', () => withHint(problem('warning', source, `${path}.${textPath}`, 'missing-locale', said('missingText', locale)), hinted('missingText', locale)));
    }
    for (const [triggerPath, trigger] of phrases(objection['triggers'], `${path}.triggers`)) {
      const key = foldForSearch(trigger);
      if (key === '') continue;
      const firstPath = firstPathOf.get(key);
      if (firstPath === undefined) firstPathOf.set(key, triggerPath);
      else problems.add('warning', () => withHint(problem('warning', source, triggerPath, 'duplicate-trigger', said('duplicateTrigger', trigger, firstPath, describe(firstPath))), hinted('duplicateTrigger')));
    }
    const followUps = Array.isArray(objection['followUps']) ? objection['followUps'] : [];
    const replyLists: Array<[unknown, string]> = [
      [objection['replies'], `${path}.replies`],
      ...followUps.map((followUp: unknown, i): [unknown, string] => [isJsonObject(followUp) ? followUp['replies'] : undefined, `${path}.followUps[${i}].replies`]),
    ];
    for (const [replies, repliesPath] of replyLists) {
      if (!Array.isArray(replies)) continue;
      replies.forEach((reply: unknown, i) => {
        if (!isJsonObject(reply)) return;
        const replyPath = `${repliesPath}[${i}]`;
        const full = byLocale(reply['text']);
        for (const [locale, text] of full) {
          if (text.length <= MAX_REPLY_LENGTH) continue;
          problems.add('warning', () => withHint(problem('warning', source, pathOf(`${replyPath}.text`, locale), 'long-reply', said('longReply', text.length, MAX_REPLY_LENGTH)), hinted('longReply')));
        }
        for (const [locale, short] of byLocale(reply['short'])) {
          const replyLength = full.get(locale)?.length;
          const wording = short.length > MAX_SHORT_LENGTH
            ? said('longShort', short.length, MAX_SHORT_LENGTH)
            : replyLength !== undefined && short.length >= replyLength ? said('shortNotShorter', short.length, replyLength) : undefined;
          if (wording) problems.add('warning', () => withHint(problem('warning', source, pathOf(`${replyPath}.short`, locale), 'long-short', wording), hinted('longShort')));
        }
      });
    }
  });
  return problems.result();
}

/** The locales a catalog declares (`locales`), and the one plain strings are in, if it has one. */
function declaredLocales(input: unknown): { declared: string[]; oneLocale: string | undefined } {
  const root = isJsonObject(input) ? input : {};
  const canonical = (code: unknown) => (typeof code === 'string' ? canonicalLocale(code) : undefined);
  const declared = (Array.isArray(root['locales']) ? root['locales'] : []).map(canonical).filter((code) => code !== undefined);
  return { declared, oneLocale: canonical(root['locale']) ?? (declared.length === 1 ? declared[0] : undefined) };
}

/** The strings of a localised list, plain or by locale, with their paths. */
function phrases(list: unknown, path: string): Array<[string, string]> {
  const byLocale: Array<[unknown, string]> = Array.isArray(list) ? [[list, path]] : isJsonObject(list) ? Object.entries(list).map(([locale, items]) => [items, `${path}.${locale}`]) : [];
  return byLocale.flatMap(([items, itemsPath]) =>
    Array.isArray(items) ? items.flatMap((item: unknown, i): Array<[string, string]> => (typeof item === 'string' ? [[`${itemsPath}[${i}]`, item]] : [])) : [],
  );
}

/** The strings of a localised text by locale; a plain string's locale is `''`. */
function byLocale(text: unknown): Map<string, string> {
  if (typeof text === 'string') return new Map([['', text]]);
  return new Map(isJsonObject(text) ? Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : []);
}

/** The path of a localised text's string in `locale` (`''` for a plain string). */
const pathOf = (path: string, locale: string): string => (locale ? `${path}.${locale}` : path);

/**
 * A one-line fix for a problem of `validateCatalog`, when its message does not already say what to do;
 * `value` is what the catalog has at the problem's path, `locales` the locales it declares.
 */
function hintFor({ code, wording }: Problem, value: unknown, locales: readonly string[]): HintWording | undefined {
  switch (code) {
    case 'bad-id':
    case 'bad-outcome':
      return typeof value === 'number' ? hinted('quote') : typeof value === 'string' ? hinted('badId', value) : undefined;
    case 'wrong-type':
      return typeof value === 'number' || typeof value === 'boolean' ? hinted('quote') : undefined;
    case 'missing-locale': {
      const locale = wording?.key === 'missingLocale' ? wording.args[0] : undefined;
      return locale === undefined || !locales.includes(locale) ? undefined : hinted('missingLocale', locale);
    }
    case 'duplicate-id':
      return hinted('duplicateId');
    case 'invisible-characters':
      return hinted('invisibleCharacters');
    case 'long-text':
      return hinted('longText');
    case 'unknown-field':
      return wording?.key === 'unknownField' && wording.args[1] !== undefined ? undefined : hinted('unknownField');
    default:
      return undefined;
  }
}
