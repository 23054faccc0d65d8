import { said, type ProblemWording } from './problem-words.js';
import { isJsonObject, jsonTypeName, shown, type JsonObject } from './json-object.js';
import { KNOWN_PLACEHOLDERS, hasStrayBrace, parseTemplate } from './placeholders.js';
import { canonicalLocale } from './localize.js';
import { MAX_SEARCHED_LENGTH } from './searched-text.js';
import { stripInvisible } from './visible-text.js';
import type { Locale, LocalizedList, LocalizedText, ProblemCode } from './types.js';

/** A problem's facts, or a function that makes them when the problem is kept. */
export type Worded = ProblemWording | (() => ProblemWording);

/** Where problems are reported: the validator's collector, which keeps the first few. */
export interface ProblemReport {
  readonly error: (path: string, code: ProblemCode, message: Worded) => void;
  readonly warning: (path: string, code: ProblemCode, message: Worded) => void;
}

/**
 * Reads a catalog's locales, then its localised texts and lists by them: a plain string or array is in the
 * catalog's one locale, a text missing one of its declared locales is warned about, and what nobody sees is
 * taken out of each text, with a warning.
 */
export class LocalizedValueReader {
  readonly #report: ProblemReport;
  /** The catalog's one locale, when it declares one; plain strings are in it. */
  #singleLocale: Locale | undefined;
  /** Locales every text should have (warned about when missing). */
  readonly #expectedLocales: Locale[] = [];

  constructor(report: ProblemReport) {
    this.#report = report;
  }

  /** The locales the catalog declares, as its `locales` says once they are read. */
  get locales(): Locale[] {
    return this.#singleLocale ? [this.#singleLocale] : this.#expectedLocales;
  }

  /** Reads the root's `locale` and `locales`; call it before reading any text. */
  readLocales(root: JsonObject): void {
    const { locale, locales } = root;
    if (locale !== undefined) this.#singleLocale = this.#locale(locale, 'locale');
    if (locales !== undefined) {
      if (!Array.isArray(locales)) {
        this.#report.error('locales', 'wrong-type', () => said('wrongType', 'locales', jsonTypeName(locales)));
        return;
      }
      locales.forEach((code: unknown, i) => {
        const canonical = this.#locale(code, `locales[${i}]`);
        if (canonical) this.#expectedLocales.push(canonical);
      });
      if (this.#expectedLocales.length === 1 && !this.#singleLocale) this.#singleLocale = this.#expectedLocales[0];
    }
  }

  /**
   * The canonical spelling of a locale code, with a warning when it was written otherwise (`pt-br` is read as
   * `pt-BR`); `undefined`, with an error, for what is not a BCP 47 language tag.
   */
  #locale(code: unknown, path: string): Locale | undefined {
    const canonical = typeof code === 'string' ? canonicalLocale(code) : undefined;
    if (!canonical) this.#report.error(path, 'bad-locale', () => said('badLocale', shown(code)));
    else if (canonical !== code) this.#report.warning(path, 'bad-locale', () => said('nonCanonicalLocale', code as string, canonical));
    return canonical;
  }

  /** A localised text: a map by locale, or a plain string in a one-locale catalog. */
  text(value: unknown, path: string, isReply = false): LocalizedText | undefined {
    if (typeof value === 'string') {
      if (!this.#singleLocale) {
        this.#report.error(path, 'plain-string-without-locale', () => said('plainStringWithoutLocale'));
        return undefined;
      }
      return this.#nonEmptyText({ [this.#singleLocale]: value }, path, isReply);
    }
    if (!isJsonObject(value)) {
      this.#report.error(path, 'wrong-type', () => said('wrongType', 'text', jsonTypeName(value)));
      return undefined;
    }
    const text: Record<Locale, string> = {};
    for (const [code, item] of Object.entries(value)) {
      const locale = this.#locale(code, `${path}.${code}`);
      if (!locale) continue;
      if (typeof item !== 'string') this.#report.error(`${path}.${code}`, 'wrong-type', () => said('wrongType', 'string', jsonTypeName(item)));
      else text[locale] ??= item;
    }
    return this.#nonEmptyText(text, path, isReply);
  }

