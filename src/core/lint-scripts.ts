import { LINT_MESSAGES as L } from './errors.js';
import { foldForSearch } from './fold.js';
import type { Locale, Script, ScriptStep } from './types.js';

/**
 * What makes a script hard to walk: `unreachable-step` (no answer leads to it from `start`), `dead-end-step`
 * (a step reached from `start` with no way on to an `end`; an `objection` answer comes back to its step, so
 * it leads nowhere by itself) and `same-label` (two answers of one step that read the same in a locale).
 */
export type ScriptLintKind = 'unreachable-step' | 'dead-end-step' | 'same-label';

export interface ScriptLintFinding {
  readonly kind: ScriptLintKind;
  readonly script: Script;
  readonly step: ScriptStep;
  /** For `same-label`: the index of the later of the two answers, and the locale they read the same in. */
  readonly answer?: number;
  readonly locale?: Locale;
  /** A sentence about the step or the answer, without the script's or the step's id. */
  readonly message: string;
}

/**
 * Lints scripts, each on its own: findings in script order, then step order.
 *
 * ```ts
 * lintScripts(mergeCatalogs([mine]).scripts).map((finding) => `${finding.step.id}: ${finding.message}`);
 * ```
 */
export function lintScripts(scripts: readonly Script[]): ScriptLintFinding[] {
  return scripts.flatMap((script) => {
    const reachable = walk([script.start], (id) => nextSteps(stepOf(script, id)));
    // Walked backwards from the steps that can end the call.
    const previous = new Map<string, string[]>();
    for (const step of script.steps) for (const next of nextSteps(step)) previous.set(next, [...(previous.get(next) ?? []), step.id]);
    const ending = script.steps.filter((step) => step.answers.some((answer) => answer.end !== undefined)).map((step) => step.id);
    const ends = walk(ending, (id) => previous.get(id) ?? []);
    return script.steps.flatMap((step): ScriptLintFinding[] => {
      // An unreachable step is reported as that alone: whether it ends is moot until something leads to it.
      if (!reachable.has(step.id)) return [{ kind: 'unreachable-step', script, step, message: L.unreachableStep(script.start) }];
      return [...(ends.has(step.id) ? [] : [{ kind: 'dead-end-step' as const, script, step, message: L.deadEndStep() }]), ...sameLabels(script, step)];
    });
  });
}

const stepOf = (script: Script, id: string): ScriptStep | undefined => script.steps.find((step) => step.id === id);

const nextSteps = (step: ScriptStep | undefined): string[] =>
  (step?.answers ?? []).flatMap((answer) => (answer.next === undefined ? [] : [answer.next]));

/** The ids reached from `from` by `edges`, `from` included. */
function walk(from: readonly string[], edges: (id: string) => readonly string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length > 0) {
    for (const id of edges(queue.pop()!)) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(id);
    }
  }
  return seen;
}

/** Each answer whose label reads as an earlier one's of the same step, once per locale. */
function sameLabels(script: Script, step: ScriptStep): ScriptLintFinding[] {
  const findings: ScriptLintFinding[] = [];
  const firstByKey = new Map<string, number>();
  step.answers.forEach(({ label }, index) => {
    for (const [locale, text] of Object.entries(label)) {
      const key = `${locale}\u0000${foldForSearch(text)}`;
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, index);
      else findings.push({ kind: 'same-label', script, step, answer: index, locale, message: L.sameLabel(text, index + 1, first + 1, locale) });
    }
  });
  return findings;
}
