import { foldForSearch } from './fold.js';
import { switchKeyboardLayout } from './keyboard-layout.js';
import type { Category, Locale, LocalizedList, LocalizedText, MergedCatalog, Objection } from './types.js';
import { STOP_WORDS } from './stop-words.js';
import { WordIndex, type WordMatchMode } from './word-index.js';

/** Which part of an objection a query matched. */
export type MatchField = 'trigger' | 'title' | 'tag' | 'followUp' | 'reply';

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
  /** Absent when the catalog is listed for an empty query. */
  readonly match?: SearchMatch;
}

export interface SearchOptions {
  /** At most this many hits (default 10). */
  readonly limit?: number;
}

/** Objections of one category, in catalog order, for the list shown before anything is typed. */
export interface CategoryGroup {
  readonly category: Category;
  readonly hits: readonly SearchHit[];
}

/**
 * How much worse a match in each field ranks than the same match in a trigger: triggers are what customers
 * say, replies are what operators say.
 */
const FIELD_PENALTY: Readonly<Record<MatchField, number>> = {
  trigger: 0,
  title: 0.02,
  tag: 0.04,
  followUp: 0.08,
  reply: 0.15,
};

/** Weight of a word found in each field when several words are matched one by one. */
const FIELD_WEIGHT: Readonly<Record<MatchField, number>> = {
  trigger: 1,
  title: 0.95,
  tag: 0.9,
  followUp: 0.7,
  reply: 0.6,
};

/** A phrase that a one-word query covers only in part ranks below one it covers whole ("дорого" vs "у вас дорого"). */
const UNCOVERED_TEXT_PENALTY = 0.05;
/** How much of a several-word score comes from the best single phrase rather than the objection as a whole. */
const SINGLE_PHRASE_SHARE = 0.5;
/** A query word found nowhere in the catalog weighs this share of a word found in one objection. */
const UNMATCHED_WORD_SHARE = 0.25;
/** Up to this much more gain for a word that occurs in many phrases of the same objection. */
const REPEATED_WORD_BOOST = 0.3;
/** Weight of a filler or function word (see {@link STOP_WORDS}) as a share of an ordinary word's. */
const STOP_WORD_SHARE = 0.2;
/** Weight of an adjacent word pair found side by side, as a share of twice its weaker word's weight. */
const PAIR_SHARE = 0.5;
/** A word score at or below this is a close match: exact, or about one typo in six letters. */
const CLOSE_MATCH = 0.2;
/** Words of a pair count as side by side only when each matches this closely. */
const PAIR_MAX_SCORE = 0.15;
/** Words this short are matched only as whole words (or word starts, while being typed). */
const SHORT_WORD = 3;
/** A query read in the other keyboard layout ranks just below the same match typed as is. */
const SWITCHED_LAYOUT_PENALTY = 0.01;
/** Hits scoring this much worse than the best one are left out. */
const RELATIVE_CUTOFF = 0.3;
/** Hits scoring worse than this are noise, not results. */
const MAX_SCORE = 0.7;
/** Operators type a few words; a pasted essay is cut here so every keystroke stays fast. */
const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 12;
/** fuse.js's Bitap matcher works on at most 32 characters at a time. */
const MAX_PATTERN_LENGTH = 32;
const DEFAULT_LIMIT = 10;

interface SearchEntry {
  readonly objection: number;
  readonly field: MatchField;
  readonly locale: Locale;
  readonly text: string;
  /** Length of the folded text (see {@link foldForSearch}). */
  readonly keyLength: number;
}

interface ScoredEntry {
  readonly entry: number;
  readonly score: number;
  /** Positions of the entry's words that matched, for highlighting. */
  readonly positions: readonly number[];
}

/** Where one query word occurs in one entry: word position → score. */
type Occurrences = Map<number, number>;

/**
 * Fuzzy search over a merged catalog: triggers, titles, tags, follow-up phrases and replies in every locale.
 * Texts and queries are folded to one Latin skeleton (so transliteration and Turkish letters meet), each
 * query is also tried re-typed in the other keyboard layout, and fuse.js scores each query word against the
 * few catalog words that share its letter pairs.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
 * search.search('ljhjuj')[0].objection.id; // 'expensive'
 * ```
 */
export class ObjectionSearch {
  readonly catalog: MergedCatalog;
  readonly #entries: SearchEntry[] = [];
  readonly #words = new WordIndex();
  /** Word id → flat list of (entry, position) pairs where the word occurs. */
  readonly #postings: number[][] = [];
  readonly #categoryOrder: Map<string, number>;

