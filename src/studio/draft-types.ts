import type { CatalogInput } from '../core/index.js';

// The draft's types alone, so the modules that shape and edit the draft (draft.ts, draft-shape.ts,
// draft-scripts.ts) all import them from here, one way, and none imports another back for a type.

/** Texts and lists as the studio keeps them: always a map by locale. */
export type TextMap = Record<string, string>;
export type ListMap = Record<string, string[]>;

/**
 * How the draft meets the built-in catalog: `extend` is merged over it (the preview shows both), `replace`
 * stands alone (the preview and the widget use `no-builtin`).
 */
export type DraftMode = 'extend' | 'replace';

/** What the studio edits and keeps: a catalog as a marketer writes it in a file, every text a map by locale. */
export interface Draft {
  readonly mode: DraftMode;
  readonly catalog: CatalogInput;
}
