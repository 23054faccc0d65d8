import { problem, said, type ProblemWording } from './problem-words.js';
import { isJsonObject, jsonTypeName, shown, type JsonObject } from './json-object.js';
import { checkJson, jsonFaultKind, lineCounter } from './json-text.js';
import { LocalizedValueReader, type Worded } from './localized-values.js';
import { MAX_PROBLEMS, NONE_OMITTED, ProblemCollector, type CappedProblems } from './problem-cap.js';
import { abbreviated, closestField } from './unknown-fields.js';
import { readScripts } from './validate-scripts.js';
import { readWhen } from './validate-when.js';
import type { EmptyThing, ExpectedType } from './problem-words.js';
import {
  DEFAULT_CATEGORY,
  type Catalog,
  type Category,
  type FollowUp,
  type LocalizedList,
  type LocalizedText,
  type Objection,
  type Problem,
  type ProblemCode,
  type Reply,
} from './types.js';

const wordingOf = (message: Worded): ProblemWording => (typeof message === 'function' ? message() : message);

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
/** Objections checked per step of {@link validateCatalogInSteps}: a few milliseconds of the benchmark's. */
const OBJECTIONS_PER_STEP = 50;

const ROOT_FIELDS = ['$schema', 'locale', 'locales', 'categories', 'objections', 'scripts'];
/** The fields an objection may have; any other is an unknown field. */
export const OBJECTION_FIELDS = ['id', 'category', 'title', 'triggers', 'tags', 'replies', 'followUps', 'tips', 'disabled'];
const REPLY_FIELDS = ['id', 'text', 'short', 'when'];
const FOLLOW_UP_FIELDS = ['id', 'customer', 'replies'];
const CATEGORY_FIELDS = ['title'];

export interface ValidationResult extends CappedProblems {
  /** Everything valid in the input; invalid objections, replies and phrases are left out. */
  readonly catalog: Catalog;
  /** The first {@link MAX_PROBLEMS} errors and warnings, in document order; `omitted` counts the others. */
  readonly problems: readonly Problem[];
}

export interface ValidateOptions {
  /**
   * How to name another place of the catalog in a message ("already used at …"); the JSON path by default.
   * A catalog assembled from several files names the file and line instead.
   */
  readonly describePath?: (path: string) => string;
}

/**
 * Checks one catalog and keeps what is valid. Never throws: each problem is reported with its JSON path, and
 * an objection is skipped only when what is left of it cannot be shown (no title, trigger or reply).
 */
export function validateCatalog(input: unknown, source: string, options: ValidateOptions = {}): ValidationResult {
  const steps = validateCatalogInSteps(input, source, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link validateCatalog} a few objections per `next()` (a few milliseconds), to interleave with rendering
 * and input: a page can hand over 50,000 objections without freezing. Each step yields the share of the
 * objections checked, from 0 to 1; the result is the generator's return value.
 */
export function validateCatalogInSteps(input: unknown, source: string, options: ValidateOptions = {}): Generator<number, ValidationResult, undefined> {
  return new CatalogValidator(source, options.describePath).steps(input);
}

/** Parses JSON text and validates it; a syntax error becomes a `not-json` problem. */
export function parseCatalog(text: string, source: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message quotes the text around the error, which may be anything (a secret, escapes).
    const fault = checkJson(text).fault;
    const found = problem('error', source, '', 'not-json', said('notJson', fault ? jsonFaultKind(fault) : 'unknown'));
    return {
      catalog: emptyCatalog(source),
      problems: [fault ? { ...found, ...lineCounter(text)(fault.offset) } : found],
      omitted: NONE_OMITTED,
    };
  }
  return validateCatalog(input, source);
}

/**
 * Nothing of the catalog validated can be used (no objections, nothing disabled) and it had errors: it is to be
 * refused as a whole, not merged as an empty catalog.
 */
export function unusable({ catalog, problems, omitted }: ValidationResult): boolean {
  const empty = catalog.objections.length === 0 && catalog.disabled.length === 0 && catalog.scripts.length === 0 && catalog.disabledScripts.length === 0;
  return empty && (omitted.error > 0 || problems.some((problem) => problem.severity === 'error'));
}

export function emptyCatalog(source: string): Catalog {
  return { source, locales: [], categories: [], objections: [], disabled: [], scripts: [], disabledScripts: [] };
}

