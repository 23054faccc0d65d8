import type { MatchField } from './search-index.js';
import type { Category, Locale, Objection } from './types.js';

// What a search answers, apart from the search itself: the list shown before anything is typed is made of
// the same hits without it.

/**
 * Below this {@link SearchHit.confidence} a hit is a weak match: shown as such, and a query with no hit above
 * it has found nothing. Measured on the labelled query sets in `tests/search/` (see the README's "Search
 * quality"): above it the first hit is the expected objection almost always, and gibberish or an unrelated
 * sentence stays below it.
 *
 * ```ts
 * const [best] = search.search('qwzx');
 * best === undefined || best.confidence < WEAK_CONFIDENCE; // true
 * ```
 */
export const WEAK_CONFIDENCE = 0.4;

/** A character range `[start, end)` in a text. */
export type TextRange = readonly [start: number, end: number];

/** The text that made an objection a hit, and the ranges of it that matched the query. */
export interface SearchMatch {
  readonly field: MatchField;
  readonly locale: Locale;
  readonly text: string;
  readonly ranges: readonly TextRange[];
}

export interface SearchHit {
  readonly objection: Objection;
  /** 0 is a perfect match; hits are sorted by it, best first. */
  readonly score: number;
  /**
   * How sure the search is that this is what the query means, 0–1 (1 for a listing without a query); below
   * `WEAK_CONFIDENCE` it is a weak match.
   */
  readonly confidence: number;
  /** Absent when the catalog is listed for an empty query. */
  readonly match?: SearchMatch;
}

/** Objections of one category, in catalog order, for the list shown before anything is typed. */
export interface CategoryGroup {
  readonly category: Category;
  readonly hits: readonly SearchHit[];
}
