import { BestScores } from './best-scores.js';
import { browseCatalog } from './browse.js';
import { confidenceOf } from './confidence.js';
import { foldForSearch } from './fold.js';
import { switchKeyboardLayout } from './keyboard-layout.js';
import { LOWEST_PHRASE_SCORE, PhraseSearch, type Candidate } from './phrase-search.js';
import { Scratch } from './scratch.js';
import type { SearchHit, TextRange } from './hits.js';
import type { MergedCatalog } from './types.js';
import { FIELDS, SearchIndex, type MatchField } from './search-index.js';
import { MAX_SCORE, OCCURRENCES_PER_SHORT_WORD, OCCURRENCES_PER_WORD, SHORT_WORD } from './search-limits.js';
import { searchedPart } from './searched-text.js';
import type { WordMatchMode } from './word-index.js';

export type { MatchField } from './search-index.js';
export type { CategoryGroup, SearchHit, SearchMatch, TextRange } from './hits.js';

export interface SearchOptions {
  /** At most this many hits (default 10). */
  readonly limit?: number;
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

const PENALTY_BY_FIELD = FIELDS.map((field) => FIELD_PENALTY[field]);

/** A phrase that a one-word query covers only in part ranks below one it covers whole ("дорого" vs "у вас дорого"). */
const UNCOVERED_TEXT_PENALTY = 0.05;
/** A query read in the other keyboard layout ranks just below the same match typed as is. */
const SWITCHED_LAYOUT_PENALTY = 0.01;
/** Hits scoring this much worse than the best one are left out. */
const RELATIVE_CUTOFF = 0.3;
/** Added to a re-typed reading's scores, times the share of the typed query in real words (see `queryVariants`). */
const REAL_WORDS_PENALTY = MAX_SCORE;
/** Operators type a few words; a pasted essay is cut here so every keystroke stays fast. */
const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 12;
/** fuse.js's Bitap matcher works on at most 32 characters at a time. */
const MAX_PATTERN_LENGTH = 32;
const DEFAULT_LIMIT = 10;

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
  #index: SearchIndex | undefined;
  /** The build under way, shared by {@link prepare} and {@link prepareInSteps}. */
  #building: Generator<number, void, undefined> | undefined;
  /** Scratch space reused by every query, sized to the catalog. */
  #scratchSpace: Scratch | undefined;
  /** The search for several words, with what it keeps from key to key. */
  #phraseSearch: PhraseSearch | undefined;

  /** Cheap: the index is built on the first search, or by {@link prepare}. */
  constructor(catalog: MergedCatalog) {
    this.catalog = catalog;
  }

  /**
   * Builds the search index now rather than on the first search (a catalog listed with {@link browse} needs
   * none): call it once the catalog is shown, so the first keystroke does not pay for it.
   */
  prepare(): void {
    const steps = this.prepareInSteps();
    while (!steps.next().done);
  }

  /**
   * Builds the search index one bounded step per `next()` (a few milliseconds each), to interleave with
   * rendering and input; each step yields the share of the build done, from 0 to 1. A search made meanwhile
   * finishes the build first.
   *
   * ```ts
   * for (const _ of search.prepareInSteps()) await new Promise(requestAnimationFrame);
   * ```
   */
  *prepareInSteps(): Generator<number, void, undefined> {
    if (this.#index) return;
    this.#building ??= this.#build();
    yield* this.#building;
  }

  *#build(): Generator<number, void, undefined> {
    const index = new SearchIndex();
    yield* index.build(this.catalog);
    this.#scratchSpace = new Scratch(this.catalog.objections.length, index.entryCount);
    this.#phraseSearch = new PhraseSearch(index, this.#scratchSpace, this.catalog.objections.length);
    this.#index = index;
    this.#building = undefined;
  }

