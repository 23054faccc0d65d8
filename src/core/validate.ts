import Fuse from 'fuse.js/basic';
import { messageOf } from './error-text.js';
import { PROBLEM_MESSAGES as M, problem } from './errors.js';
import { isJsonObject, jsonTypeName, type JsonObject } from './json-object.js';
import { checkJson, lineCounter } from './json-text.js';
import { KNOWN_PLACEHOLDERS, hasStrayBrace, parseTemplate } from './placeholders.js';
import { MAX_PROBLEMS, NONE_OMITTED, ProblemCollector, type CappedProblems } from './problem-cap.js';
import { stripInvisible } from './visible-text.js';
import { MAX_SEARCHED_LENGTH, leadingPart } from './searched-text.js';
import {
  DEFAULT_CATEGORY,
  type Catalog,
  type Category,
  type FollowUp,
  type Locale,
  type LocalizedList,
  type LocalizedText,
  type Objection,
  type Problem,
  type ProblemCode,
  type Reply,
} from './types.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const LOCALE_PATTERN = /^[a-z]{2,3}$/;

const ROOT_FIELDS = ['$schema', 'locale', 'locales', 'categories', 'objections'];
const OBJECTION_FIELDS = ['id', 'category', 'title', 'triggers', 'tags', 'replies', 'followUps', 'tips', 'disabled'];
const REPLY_FIELDS = ['id', 'text'];
const FOLLOW_UP_FIELDS = ['id', 'customer', 'replies'];
const CATEGORY_FIELDS = ['title'];

export interface ValidationResult extends CappedProblems {
  /** Everything valid in the input; invalid objections, replies and phrases are left out. */
  readonly catalog: Catalog;
  /** The first {@link MAX_PROBLEMS} errors and warnings, in document order; `omitted` counts the others. */
  readonly problems: readonly Problem[];
}

/** A problem's message, or a function that makes it when the problem is kept. */
type Message = string | (() => string);

export interface ValidateOptions {
  /**
   * How to name another place of the catalog in a message ("already used at …"); the JSON path by default.
   * A catalog assembled from several files names the file and line instead.
   */
  readonly describePath?: (path: string) => string;
}


/**
 * A value as a message quotes it. Not `String()`: that calls the value's own `toString`, which JSON can set to
 * anything (`{"toString": false}` makes it throw).
 */
function shown(value: unknown): string {
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  try {
    return JSON.stringify(value) ?? jsonTypeName(value);
  } catch {
    return jsonTypeName(value);
  }
}

/**
 * Checks one catalog and keeps what is valid. Never throws: each problem is reported with its JSON path, and
 * an objection is skipped only when what is left of it cannot be shown (no title, trigger or reply).
 */
export function validateCatalog(input: unknown, source: string, options: ValidateOptions = {}): ValidationResult {
  return new CatalogValidator(source, options.describePath).run(input);
}

/** Parses JSON text and validates it; a syntax error becomes a `not-json` problem. */
export function parseCatalog(text: string, source: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message quotes the text around the error, which may be anything (a secret, escapes).
    const fault = checkJson(text).fault;
    const found = problem('error', source, '', 'not-json', M.notJson(fault ? fault.reason : messageOf(error)));
    return {
      catalog: emptyCatalog(source),
      problems: [fault ? { ...found, ...lineCounter(text)(fault.offset) } : found],
      omitted: NONE_OMITTED,
    };
  }
  return validateCatalog(input, source);
}

export function emptyCatalog(source: string): Catalog {
  return { source, locales: [], categories: [], objections: [], disabled: [] };
}

class CatalogValidator {
  readonly #source: string;
  readonly #problems = new ProblemCollector();
  /** The catalog's one locale, when it declares one; plain strings are in it. */
  #singleLocale: Locale | undefined;
  /** Locales every text should have (warned about when missing). */
  #expectedLocales: Locale[] = [];
  readonly #describePath: (path: string) => string;

  constructor(source: string, describePath = (path: string) => path) {
    this.#source = source;
    this.#describePath = describePath;
  }

