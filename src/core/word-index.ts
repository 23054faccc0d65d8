import Fuse from 'fuse.js/basic';

/** How a query word may match a catalog word. */
export type WordMatchMode =
  /** Only the same word ("ну" never matches "нужно"). */
  | 'whole'
  /** Words starting with it, as while the word is still being typed. */
  | 'prefix'
  /** Words containing it approximately (typos, inflections), or starting with it: a word being typed. */
  | 'fuzzy'
  /**
   * Like `fuzzy`, for a word the operator has finished typing: a longer word that merely starts with it
   * ("even" in "evening") matches less well the more letters it adds, and a word with the same beginning
   * but another ending ("деньгам", "деньги") matches well.
   */
  | 'fuzzy-word';

/** The score fuse.js gives an exact match (it never reports less). */
export const EXACT = 0.001;
/** An exact match inside a word ("рог" in "дорого") ranks below one at the start of a word. */
const MID_WORD_PENALTY = 0.05;
/** A finished query word that is only the start of a longer word ranks up to this much lower. */
const LONGER_WORD_PENALTY = 0.3;
/**
 * Equal edit counts are not equally likely typos: "дорго" drops a letter of "дорого" and keeps its letter
 * pairs, while "долго" would need a wrong key. A fuzzy match ranks up to this much lower when the word keeps
 * none of the query's letter pairs.
 */
const LOST_PAIRS_PENALTY = 0.05;
/** Shared beginnings this long count as one stem; shorter ones ("pere-", "pod-") are too common. */
const MIN_STEM = 4;
const LONG_STEM = 5;
/** A four-letter shared beginning counts only when it is most of the shorter word. */
const STEM_SHARE = 0.75;
/** Score of words sharing a stem: between this and twice this, by how much of the words the stem is. */
const STEM_SCORE = 0.1;
/**
 * Two neighbouring letters typed in the wrong order ("spned", "crad") are one slip, but fuse.js's Bitap scorer
 * counts two edits and loses them. A catalog word that is the query with one adjacent pair swapped scores as
 * one close typo.
 */
const TRANSPOSED_SCORE = 0.15;
/** fuse.js threshold: about one typo in three letters at most. */
const FUZZY_THRESHOLD = 0.4;
/** Words sharing fewer letter pairs than this share of the query word's pairs are not even scored. */
const MIN_SHARED_PAIRS = 0.34;
/** How many word lookups are remembered. */
const RECENT_LOOKUPS = 256;
/** At most this many candidate words are scored by fuse.js per query word. */
const MAX_CANDIDATES = 128;
/**
 * A catalog word is fuzzy-matched by its first this many letters. Words are far shorter (and query words are
 * cut at 32); a crafted 20,000-letter word holds nearly every letter pair, so without the cut it was a
 * candidate for every query and fuse.js scored all of it on every keystroke.
 */
const MAX_MATCHED_LENGTH = 64;

/**
 * The distinct words of a catalog, with a letter-pair index that narrows each query word to a few candidate
 * words before fuse.js scores them: the fuzzy scorer never walks the whole catalog.
 */
export class WordIndex {
  readonly #words: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #byPair = new Map<string, number[]>();
  /** Word ids in alphabetical order, for prefix lookups. */
  #sorted: number[] = [];
  /** Least recently used first. */
  readonly #recent = new Map<string, ReadonlyMap<number, number>>();
  /** Scratch counters of shared letter pairs, one per word, reset after each lookup. */
  #shared = new Uint16Array(0);

