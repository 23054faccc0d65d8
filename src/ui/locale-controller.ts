import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toUiLocale, type UiLocale } from './locale.js';

/**
 * The language of a host: its own `locale`, else the nearest `lang` attribute up the tree, looked for across
 * shadow roots (a CRM may set `lang` on its own component around the widget). `tag` is that language, any
 * one (catalog texts are shown in it); `value` is the interface's, one it is written in. A `lang` changed
 * anywhere in the document renders the host again when it changes the answer.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #own: () => string | null | undefined;
  readonly #fallback: () => UiLocale;
  #observer: MutationObserver | undefined;
  #tag = '';
  #locale: UiLocale = 'en';

  /**
   * `own` is the host's own choice (its `locale` property), which wins over any `lang`; `fallback` gives the
   * interface's language when that is one it does not speak.
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

  /** The language tag as last resolved by `update()`, such as `de-AT`; the interface's language when none is set. */
  get tag(): string {
    return this.#tag || this.#locale;
  }

  /** Resolves the language again; the host calls it in `willUpdate`. */
  update(): UiLocale {
    this.#tag = this.#resolve();
    return (this.#locale = toUiLocale(this.#tag) ?? this.#fallback());
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => {
      if (this.#resolve() !== this.#tag) this.#host.requestUpdate();
    });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #resolve(): string {
    const own = this.#own()?.trim();
    if (own) return own;
    let node: Element | null = this.#host;
    while (node) {
      const withLang: Element | null = node.closest('[lang]');
      if (withLang) return withLang.getAttribute('lang')!.trim();
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return document.documentElement.lang.trim();
  }
}
