import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ObjectionInput } from '../core/index.js';

interface Remembered {
  readonly id: string;
  readonly index: number;
}

export interface SelectionMemoryOptions {
  /** The draft's `localStorage` key; the selection is kept beside it. */
  readonly key: () => string;
  readonly objections: () => readonly ObjectionInput[];
  /** The index of the objection the forms show (-1: none). */
  readonly selected: () => number;
}

/**
 * Which objection the forms showed, kept in `localStorage` beside the draft (`<key>:selected`) after each update
 * of the studio, so a reload opens the same one. It is found again by its place when that still holds the same
 * ID, else by its ID (a change elsewhere moved it); otherwise the studio shows what it would anyway. Storage that
 * refuses only means it is not remembered.
 */
export class SelectionMemory implements ReactiveController {
  readonly #options: SelectionMemoryOptions;
  #last = '';

  constructor(host: ReactiveControllerHost, options: SelectionMemoryOptions) {
    this.#options = options;
    host.addController(this);
  }

  get #key(): string {
    return `${this.#options.key()}:selected`;
  }

  /** The index of the remembered objection in the draft, if it is still there. */
  recall(): number | undefined {
    const objections = this.#options.objections();
    let remembered: Partial<Remembered> | null;
    try {
      remembered = JSON.parse(localStorage.getItem(this.#key) ?? 'null') as Partial<Remembered> | null;
    } catch {
      return undefined;
    }
    if (typeof remembered?.id !== 'string' || typeof remembered.index !== 'number') return undefined;
    const { id, index } = remembered;
    if (objections[index]?.id === id) return index;
    const found = id ? objections.findIndex((objection) => objection.id === id) : -1;
    return found >= 0 ? found : undefined;
  }

  hostUpdated(): void {
    const index = this.#options.selected();
    const text = JSON.stringify({ id: this.#options.objections()[index]?.id ?? '', index } satisfies Remembered);
    if (text === this.#last) return;
    this.#last = text;
    try {
      localStorage.setItem(this.#key, text);
    } catch {
      // Nothing to tell the marketer: the draft itself is what matters.
    }
  }
}