  run(input: unknown): ValidationResult {
    if (!isJsonObject(input) || !Array.isArray(input['objections'])) {
      this.#error('', 'not-an-object', () => M.notAnObject());
      return { catalog: emptyCatalog(this.#source), ...this.#problems.result() };
    }
    this.#checkFields(input, '', ROOT_FIELDS);
    this.#readLocales(input);
    const categories = this.#categories(input['categories']);
    const objections: Objection[] = [];
    const disabled: string[] = [];
    const firstPathById = new Map<string, string>();
    input['objections'].forEach((entry: unknown, index: number) => {
      const path = `objections[${index}]`;
      const id = this.#objectionId(entry, path);
      if (id === undefined || !isJsonObject(entry)) return;
      const firstPath = firstPathById.get(id);
      if (firstPath !== undefined) {
        this.#error(`${path}.id`, 'duplicate-id', () => M.duplicateId(id, this.#describePath(firstPath)));
        return;
      }
      firstPathById.set(id, path);
      if (entry['disabled'] !== undefined && typeof entry['disabled'] !== 'boolean') {
        this.#error(`${path}.disabled`, 'wrong-type', () => M.wrongType('true or false', jsonTypeName(entry['disabled'])));
      }
      if (entry['disabled'] === true) {
        this.#checkFields(entry, path, OBJECTION_FIELDS);
        disabled.push(id);
        return;
      }
      const objection = this.#objection(entry, id, path);
      if (objection) objections.push(objection);
    });
    return {
      catalog: {
        source: this.#source,
        locales: this.#singleLocale ? [this.#singleLocale] : this.#expectedLocales,
        categories,
        objections,
        disabled,
      },
      ...this.#problems.result(),
    };
  }

  #readLocales(root: JsonObject): void {
    const { locale, locales } = root;
    if (locale !== undefined) {
      if (typeof locale === 'string' && LOCALE_PATTERN.test(locale)) this.#singleLocale = locale;
      else this.#error('locale', 'bad-locale', () => M.badLocale(shown(locale)));
    }
    if (locales !== undefined) {
      if (!Array.isArray(locales)) {
        this.#error('locales', 'wrong-type', () => M.wrongType('an array of locale codes', jsonTypeName(locales)));
        return;
      }
      locales.forEach((code: unknown, i) => {
        if (typeof code === 'string' && LOCALE_PATTERN.test(code)) this.#expectedLocales.push(code);
        else this.#error(`locales[${i}]`, 'bad-locale', () => M.badLocale(shown(code)));
      });
      if (this.#expectedLocales.length === 1 && !this.#singleLocale) this.#singleLocale = this.#expectedLocales[0];
    }
  }

  #categories(value: unknown): Category[] {
    if (value === undefined) return [];
    if (!isJsonObject(value)) {
      this.#error('categories', 'wrong-type', () => M.wrongType('an object of categories by id', jsonTypeName(value)));
      return [];
    }
    const categories: Category[] = [];
    for (const [id, category] of Object.entries(value)) {
      const path = `categories.${id}`;
      if (!ID_PATTERN.test(id)) {
        this.#error(path, 'bad-id', () => M.badId(id));
        continue;
      }
      if (!isJsonObject(category)) {
        this.#error(path, 'wrong-type', () => M.wrongType('an object with a "title"', jsonTypeName(category)));
        continue;
      }
      this.#checkFields(category, path, CATEGORY_FIELDS);
      const title = this.#requiredText(category, 'title', path);
      if (title) categories.push({ id, title });
    }
    return categories;
  }

  #objectionId(entry: unknown, path: string): string | undefined {
    if (!isJsonObject(entry)) {
      this.#error(path, 'wrong-type', () => M.wrongType('an object', jsonTypeName(entry)));
      return undefined;
    }
    const id = entry['id'];
    if (id === undefined) {
      this.#error(path, 'missing-field', () => M.missingField('id'));
      return undefined;
    }
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      this.#error(`${path}.id`, 'bad-id', () => M.badId(shown(id)));
      return undefined;
    }
    return id;
  }

  #objection(entry: JsonObject, id: string, path: string): Objection | undefined {
    this.#checkFields(entry, path, OBJECTION_FIELDS);
    let category = DEFAULT_CATEGORY;
    if (entry['category'] !== undefined) {
      if (typeof entry['category'] === 'string' && ID_PATTERN.test(entry['category'])) category = entry['category'];
      else this.#error(`${path}.category`, 'bad-id', () => M.badId(shown(entry['category'])));
    }
    const title = this.#requiredText(entry, 'title', path);
    this.#warnLongText(title, entry['title'], `${path}.title`);
    const triggers = this.#requiredList(entry, 'triggers', path, 'trigger phrase');
    const tags = entry['tags'] === undefined ? {} : (this.#list(entry['tags'], `${path}.tags`) ?? {});
    const replyIds = new Map<string, string>();
    const replies = this.#replies(entry, path, replyIds, 'reply');
    const followUps = this.#followUps(entry['followUps'], `${path}.followUps`, replyIds);
    const tips = this.#tips(entry['tips'], `${path}.tips`);
    if (!title || !triggers || replies.length === 0) return undefined;
    return { id, category, title, triggers, tags, replies, followUps, tips, source: this.#source };
  }

  /** Replies of an objection or a follow-up; ids are unique across the whole objection. */
  #replies(owner: JsonObject, ownerPath: string, usedIds: Map<string, string>, defaultPrefix: string): Reply[] {
    const path = `${ownerPath}.replies`;
    const value = owner['replies'];
    if (value === undefined) {
      this.#error(ownerPath, 'missing-field', () => M.missingField('replies'));
      return [];
    }
    if (!Array.isArray(value)) {
      this.#error(path, 'wrong-type', () => M.wrongType('an array of replies', jsonTypeName(value)));
      return [];
    }
    if (value.length === 0) {
      this.#error(path, 'empty', () => M.empty('reply'));
      return [];
    }
    const replies: Reply[] = [];
    this.#eachObject(value, path, 'an object with "text"', (reply, replyPath, index) => {
      this.#checkFields(reply, replyPath, REPLY_FIELDS);
      const id = this.#itemId(reply, replyPath, usedIds, `${defaultPrefix}-${index + 1}`);
      const text = this.#requiredText(reply, 'text', replyPath, true);
      this.#warnLongText(text, reply['text'], `${replyPath}.text`);
      if (id !== undefined && text) replies.push({ id, text });
    });
    return replies;
  }

  #followUps(value: unknown, path: string, replyIds: Map<string, string>): FollowUp[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.#error(path, 'wrong-type', () => M.wrongType('an array of follow-ups', jsonTypeName(value)));
      return [];
    }
    const followUps: FollowUp[] = [];
    const followUpIds = new Map<string, string>();
    this.#eachObject(value, path, 'an object with "customer" and "replies"', (followUp, itemPath, index) => {
      this.#checkFields(followUp, itemPath, FOLLOW_UP_FIELDS);
      const id = this.#itemId(followUp, itemPath, followUpIds, `follow-up-${index + 1}`);
      const customer = this.#requiredText(followUp, 'customer', itemPath);
      this.#warnLongText(customer, followUp['customer'], `${itemPath}.customer`);
      const replies = this.#replies(followUp, itemPath, replyIds, `follow-up-${index + 1}-reply`);
      if (id !== undefined && customer && replies.length > 0) followUps.push({ id, customer, replies });
    });
    return followUps;
  }

  #tips(value: unknown, path: string): LocalizedText[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.#error(path, 'wrong-type', () => M.wrongType('an array of tips', jsonTypeName(value)));
      return [];
    }
    const tips: LocalizedText[] = [];
    value.forEach((tip: unknown, index) => {
      const text = this.#text(tip, `${path}[${index}]`);
      if (text) tips.push(text);
    });
    return tips;
  }

  /** Reads each object of `items` with `read`; anything else in the array is reported as the wrong type. */
  #eachObject(
    items: readonly unknown[],
    path: string,
    expected: string,
    read: (item: JsonObject, itemPath: string, index: number) => void,
  ): void {
    items.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      if (isJsonObject(item)) read(item, itemPath, index);
      else this.#error(itemPath, 'wrong-type', () => M.wrongType(expected, jsonTypeName(item)));
    });
  }

  /** The item's own id, or `fallback` when it has none; `undefined` when the id is invalid or taken. */
  #itemId(item: JsonObject, path: string, usedIds: Map<string, string>, fallback: string): string | undefined {
    const raw = item['id'];
    if (raw !== undefined && (typeof raw !== 'string' || !ID_PATTERN.test(raw))) {
      this.#error(`${path}.id`, 'bad-id', () => M.badId(shown(raw)));
      return undefined;
    }
    const id = raw ?? fallback;
    const firstPath = usedIds.get(id);
    if (firstPath !== undefined) {
      this.#error(`${path}.id`, 'duplicate-id', () => M.duplicateId(id, this.#describePath(firstPath)));
      return undefined;
    }
    usedIds.set(id, path);
    return id;
  }

  #requiredText(owner: JsonObject, field: string, ownerPath: string, isReply = false): LocalizedText | undefined {
    if (owner[field] === undefined) {
      this.#error(ownerPath, 'missing-field', () => M.missingField(field));
      return undefined;
    }
    return this.#text(owner[field], ownerPath ? `${ownerPath}.${field}` : field, isReply);
  }

  #requiredList(owner: JsonObject, field: string, ownerPath: string, itemName: string): LocalizedList | undefined {
    if (owner[field] === undefined) {
      this.#error(ownerPath, 'missing-field', () => M.missingField(field));
      return undefined;
    }
    const path = `${ownerPath}.${field}`;
    const list = this.#list(owner[field], path);
    if (list && Object.keys(list).length === 0) {
      this.#error(path, 'empty', () => M.empty(itemName));
      return undefined;
    }
    return list;
  }

  /** A localised text: a map by locale, or a plain string in a one-locale catalog. */
  #text(value: unknown, path: string, isReply = false): LocalizedText | undefined {
    if (typeof value === 'string') {
      if (!this.#singleLocale) {
        this.#error(path, 'plain-string-without-locale', () => M.plainStringWithoutLocale());
        return undefined;
      }
      return this.#nonEmptyText({ [this.#singleLocale]: value }, path, isReply);
    }
    if (!isJsonObject(value)) {
      this.#error(path, 'wrong-type', () => M.wrongType('an object of texts by locale, such as {"ru": "…"}', jsonTypeName(value)));
      return undefined;
    }
    const text: Record<Locale, string> = {};
    for (const [locale, item] of Object.entries(value)) {
      if (!LOCALE_PATTERN.test(locale)) this.#error(`${path}.${locale}`, 'bad-locale', () => M.badLocale(locale));
      else if (typeof item !== 'string') this.#error(`${path}.${locale}`, 'wrong-type', () => M.wrongType('a string', jsonTypeName(item)));
      else text[locale] = item;
    }
    return this.#nonEmptyText(text, path, isReply);
  }

  #nonEmptyText(text: Record<Locale, string>, path: string, isReply: boolean): LocalizedText | undefined {
    const kept: Record<Locale, string> = {};
    for (const [locale, written] of Object.entries(text)) {
      const item = this.#visible(written, () => `${path}.${locale}`);
      if (item.trim() === '') {
        this.#error(`${path}.${locale}`, 'empty', () => M.empty('character of text'));
        continue;
      }
      if (isReply) this.#checkPlaceholders(item, `${path}.${locale}`);
      kept[locale] = item;
    }
    if (Object.keys(kept).length === 0) {
      if (Object.keys(text).length === 0) this.#error(path, 'empty', () => M.empty('locale'));
      return undefined;
    }
    this.#warnMissingLocales(kept, path);
    return kept;
  }

  /** A localised list: a map of arrays by locale, or a plain array in a one-locale catalog. */
  #list(value: unknown, path: string): LocalizedList | undefined {
    let byLocale: JsonObject;
    if (Array.isArray(value)) {
      if (!this.#singleLocale) {
        this.#error(path, 'plain-string-without-locale', () => M.plainStringWithoutLocale());
        return undefined;
      }
      byLocale = { [this.#singleLocale]: value };
    } else if (isJsonObject(value)) {
      byLocale = value;
    } else {
      this.#error(path, 'wrong-type', () => M.wrongType('an object of phrase lists by locale, such as {"ru": ["…"]}', jsonTypeName(value)));
      return undefined;
    }
    const list: Record<Locale, string[]> = {};
    for (const [locale, items] of Object.entries(byLocale)) {
      const localePath = Array.isArray(value) ? path : `${path}.${locale}`;
      if (!LOCALE_PATTERN.test(locale)) {
        this.#error(localePath, 'bad-locale', () => M.badLocale(locale));
        continue;
      }
      if (!Array.isArray(items)) {
        this.#error(localePath, 'wrong-type', () => M.wrongType('an array of strings', jsonTypeName(items)));
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
          this.#error(`${localePath}[${index}]`, typeof item === 'string' ? 'empty' : 'wrong-type',
            () => (typeof item === 'string' ? M.empty('character of text') : M.wrongType('a string', jsonTypeName(item))));
        }
      });
      if (phrases.length > 0) list[locale] = phrases;
    }
    this.#warnMissingLocales(list, path);
    return list;
  }

  /**
   * The text as it is shown and copied, without the characters nobody sees (see `stripInvisible`), with a
   * warning when there were any: a catalog can hide an instruction in tag characters, or reverse digits.
   */
  #visible(text: string, path: () => string): string {
    const { text: visible, removed, kinds } = stripInvisible(text);
    if (removed > 0) this.#warning(path(), 'invisible-characters', () => M.invisibleCharacters(removed, kinds));
    return visible;
  }

  #warnMissingLocales(byLocale: Readonly<Record<Locale, unknown>>, path: string): void {
    for (const locale of this.#expectedLocales) {
      if (!(locale in byLocale)) this.#warning(path, 'missing-locale', () => M.missingLocale(locale));
    }
  }

  #checkPlaceholders(text: string, path: string): void {
    for (const segment of parseTemplate(text)) {
      if (segment.kind === 'placeholder' && !(KNOWN_PLACEHOLDERS as readonly string[]).includes(segment.name)) {
        this.#warning(path, 'unknown-placeholder', () => M.unknownPlaceholder(segment.name, KNOWN_PLACEHOLDERS));
      }
    }
    if (hasStrayBrace(text)) this.#warning(path, 'unbalanced-brace', () => M.unbalancedBrace());
  }

  /** Warns about each text of a searched field (`raw` as written) that is longer than search reads. */
  #warnLongText(text: LocalizedText | undefined, raw: unknown, path: string): void {
    for (const [locale, item] of Object.entries(text ?? {})) {
      if (item.length > MAX_SEARCHED_LENGTH) this.#warnLong(item, typeof raw === 'string' ? path : `${path}.${locale}`);
    }
  }

  #warnLong(text: string, path: string): void {
    this.#warning(path, 'long-text', () => M.longText(text.length, MAX_SEARCHED_LENGTH));
  }

  #checkFields(value: JsonObject, path: string, known: readonly string[]): void {
    for (const field of Object.keys(value)) {
      if (known.includes(field)) continue;
      // The did-you-mean search runs only for a warning that is kept.
      // A long name is cut in the path too: its problem would otherwise print all of it wherever it is shown.
      const named = abbreviated(field);
      this.#warning(path ? `${path}.${named}` : named, 'unknown-field', () => M.unknownField(named, closestField(field, known)));
    }
  }

  /** A message is best given as a function: it is called only for a problem that is kept (see `ProblemCollector`). */
  #error(path: string, code: ProblemCode, message: Message): void {
    this.#problems.add('error', () => problem('error', this.#source, path, code, typeof message === 'function' ? message() : message));
  }

  #warning(path: string, code: ProblemCode, message: Message): void {
    this.#problems.add('warning', () => problem('warning', this.#source, path, code, typeof message === 'function' ? message() : message));
  }
}

/**
 * Field names are short; a longer unknown name is not a misspelling of one, and fuzzy-matching it costs in
 * proportion to its length (half a second for 50,000 letters).
 */
const MAX_MISSPELT_LENGTH = 64;
/** One matcher per list of known fields, made on first use: a file can have thousands of unknown fields. */
const FIELD_MATCHERS = new Map<readonly string[], Fuse<string>>();

/** A field name as a message quotes it: a name too long to be a misspelling is cut after its first letters. */
function abbreviated(field: string): string {
  return field.length > MAX_MISSPELT_LENGTH ? `${leadingPart(field, MAX_MISSPELT_LENGTH)}…` : field;
}

/** The known field an unknown one is most likely a misspelling of ("tigger" → "triggers"). */
function closestField(field: string, known: readonly string[]): string | undefined {
  if (field.length > MAX_MISSPELT_LENGTH) return undefined;
  let matcher = FIELD_MATCHERS.get(known);
  if (!matcher) {
    matcher = new Fuse(known, { threshold: 0.5, ignoreLocation: true });
    FIELD_MATCHERS.set(known, matcher);
  }
  return matcher.search(field)[0]?.item;
}
