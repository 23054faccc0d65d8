import { isJsonObject } from './json-object.js';
import { canonicalLocale } from './localize.js';
import type { Locale } from './types.js';

/** A text of an objection without one of the locales the objection's other texts are written in. */
export interface MissingText {
  /** The text's path inside the objection, such as `replies[0].text` or `followUps[1].customer`. */
  readonly path: string;
  readonly locale: Locale;
}

/**
 * The texts of an objection (as written in a catalog, or as validated) that lack a locale its other texts
 * have: a reply only in English under a Russian title would put English in a Russian operator's mouth
 * mid-call. Looks at the title, triggers, replies (and their short lines), follow-ups and tips; `oneLocale` is the locale plain
 * strings and arrays are in, in a one-locale catalog. Texts that are missing altogether are left to validation.
 *
 * ```ts
 * missingTexts({ title: { ru: 'Дорого', en: 'Expensive' }, replies: [{ text: { en: '…' } }] });
 * // [{ path: 'replies[0].text', locale: 'ru' }]
 * ```
 */
export function missingTexts(objection: unknown, oneLocale?: Locale): MissingText[] {
  if (!isJsonObject(objection)) return [];
  const texts: Array<readonly [string, readonly Locale[]]> = [];
  const add = (path: string, value: unknown) => {
    const locales = isJsonObject(value)
      ? Object.keys(value).map((code) => canonicalLocale(code) ?? code)
      : oneLocale !== undefined && (typeof value === 'string' || Array.isArray(value)) ? [oneLocale] : undefined;
    if (locales) texts.push([path, locales]);
  };
  const addReplies = (replies: unknown, path: string) =>
    items(replies).forEach((reply, i) => {
      if (!isJsonObject(reply)) return;
      add(`${path}[${i}].text`, reply['text']);
      add(`${path}[${i}].short`, reply['short']);
    });
  add('title', objection['title']);
  add('triggers', objection['triggers']);
  addReplies(objection['replies'], 'replies');
  items(objection['followUps']).forEach((followUp, i) => {
    if (!isJsonObject(followUp)) return;
    add(`followUps[${i}].customer`, followUp['customer']);
    addReplies(followUp['replies'], `followUps[${i}].replies`);
  });
  items(objection['tips']).forEach((tip, i) => add(`tips[${i}]`, tip));
  const all = [...new Set(texts.flatMap(([, locales]) => locales))];
  return texts.flatMap(([path, locales]) => all.filter((locale) => !locales.includes(locale)).map((locale) => ({ path, locale })));
}

const items = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