  get #searchIndex(): SearchIndex {
    this.prepare();
    return this.#index!;
  }

  get #scratch(): Scratch {
    this.prepare();
    return this.#scratchSpace!;
  }

  get #phrases(): PhraseSearch {
    this.prepare();
    return this.#phraseSearch!;
  }

  /** Hits for `query`, best first. An empty query lists the whole catalog in category order. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const requested = options.limit ?? DEFAULT_LIMIT;
    // Below 1 (or NaN) asks for nothing; fractions round down as slice() does.
    const limit = requested >= 1 ? Math.floor(requested) : 0;
    if (limit === 0) return [];
    if (query.trim() === '') return this.browse().slice(0, limit);
    // Each variant's own best few are enough: an objection in the overall best few is among the best few
    // of the variant that gave it its score.
    const best = new Map<number, Candidate>();
    let bestScore = Infinity;
    const variants = queryVariants(query, (key) => this.#realWordShare(key)).map((variant) => {
      const tokens = queryTokens(variant.key);
      let lowest: number | undefined;
      return { ...variant, tokens, lowest: () => (lowest ??= this.#lowestScore(tokens)) };
    });
    // The re-typed reading goes first when the query as typed cannot match as well (a query typed in the wrong
    // layout): its real words then set the cutoff that spares most of the typed letters' work.
    const [typed, retyped] = variants;
    if (retyped && typed!.lowest() > retyped.penalty + lowestPossible(retyped.tokens) && typed!.lowest() > retyped.penalty + retyped.lowest()) {
      variants.reverse();
    }
    for (const variant of variants) {
      // A reading whose every score would fall past what may show — past the cutoff of what the other reading
      // found, as a re-typed reading's do once the typed words are real ones — is not searched.
      const ceiling = Math.min(MAX_SCORE, bestScore + RELATIVE_CUTOFF) - variant.penalty;
      if (variant.tokens.length === 0 || lowestPossible(variant.tokens) > ceiling || variant.lowest() > ceiling) continue;
      const isRetyped = variant.penalty > 0;
      for (const candidate of this.#scoreVariant(variant.tokens, limit, ceiling)) {
        const score = candidate.score + variant.penalty;
        const current = best.get(candidate.objection);
        // In a tie the reading as typed wins, whichever was searched first.
        const isBetter = !current || score < current.score || (score === current.score && current.isRetyped && !isRetyped);
        if (score <= MAX_SCORE && isBetter) best.set(candidate.objection, { ...candidate, score, isRetyped });
        bestScore = Math.min(bestScore, score);
      }
    }
    const ranked = [...best.values()].sort((a, b) => a.score - b.score || a.objection - b.objection);
    // Far behind the best hit, a hit is a loose match on some word, not an answer to this query.
    const cutoff = (ranked[0]?.score ?? 0) + RELATIVE_CUTOFF;
    return ranked
      .filter((candidate) => candidate.score <= cutoff)
      .slice(0, limit)
      .map((candidate) => this.#hit(candidate));
  }

  /**
   * The share of a folded query's letters in words the catalog has as typed (words of four letters or more):
   * «цена» is a real word, so its wrong-layout reading `wtyf` (one letter from "wife") must not compete with it.
   * The last word may still be being typed: «напря» is on its way to «напрямую», a real word too.
   */
  #realWordShare(key: string): number {
    const known = this.#searchIndex.words;
    const words = key.split(' ');
    let real = 0;
    let all = 0;
    words.forEach((word, i) => {
      if (word.length <= SHORT_WORD) return;
      all += word.length;
      const isLast = i === words.length - 1;
      if (known.idOf(word) !== undefined || (isLast && known.hasWordStartingWith(word))) real += word.length;
    });
    return all === 0 ? 0 : real / all;
  }

  /** Every objection, grouped by category in the catalog's category order, then in catalog order. */
  browse(): SearchHit[] {
    return browseCatalog(this.catalog);
  }

  #hit({ objection, entry, score, matchedWords, words, isRetyped }: Candidate): SearchHit {
    const index = this.#searchIndex;
    const text = index.textOf[entry]!;
    const { positions, found } = index.wordsOfEntry(entry, matchedWords);
    return {
      objection: this.catalog.objections[objection]!,
      // Words an objection repeats in many phrases can push a perfect match below 0; 0 is as good as it gets.
      score: Math.max(0, score),
      confidence: confidenceOf(words, found, score / MAX_SCORE, isRetyped),
      match: {
        field: FIELDS[index.fieldOf[entry]!]!,
        locale: index.locales[index.localeOf[entry]!]!,
        text,
        ranges: wordRanges(text, positions),
      },
    };
  }

  /** The best `limit` objections for the words of one folded query; none scoring past `ceiling` need be found. */
  #scoreVariant(tokens: readonly string[], limit: number, ceiling: number): Candidate[] {
    return tokens.length === 1 ? this.#singleWord(tokens[0]!, limit, ceiling) : this.#phrases.search(tokens, limit);
  }

  /**
   * The lowest score any objection can get for the words of a query, from the most their catalog matches can
   * gain: a reading whose words match little or nothing (most re-typed readings) is not worth gathering.
   */
  #lowestScore(tokens: readonly string[]): number {
    if (tokens.length === 1) {
      // An occurrence scores its word's match and never less.
      let lowest = Infinity;
      for (const score of this.#searchIndex.words.match(tokens[0]!, singleWordMode(tokens[0]!)).values()) lowest = Math.min(lowest, score);
      return lowest;
    }
    return this.#phrases.lowestScore(tokens);
  }

  /** One word: the closest phrase of each objection, triggers first, short phrases before long ones. */
  #singleWord(word: string, limit: number, ceiling: number): Candidate[] {
    const index = this.#searchIndex;
    const scratch = this.#scratch.begin();
    const hits = scratch.hits[0]!;
    const matches = index.matchWord(word, singleWordMode(word));
    const best = new BestScores(limit);
    const { keyLengthOf, fieldOf, objectionOf } = index;
    let offered = 0;
    // A phrase's score for the word: its match, worse in a later field and in a longer phrase. Never less in a
    // later field (FIELD_PENALTY grows in FIELDS' order) or a longer phrase, so it also bounds a block's.
    const scoreOf = (match: number, field: number, keyLength: number) =>
      match + PENALTY_BY_FIELD[field]! + UNCOVERED_TEXT_PENALTY * (1 - Math.min(1, word.length / keyLength));
    // Locals, not property reads: this loop runs for up to 12,000 entries a key.
    const offerGathered = () => {
      const { scores } = hits;
      const { items, length } = hits.entries;
      for (; offered < length; offered += 1) {
        const entry = items[offered]!;
        const score = scoreOf(scores[entry]!, fieldOf[entry]!, keyLengthOf[entry]!);
        const objection = objectionOf[entry]!;
        scratch.offer(objection, entry, score);
        best.offer(objection, score);
      }
    };
    // Once a catalog word matches worse than the best few objections so far (or past the ceiling), none of its
    // occurrences or the next words' can show; nor can a block of occurrences whose best field and shortest
    // phrase score worse. Objections passed over this way are not touched: equal scores rank in catalog order
    // (Scratch.best), whatever was read first.
    const isPast = (match: number, field: number, keyLength: number) => {
      offerGathered();
      // As the gathered entries hold it.
      return scoreOf(Math.fround(match), field, keyLength) > Math.min(best.worst, ceiling);
    };
    index.gather(matches, OCCURRENCES_PER_SHORT_WORD[word.length] ?? OCCURRENCES_PER_WORD, false, hits, isPast);
    offerGathered();
    const matchedWords = [hits.words];
    return scratch.best(limit, MAX_SCORE).map(({ objection, entry, score }) => ({ objection, entry, score, matchedWords, words: [word] }));
  }

}