  /** A localised list: a map of arrays by locale, or a plain array in a one-locale catalog. */
  list(value: unknown, path: string): LocalizedList | undefined {
    let byLocale: JsonObject;
    if (Array.isArray(value)) {
      if (!this.#singleLocale) {
        this.#report.error(path, 'plain-string-without-locale', () => said('plainStringWithoutLocale'));
        return undefined;
      }
      byLocale = { [this.#singleLocale]: value };
    } else if (isJsonObject(value)) {
      byLocale = value;
    } else {
      this.#report.error(path, 'wrong-type', () => said('wrongType', 'list', jsonTypeName(value)));
      return undefined;
    }
    const list: Record<Locale, string[]> = {};
    for (const [code, items] of Object.entries(byLocale)) {
      const localePath = Array.isArray(value) ? path : `${path}.${code}`;
      const locale = Array.isArray(value) ? code : this.#locale(code, localePath);
      if (!locale) continue;
      if (!Array.isArray(items)) {
        this.#report.error(localePath, 'wrong-type', () => said('wrongType', 'strings', jsonTypeName(items)));
        continue;
      }
      const phrases: string[] = [];
      items.forEach((item: unknown, index) => {
        const phrase = typeof item === 'string' ? this.#visible(item, () => `${localePath}[${index}]`) : undefined;
        if (phrase !== undefined && phrase.trim() !== '') {
          // Lists are triggers and tags, both searched.
          if (phrase.length > MAX_SEARCHED_LENGTH) this.#warnLong(phrase, `${localePath}[${index}]`);
          phrases.push(phrase);
        } else {
          this.#report.error(`${localePath}[${index}]`, typeof item === 'string' ? 'empty' : 'wrong-type',
            () => (typeof item === 'string' ? said('empty', 'character') : said('wrongType', 'string', jsonTypeName(item))));
        }
      });
      if (phrases.length > 0) list[locale] = [...(list[locale] ?? []), ...phrases];
    }
    this.#warnMissingLocales(list, path);
    return list;
  }

  /** Warns about each text of a searched field (`raw` as written) that is longer than search reads. */
  warnLongText(text: LocalizedText | undefined, raw: unknown, path: string): void {
    for (const [locale, item] of Object.entries(text ?? {})) {
      if (item.length > MAX_SEARCHED_LENGTH) this.#warnLong(item, typeof raw === 'string' ? path : `${path}.${locale}`);
    }
  }

  #nonEmptyText(text: Record<Locale, string>, path: string, isReply: boolean): LocalizedText | undefined {
    const kept: Record<Locale, string> = {};
    for (const [locale, written] of Object.entries(text)) {
      const item = this.#visible(written, () => `${path}.${locale}`);
      if (item.trim() === '') {
        this.#report.error(`${path}.${locale}`, 'empty', () => said('empty', 'character'));
        continue;
      }
      if (isReply) this.#checkPlaceholders(item, `${path}.${locale}`);
      kept[locale] = item;
    }
    if (Object.keys(kept).length === 0) {
      if (Object.keys(text).length === 0) this.#report.error(path, 'empty', () => said('empty', 'locale'));
      return undefined;
    }
    this.#warnMissingLocales(kept, path);
    return kept;
  }

  /**
   * The text as it is shown and copied, without the characters nobody sees (see `stripInvisible`), with a
   * warning when there were any: a catalog can hide an instruction in tag characters, or reverse digits.
   */
  #visible(text: string, path: () => string): string {
    const { text: visible, removed, kinds } = stripInvisible(text);
    if (removed > 0) this.#report.warning(path(), 'invisible-characters', () => said('invisibleCharacters', removed, kinds));
    return visible;
  }

  #warnMissingLocales(byLocale: Readonly<Record<Locale, unknown>>, path: string): void {
    for (const locale of this.#expectedLocales) {
      if (!(locale in byLocale)) this.#report.warning(path, 'missing-locale', () => said('missingLocale', locale));
    }
  }

  #checkPlaceholders(text: string, path: string): void {
    for (const segment of parseTemplate(text)) {
      if (segment.kind === 'placeholder' && !(KNOWN_PLACEHOLDERS as readonly string[]).includes(segment.name)) {
        this.#report.warning(path, 'unknown-placeholder', () => said('unknownPlaceholder', segment.name, KNOWN_PLACEHOLDERS));
      }
    }
    if (hasStrayBrace(text)) this.#report.warning(path, 'unbalanced-brace', () => said('unbalancedBrace'));
  }

  #warnLong(text: string, path: string): void {
    this.#report.warning(path, 'long-text', () => said('longText', text.length, MAX_SEARCHED_LENGTH));
  }
}
