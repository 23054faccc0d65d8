import { NONE_OMITTED, type OmittedProblems } from './omitted-problems.js';
import type { Problem, ProblemSeverity } from './types.js';

/**
 * The most problems any check keeps: a broken file can hold a million (`{"objections": [0, 0, …]}`), and a
 * person reads the first few. The rest are counted by severity, so an exit code or a "rejected" verdict still
 * sees an error left out.
 */
export const MAX_PROBLEMS = 100;

export { NONE_OMITTED, type OmittedProblems } from './omitted-problems.js';

/** The problems kept, in the order found, and a count of the others. */
export interface CappedProblems {
  readonly problems: readonly Problem[];
  readonly omitted: OmittedProblems;
}

/**
 * Collects problems up to a limit; past it, only counts them. A problem can be given as a function, which is
 * called only for a problem that is kept: a check over a million entries builds no message beyond the first
 * hundred.
 *
 * ```ts
 * const found = new ProblemCollector();
 * for (const [i, entry] of entries.entries()) {
 *   if (!ok(entry)) found.add('error', () => problem('error', source, `objections[${i}]`, 'wrong-type', said('wrongType', …)));
 * }
 * const { problems, omitted } = found.result();
 * ```
 */
export class ProblemCollector {
  readonly #limit: number;
  readonly #problems: Problem[] = [];
  readonly #omitted: Record<ProblemSeverity, number> = { error: 0, warning: 0 };

  constructor(limit = MAX_PROBLEMS) {
    this.#limit = limit;
  }

  /** Whether another problem would only be counted. */
  get full(): boolean {
    return this.#problems.length >= this.#limit;
  }

  add(severity: ProblemSeverity, found: Problem | (() => Problem)): void {
    if (this.full) this.#omitted[severity] += 1;
    else this.#problems.push(typeof found === 'function' ? found() : found);
  }

  /** Adds problems found elsewhere, with the count of those they left out. */
  addAll(problems: readonly Problem[], omitted: OmittedProblems = NONE_OMITTED): void {
    for (const found of problems) this.add(found.severity, found);
    this.#omitted.error += omitted.error;
    this.#omitted.warning += omitted.warning;
  }

  result(): CappedProblems {
    return { problems: [...this.#problems], omitted: { ...this.#omitted } };
  }
}

/** The first {@link MAX_PROBLEMS} of `problems`, the others counted along with those `omitted` already counts. */
export function capProblems(problems: readonly Problem[], omitted: OmittedProblems = NONE_OMITTED, limit = MAX_PROBLEMS): CappedProblems {
  const collector = new ProblemCollector(limit);
  collector.addAll(problems, omitted);
  return collector.result();
}

/** How many problems were found in all, of each severity: those kept and those left out. */
export function countProblems({ problems, omitted }: CappedProblems): { readonly errors: number; readonly warnings: number } {
  let errors = omitted.error;
  let warnings = omitted.warning;
  for (const found of problems) {
    if (found.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return { errors, warnings };
}

/** The counts of left-out problems of several checks, added up. */
export const sumOmitted = (...counts: readonly OmittedProblems[]): OmittedProblems => ({
  error: counts.reduce((sum, count) => sum + count.error, 0),
  warning: counts.reduce((sum, count) => sum + count.warning, 0),
});

/** How many problems were left out, of both severities. */
export const omittedCount = (omitted: OmittedProblems): number => omitted.error + omitted.warning;
