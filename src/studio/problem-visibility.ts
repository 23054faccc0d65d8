import type { Problem } from '../core/index.js';
import { fieldPathOf, objectionIndexOf, scriptIndexOf } from './problem-fields.js';

/** Problems that only say a field is not written yet. */
const UNFINISHED_CODES: ReadonlySet<Problem['code']> = new Set(['empty', 'missing-field']);

/** How many of the draft's first objections and first call scripts came from a file (or the built-in catalog). */
export interface OpenedItems {
  readonly objections: number;
  readonly scripts: number;
}

const NONE_OPENED: OpenedItems = { objections: 0, scripts: 0 };

/** The draft's problems split for the form: those to show, and fields not finished that nobody touched yet. */
export interface VisibleProblems {
  readonly shown: readonly Problem[];
  /** One problem for each empty field nobody has touched: listed as "not finished", not as errors, until touched or checked. */
  readonly unfinished: readonly Problem[];
}

/**
 * Which problems the form shows, as form validation does: a field is told it is empty only once it was
 * touched (left after an edit), or after the marketer asked for a check or exported. A blank new objection or
 * call script opens without errors; what objections and scripts opened from a file lack shows at once. Fields are
 * remembered by form path, so the set is cleared when the whole draft is replaced.
 */
export class ProblemVisibility {
  readonly #touched = new Set<string>();
  #checked = false;
  /** The first objections and scripts, from a file or the built-in catalog: what they lack shows at once. */
  #opened = NONE_OPENED;

  /** The field at `fieldPath` was left after an edit. */
  touch(fieldPath: string): void {
    this.#touched.add(fieldPath);
  }

  /** Shows every problem from now on, until {@link reset}. */
  checkAll(): void {
    this.#checked = true;
  }

  /** A new draft, whose first `opened` objections and scripts came from a file: nothing touched, nothing checked. */
  reset(opened = NONE_OPENED): void {
    this.#touched.clear();
    this.#checked = false;
    this.#opened = opened;
  }

  /**
   * The problems to show, and one problem for each field not finished and untouched; the other problems of
   * such a field (an empty list also lacks the catalog's language) wait with it.
   */
  split(problems: readonly Problem[]): VisibleProblems {
    if (this.#checked) return { shown: problems, unfinished: [] };
    const unfinishedFields = new Map<string, Problem>();
    for (const found of problems) {
      const fieldPath = fieldPathOf(found);
      if (UNFINISHED_CODES.has(found.code) && !this.#wasOpened(fieldPath) && !unfinishedFields.has(fieldPath) && !this.#wasTouched(fieldPath)) unfinishedFields.set(fieldPath, found);
    }
    return { shown: problems.filter((found) => !unfinishedFields.has(fieldPathOf(found))), unfinished: [...unfinishedFields.values()] };
  }

  /** Whether the field is of an objection or a script that came from a file (the catalog's own: if any did). */
  #wasOpened(fieldPath: string): boolean {
    const script = scriptIndexOf(fieldPath);
    if (script !== undefined) return script < this.#opened.scripts;
    const objection = objectionIndexOf(fieldPath);
    return objection === undefined ? this.#opened.objections + this.#opened.scripts > 0 : objection < this.#opened.objections;
  }

  /** A field, a language of it, or a group around it was touched. */
  #wasTouched(fieldPath: string): boolean {
    for (const touched of this.#touched) {
      if (touched === fieldPath || touched.startsWith(`${fieldPath}.`) || touched.startsWith(`${fieldPath}[`) || fieldPath.startsWith(`${touched}.`)) return true;
    }
    return false;
  }
}