  constructor(catalog: MergedCatalog) {
    this.catalog = catalog;
    catalog.objections.forEach((objection, index) => {
      for (const text of searchableTexts(objection)) this.#addEntry(index, text);
    });
    this.#words.seal();
    this.#categoryOrder = new Map(catalog.categories.map((category, index) => [category.id, index]));
  }

  #addEntry(objection: number, { field, locale, text }: SearchableText): void {
    const key = foldForSearch(text);
    if (!key) return;
    const entry = this.#entries.length;
    this.#entries.push({ objection, field, locale, text, keyLength: key.length });
    key.split(' ').forEach((word, position) => {
      const id = this.#words.add(word);
      (this.#postings[id] ??= []).push(entry, position);
    });
  }

  /** Hits for `query`, best first. An empty query lists the whole catalog in category order. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (query.trim() === '') return this.browse().slice(0, limit);
    const best = new Map<number, ScoredEntry>();
    for (const variant of queryVariants(query)) {
      for (const [objection, scored] of this.#scoreVariant(variant.key)) {
        const score = scored.score + variant.penalty;
        const current = best.get(objection);
        if (score <= MAX_SCORE && (!current || score < current.score)) best.set(objection, { ...scored, score });
      }
    }
    const ranked = [...best].sort(([a, x], [b, y]) => x.score - y.score || a - b);
    // Far behind the best hit, a hit is a loose match on some word, not an answer to this query.
    const cutoff = (ranked[0]?.[1].score ?? 0) + RELATIVE_CUTOFF;
    return ranked
      .filter(([, scored]) => scored.score <= cutoff)
      .slice(0, limit)
      .map(([objection, scored]) => {
        const entry = this.#entries[scored.entry]!;
        const ranges = wordRanges(entry.text, scored.positions);
        return {
          objection: this.catalog.objections[objection]!,
          // Words an objection repeats in many phrases can push a perfect match below 0; 0 is as good as it gets.
          score: Math.max(0, scored.score),
          match: { field: entry.field, locale: entry.locale, text: entry.text, ranges },
        };
      });
  }

  /** Every objection, grouped by category in the catalog's category order, then in catalog order. */
  browse(): SearchHit[] {
    const order = (objection: Objection) => this.#categoryOrder.get(objection.category) ?? this.#categoryOrder.size;
    return this.catalog.objections
      .map((objection, index) => ({ objection, index }))
      .sort((a, b) => order(a.objection) - order(b.objection) || a.index - b.index)
      .map(({ objection }) => ({ objection, score: 0 }));
  }

