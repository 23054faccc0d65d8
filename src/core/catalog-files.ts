import { validateForAuthors } from './authoring-checks.js';
import { catalogFormatOf, readCatalogText, type CatalogText, type SourcePosition } from './catalog-text.js';
import { problem, said } from './problem-words.js';
import { writtenAnswerOf } from './script-objections.js';
import { isJsonObject, jsonTypeName, type JsonObject } from './json-object.js';
import { ProblemCollector, type CappedProblems } from './problem-cap.js';
import type { Catalog, CatalogInput, LocalizedList, Objection, ObjectionInput, Problem, ReplyInput, Script, ScriptInput } from './types.js';

/** One file of catalog text: its name (a path, used in messages and to tell JSON from YAML) and content. */
export interface CatalogFile {
  readonly name: string;
  readonly text: string;
}

/** A place in one of the files. */
export interface SourceLocation extends SourcePosition {
  readonly file: string;
  /** The JSON path inside that file. */
  readonly path: string;
}

export interface CompiledCatalog extends CappedProblems {
  /** Everything valid in the files, as one catalog. */
  readonly catalog: Catalog;
  /**
   * The first `MAX_PROBLEMS` errors and warnings found, each in its own file, with its line and column, in
   * the order of the files and lines; `omitted` counts the others.
   */
  readonly problems: readonly Problem[];
  /** Where an objection, or a path inside it (such as `replies[0]`), is written. */
  locate(objectionId: string, path?: string): SourceLocation | undefined;
  /** Where a trigger phrase of an objection is written. */
  locateTrigger(objectionId: string, locale: string, trigger: string): SourceLocation | undefined;
  /**
   * Where a script, one of its steps (by id), or a field of that step such as `answers[2].objection` is
   * written. Paths are the file's own: an answer left out for a problem still counts in them.
   */
  locateScript(scriptId: string, stepId?: string, path?: string): SourceLocation | undefined;
  /** Where the answer of a step that opens `objection` is written (its `objection` field). */
  locateScriptObjection(scriptId: string, stepId: string, objection: string): SourceLocation | undefined;
}

/** The top-level fields a file may set for the whole catalog. */
const SETTINGS = ['locale', 'locales'] as const;


/** A piece of the assembled catalog and where it came from. */
interface Origin {
  /** JSON path in the assembled catalog, such as `objections[4]` or `categories.price`. */
  readonly path: string;
  readonly file: CatalogText;
  /** JSON path in the file: `objections[1]`, or `` for a file that is one objection. */
  readonly filePath: string;
}

/**
 * Reads catalog files, JSON or YAML, as one catalog, in the order given. A file is either a whole catalog
 * (its top level has `objections`, or only `locale`/`locales`/`categories`) or one objection (its top level
 * has `id`). Objections from all files are one list: an id used twice is an error, as in one file.
 * Categories add up; `locale`/`locales` may be set once (or the same in every file). Each problem is told
 * in the file and at the line where it is.
 *
 * ```ts
 * const { catalog, problems } = compileCatalogFiles(
 *   [{ name: 'price/_catalog.yaml', text: 'locale: ru\n' }, { name: 'price/expensive.yaml', text: '…' }],
 *   'price',
 * );
 * ```
 */
