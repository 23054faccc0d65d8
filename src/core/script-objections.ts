import { isJsonObject } from './json-object.js';
import { hinted, problem, said, withHint } from './problem-words.js';
import { closestId } from './unknown-fields.js';
import type { Catalog, MergedCatalog, Problem, Script, ScriptStep } from './types.js';

/** Where an answer's `objection` is written, when the catalog was read from files with positions. */
export interface ScriptObjectionPlace {
  readonly file: string;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
}

/** The items of `value[field]` when it is an array. */
const itemsOf = (value: unknown, field: string): unknown[] => (isJsonObject(value) && Array.isArray(value[field]) ? (value[field] as unknown[]) : []);

/**
 * Where, in a catalog as written (`{ "scripts": [...] }`), the answer of step `stepId` of script `scriptId` that opens
 * `objection` is: the indices of the script (the first of that id, the one validation keeps), its step and the answer,
 * each -1 when there is none.
 */
export function writtenAnswerOf(written: unknown, scriptId: string, stepId: string, objection: string): { script: number; step: number; answer: number } {
  const scripts = itemsOf(written, 'scripts');
  const script = scripts.findIndex((entry) => isJsonObject(entry) && entry['id'] === scriptId);
  const steps = itemsOf(scripts[script], 'steps');
  const step = steps.findIndex((entry) => isJsonObject(entry) && entry['id'] === stepId);
  const answer = itemsOf(steps[step], 'answers').findIndex((entry) => isJsonObject(entry) && entry['objection'] === objection);
  return { script, step, answer };
}

/**
 * An error for each script answer whose `objection` names none of the merged catalog's objections: a catalog
 * alone cannot tell, as its scripts may open the built-in objections or another catalog's. Each problem is in
 * the script's catalog, at the answer (the model's indices by default; `locate` gives the file's place).
 *
 * ```ts
 * const merged = mergeCatalogs([builtinCatalog(), mine]);
 * const problems = checkScriptObjections(merged); // 'opens the objection "expnsive", which none of the catalogs has…'
 * ```
 */
export function checkScriptObjections(
  catalog: MergedCatalog,
  locate?: (script: Script, step: ScriptStep, objection: string) => ScriptObjectionPlace | undefined,
): Problem[] {
  const ids = catalog.objections.map((objection) => objection.id);
  const known = new Set(ids);
  const problems: Problem[] = [];
  catalog.scripts.forEach((script, scriptIndex) => {
    script.steps.forEach((step, stepIndex) => {
      step.answers.forEach(({ objection }, answerIndex) => {
        if (objection === undefined || known.has(objection)) return;
        const path = `scripts[${scriptIndex}].steps[${stepIndex}].answers[${answerIndex}].objection`;
        const found = withHint(problem('error', script.source, path, 'unknown-objection', said('unknownObjection', objection, closestId(objection, ids))), hinted('unknownObjection'));
        const place = locate?.(script, step, objection);
        problems.push(place ? { ...found, source: place.file, path: place.path, line: place.line, column: place.column } : found);
      });
    });
  });
  return problems;
}

/**
 * An error for each answer of `builtin` scripts (the built-in ones) that opens an objection the merged catalog lacks
 * because one of `catalogs` disables it, in that catalog (each that does): a page's catalog that hides a built-in
 * objection breaks the built-in scripts that open it. Scripts the merged catalog has (one of that id replaces the
 * built-in one) or that `catalogs` disable are not the built-in ones in use, and are left alone.
 *
 * ```ts
 * const problems = disabledScriptObjections(builtinScripts, merged, [mine]);
 * // mine.source: 'disables the objection "expensive", which answer 2 of step "price" of the built-in call script "incoming-call" opens; …'
 * ```
 */
export function disabledScriptObjections(builtin: readonly Script[], catalog: MergedCatalog, catalogs: ReadonlyArray<Catalog | undefined>): Problem[] {
  const known = new Set(catalog.objections.map((objection) => objection.id));
  const problems: Problem[] = [];
  for (const script of builtin) {
    if (catalog.scripts.some((own) => own.id === script.id) || catalogs.some((given) => given?.disabledScripts.includes(script.id))) continue;
    for (const step of script.steps) {
      step.answers.forEach(({ objection }, answer) => {
        if (objection === undefined || known.has(objection)) return;
        for (const given of catalogs) {
          if (!given?.disabled.includes(objection)) continue;
          const wording = said('disabledScriptObjection', objection, script.id, step.id, answer + 1);
          problems.push(withHint(problem('error', given.source, '', 'unknown-objection', wording), hinted('disabledScriptObjection', script.id)));
        }
      });
    }
  }
  return problems;
}