/** The distinct words of a folded query that are searched: one-letter words only alone, a long query cut. */
function queryTokens(key: string): string[] {
  const words = [...new Set(key.split(' '))];
  return (words.length > 1 ? words.filter((word) => word.length > 1) : words)
    .slice(0, MAX_TOKENS)
    .map((token) => token.slice(0, MAX_PATTERN_LENGTH));
}

/** No objection scores lower, whatever the words match: one word's match scores 0 at best. */
const lowestPossible = (tokens: readonly string[]): number => (tokens.length === 1 ? 0 : LOWEST_PHRASE_SCORE);

/** How a query of one word matches catalog words: the first letters of a word only as its start. */
const singleWordMode = (word: string): WordMatchMode => (word.length <= SHORT_WORD ? 'prefix' : 'fuzzy');

/**
 * The query as typed and re-typed in the other keyboard layout, folded; duplicates and empties dropped. The
 * re-typed reading ranks lower the more of the typed query is made of real words (`realWordShare`): all of
 * them, and it cannot beat any match of the query as typed.
 */
function queryVariants(query: string, realWordShare: (key: string) => number): Array<{ key: string; penalty: number }> {
  const typed = query.slice(0, MAX_QUERY_LENGTH);
  const key = foldForSearch(typed);
  const variants = [
    { key, penalty: 0 },
    { key: foldForSearch(switchKeyboardLayout(typed)), penalty: SWITCHED_LAYOUT_PENALTY + REAL_WORDS_PENALTY * realWordShare(key) },
  ];
  return variants.filter((variant, i) => variant.key !== '' && (i === 0 || variant.key !== variants[0]!.key));
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * The ranges of `text` holding its words at `positions` (counted as in the folded form of its
 * {@link searchedPart}, which bounds the work for a hit whatever the text's length).
 */
function wordRanges(fullText: string, positions: readonly number[]): TextRange[] {
  const wanted = new Set(positions);
  const offsets: number[] = [];
  const text = searchedPart(fullText);
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
