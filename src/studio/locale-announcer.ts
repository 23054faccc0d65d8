import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../ui/emit.js';
import type { UiLocaleChangeDetail } from './events.js';

/**
 * Tells the page the studio's interface language with `ui-locale-change` once it is settled (after the first
 * update) and after each switch, with the studio's title in that language: the page's `lang` and title follow.
 */
export class LocaleAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #detail: () => UiLocaleChangeDetail;
  /** The language the page was last told of. */
  #told: string | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, detail: () => UiLocaleChangeDetail) {
    this.#host = host;
    this.#detail = detail;
    host.addController(this);
  }

  hostUpdated(): void {
    const detail = this.#detail();
    if (detail.locale === this.#told) return;
    this.#told = detail.locale;
    emit(this.#host, 'ui-locale-change', detail);
  }
}
