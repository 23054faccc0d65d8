import { capProblems } from '../../core/problem-cap.js';
import { writtenAnswerOf } from '../../core/script-objections.js';
import { parseCatalog, unusable } from '../../core/validate.js';
import {
  BUILTIN_SOURCE,
  checkScriptObjections,
  disabledScriptObjections,
  validateCatalog,
  type Catalog,
  type MergedCatalog,
  type Problem,
  type ValidationResult,
} from '../../core/index.js';
import type { CatalogReport, LoadRequest, ScriptRequest, ScriptResponse } from './engine-protocol.js';

// The engine's call scripts, in the chunk of its validation (validate.ts): loaded by a load whose catalogs have
// scripts, or when the element opens one. The built-in scripts' file is read only here, and validated as any catalog.

let builtin: Promise<Catalog> | undefined;
/** The built-in scripts once loaded. */
let builtinLoaded: Catalog | undefined;

/** The built-in scripts, validated once; a file that did not load is tried again the next time. */
function builtinScripts(): Promise<Catalog> {
  builtin ??= import('../../../objections/scripts.json').then(
    (module) => (builtinLoaded = validateCatalog(module.default, BUILTIN_SOURCE).catalog),
    (error: unknown) => {
      builtin = undefined;
      throw error;
    },
  );
  return builtin;
}

/**
 * What an engine has reported of its extra catalogs, `src` then `catalog`: kept from load to load (and handed to
 * another engine with the catalogs, as JSON, which turns an `undefined` entry into `null`), so that a change of one
 * catalog that breaks or mends the scripts of the other (or the built-in ones) reports the other again at once.
 */
export interface ScriptReports {
  /** Each catalog's report from its own validation, before the script problems are added. */
  own?: Array<CatalogReport | undefined>;
  /** The report last sent of each, as JSON. */
  sent?: string[];
  /** Each catalog's scripts as written (`{ scripts }` of the file or the property): where their answers are. */
  written?: unknown[];
  /** A script was looked up in the built-in ones: they are in use, and checked with the catalogs from then on. */
  builtin?: boolean;
}

/** The scripts as written of the `src` catalogs {@link readSrc} read, until a load takes them into its reports. */
const writtenScripts = new WeakMap<Catalog, unknown>();

/**
 * The `src` catalog in `text` from `source`, validated (none when nothing in it can be used), and its report. Its
 * scripts as written are kept: the places of their answers, for problems found once it is merged, without reading
 * the file again.
 */
export function readSrc(text: string, source: string): [Catalog | undefined, CatalogReport] {
  let input: unknown;
  let result: ValidationResult;
  try {
    input = JSON.parse(text);
    result = validateCatalog(input, source);
  } catch {
    // `parseCatalog` words what is wrong with the JSON.
    result = parseCatalog(text, source);
  }
  writtenScripts.set(result.catalog, scriptsOf(input));
  const { catalog, problems, omitted } = result;
  return unusable(result) ? [undefined, { problems, omitted, failure: { kind: 'invalid' } }] : [catalog, { problems, omitted }];
}

/**
 * The answer to `request`: its script as the catalogs merge it, an extra catalog's (`src`, then the `catalog`
 * property; the later one's replaces the earlier one's whole, `disabled: true` hides it, as for objections), else the
 * built-in one (unless the request leaves them out). Its `missing` objections are those its answers open that
 * `merged` lacks (one an extra catalog disabled): the view offers those answers disabled. The first lookup in the
 * built-in scripts also reports their answers that an extra catalog broke (see {@link reportScripts}).
 */
