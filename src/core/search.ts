import Fuse, { type IFuseOptions } from 'fuse.js';
import { foldForSearch } from './fold.js';
import { switchKeyboardLayout } from './keyboard-layout.js';
import type { Category, Locale, LocalizedList, LocalizedText, MergedCatalog, Objection } from './types.js';

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
  followUp: 0.85,
  reply: 0.6,
};

/** A phrase that the query covers only in part ranks below one it covers whole ("ne kadar" vs "ne kadar pahalı"). */
const UNCOVERED_TEXT_PENALTY = 0.05;
/** How much of a several-word score comes from the best single phrase rather than the objection as a whole. */
const SINGLE_PHRASE_SHARE = 0.5;
/** A query word found nowhere in the catalog weighs this share of a word found in one objection. */
const UNMATCHED_WORD_SHARE = 0.25;
/** Weight of an adjacent word pair found together, as a share of its two words' weights. */
const PAIR_SHARE = 0.5;
/** A fuse.js score at or below this is a close match: exact, or about one typo in six letters. */
const CLOSE_MATCH = 0.2;
/** A word pair counts only when found with at most about one typo. */
const PAIR_MAX_SCORE = 0.15;
/** Words this short are matched only as whole words (or word starts, while being typed). */
const SHORT_WORD = 3;
/** The score fuse.js gives an exact match (it never reports less). */
const EXACT = 0.001;

/** A fuzzy match ranks up to this much lower when the text keeps none of the query's letter pairs. */
const LOST_PAIRS_PENALTY = 0.05;

/** A query read in the other keyboard layout ranks just below the same match typed as is. */
const SWITCHED_LAYOUT_PENALTY = 0.01;
/** An exact match inside a word ("рог" in "дорого") ranks below one at the start of a word. */
const MID_WORD_PENALTY = 0.05;
/** Hits scoring worse than this are noise, not results. */
const MAX_SCORE = 0.7;
/** Operators type a few words; a pasted essay is cut here so every keystroke stays fast. */
const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 12;
/** fuse.js's Bitap matcher works on at most 32 characters at a time. */
const MAX_PATTERN_LENGTH = 32;
const DEFAULT_LIMIT = 10;

interface SearchEntry {
  /** The folded text that is matched (see {@link foldForSearch}). */
  readonly key: string;
  readonly objection: number;
  readonly field: MatchField;
  readonly locale: Locale;
  readonly text: string;
}

interface ScoredEntry {
  readonly entry: number;
  readonly score: number;
  readonly tokens: readonly string[];
}

const FUSE_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: ['key'],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  // Keys and patterns are folded to lower case already.
  isCaseSensitive: true,
  threshold: 0.4,
  shouldSort: false,
};

/**
 * Fuzzy search over a merged catalog: triggers, titles, tags, follow-up phrases and replies in every locale.
 * Each query is also tried re-typed in the other keyboard layout, and transliteration is handled by folding
 * texts and queries to one Latin skeleton.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([validateCatalog(BUILTIN_CATALOG, 'built-in').catalog]));
 * search.search('ljhjuj')[0].objection.id; // 'expensive'
 * ```
 */
export class ObjectionSearch {
  readonly catalog: MergedCatalog;
  readonly #entries: SearchEntry[];
  readonly #fuse: Fuse<SearchEntry>;
  readonly #categoryOrder: Map<string, number>;

