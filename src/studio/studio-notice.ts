import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { UiLocale } from '../ui/locale.js';
import { problemCount } from '../ui/problem-details.js';
import type { StudioStrings } from './i18n.js';
import type { NearField } from './near-fields.js';
import { noticeTemplate, type Notice } from './objection-studio.templates.js';
import type { ProblemWorder } from './problem-words.js';

/** A file's problems are listed at once up to this many; more wait behind their summary until it is opened. */
const FILE_PROBLEMS_SHOWN_OPEN = 10;

export interface StudioNoticeOptions {
  /** The last step of the draft's history: "Undo" in the notice undoes it while it is the change told of. */
  readonly lastStep: () => number | undefined;
  readonly undo: () => void;
  /** Keeps a misspelt field's data under the known field (see `FileActions.useField`). */
  readonly useField: (near: NearField) => void;
}

/**
 * The notice of the last open, start or undo: what it tells, the change of the draft it tells of (which "Undo"
 * in it takes back), and whether its list of a file's problems is open.
 */
export class StudioNotice {
  readonly #host: ReactiveControllerHost;
  readonly #options: StudioNoticeOptions;
  #notice: Notice | undefined;
  /** The change the notice tells of, while "Undo" in it can undo that change. */
  #step: number | undefined;
  /** Whether the notice's list of a file's problems is open. */
  #problemsOpen = false;

  constructor(host: ReactiveControllerHost, options: StudioNoticeOptions) {
    this.#host = host;
    this.#options = options;
  }

  get current(): Notice | undefined {
    return this.#notice;
  }

  /** Shows a notice; a `fresh` one (of an open) lists a file's problems at once only when there are a few. */
  set(notice: Notice, fresh = false): void {
    this.#notice = notice;
    if (fresh && notice.kind !== 'info') this.#problemsOpen = problemCount(notice) <= FILE_PROBLEMS_SHOWN_OPEN;
    this.#host.requestUpdate();
  }

  /** Shows a fresh notice of the change the draft's history took as `step` (`undefined`: it took none). */
  setOfStep(notice: Notice, step: number | undefined): void {
    this.#step = step;
    this.set(notice, true);
  }

  /** After Undo or Redo; undoing the change a notice tells of answers in the notice, redoing it takes that answer away. */
  moved(step: number | undefined, undone: boolean): void {
    const kind = step !== undefined && step === this.#step ? this.#notice?.kind : undefined;
    if (undone && kind === 'replaced') this.#notice = { kind: 'info', message: (strings) => strings.undone };
    if (!undone && kind === 'info') this.#notice = undefined;
  }

  render(strings: StudioStrings, lang: UiLocale, word: ProblemWorder): TemplateResult | typeof nothing {
    if (!this.#notice) return nothing;
    return noticeTemplate(this.#notice, {
      strings,
      lang,
      canUndo: this.#step !== undefined && this.#step === this.#options.lastStep(),
      onUndo: this.#options.undo,
      onDismiss: () => ((this.#notice = undefined), this.#host.requestUpdate()),
      onUseField: this.#options.useField,
      problemsOpen: this.#problemsOpen,
      word,
      onToggleProblems: (open) => {
        this.#problemsOpen = open;
        this.#host.requestUpdate();
      },
    });
  }
}
