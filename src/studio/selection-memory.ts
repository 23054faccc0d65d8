import type { ObjectionInput } from '../core/index.js';

interface Remembered {
  readonly id: string;
  readonly index: number;
}

/**
 * Which objection the forms showed, kept in `localStorage` beside the draft (`<key>:selected`), so a reload
 * opens the same one. It is found again by its place when that still holds the same ID, else by its ID (a
 * change elsewhere moved it); otherwise the studio shows what it would anyway. Storage that refuses only means
 * it is not remembered.
 */
export class SelectionMemory {
  readonly #key: string;
  #last = '';

  constructor(draftKey: string) {
    this.#key = `${draftKey}:selected`;
  }

  /** The index of the remembered objection in `objections`, if it is still there. */
  recall(objections: readonly ObjectionInput[]): number | undefined {
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

  /** Keeps the objection at `index` (-1: none) as the one shown. */
  remember(objections: readonly ObjectionInput[], index: number): void {
    const text = JSON.stringify({ id: objections[index]?.id ?? '', index } satisfies Remembered);
    if (text === this.#last) return;
    this.#last = text;
    try {
      localStorage.setItem(this.#key, text);
    } catch {
      // Nothing to tell the marketer: the draft itself is what matters.
    }
  }
}
