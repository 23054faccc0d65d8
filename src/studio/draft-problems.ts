import { NONE_OMITTED, type OmittedProblems, type Problem } from '../core/index.js';
import type { ValidationResult } from '../core/validate.js';
import { objectionIndexOf, problemsByField } from './problem-fields.js';
import { ProblemVisibility, type OpenedItems } from './problem-visibility.js';

/**
 * The draft's problems as the studio shows them: those of its last check, split into those shown and the
 * empty fields nobody touched yet (see `ProblemVisibility`), by form field and as error counts by objection.
 */
export class DraftProblems {
  readonly #visibility = new ProblemVisibility();
  #all: readonly Problem[] = [];
  #advice: readonly Problem[] = [];
  #omitted: OmittedProblems = NONE_OMITTED;
  #shown: readonly Problem[] = [];
  #unfinished: readonly Problem[] = [];
  #byField: ReadonlyMap<string, readonly Problem[]> = new Map();
  #errorCounts: ReadonlyMap<number, number> = new Map();

  /** The problems shown, in the order found. */
  get shown(): readonly Problem[] {
    return this.#shown;
  }

  /** Empty fields nobody touched yet. */
  get unfinished(): readonly Problem[] {
    return this.#unfinished;
  }

  get omitted(): OmittedProblems {
    return this.#omitted;
  }

  /** The problems shown, by the form place they belong to. */
  get byField(): ReadonlyMap<string, readonly Problem[]> {
    return this.#byField;
  }

  /** How many errors are shown, the omitted ones too. */
  get errorCount(): number {
    return this.#shown.filter((found) => found.severity === 'error').length + this.#omitted.error;
  }

  /** How many errors are shown for each objection, by its index. */
  get errorCounts(): ReadonlyMap<number, number> {
    return this.#errorCounts;
  }

  /**
   * The result of a new check of the draft; `advice` is told under its field only (too few phrases, say):
   * not a problem of the file, so not in the list.
   */
  set({ problems, omitted }: Pick<ValidationResult, 'problems' | 'omitted'>, advice: readonly Problem[] = []): void {
    this.#all = problems;
    this.#advice = advice;
    this.#omitted = omitted;
    this.#split();
  }

  /** A field was left after an edit. */
  touch(fieldPath: string): void {
    this.#visibility.touch(fieldPath);
    this.#split();
  }

  /** "Check" or an export: every problem shows. */
  checkAll(): void {
    this.#visibility.checkAll();
    this.#split();
  }

  /** A new draft was opened or started, with `opened` objections and scripts from a file. */
  reset(opened: OpenedItems): void {
    this.#visibility.reset(opened);
    this.#split();
  }

  #split(): void {
    const { shown, unfinished } = this.#visibility.split(this.#all);
    this.#shown = shown;
    this.#unfinished = unfinished;
    this.#byField = problemsByField([...shown, ...this.#advice]);
    const errorCounts = new Map<number, number>();
    for (const found of shown) {
      const index = objectionIndexOf(found.path);
      if (found.severity === 'error' && index !== undefined) errorCounts.set(index, (errorCounts.get(index) ?? 0) + 1);
    }
    this.#errorCounts = errorCounts;
  }
}
