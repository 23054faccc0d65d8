import { toUiLocale, type UiLocale } from '../ui/locale.js';
import { draftCatalogOf, type Draft } from './draft.js';
import { newestSteps, storedHistoryOf, type StoredHistory } from './draft-history.js';

/** What is stored: the draft, and the history of its changes for "Undo" and "Redo". */
export interface StoredDrafts {
  readonly draft: Draft;
  readonly history?: StoredHistory;
  /** The draft before the last open, as stored before there was a history: read, never written. */
  readonly previous?: Draft;
}

/**
 * Keeps the studio's draft in `localStorage` under one key, and the interface language the marketer chose
 * beside it. Storage may be missing (a private window, a policy) or full: then `save` says so and the studio
 * goes on without it.
 */
export class DraftStorage {
  readonly #key: string;
  readonly #localeKey: string;

  constructor(key: string) {
    this.#key = key;
    this.#localeKey = `${key}:locale`;
  }

  /** The interface language chosen in the studio's switch, if any was kept. */
  loadLocale(): UiLocale | undefined {
    try {
      return toUiLocale(localStorage.getItem(this.#localeKey));
    } catch {
      return undefined;
    }
  }

  /** Keeps the chosen interface language; a storage that refuses only means the choice is not remembered. */
  saveLocale(locale: UiLocale): void {
    try {
      localStorage.setItem(this.#localeKey, locale);
    } catch {
      // Nothing to tell the marketer: the switch still works for this visit.
    }
  }

  /** The stored drafts, or `undefined` when there are none or they cannot be read. */
  load(): StoredDrafts | undefined {
    try {
      const text = localStorage.getItem(this.#key);
      if (text === null) return undefined;
      const stored: unknown = JSON.parse(text);
      const draft = draftOf((stored as { draft?: unknown })?.draft);
      if (!draft) return undefined;
      const { history, previous } = stored as { history?: unknown; previous?: unknown };
      if (history !== undefined) return { draft, history: storedHistoryOf(history) };
      const before = draftOf(previous);
      return before ? { draft, previous: before } : { draft };
    } catch {
      return undefined;
    }
  }

  /**
   * Stores the drafts; false when storage refused (unavailable, or full). A storage too full for the whole
   * history keeps the draft with fewer of its newest steps: the draft comes first.
   */
  save({ draft, history }: StoredDrafts): boolean {
    let kept = history;
    for (;;) {
      if (this.#write(kept ? { draft, history: kept } : { draft })) return true;
      if (!kept) return false;
      const steps = Math.floor(kept.undo.length / 2);
      kept = steps > 0 ? newestSteps(kept, steps) : undefined;
    }
  }

  #write(drafts: StoredDrafts): boolean {
    try {
      localStorage.setItem(this.#key, JSON.stringify(drafts));
      return true;
    } catch {
      return false;
    }
  }
}

/** A stored draft, read back through the same shaping as an opened file: a hand-edited value cannot break the forms. */
function draftOf(value: unknown): Draft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { mode, catalog } = value as { mode?: unknown; catalog?: unknown };
  const shaped = draftCatalogOf(catalog);
  return shaped ? { mode: mode === 'replace' ? 'replace' : 'extend', catalog: shaped } : undefined;
}