export function compileCatalogFiles(files: readonly CatalogFile[], source: string): CompiledCatalog {
  const problems = new ProblemCollector();
  const origins: Origin[] = [];
  // Without a prototype, a file's `toString` or `__proto__` key is a key like any other: kept, and reported
  // by validation as an unknown field or a bad id, instead of meeting Object.prototype and vanishing.
  const assembled: JsonObject & { categories: JsonObject; objections: unknown[]; scripts: unknown[] } = Object.assign(Object.create(null) as JsonObject, {
    categories: Object.create(null) as JsonObject,
    objections: [],
    scripts: [],
  });
  const placeOf = (file: CatalogText, filePath: string) => {
    const { line, column } = file.positionOf(filePath);
    return `${file.source}:${line}:${column}`;
  };
  const report = (file: CatalogText, filePath: string, found: Problem) =>
    problems.add(found.severity, () => ({ ...found, source: file.source, path: filePath, ...file.positionOf(filePath) }));

  for (const { name, text } of files) {
    const file = readCatalogText(text, name, catalogFormatOf(name));
    problems.addAll(file.problems);
    const { value } = file;
    if (value === undefined) continue;
    if (isJsonObject(value) && value['id'] !== undefined && value['objections'] === undefined) {
      origins.push({ path: `objections[${assembled.objections.length}]`, file, filePath: '' });
      assembled.objections.push(value);
      continue;
    }
    if (!isJsonObject(value)) {
      report(file, '', problem('error', name, '', 'not-a-catalog-file', said('notACatalogFile')));
      continue;
    }
    for (const [field, fieldValue] of Object.entries(value)) {
      if ((field === 'objections' || field === 'scripts') && Array.isArray(fieldValue)) {
        const list = assembled[field];
        fieldValue.forEach((item, index) => {
          origins.push({ path: `${field}[${list.length}]`, file, filePath: `${field}[${index}]` });
          list.push(item);
        });
      } else if (field === 'categories' && isJsonObject(fieldValue)) {
        for (const [id, category] of Object.entries(fieldValue)) {
          const first = origins.find((origin) => origin.path === `categories.${id}`);
          if (first) {
            const found = problem('error', name, '', 'duplicate-id', said('duplicateCategory', id, placeOf(first.file, first.filePath)));
            report(file, `categories.${id}`, found);
            continue;
          }
          origins.push({ path: `categories.${id}`, file, filePath: `categories.${id}` });
          assembled.categories[id] = category;
        }
      } else if (field === 'objections' || field === 'categories' || field === 'scripts') {
        report(file, field, problem('error', name, '', 'wrong-type', said('wrongType', field, jsonTypeName(fieldValue))));
      } else if (field === '$schema') {
        // Editors read it; it says nothing about the catalog.
      } else if (Object.hasOwn(assembled, field)) {
        const first = origins.find((origin) => origin.path === field);
        if (first && (SETTINGS as readonly string[]).includes(field) && JSON.stringify(assembled[field]) !== JSON.stringify(fieldValue)) {
          const message = said('conflictingSetting', field, JSON.stringify(fieldValue), JSON.stringify(assembled[field]), placeOf(first.file, field));
          report(file, field, problem('error', name, '', 'conflicting-setting', message));
        }
      } else {
        origins.push({ path: field, file, filePath: field });
        assembled[field] = fieldValue;
      }
    }
  }

  const originOf = (path: string) =>
    origins.find((origin) => path === origin.path || path.startsWith(`${origin.path}.`) || path.startsWith(`${origin.path}[`));
  const whereIs = (path: string): SourceLocation | undefined => {
    const origin = originOf(path);
    if (!origin) return undefined;
    const filePath = `${origin.filePath}${path.slice(origin.path.length)}`.replace(/^\./, '');
    return { file: origin.file.source, path: filePath, ...origin.file.positionOf(filePath) };
  };
  const options = {
    describePath: (path: string) => {
      const place = whereIs(path);
      return place ? `${place.file}:${place.line}:${place.column}` : path;
    },
  };
  const validation = validateForAuthors(assembled, source, options);
  for (const found of validation.problems) {
    problems.add(found.severity, () => {
      const place = whereIs(found.path);
      return place ? { ...found, source: place.file, path: place.path, line: place.line, column: place.column } : found;
    });
  }
  problems.addAll([], validation.omitted);

  const indexOf = new Map<string, number>();
  assembled.objections.forEach((objection, index) => {
    if (isJsonObject(objection) && typeof objection['id'] === 'string' && !indexOf.has(objection['id'])) indexOf.set(objection['id'], index);
  });
  const locate = (objectionId: string, path = ''): SourceLocation | undefined => {
    const index = indexOf.get(objectionId);
    return index === undefined ? undefined : whereIs(`objections[${index}]${path ? `.${path}` : ''}`.replace('.[', '['));
  };
  const scriptIndexOf = new Map<string, number>();
  assembled.scripts.forEach((script, index) => {
    if (isJsonObject(script) && typeof script['id'] === 'string' && !scriptIndexOf.has(script['id'])) scriptIndexOf.set(script['id'], index);
  });
  const locateScript = (scriptId: string, stepId?: string, path = ''): SourceLocation | undefined => {
    const index = scriptIndexOf.get(scriptId);
    if (index === undefined) return undefined;
    const script = assembled.scripts[index];
    const steps = isJsonObject(script) && Array.isArray(script['steps']) ? script['steps'] : [];
    const stepIndex = stepId === undefined ? -1 : steps.findIndex((step: unknown) => isJsonObject(step) && step['id'] === stepId);
    const parts = [`scripts[${index}]`, ...(stepIndex >= 0 ? [`steps[${stepIndex}]`] : []), ...(path && stepIndex >= 0 ? [path] : [])];
    return whereIs(parts.join('.'));
  };
  // In the order of the files and, in each, of the lines; a file that cannot be read, first.
  const fileOrder = new Map(files.map(({ name }, i) => [name, i]));
  const order = (p: Problem) => [fileOrder.get(p.source) ?? -1, p.line ?? 0, p.column ?? 0];
  const { problems: kept, omitted } = problems.result();
  const sorted = [...kept].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  return {
    catalog: validation.catalog,
    problems: sorted,
    omitted,
    locate,
    locateScript,
    locateScriptObjection: (scriptId, stepId, objection) => {
      const { answer } = writtenAnswerOf(assembled, scriptId, stepId, objection);
      return locateScript(scriptId, stepId, answer < 0 ? '' : `answers[${answer}].objection`);
    },
    locateTrigger: (objectionId, locale, trigger) => {
      const objection = assembled.objections[indexOf.get(objectionId) ?? -1];
      const triggers = isJsonObject(objection) ? objection['triggers'] : undefined;
      // A one-locale file lists its triggers as a plain array.
      if (Array.isArray(triggers)) {
        const at = triggers.indexOf(trigger);
        return locate(objectionId, at < 0 ? 'triggers' : `triggers[${at}]`);
      }
      const ofLocale = isJsonObject(triggers) ? triggers[locale] : undefined;
      const at = Array.isArray(ofLocale) ? ofLocale.indexOf(trigger) : -1;
      return locate(objectionId, at < 0 ? 'triggers' : `triggers.${locale}[${at}]`);
    },
  };
}

