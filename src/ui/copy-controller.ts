import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from './clipboard.js';

/** How long a "Copied" state stays on its button. */
export const COPIED_STATE_MS = 2000;

/** What a copy's outcome has to say: whether the clipboard took the text. */
export interface CopyOutcome {
  readonly copied: boolean;
}

/**
 * Copies text from a host and keeps the outcome of the last copy for the host to show: a success for
 * {@link COPIED_STATE_MS}, a refusal until the next copy or `forget()`.
 */
export class CopyController<Outcome extends CopyOutcome> implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The outcome of the last copy, while it is shown. */
  outcome: Outcome | undefined;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Copies `text` (see `copyText`); `outcome` describes the result, which is shown and returned. */
  async copy(text: string, outcome: (copied: boolean) => Outcome): Promise<Outcome> {
    const shown = outcome(await copyText(text, this.#host.renderRoot as ShadowRoot));
    this.outcome = shown;
    clearTimeout(this.#timer);
    if (shown.copied) {
      this.#timer = setTimeout(() => {
        if (this.outcome === shown) this.outcome = undefined;
        this.#host.requestUpdate();
      }, COPIED_STATE_MS);
    }
    this.#host.requestUpdate();
    return shown;
  }

  forget(): void {
    this.outcome = undefined;
  }
}
