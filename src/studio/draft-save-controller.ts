import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Saving waits for a pause in typing this long: a draft is a few kilobytes of JSON, but typing should never wait for it. */
const SAVE_DELAY_MS = 400;

/**
 * Saves the studio's draft after a pause in typing, and at once when the page may be about to go: `pagehide`
 * (a reload, a closed tab, a link followed), `visibilitychange` to hidden (a switched tab, a phone's home
 * screen, after which a page can be discarded without any other event) and the studio leaving the page. The
 * pause alone would lose the last keystrokes of a quick reload, which disconnects nothing.
 */
export class DraftSaveController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #save: () => boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #notSaved = false;

  /** `save` stores the draft, and tells whether the storage took it. */
  constructor(host: ReactiveControllerHost, save: () => boolean) {
    this.#host = host;
    this.#save = save;
    host.addController(this);
  }

  /** Storage refused the draft the last time; said in the toolbar until a save works again. */
  get notSaved(): boolean {
    return this.#notSaved;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.#handleVisibilityChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.#handleVisibilityChange);
    this.flush();
  }

  /** The draft changed: it is saved after a pause. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#saveNow, SAVE_DELAY_MS);
  }

  /** Saves now a change still waiting for its pause, if any. */
  flush = (): void => {
    if (this.#timer !== undefined) this.#saveNow();
  };

  #handleVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  #saveNow = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const saved = this.#save();
    if (saved === !this.#notSaved) return;
    this.#notSaved = !saved;
    this.#host.requestUpdate();
  };
}
