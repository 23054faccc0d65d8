import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toUiLocale, type UiLocale } from './locale.js';

/**
 * The interface language of a host: its own `locale`, else the nearest `lang` attribute up the tree, looked
 * for across shadow roots (a CRM may set `lang` on its own component around the widget). A `lang` changed
 * anywhere in the document renders the host again when it changes the answer.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #own: () => string | null | undefined;
  readonly #fallback: () => UiLocale;
  #observer: MutationObserver | undefined;
  #locale: UiLocale = 'en';

  /**
   * `own` is the host's own choice (its `locale` property), which wins when the interface speaks it;
   * `fallback` gives the language when the nearest `lang` is one the interface does not speak.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, own: () => string | null | undefined, fallback = (): UiLocale => 'en') {
    this.#host = host;
    this.#own = own;
    this.#fallback = fallback;
    host.addController(this);
  }

  /** The language as last resolved by `update()`: one language for a whole render. */
  get value(): UiLocale {
    return this.#locale;
  }

  /** Resolves the language again; the host calls it in `willUpdate`. */
  update(): UiLocale {
    return (this.#locale = this.#resolve());
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => {
      if (this.#resolve() !== this.#locale) this.#host.requestUpdate();
    });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #resolve(): UiLocale {
    const own = toUiLocale(this.#own());
    if (own) return own;
    let node: Element | null = this.#host;
    while (node) {
      const withLang: Element | null = node.closest('[lang]');
      if (withLang) return toUiLocale(withLang.getAttribute('lang')) ?? this.#fallback();
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return toUiLocale(document.documentElement.lang) ?? this.#fallback();
  }
}
