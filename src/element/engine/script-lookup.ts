import { writtenAnswerOf } from '../../core/script-objections.js';
import { BUILTIN_SOURCE, checkScriptObjections, validateCatalog, type Catalog, type MergedCatalog, type Problem } from '../../core/index.js';
import type { CatalogReport, LoadRequest, ScriptRequest, ScriptResponse } from './engine-protocol.js';

// The engine's call scripts, in the chunk of its validation (validate.ts): loaded by a load whose catalogs have
// scripts, or when the element opens one. The built-in scripts' file is read only here, and validated as any catalog.

let builtin: Promise<Catalog> | undefined;

/** The built-in scripts, validated once; a file that did not load is tried again the next time. */
function builtinScripts(): Promise<Catalog> {
  builtin ??= import('../../../objections/scripts.json').then(
    (module) => validateCatalog(module.default, BUILTIN_SOURCE).catalog,
    (error: unknown) => {
      builtin = undefined;
      throw error;
    },
  );
  return builtin;
}

/**
 * The answer to `request`: its script as the catalogs merge it, an extra catalog's (`src`, then the `catalog`
 * property; the later one's replaces the earlier one's whole, `disabled: true` hides it, as for objections), else the
 * built-in one (unless the request leaves them out). Its `missing` objections are those its answers open that
 * `merged` lacks (one an extra catalog disabled): the view offers those answers disabled.
 */
export async function lookUpScript(request: ScriptRequest, merged: MergedCatalog, extras: ReadonlyArray<Catalog | undefined>): Promise<ScriptResponse> {
  const { id, script: scriptId } = request;
  let script = merged.scripts.find((own) => own.id === scriptId);
  // `merged` has the extras' scripts only: one they disable is not there, and must not come from the built-ins.
  const hidden = extras.some((catalog) => catalog?.disabledScripts.includes(scriptId));
  if (!script && !hidden && request.builtin) {
    try {
      script = (await builtinScripts()).scripts.find((own) => own.id === scriptId);
    } catch {
      return { kind: 'script', id, lookup: { kind: 'failed' } };
    }
  }
  if (!script) return { kind: 'script', id, lookup: { kind: 'unknown' } };
  const known = new Set(merged.objections.map((objection) => objection.id));
  const missing = script.steps.flatMap((step) => step.answers.flatMap(({ objection }) => (objection === undefined || known.has(objection) ? [] : [objection])));
  return { kind: 'script', id, lookup: { kind: 'found', script, missing: [...new Set(missing)] } };
}

/**
 * Adds to `reports` (of the load `request`'s extra catalogs, `src` then `catalog`, as validated: their problems are
 * arrays of their own) an error for every answer of their scripts that opens an objection none of the merged
 * catalogs has (see `checkScriptObjections`), at the answer's path in the catalog as given.
 */
export async function addScriptProblems(
  merged: MergedCatalog,
  reports: ReadonlyArray<CatalogReport | undefined>,
  catalogs: ReadonlyArray<Catalog | undefined>,
  request: LoadRequest,
): Promise<void> {
  // Most loads have none: the catalogs as given are read again, for the places of the answers, only for one.
  if (checkScriptObjections(merged).length === 0) return;
  const given = new Map<string | undefined, () => Promise<unknown>>([
    [catalogs[0]?.source, async () => parsed(await request.src?.body.text())],
    [catalogs[1]?.source, async () => request.catalog],
  ]);
  const written = new Map<string, unknown>();
  for (const { source } of merged.scripts) if (!written.has(source)) written.set(source, await given.get(source)?.());
  const problems = checkScriptObjections(merged, (script, step, objection) => {
    const at = writtenAnswerOf(written.get(script.source), script.id, step.id, objection);
    return at.answer < 0 ? undefined : { file: script.source, path: `scripts[${at.script}].steps[${at.step}].answers[${at.answer}].objection` };
  });
  reports.forEach((report, index) => {
    (report?.problems as Problem[] | undefined)?.push(...problems.filter((problem) => problem.source === catalogs[index]?.source));
  });
}

function parsed(text: string | undefined): unknown {
  try {
    return JSON.parse(text!);
  } catch {
    return undefined;
  }
}