  constructor(catalog: MergedCatalog) {
    this.catalog = catalog;
    this.#entries = catalog.objections.flatMap((objection, index) => entriesOf(objection, index));
    this.#fuse = new Fuse(this.#entries, FUSE_OPTIONS);
    this.#categoryOrder = new Map(catalog.categories.map((category, index) => [category.id, index]));
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
    return [...best]
      .sort(([a, x], [b, y]) => x.score - y.score || a - b)
      .slice(0, limit)
      .map(([objection, scored]) => {
        const entry = this.#entries[scored.entry]!;
        const ranges = matchRanges(entry.text, scored.tokens);
        return {
          objection: this.catalog.objections[objection]!,
          score: scored.score,
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

  /**
   * Best score per objection for one folded query: the whole query matched against single phrases, and, for
   * several words, how well the objection's phrases cover the informative words between them.
   */
  #scoreVariant(key: string): Map<number, ScoredEntry> {
    const words = [...new Set(key.split(' '))];
    const tokens = (words.length > 1 ? words.filter((word) => word.length > 1) : words)
      .slice(0, MAX_TOKENS)
      .map((token) => token.slice(0, MAX_PATTERN_LENGTH));
    const best = new Map<number, ScoredEntry>();
    const offer = (objection: number, candidate: ScoredEntry) => {
      const current = best.get(objection);
      if (!current || candidate.score < current.score) best.set(objection, candidate);
    };
    if (tokens.length === 0) return best;
    const phrase = tokens.length === 1 ? tokens[0]! : key;
    if (phrase.length <= MAX_PATTERN_LENGTH) {
      for (const [entryIndex, score] of this.#matchPhrase(phrase)) {
        const entry = this.#entries[entryIndex]!;
        const uncovered = 1 - Math.min(1, phrase.length / entry.key.length);
        offer(entry.objection, {
          entry: entryIndex,
          score: score + FIELD_PENALTY[entry.field] + UNCOVERED_TEXT_PENALTY * uncovered,
          tokens,
        });
      }
    }
    if (tokens.length > 1) {
      for (const [objection, scored] of this.#coverage(tokens)) offer(objection, scored);
    }
    return best;
  }

  /**
   * For a query of several words: per objection, the weighted share of the query's words (and adjacent word
   * pairs) its phrases contain. Rare words weigh more than "ну", "you" or "bir"; a word found nowhere in the
   * catalog (a filler, a name, noise) counts a quarter, so a query is not judged by its one common word alone.
   */
  #coverage(words: readonly string[]): Map<number, ScoredEntry> {
    const objectionCount = this.catalog.objections.length;
    // How many objections hold the word: counting only close matches, since a short word loosely matches
    // half the catalog; a word with no close match counts its loose ones.
    const objectionsOf = (matches: Map<number, number>) => {
      const close = [...matches].filter(([, score]) => score <= CLOSE_MATCH);
      const counted = close.length > 0 ? close : [...matches];
      return new Set(counted.map(([entry]) => this.#entries[entry]!.objection)).size;
    };
    const wordMatches = words.map((word, i) => this.#matchWord(word, i === words.length - 1));
    const wordWeights = wordMatches.map((matches, i) => {
      const found = objectionsOf(matches);
      const rarity = found === 0 ? UNMATCHED_WORD_SHARE * Math.log(1 + objectionCount) : Math.log(1 + objectionCount / found);
      return rarity * Math.min(words[i]!.length, 10);
    });
    // Two query words side by side in a phrase ("ne kadar") say more than the same words apart.
    const pairMatches = words.slice(1).map((word, i) => this.#matchPair(`${words[i]} ${word}`));
    const pairWeights = pairMatches.map((matches, i) =>
      matches.size === 0 ? 0 : PAIR_SHARE * (wordWeights[i]! + wordWeights[i + 1]!),
    );
    const units = [...wordMatches, ...pairMatches];
    const weights = [...wordWeights, ...pairWeights];
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    // Per objection: the best gain of each unit among its phrases, and its best single phrase.
    const covered = new Map<number, { perUnit: number[]; entry: number; entryGain: number }>();
    const entryGain = new Map<number, number>();
    units.forEach((matches, i) => {
      for (const [entryIndex, score] of matches) {
        const entry = this.#entries[entryIndex]!;
        const gain = weights[i]! * FIELD_WEIGHT[entry.field] * (1 - score);
        const ofEntry = (entryGain.get(entryIndex) ?? 0) + gain;
        entryGain.set(entryIndex, ofEntry);
        let state = covered.get(entry.objection);
        if (!state) {
          state = { perUnit: new Array<number>(units.length).fill(0), entry: entryIndex, entryGain: 0 };
          covered.set(entry.objection, state);
        }
        state.perUnit[i] = Math.max(state.perUnit[i]!, gain);
        if (ofEntry > state.entryGain) {
          state.entry = entryIndex;
          state.entryGain = ofEntry;
        }
      }
    });
    // Words spread over several phrases of an objection count, but less than all of them in one phrase.
    const scores = new Map<number, ScoredEntry>();
    for (const [objection, state] of covered) {
      const gained = state.perUnit.reduce((sum, gain) => sum + gain, 0);
      const coverage = (1 - SINGLE_PHRASE_SHARE) * gained + SINGLE_PHRASE_SHARE * state.entryGain;
      scores.set(objection, { entry: state.entry, score: 1 - coverage / totalWeight, tokens: words });
    }
    return scores;
  }

  /** Entry index → score for two adjacent query words found (nearly) as they are, side by side. */
  #matchPair(pair: string): Map<number, number> {
    const scores = this.#matchPhrase(pair);
    for (const [entry, score] of scores) if (score > PAIR_MAX_SCORE) scores.delete(entry);
    return scores;
  }

  /** Entry index → fuse.js score for a whole query; exact matches inside a word rank a little lower. */
  #matchPhrase(phrase: string): Map<number, number> {
    const scores = new Map<number, number>();
    const pairs = letterPairs(phrase);
    for (const result of this.#fuse.search(phrase)) {
      let score = result.score ?? 1;
      const key = result.item.key;
      if (score <= EXACT) {
        if (wordStartIndex(key, phrase) < 0) score = MID_WORD_PENALTY;
      } else {
        // Equal edit counts are not equally likely typos: "дорго" drops a letter of "дорого" and keeps its
        // letter pairs, while "долго" would need a wrong key. Prefer the text keeping more of the typed pairs.
        score += LOST_PAIRS_PENALTY * (1 - sharedPairs(pairs, key) / Math.max(1, pairs.length));
      }
      scores.set(result.refIndex, score);
    }
    return scores;
  }

  /**
   * Entry index → score for one word of a longer query. Short words ("ну", "is", "bu") match only whole
   * words, or the start of a word when they are the last word, still being typed: inside or at the start
   * of other words they match nearly everything.
   */
  #matchWord(word: string, isLast: boolean): Map<number, number> {
    const scores = this.#matchPhrase(word);
    if (word.length <= SHORT_WORD) {
      for (const [entry, score] of scores) {
        const key = this.#entries[entry]!.key;
        const matches = score <= EXACT && (isLast ? wordStartIndex(key, word) >= 0 : containsWord(key, word));
        if (!matches) scores.delete(entry);
      }
    }
    return scores;
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

function entriesOf(objection: Objection, index: number): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const add = (field: MatchField, locale: Locale, text: string) => {
    const key = foldForSearch(text);
    if (key) entries.push({ key, objection: index, field, locale, text });
  };
  const addText = (field: MatchField, text: LocalizedText) => {
    for (const [locale, value] of Object.entries(text)) add(field, locale, value);
  };
  const addList = (field: MatchField, list: LocalizedList) => {
    for (const [locale, values] of Object.entries(list)) for (const value of values) add(field, locale, value);
  };
  addList('trigger', objection.triggers);
  addText('title', objection.title);
  addList('tag', objection.tags);
  for (const followUp of objection.followUps) addText('followUp', followUp.customer);
  for (const reply of [...objection.replies, ...objection.followUps.flatMap((f) => f.replies)]) addText('reply', reply.text);
  return entries;
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

/** Adjacent letter pairs of a word or phrase. */
function letterPairs(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) pairs.push(text.slice(i, i + 2));
  return pairs;
}

function sharedPairs(pairs: readonly string[], key: string): number {
  return pairs.reduce((count, pair) => (key.includes(pair) ? count + 1 : count), 0);
}

/** True when `word` is one of the space-separated words of `key`. */
function containsWord(key: string, word: string): boolean {
  return key === word || key.startsWith(`${word} `) || key.endsWith(` ${word}`) || key.includes(` ${word} `);
}

/** Where `token` starts a word of `key`, or -1. */
function wordStartIndex(key: string, token: string): number {
  if (key.startsWith(token)) return 0;
  const at = key.indexOf(` ${token}`);
  return at < 0 ? -1 : at + 1;
}

/** Where each query word occurs in `text`, exactly or approximately, as ranges of the original text. */
export function matchRanges(text: string, tokens: readonly string[]): TextRange[] {
  const offsets: number[] = [];
  const key = foldForSearch(text, offsets);
  const ranges: TextRange[] = [];
  for (const token of tokens) {
    const span = exactSpan(key, token) ?? fuzzySpan(key, token);
    if (!span) continue;
    const [start, end] = span;
    const lastSource = offsets[end - 1]!;
    ranges.push([offsets[start]!, lastSource + (text.codePointAt(lastSource)! > 0xffff ? 2 : 1)]);
  }
  return mergeRanges(ranges);
}

function exactSpan(key: string, token: string): TextRange | undefined {
  const wordStart = wordStartIndex(key, token);
  const at = wordStart >= 0 ? wordStart : key.indexOf(token);
  return at >= 0 ? [at, at + token.length] : undefined;
}

/** The longest run of characters fuse.js reports as matching `token`. */
function fuzzySpan(key: string, token: string): TextRange | undefined {
  const [result] = new Fuse([key], {
    includeMatches: true,
    ignoreLocation: true,
    isCaseSensitive: true,
    threshold: 0.4,
    minMatchCharLength: Math.min(2, token.length),
  }).search(token);
  let longest: TextRange | undefined;
  for (const [start, end] of result?.matches?.[0]?.indices ?? []) {
    if (!longest || end + 1 - start > longest[1] - longest[0]) longest = [start, end + 1];
  }
  return longest;
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