  /** Best score per objection for one folded query. */
  #scoreVariant(key: string): Map<number, ScoredEntry> {
    const words = [...new Set(key.split(' '))];
    const tokens = (words.length > 1 ? words.filter((word) => word.length > 1) : words)
      .slice(0, MAX_TOKENS)
      .map((token) => token.slice(0, MAX_PATTERN_LENGTH));
    if (tokens.length === 0) return new Map();
    return tokens.length === 1 ? this.#singleWord(tokens[0]!) : this.#coverage(tokens);
  }

  /** One word: the closest phrase of each objection, triggers first, short phrases before long ones. */
  #singleWord(word: string): Map<number, ScoredEntry> {
    const best = new Map<number, ScoredEntry>();
    const mode: WordMatchMode = word.length <= SHORT_WORD ? 'prefix' : 'fuzzy';
    for (const [entryIndex, occurrences] of this.#occurrences(word, mode)) {
      const entry = this.#entries[entryIndex]!;
      const uncovered = 1 - Math.min(1, word.length / entry.keyLength);
      const score = bestOf(occurrences) + FIELD_PENALTY[entry.field] + UNCOVERED_TEXT_PENALTY * uncovered;
      const current = best.get(entry.objection);
      if (!current || score < current.score) best.set(entry.objection, { entry: entryIndex, score, positions: [...occurrences.keys()] });
    }
    return best;
  }

  /**
   * Several words: per objection, the weighted share of the query's words (and adjacent word pairs) its
   * phrases contain. Rare words weigh more than "ну", "you" or "bir"; a word found nowhere in the catalog (a
   * filler, a name, noise) counts a quarter, so a query is not judged by its one common word alone.
   */
  #coverage(words: readonly string[]): Map<number, ScoredEntry> {
    const objectionCount = this.catalog.objections.length;
    const wordHits = words.map((word, i) => {
      // Short words inside or at the start of other words match nearly everything; only the last word,
      // still being typed, may be a prefix.
      const isLast = i === words.length - 1;
      const mode: WordMatchMode = word.length > SHORT_WORD ? (isLast ? 'fuzzy' : 'fuzzy-word') : isLast ? 'prefix' : 'whole';
      return this.#occurrences(word, mode);
    });
    const wordScores = wordHits.map((hits) => new Map([...hits].map(([entry, at]) => [entry, bestOf(at)])));
    const wordWeights = wordScores.map((scores, i) => {
      const found = this.#objectionsWithin(scores);
      const importance = STOP_WORDS.has(words[i]!) ? STOP_WORD_SHARE : 1;
      const length = Math.min(words[i]!.length, 10);
      if (found === 0) return UNMATCHED_WORD_SHARE * Math.log(1 + objectionCount) * importance * length;
      // A word the catalog has only in replies, or only approximately, can never be matched in full; it
      // weighs what it can contribute, so it does not count against every other objection.
      return Math.log(1 + objectionCount / found) * importance * length * this.#bestGain(scores);
    });
    // Two query words side by side in a phrase ("ne kadar") say more than the same words apart; a pair is
    // worth as much as its weaker word, so "это" does not make "это дорого" a phrase of its own.
    const pairScores = words.slice(1).map((_, i) => sideBySide(wordHits[i]!, wordHits[i + 1]!));
    const pairWeights = pairScores.map((scores, i) =>
      scores.size === 0 ? 0 : PAIR_SHARE * 2 * Math.min(wordWeights[i]!, wordWeights[i + 1]!),
    );
    const units = [...wordScores, ...pairScores];
    const weights = [...wordWeights, ...pairWeights];
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    // Per objection: the best gain of each unit among its phrases, and its best single phrase.
    const covered = new Map<number, { perUnit: number[]; closeCount: number[]; entry: number; entryGain: number }>();
    const entryGain = new Map<number, number>();
    units.forEach((scores, i) => {
      for (const [entryIndex, score] of scores) {
        const entry = this.#entries[entryIndex]!;
        const gain = weights[i]! * FIELD_WEIGHT[entry.field] * (1 - score);
        const ofEntry = (entryGain.get(entryIndex) ?? 0) + gain;
        entryGain.set(entryIndex, ofEntry);
        let state = covered.get(entry.objection);
        if (!state) {
          const perUnit = new Array<number>(units.length).fill(0);
          state = { perUnit, closeCount: new Array<number>(units.length).fill(0), entry: entryIndex, entryGain: 0 };
          covered.set(entry.objection, state);
        }
        state.perUnit[i] = Math.max(state.perUnit[i]!, gain);
        if (score <= CLOSE_MATCH) state.closeCount[i]! += 1;
        if (ofEntry > state.entryGain) {
          state.entry = entryIndex;
          state.entryGain = ofEntry;
        }
      }
    });
    // Words spread over several phrases of an objection count, but less than all of them in one phrase.
    const scores = new Map<number, ScoredEntry>();
    for (const [objection, state] of covered) {
      // A word an objection uses in many phrases ("дорого" in expensive) is more its own than one it uses once.
      const gained = state.perUnit.reduce(
        (sum, gain, i) => sum + gain * (1 + REPEATED_WORD_BOOST * (1 - 1 / Math.max(1, state.closeCount[i]!))),
        0,
      );
      const coverage = (1 - SINGLE_PHRASE_SHARE) * gained + SINGLE_PHRASE_SHARE * state.entryGain;
      const positions = wordHits.flatMap((hits) => [...(hits.get(state.entry)?.keys() ?? [])]);
      scores.set(objection, { entry: state.entry, score: 1 - coverage / totalWeight, positions });
    }
    return scores;
  }

  /** Entry → positions where a catalog word matching `word` occurs, with the match score. */
  #occurrences(word: string, mode: WordMatchMode): Map<number, Occurrences> {
    const hits = new Map<number, Occurrences>();
    for (const [wordId, score] of this.#words.match(word, mode)) {
      const postings = this.#postings[wordId]!;
      for (let i = 0; i < postings.length; i += 2) {
        const entry = postings[i]!;
        const position = postings[i + 1]!;
        let at = hits.get(entry);
        if (!at) hits.set(entry, (at = new Map()));
        const current = at.get(position);
        if (current === undefined || score < current) at.set(position, score);
      }
    }
    return hits;
  }

  /** The largest share of its weight a word gains anywhere: 1 for an exact match in a trigger. */
  #bestGain(scores: Map<number, number>): number {
    let best = 0;
    for (const [entry, score] of scores) best = Math.max(best, FIELD_WEIGHT[this.#entries[entry]!.field] * (1 - score));
    return best;
  }

  /**
   * In how many objections a word effectively occurs: phrases holding it, counted per objection, as the
   * inverse Simpson index, so a word in ten triggers of one objection and one follow-up of another counts
   * as about one objection, not two. Only close matches count, since a word loosely matches half the
   * catalog; a word with no close match counts its loose ones.
   */
  #objectionsWithin(scores: Map<number, number>): number {
    const close = [...scores].filter(([, score]) => score <= CLOSE_MATCH);
    const counted = close.length > 0 ? close : [...scores];
    const perObjection = new Map<number, number>();
    for (const [entry] of counted) {
      const objection = this.#entries[entry]!.objection;
      perObjection.set(objection, (perObjection.get(objection) ?? 0) + 1);
    }
    let sumOfSquares = 0;
    for (const count of perObjection.values()) sumOfSquares += count * count;
    return sumOfSquares === 0 ? 0 : (counted.length * counted.length) / sumOfSquares;
  }
}