  /** The id of `word`, adding it on first sight. */
  add(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.#words.length;
      this.#words.push(word);
      this.#ids.set(word, id);
      for (const pair of new Set(letterPairs(word.slice(0, MAX_MATCHED_LENGTH)))) {
        const ids = this.#byPair.get(pair);
        if (ids) ids.push(id);
        else this.#byPair.set(pair, [id]);
      }
    }
    return id;
  }

  /** Call once all words are added. */
  seal(): void {
    this.#sorted = this.#words.map((_, id) => id).sort((a, b) => compare(this.#words[a]!, this.#words[b]!));
    this.#shared = new Uint16Array(this.#words.length);
  }

  get size(): number {
    return this.#words.length;
  }

  /** The id of `word`, if the catalog has it. */
  idOf(word: string): number | undefined {
    return this.#ids.get(word);
  }

  /** Length of the word with this id. */
  length(id: number): number {
    return this.#words[id]!.length;
  }

  /**
   * Word id → score (0 best, like fuse.js) of every word `query` matches in `mode`. Recent answers are
   * remembered: while an operator types, every keystroke asks again about the words before the last one.
   */
  match(query: string, mode: WordMatchMode): ReadonlyMap<number, number> {
    const key = `${mode} ${query}`;
    let matches = this.#recent.get(key);
    if (matches) {
      this.#recent.delete(key);
    } else {
      matches = this.#lookUp(query, mode);
      if (this.#recent.size >= RECENT_LOOKUPS) this.#recent.delete(this.#recent.keys().next().value!);
    }
    this.#recent.set(key, matches);
    return matches;
  }

  #lookUp(query: string, mode: WordMatchMode): Map<number, number> {
    if (mode === 'whole') {
      const id = this.#ids.get(query);
      return new Map(id === undefined ? [] : [[id, EXACT]]);
    }
    if (mode === 'prefix' || query.length < 2) return new Map(this.#withPrefix(query).map((id) => [id, EXACT]));
    return this.#fuzzy(query, mode === 'fuzzy-word');
  }

  /** Whether some catalog word starts with `prefix` (or is it). */
  hasWordStartingWith(prefix: string): boolean {
    const first = this.#sorted[this.#firstAtOrAfter(prefix)];
    return first !== undefined && this.#words[first]!.startsWith(prefix);
  }

  /** The position in alphabetical order of the first word not before `prefix`. */
  #firstAtOrAfter(prefix: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(this.#words[this.#sorted[mid]!]!, prefix) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  #withPrefix(prefix: string): number[] {
    const ids: number[] = [];
    for (let i = this.#firstAtOrAfter(prefix); i < this.#sorted.length && this.#words[this.#sorted[i]!]!.startsWith(prefix); i += 1) {
      ids.push(this.#sorted[i]!);
    }
    return ids;
  }

  #fuzzy(query: string, isWholeWord: boolean): Map<number, number> {
    const pairs = [...new Set(letterPairs(query))];
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const id of this.#byPair.get(pair) ?? []) {
        if (this.#shared[id] === 0) touched.push(id);
        this.#shared[id] += 1;
      }
    }
    const needed = Math.max(1, Math.round(pairs.length * MIN_SHARED_PAIRS));
    const candidates = touched
      .filter((id) => this.#shared[id]! >= needed)
      .sort((a, b) => this.#shared[b]! - this.#shared[a]! || a - b)
      .slice(0, MAX_CANDIDATES);
    const sharedOf = new Map(candidates.map((id) => [id, this.#shared[id]!]));
    for (const id of touched) this.#shared[id] = 0;

    const scores = new Map<number, number>();
    // A word still being typed has no ending yet to differ in.
    if (isWholeWord) {
      for (const id of candidates) {
        const stem = sharedStemScore(query, this.#words[id]!);
        if (stem !== undefined) scores.set(id, stem);
      }
    }
    const fuse = new Fuse(
      candidates.map((id) => this.#words[id]!.slice(0, MAX_MATCHED_LENGTH)),
      { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, isCaseSensitive: true, threshold: FUZZY_THRESHOLD },
    );
    for (const result of fuse.search(query)) {
      const id = candidates[result.refIndex]!;
      let score = result.score ?? 1;
      if (score <= EXACT) {
        const word = this.#words[id]!;
        if (!word.startsWith(query)) score = MID_WORD_PENALTY;
        else if (isWholeWord) score += LONGER_WORD_PENALTY * ((word.length - query.length) / word.length);
      } else {
        score += LOST_PAIRS_PENALTY * (1 - sharedOf.get(id)! / pairs.length);
      }
      scores.set(id, Math.min(score, scores.get(id) ?? 1));
    }
    for (let i = 0; i + 1 < query.length; i += 1) {
      if (query[i] === query[i + 1]) continue;
      const id = this.#ids.get(query.slice(0, i) + query[i + 1] + query[i] + query.slice(i + 2));
      if (id !== undefined) scores.set(id, Math.min(TRANSPOSED_SCORE, scores.get(id) ?? 1));
    }
    return scores;
  }
}

/**
 * Russian and Turkish words change their endings ("деньгам"/"деньги", "güveneyim"/"güvenebilir"), which
 * fuse.js counts as several typos. Two words that share a long beginning are scored as a close match instead:
 * the longer the shared part, the closer.
 */
function sharedStemScore(a: string, b: string): number | undefined {
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared += 1;
  if (shared < MIN_STEM || (shared < LONG_STEM && shared < STEM_SHARE * shorter)) return undefined;
  return STEM_SCORE + STEM_SCORE * (1 - shared / Math.max(a.length, b.length));
}

/** Adjacent letter pairs of a word. */
function letterPairs(word: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1) pairs.push(word.slice(i, i + 2));
  return pairs;
}

/** Code point order, the same on every machine (unlike `localeCompare`). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
