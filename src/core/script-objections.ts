import { hinted, problem, said, withHint } from './problem-words.js';
import { closestId } from './unknown-fields.js';
import type { MergedCatalog, Problem, Script, ScriptStep } from './types.js';

/** Where an answer's `objection` is written, when the catalog was read from files with positions. */
export interface ScriptObjectionPlace {
  readonly file: string;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
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