/** Splits hits for display under their category titles; categories without hits are left out. */
export function groupByCategory(hits: readonly SearchHit[], categories: readonly Category[]): CategoryGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.objection.category);
    if (group) group.push(hit);
    else groups.set(hit.objection.category, [hit]);
  }
  const byId = new Map(categories.map((category) => [category.id, category]));
  return [...groups].map(([id, groupHits]) => ({
    category: byId.get(id) ?? { id, title: { en: id } },
    hits: groupHits,
  }));
}

interface SearchableText {
  readonly field: MatchField;
  readonly locale: Locale;
  readonly text: string;
}

function searchableTexts(objection: Objection): SearchableText[] {
  const texts: SearchableText[] = [];
  const addText = (field: MatchField, text: LocalizedText) => {
    for (const [locale, value] of Object.entries(text)) texts.push({ field, locale, text: value });
  };
  const addList = (field: MatchField, list: LocalizedList) => {
    for (const [locale, values] of Object.entries(list)) for (const value of values) texts.push({ field, locale, text: value });
  };
  addList('trigger', objection.triggers);
  addText('title', objection.title);
  addList('tag', objection.tags);
  for (const followUp of objection.followUps) addText('followUp', followUp.customer);
  for (const reply of [...objection.replies, ...objection.followUps.flatMap((f) => f.replies)]) addText('reply', reply.text);
  return texts;
}

function bestOf(occurrences: Occurrences): number {
  let best = 1;
  for (const score of occurrences.values()) if (score < best) best = score;
  return best;
}

/** Entry → score where the two words occur one right after the other, each matching closely. */
function sideBySide(first: Map<number, Occurrences>, second: Map<number, Occurrences>): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [entry, firstAt] of first) {
    const secondAt = second.get(entry);
    if (!secondAt) continue;
    for (const [position, score] of firstAt) {
      const next = secondAt.get(position + 1);
      if (next === undefined || score > PAIR_MAX_SCORE || next > PAIR_MAX_SCORE) continue;
      const pair = Math.max(score, next);
      if (pair < (scores.get(entry) ?? 1)) scores.set(entry, pair);
    }
  }
  return scores;
}

/** The query as typed and re-typed in the other keyboard layout, folded; duplicates and empties dropped. */
function queryVariants(query: string): Array<{ key: string; penalty: number }> {
  const typed = query.slice(0, MAX_QUERY_LENGTH);
  const variants = [
    { key: foldForSearch(typed), penalty: 0 },
    { key: foldForSearch(switchKeyboardLayout(typed)), penalty: SWITCHED_LAYOUT_PENALTY },
  ];
  return variants.filter((variant, i) => variant.key !== '' && (i === 0 || variant.key !== variants[0]!.key));
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** The ranges of `text` holding its words at `positions` (counted as in its folded form). */
function wordRanges(text: string, positions: readonly number[]): TextRange[] {
  const wanted = new Set(positions);
  const offsets: number[] = [];
  const key = foldForSearch(text, offsets);
  const ranges: TextRange[] = [];
  let start = 0;
  key.split(' ').forEach((word, position) => {
    if (wanted.has(position)) {
      // The word ends where the next one's separator starts, less trailing punctuation; this keeps letters
      // the key drops, such as a final "ь" in "договорились".
      const next = start + word.length;
      let end = next < key.length ? offsets[next]! : text.length;
      while (end > offsets[start]! && !WORD_CHARACTER.test(text[end - 1]!)) end -= 1;
      ranges.push([offsets[start]!, end]);
    }
    start += word.length + 1;
  });
  return mergeRanges(ranges);
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