export async function lookUpScript(
  request: ScriptRequest,
  merged: MergedCatalog,
  extras: ReadonlyArray<Catalog | undefined>,
  reports: ScriptReports,
): Promise<ScriptResponse> {
  const { id, script: scriptId } = request;
  let script = merged.scripts.find((own) => own.id === scriptId);
  // `merged` has the extras' scripts only: one they disable is not there, and must not come from the built-ins.
  const hidden = extras.some((catalog) => catalog?.disabledScripts.includes(scriptId));
  if (!script && !hidden && request.builtin) {
    try {
      script = (await builtinScripts()).scripts.find((own) => own.id === scriptId);
      reports.builtin = true;
    } catch {
      return { kind: 'script', id, lookup: { kind: 'failed' } };
    }
  }
  const [src, catalog] = reportScripts(reports, [], extras, merged, request);
  const response = { kind: 'script', id, ...(src && { src }), ...(catalog && { catalog }) } as const;
  if (!script) return { ...response, lookup: { kind: 'unknown' } };
  const known = new Set(merged.objections.map((objection) => objection.id));
  const missing = script.steps.flatMap((step) => step.answers.flatMap(({ objection }) => (objection === undefined || known.has(objection) ? [] : [objection])));
  return { ...response, lookup: { kind: 'found', script, missing: [...new Set(missing)] } };
}

/**
 * The reports of `request` (a load, or a lookup) for the extra catalogs, `src` then `catalog` (`given`: those a load
 * carried, as validated), with the problems of the scripts added; `reports` is brought up to date. Reported: each
 * catalog the load carried, and each other one whose problems changed (a `src` that drops an objection a `catalog`
 * script opens, or brings it back). A script problem is an answer of an extra catalog's script that opens an
 * objection none of the merged catalogs has, at the answer's path in the catalog as given; or, once the built-in
 * scripts are in use (see {@link lookUpScript}), an answer of theirs opening a built-in objection an extra catalog
 * disables, in that catalog. They are capped with the catalog's own problems (`MAX_PROBLEMS`, the others counted in
 * `omitted`).
 */
export function reportScripts(
  reports: ScriptReports,
  given: ReadonlyArray<CatalogReport | undefined>,
  extras: ReadonlyArray<Catalog | undefined>,
  merged: MergedCatalog,
  request: LoadRequest | ScriptRequest,
): Array<CatalogReport | undefined> {
  const written = (reports.written ??= []);
  const [src, catalog] = extras;
  if (given[0]) written[0] = src && writtenScripts.get(src);
  if (given[1] && 'catalog' in request) written[1] = catalog && scriptsOf(request.catalog);
  const problems = scriptProblems(merged, extras, written);
  if (request.builtin && reports.builtin && builtinLoaded) problems.push(...disabledScriptObjections(builtinLoaded.scripts, merged, extras));
  const owns = (reports.own ??= []);
  const sent = (reports.sent ??= []);
  return extras.map((catalog, index) => {
    const own = (owns[index] = given[index] ?? (catalog ? owns[index] : undefined));
    if (!own) return undefined;
    const found = problems.filter((problem) => problem.source === catalog?.source);
    const report: CatalogReport = { ...capProblems([...own.problems, ...found], own.omitted), failure: own.failure };
    const key = JSON.stringify(report);
    const changed = key !== sent[index];
    sent[index] = key;
    return given[index] || changed ? report : undefined;
  });
}

/**
 * An error for every answer of the extra catalogs' scripts that opens an objection none of the merged catalogs has
 * (see `checkScriptObjections`), at its path in the catalog as `written` (else in its model, the same but for
 * entries validation left out).
 */
function scriptProblems(merged: MergedCatalog, extras: ReadonlyArray<Catalog | undefined>, written: readonly unknown[]): Problem[] {
  const scripts = new Map(extras.map((catalog, index) => [catalog?.source, written[index] ?? catalog]));
  return checkScriptObjections(merged, (script, step, objection) => {
    const at = writtenAnswerOf(scripts.get(script.source), script.id, step.id, objection);
    return at.answer < 0 ? undefined : { file: script.source, path: `scripts[${at.script}].steps[${at.step}].answers[${at.answer}].objection` };
  });
}

/** Only the scripts of a catalog as written: all a later check needs of a big file. */
const scriptsOf = (value: unknown): unknown => ({ scripts: (value as { scripts?: unknown } | null | undefined)?.scripts });
