import type { ReactiveControllerHost } from 'lit';
import { shortcutGroups, type Objection } from '../../core/index.js';
import type { SearchSession } from '../search-session.js';

/** The element's side of its recent and pinned objections. */
export interface RecentPinnedHost extends ReactiveControllerHost, HTMLElement {
  /** Ids the page pins. */
  readonly pinned?: readonly string[] | undefined;
  readonly src?: string | undefined;
}

/** Most opened objections remembered for a call: the list shows `RECENT_LIMIT` of them, the pinned left out. */
const REMEMBERED = 50;

/**
 * The objections opened in this call (until `newCall()`), and the pinned ones: the page's `pinned` and the
 * operator's own pins, kept per browser in `localStorage`. Both are listed above the categories when nothing is
 * typed (core's `shortcutGroups`).
 */
export class RecentPinnedController {
  readonly #host: RecentPinnedHost;
  readonly #session: SearchSession;
  /** Opened objections, the latest first. */
  #recent: Objection[] = [];
  #pins: [key: string, pins: Record<string, boolean>] | undefined;

  constructor(host: RecentPinnedHost, session: SearchSession, opened: () => Objection | undefined) {
    this.#host = host;
    this.#session = session;
    session.shortcuts = (hits) => shortcutGroups(hits, this.pinned, this.#recent.map((objection) => objection.id), this.#recent);
    // The list shows it the next time nothing is typed: the list in view does not move under the operator.
    host.addEventListener('objection-select', () => {
      const objection = opened()!;
      this.#recent = [objection, ...this.#recent.filter((other) => other.id !== objection.id)].slice(0, REMEMBERED);
    });
  }

  /**
   * Where the operator's pins are kept: one entry per element `id` and `src`, so that widgets of other catalogs
   * on the same site keep their own. Pins override the page's: `{ "trust": true, "expensive": false }`.
   */
  get #key(): string {
    return `objection-desk-pins#${this.#host.id}@${this.#host.src ?? ''}`;
  }

  /** The operator's pins, read once per key: where storage is refused, they last as long as the page. */
  get #stored(): Record<string, boolean> {
    const key = this.#key;
    if (this.#pins?.[0] !== key) {
      let pins = {};
      try {
        pins = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, boolean>;
      } catch {
        // Storage refused (a sandboxed frame, the browser's settings) or a value not ours: no pins yet.
      }
      this.#pins = [key, pins];
    }
    return this.#pins[1];
  }

  /** Pinned ids: the page's `pinned` the operator did not unpin, then those the operator pinned. */
  get pinned(): string[] {
    const stored = this.#stored;
    return [...(this.#host.pinned ?? []).filter((id) => stored[id] !== false), ...Object.keys(stored).filter((id) => stored[id])];
  }

  /** Pins objection `id`, or unpins it; the list in view shows it at once. */
  toggle(id: string): void {
    const stored = this.#stored;
    const pin = !this.pinned.includes(id);
    // Pinned again, it goes last among the operator's pins.
    delete stored[id];
    stored[id] = pin;
    try {
      localStorage.setItem(this.#key, JSON.stringify(stored));
    } catch {
      // Kept for this page only.
    }
    this.#session.regroup();
    this.#host.requestUpdate();
  }

  /** Forgets the objections opened so far. */
  newCall(): void {
    this.#recent = [];
    this.#session.regroup();
  }
}
