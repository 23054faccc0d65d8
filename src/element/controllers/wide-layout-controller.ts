import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host's box is wide enough for results and the opened objection side by side, measured as the
 * styles' container query measures it (the content box of the element matched by `selector`).
 */
export class WideLayoutController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly #selector: string;
  readonly #minWidth: number;
  readonly #observer = new ResizeObserver((entries) => this.#resized(entries));
  #observed = false;
  wide = false;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }, selector: string, minWidth: number) {
    this.#host = host;
    this.#selector = selector;
    this.#minWidth = minWidth;
    host.addController(this);
  }

  /** The box is there once rendered, and again after a move in the page. */
  hostUpdated(): void {
    if (this.#observed) return;
    const box = this.#host.renderRoot.querySelector(this.#selector);
    if (!box) return;
    this.#observer.observe(box);
    this.#observed = true;
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#observed = false;
  }

  #resized(entries: ResizeObserverEntry[]): void {
    const entry = entries.at(-1);
    if (!entry) return;
    const width = entry.contentBoxSize[0]?.inlineSize ?? entry.contentRect.width;
    const wide = width >= this.#minWidth;
    if (wide !== this.wide) {
      this.wide = wide;
      this.#host.requestUpdate();
    }
  }
}
