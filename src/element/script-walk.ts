import type { Script, ScriptAnswer, ScriptStep } from '../core/types.js';
import type { ScriptPathEntry } from './events.js';

/**
 * Where the operator is in a call script: the steps walked from its start, each with the answer chosen on it, the
 * last one the step shown (no answer yet), or the outcome once an answer ended the script. No DOM: the script view
 * renders it, and Node tests drive it.
 */
export class ScriptWalk {
  readonly script: Script;
  #path: ScriptPathEntry[];
  /** The outcome of the answer that ended the script; undefined while it goes on. */
  outcome: string | undefined;

  /**
   * Starts `script` at its start, or resumes `path` (an earlier walk of a script of this id, perhaps of an older
   * copy): as far along it as `script` still has the steps and answers it names.
   */
  constructor(script: Script, path: readonly ScriptPathEntry[] = []) {
    this.script = script;
    this.#path = [{ stepId: script.start }];
    for (let at = 0; at + 1 < path.length && path[at]!.stepId === this.#path.at(-1)!.stepId; at++) {
      const next = path[at + 1]!.stepId;
      if (path[at]!.answer === undefined || this.step?.answers[path[at]!.answer!]?.next !== next || !this.#find(next)) break;
      this.choose(path[at]!.answer!);
    }
  }

  /** The steps walked and the answers chosen, the step shown last. */
  get path(): readonly ScriptPathEntry[] {
    return this.#path;
  }

  /** The step shown; undefined once the script ended (or when its start names no step). */
  get step(): ScriptStep | undefined {
    return this.outcome === undefined ? this.#find(this.#path.at(-1)!.stepId) : undefined;
  }

  /**
   * Answer `index` of the step shown: a `next` goes to that step, an `end` ends the script; an `objection` leaves the
   * walk as it is (the objection opens, and the operator comes back to this step). Undefined when there is no such
   * answer, or it names a step the script lacks.
   */
  choose(index: number): ScriptAnswer | undefined {
    const answer = this.step?.answers[index];
    if (!answer || (answer.next !== undefined && !this.#find(answer.next))) return undefined;
    if (answer.objection !== undefined) return answer;
    const last = this.#path.length - 1;
    this.#path = [...this.#path.slice(0, last), { stepId: this.#path[last]!.stepId, answer: index }];
    if (answer.next !== undefined) this.#path.push({ stepId: answer.next });
    else this.outcome = answer.end;
    return answer;
  }

  /** One step back: to the step before (its answer undone), or from the end to the last step; false at the start. */
  back(): boolean {
    if (this.outcome === undefined) {
      if (this.#path.length < 2) return false;
      this.#path = this.#path.slice(0, -1);
    }
    this.outcome = undefined;
    this.#path = [...this.#path.slice(0, -1), { stepId: this.#path.at(-1)!.stepId }];
    return true;
  }

  /** The stage of the step shown, else of the last step walked that has one. */
  get stage(): string | undefined {
    for (let at = this.#path.length - 1; at >= 0; at--) {
      const stage = this.#find(this.#path[at]!.stepId)?.stage;
      if (stage !== undefined) return stage;
    }
    return undefined;
  }

  #find(id: string): ScriptStep | undefined {
    return this.script.steps.find((step) => step.id === id);
  }
}