class CatalogValidator {
  readonly #source: string;
  readonly #problems = new ProblemCollector();
  readonly #report = {
    error: (path: string, code: ProblemCode, message: Worded) => this.#error(path, code, message),
    warning: (path: string, code: ProblemCode, message: Worded) => this.#warning(path, code, message),
  };
  readonly #values = new LocalizedValueReader(this.#report);
  readonly #describePath: (path: string) => string;

  constructor(source: string, describePath = (path: string) => path) {
    this.#source = source;
    this.#describePath = describePath;
  }

  *steps(input: unknown): Generator<number, ValidationResult, undefined> {
    // A file of scripts alone needs no objections.
    const onlyScripts = isJsonObject(input) && input['objections'] === undefined && Array.isArray(input['scripts']);
    if (!isJsonObject(input) || !(Array.isArray(input['objections']) || onlyScripts)) {
      this.#error('', 'not-an-object', () => said('notAnObject'));
      return { catalog: emptyCatalog(this.#source), ...this.#problems.result() };
    }
    this.#checkFields(input, '', ROOT_FIELDS);
    this.#values.readLocales(input);
    const categories = this.#categories(input['categories']);
    const objections: Objection[] = [];
    const disabled: string[] = [];
    const firstPathById = new Map<string, string>();
    const entries: unknown[] = onlyScripts ? [] : (input['objections'] as unknown[]);
    for (const [index, entry] of entries.entries()) {
      if (index % OBJECTIONS_PER_STEP === OBJECTIONS_PER_STEP - 1) yield index / entries.length;
      const path = `objections[${index}]`;
      const id = this.#objectionId(entry, path);
      if (id === undefined || !isJsonObject(entry)) continue;
      const firstPath = firstPathById.get(id);
      if (firstPath !== undefined) {
        this.#error(`${path}.id`, 'duplicate-id', () => said('duplicateId', id, firstPath, this.#describePath(firstPath)));
        continue;
      }
      firstPathById.set(id, path);
      if (entry['disabled'] !== undefined && typeof entry['disabled'] !== 'boolean') {
        this.#error(`${path}.disabled`, 'wrong-type', () => said('wrongType', 'boolean', jsonTypeName(entry['disabled'])));
      }
      if (entry['disabled'] === true) {
        this.#checkFields(entry, path, OBJECTION_FIELDS);
        disabled.push(id);
        continue;
      }
      const objection = this.#objection(entry, id, path);
      if (objection) objections.push(objection);
    }
    const scripts = readScripts(input['scripts'], this.#source, {
      ...this.#report,
      text: (value, path, template) => this.#values.text(value, path, template),
      checkFields: (value, path, known) => this.#checkFields(value, path, known),
      describePath: this.#describePath,
    });
    return {
      catalog: {
        source: this.#source,
        locales: this.#values.locales,
        categories,
        objections,
        disabled,
        scripts: scripts.scripts,
        disabledScripts: scripts.disabled,
      },
      ...this.#problems.result(),
    };
  }

  #categories(value: unknown): Category[] {
    if (value === undefined) return [];
    if (!isJsonObject(value)) {
      this.#error('categories', 'wrong-type', () => said('wrongType', 'categories', jsonTypeName(value)));
      return [];
    }
    const categories: Category[] = [];
    for (const [id, category] of Object.entries(value)) {
      const path = `categories.${id}`;
      if (!ID_PATTERN.test(id)) {
        this.#error(path, 'bad-id', () => said('badId', id));
        continue;
      }
      if (!isJsonObject(category)) {
        this.#error(path, 'wrong-type', () => said('wrongType', 'category', jsonTypeName(category)));
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
      this.#error(path, 'wrong-type', () => said('wrongType', 'object', jsonTypeName(entry)));
      return undefined;
    }
    const id = entry['id'];
    if (id === undefined) {
      this.#error(path, 'missing-field', () => said('missingField', 'id'));
      return undefined;
    }
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      this.#error(`${path}.id`, 'bad-id', () => said('badId', shown(id)));
      return undefined;
    }
    return id;
  }

  #objection(entry: JsonObject, id: string, path: string): Objection | undefined {
    this.#checkFields(entry, path, OBJECTION_FIELDS);
    let category = DEFAULT_CATEGORY;
    if (entry['category'] !== undefined) {
      if (typeof entry['category'] === 'string' && ID_PATTERN.test(entry['category'])) category = entry['category'];
      else this.#error(`${path}.category`, 'bad-id', () => said('badId', shown(entry['category'])));
    }
    const title = this.#requiredText(entry, 'title', path);
    this.#values.warnLongText(title, entry['title'], `${path}.title`);
    const triggers = this.#requiredList(entry, 'triggers', path, 'trigger');
    const tags = entry['tags'] === undefined ? {} : (this.#values.list(entry['tags'], `${path}.tags`) ?? {});
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
      this.#error(ownerPath, 'missing-field', () => said('missingField', 'replies'));
      return [];
    }
    if (!Array.isArray(value)) {
      this.#error(path, 'wrong-type', () => said('wrongType', 'replies', jsonTypeName(value)));
      return [];
    }
    if (value.length === 0) {
      this.#error(path, 'empty', () => said('empty', 'reply'));
      return [];
    }
    const replies: Reply[] = [];
    this.#eachObject(value, path, 'reply', (reply, replyPath, index) => {
      this.#checkFields(reply, replyPath, REPLY_FIELDS);
      const id = this.#itemId(reply, replyPath, usedIds, `${defaultPrefix}-${index + 1}`);
      const text = this.#requiredText(reply, 'text', replyPath, true);
      this.#values.warnLongText(text, reply['text'], `${replyPath}.text`);
      const short = reply['short'] === undefined ? undefined : this.#values.text(reply['short'], `${replyPath}.short`, true);
      const when = readWhen(reply['when'], `${replyPath}.when`, this.#report);
      if (id !== undefined && text) replies.push({ id, text, ...(short ? { short } : {}), ...(when ? { when } : {}) });
    });
    return replies;
  }

  #followUps(value: unknown, path: string, replyIds: Map<string, string>): FollowUp[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.#error(path, 'wrong-type', () => said('wrongType', 'followUps', jsonTypeName(value)));
      return [];
    }
    const followUps: FollowUp[] = [];
    const followUpIds = new Map<string, string>();
    this.#eachObject(value, path, 'followUp', (followUp, itemPath, index) => {
      this.#checkFields(followUp, itemPath, FOLLOW_UP_FIELDS);
      const id = this.#itemId(followUp, itemPath, followUpIds, `follow-up-${index + 1}`);
      const customer = this.#requiredText(followUp, 'customer', itemPath);
      this.#values.warnLongText(customer, followUp['customer'], `${itemPath}.customer`);
      const replies = this.#replies(followUp, itemPath, replyIds, `follow-up-${index + 1}-reply`);
      if (id !== undefined && customer && replies.length > 0) followUps.push({ id, customer, replies });
    });
    return followUps;
  }

  #tips(value: unknown, path: string): LocalizedText[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.#error(path, 'wrong-type', () => said('wrongType', 'tips', jsonTypeName(value)));
      return [];
    }
    const tips: LocalizedText[] = [];
    value.forEach((tip: unknown, index) => {
      const text = this.#values.text(tip, `${path}[${index}]`);
      if (text) tips.push(text);
    });
    return tips;
  }

  /** Reads each object of `items` with `read`; anything else in the array is reported as the wrong type. */
  #eachObject(
    items: readonly unknown[],
    path: string,
    expected: ExpectedType,
    read: (item: JsonObject, itemPath: string, index: number) => void,
  ): void {
    items.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      if (isJsonObject(item)) read(item, itemPath, index);
      else this.#error(itemPath, 'wrong-type', () => said('wrongType', expected, jsonTypeName(item)));
    });
  }

  /** The item's own id, or `fallback` when it has none; `undefined` when the id is invalid or taken. */
  #itemId(item: JsonObject, path: string, usedIds: Map<string, string>, fallback: string): string | undefined {
    const raw = item['id'];
    if (raw !== undefined && (typeof raw !== 'string' || !ID_PATTERN.test(raw))) {
      this.#error(`${path}.id`, 'bad-id', () => said('badId', shown(raw)));
      return undefined;
    }
    const id = raw ?? fallback;
    const firstPath = usedIds.get(id);
    if (firstPath !== undefined) {
      this.#error(`${path}.id`, 'duplicate-id', () => said('duplicateId', id, firstPath, this.#describePath(firstPath)));
      return undefined;
    }
    usedIds.set(id, path);
    return id;
  }

  #requiredText(owner: JsonObject, field: string, ownerPath: string, isReply = false): LocalizedText | undefined {
    if (owner[field] === undefined) {
      this.#error(ownerPath, 'missing-field', () => said('missingField', field));
      return undefined;
    }
    return this.#values.text(owner[field], ownerPath ? `${ownerPath}.${field}` : field, isReply);
  }

  #requiredList(owner: JsonObject, field: string, ownerPath: string, itemName: EmptyThing): LocalizedList | undefined {
    if (owner[field] === undefined) {
      this.#error(ownerPath, 'missing-field', () => said('missingField', field));
      return undefined;
    }
    const path = `${ownerPath}.${field}`;
    const list = this.#values.list(owner[field], path);
    if (list && Object.keys(list).length === 0) {
      this.#error(path, 'empty', () => said('empty', itemName));
      return undefined;
    }
    return list;
  }

  #checkFields(value: JsonObject, path: string, known: readonly string[]): void {
    for (const field of Object.keys(value)) {
      if (known.includes(field)) continue;
      // The did-you-mean search runs only for a warning that is kept.
      // A long name is cut in the path too: its problem would otherwise print all of it wherever it is shown.
      const named = abbreviated(field);
      this.#warning(path ? `${path}.${named}` : named, 'unknown-field', () => said('unknownField', named, closestField(field, known)));
    }
  }

  /** A message is best given as a function: it is called only for a problem that is kept (see `ProblemCollector`). */
  #error(path: string, code: ProblemCode, message: Worded): void {
    this.#problems.add('error', () => problem('error', this.#source, path, code, wordingOf(message)));
  }

  #warning(path: string, code: ProblemCode, message: Worded): void {
    this.#problems.add('warning', () => problem('warning', this.#source, path, code, wordingOf(message)));
  }
}