/**
 * A catalog as JSON that `<objection-desk src>` loads: every text a map by locale, every reply with its id,
 * objections in catalog order and the ids it disables last. `parseCatalog` reads it back to the same catalog.
 */
export function catalogToJson(catalog: Catalog): CatalogInput {
  const list = (value: LocalizedList) => value as Record<string, string[]>;
  const replies = (items: Objection['replies']): ReplyInput[] =>
    items.map(({ id, text, short, when }) => ({ id, text: { ...text }, ...(short ? { short: { ...short } } : {}), ...(when ? { when: { ...when } } : {}) }));
  const objections: ObjectionInput[] = catalog.objections.map((objection) => ({
    id: objection.id,
    category: objection.category,
    title: { ...objection.title },
    triggers: list(objection.triggers),
    ...(Object.keys(objection.tags).length > 0 ? { tags: list(objection.tags) } : {}),
    replies: replies(objection.replies),
    ...(objection.followUps.length > 0
      ? { followUps: objection.followUps.map(({ id, customer, replies: answers }) => ({ id, customer: { ...customer }, replies: replies(answers) })) }
      : {}),
    ...(objection.tips.length > 0 ? { tips: objection.tips.map((tip) => ({ ...tip })) } : {}),
  }));
  return {
    ...(catalog.locales.length > 0 ? { locales: [...catalog.locales] } : {}),
    ...(catalog.categories.length > 0
      ? { categories: Object.fromEntries(catalog.categories.map(({ id, title }) => [id, { title: { ...title } }])) }
      : {}),
    objections: [...objections, ...catalog.disabled.map((id) => ({ id, disabled: true }))],
    ...(catalog.scripts.length + catalog.disabledScripts.length > 0
      ? { scripts: [...catalog.scripts.map(scriptToJson), ...catalog.disabledScripts.map((id) => ({ id, disabled: true }))] }
      : {}),
  };
}

/** A script as a catalog file writes it: the model without its `source`, empty lists left out. */
function scriptToJson({ id, kind, title, stages, start, steps }: Script): ScriptInput {
  return {
    id,
    kind,
    title: { ...title },
    ...(stages.length > 0 ? { stages: stages.map((stage) => ({ id: stage.id, title: { ...stage.title } })) } : {}),
    start,
    steps: steps.map(({ id: stepId, stage, say, note, checklist, answers }) => ({
      id: stepId,
      ...(stage === undefined ? {} : { stage }),
      say: { ...say },
      ...(note ? { note: { ...note } } : {}),
      ...(checklist.length > 0 ? { checklist: checklist.map((item) => ({ ...item })) } : {}),
      answers: answers.map(({ label, ...target }) => ({ label: { ...label }, ...target })),
    })),
  };
}
