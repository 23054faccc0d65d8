import { BestScores } from './best-scores.js';
import { browseCatalog } from './browse.js';
import { confidenceOf } from './confidence.js';
import { foldForSearch } from './fold.js';
import { switchKeyboardLayout } from './keyboard-layout.js';
import { REPEATED_WORD_BOOST, Scratch, type SavedScratch } from './scratch.js';
import type { SearchHit, TextRange } from './hits.js';
import type { MergedCatalog } from './types.js';
import { wordImportance } from './stop-words.js';
import { FIELDS, SearchIndex, WordHits, type MatchField, type SavedWordHits, type WordMatch } from './search-index.js';
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

/** Weight of a word found in each field when several words are matched one by one. */
const FIELD_WEIGHT: Readonly<Record<MatchField, number>> = {
  trigger: 1,
  title: 0.95,
  tag: 0.9,
  followUp: 0.7,
  reply: 0.6,
};

const PENALTY_BY_FIELD = FIELDS.map((field) => FIELD_PENALTY[field]);
const WEIGHT_BY_FIELD = FIELDS.map((field) => FIELD_WEIGHT[field]);

/** A phrase that a one-word query covers only in part ranks below one it covers whole ("дорого" vs "у вас дорого"). */
const UNCOVERED_TEXT_PENALTY = 0.05;
/** How much of a several-word score comes from the best single phrase rather than the objection as a whole. */
const SINGLE_PHRASE_SHARE = 0.5;
/** A query word found nowhere in the catalog weighs this share of a word found in one objection. */
const UNMATCHED_WORD_SHARE = 0.25;
/** Weight of an adjacent word pair found side by side, as a share of twice its weaker word's weight. */
const PAIR_SHARE = 0.5;
/** A word score at or below this is a close match: exact, or about one typo in six letters. */
const CLOSE_MATCH = 0.2;
/** Words this short are matched only as whole words (or word starts, while being typed). */
const SHORT_WORD = 3;
/** A query read in the other keyboard layout ranks just below the same match typed as is. */
const SWITCHED_LAYOUT_PENALTY = 0.01;
/** Hits scoring this much worse than the best one are left out. */
const RELATIVE_CUTOFF = 0.3;
/** Hits scoring worse than this are noise, not results. */
const MAX_SCORE = 0.7;
/** Added to a re-typed reading's scores, times the share of the typed query in real words (see `queryVariants`). */
const REAL_WORDS_PENALTY = MAX_SCORE;
/** Operators type a few words; a pasted essay is cut here so every keystroke stays fast. */
const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 12;
/**
 * At most this many occurrences are read per query word. Postings are stored best field first (triggers,
 * then titles… replies last), so a very common word ("не", "the") reads its best occurrences and stops: it
 * weighs little (its spread is measured over all occurrences), and reading all of its hundreds of thousands
 * of occurrences in a big catalog would cost a frame. These budgets were cut for issue 15's keystroke work
 * (30,000 → 12,000; 12,000 → 8,000; short words halved): at 10,000 objections the labelled sets typed key by
 * key took a third less CPU time for the same top-1 (queries.tsv 97.1 %, top-3 97.8 → 97.5 %; blind.tsv 93.0 →
 * 94.7 %); a heaviest word of 6,000 lost queries.tsv's top-3 (97.1 %). At 50,000 the same figures.
 */
const OCCURRENCES_PER_WORD = 12_000;
/** The same for the heaviest word of a query of several words, which has several lists to read. */
const OCCURRENCES_PER_WORD_OF_MANY = 8_000;
/** What even the lightest word of several reads. */
const MIN_OCCURRENCES_PER_WORD = 1_000;
/**
 * The first letters typed say little and match a great many words: a word of one, two or three letters
 * reads only the first occurrences of the shortest words it starts.
 */
const OCCURRENCES_PER_SHORT_WORD = [0, 1_000, 2_500, 5_000];
/** fuse.js's Bitap matcher works on at most 32 characters at a time. */
const MAX_PATTERN_LENGTH = 32;
const DEFAULT_LIMIT = 10;
/** Query words' plans kept (see `#plan`): far more than a call's typing needs, little memory. */
const KEPT_PLANS = 500;
/** Starts of queries kept (see `#resume`): the query as typed and re-typed, and a phrase typed again. */
const KEPT_EARLIER_WORDS = 4;

/** An objection's best score for a query, with the entry that earned it. */
interface Candidate {
  readonly objection: number;
  readonly entry: number;
  readonly score: number;
  /** The catalog words each query word matched, for highlighting. */
  readonly matchedWords: ReadonlyArray<ReadonlySet<number>>;
  /** The folded query words, in the order of {@link matchedWords}. */
  readonly words: readonly string[];
  /** Whether the query was read in the other keyboard layout: a guess, so an inexact word is less sure. */
  readonly isRetyped?: boolean;
}

/** A query word's catalog matches and its weight in a query of several words. */
interface WordPlan {
  readonly matches: readonly WordMatch[];
  readonly weight: number;
}

/**
 * The earlier words of a query of several words, gathered: while the operator types the last word, the
 * next key starts from here. Per word, the occurrences it could read and those it did.
 */
interface EarlierWords {
  readonly words: readonly string[];
  readonly budgets: readonly number[];
  readonly reads: readonly number[];
  readonly matchedWords: ReadonlyArray<ReadonlySet<number>>;
  readonly totalWeight: number;
  readonly scratch: SavedScratch;
  /** The hits of the last of {@link words}, for its pairs with the next word. */
  readonly previous: SavedWordHits;
}

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
  /** Query words' plans by match mode and word. */
  readonly #plans = new Map<string, WordPlan>();
  /** What the earlier words of the latest queries gathered, latest first. */
  #earlier: EarlierWords[] = [];

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
    this.#plans.clear();
    this.#earlier = [];
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
    return tokens.length === 1 ? this.#singleWord(tokens[0]!, limit, ceiling) : this.#coverage(tokens, limit);
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
    const plans = tokens.map((word, i) => this.#plan(word, i === tokens.length - 1));
    let weight = 0;
    let gain = 0;
    plans.forEach((plan, i) => {
      weight += plan.weight;
      gain += plan.weight * this.#bestGain(plan.matches);
      if (i === 0) return;
      // Every pair found, in full: as in #coverage.
      const pair = PAIR_SHARE * 2 * Math.min(plans[i - 1]!.weight, plan.weight);
      weight += pair;
      gain += pair;
    });
    // Every word's and pair's gain boosted as much as phrases repeating it can (see Scratch.endUnit), in one phrase.
    return weight === 0 ? Infinity : 1 - (gain * (1 + (1 - SINGLE_PHRASE_SHARE) * REPEATED_WORD_BOOST)) / weight;
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

  /**
   * Several words: per objection, the weighted share of the query's words (and adjacent word pairs) its
   * phrases contain. Rare words weigh more than "ну", "you" or "bir"; a word found nowhere in the catalog (a
   * filler, a name, noise) counts a quarter, so a query is not judged by its one common word alone. Words
   * are taken one at a time, keeping only the previous word's hits to find pairs.
   */
  #coverage(words: readonly string[], limit: number): Candidate[] {
    const plans = words.map((word, i) => this.#plan(word, i === words.length - 1));
    // A word weighing little next to the others (a filler, a word in half the catalog) changes the ranking
    // little: it reads fewer of its occurrences.
    const heaviest = Math.max(...plans.map((plan) => plan.weight));
    const budgets = plans.map(({ weight }, i) => {
      const share = heaviest > 0 ? weight / heaviest : 1;
      const budget = Math.max(MIN_OCCURRENCES_PER_WORD, Math.round(OCCURRENCES_PER_WORD_OF_MANY * share));
      return Math.min(budget, OCCURRENCES_PER_SHORT_WORD[words[i]!.length] ?? budget);
    });
    const index = this.#searchIndex;
    const scratch = this.#scratch;
    const resumed = this.#resume(words, budgets);
    if (!resumed) scratch.begin();
    const done = resumed?.words.length ?? 0;
    const matchedWords: Array<ReadonlySet<number>> = [...(resumed?.matchedWords ?? [])];
    const used = { budgets: [...(resumed?.budgets ?? [])], reads: [...(resumed?.reads ?? [])] };
    let totalWeight = resumed?.totalWeight ?? 0;
    for (let i = done; i < plans.length; i += 1) {
      const { matches, weight } = plans[i]!;
      const [hits, previous] = i % 2 === 0 ? scratch.hits : [scratch.hits[1]!, scratch.hits[0]!];
      if (i === plans.length - 1 && i > done) {
        // The earlier words' work, for the next key while only the last word changes.
        this.#remember({ words: words.slice(0, i), budgets: [...used.budgets], reads: [...used.reads], matchedWords: [...matchedWords], totalWeight, scratch: scratch.save(), previous: previous!.save() });
      }
      used.budgets.push(budgets[i]!);
      used.reads.push(index.gather(matches, budgets[i]!, true, hits));
      matchedWords.push(hits.words);
      totalWeight += weight;
      const { items, length } = hits.entries;
      for (let at = 0; at < length; at += 1) {
        const entry = items[at]!;
        const score = hits.scores[entry]!;
        const gain = weight * WEIGHT_BY_FIELD[index.fieldOf[entry]!]! * (1 - score);
        scratch.gain(index.objectionOf[entry]!, entry, gain, score <= CLOSE_MATCH);
      }
      scratch.endUnit();
      if (i > 0) totalWeight += this.#gainPairs(previous!, hits, PAIR_SHARE * 2 * Math.min(plans[i - 1]!.weight, weight));
    }
    // Words spread over several phrases of an objection count, but less than all of them in one phrase.
    scratch.score((gained, entryGain) => {
      const coverage = (1 - SINGLE_PHRASE_SHARE) * gained + SINGLE_PHRASE_SHARE * entryGain;
      return 1 - coverage / totalWeight;
    });
    return scratch.best(limit, MAX_SCORE).map(({ objection, entry, score }) => ({ objection, entry, score, matchedWords, words }));
  }

  /**
   * A query word's catalog matches and weight. Short words inside or at the start of other words match
   * nearly everything; only the last word, still being typed, may be a prefix. Kept per word, as the same
   * words come back on every key of a phrase.
   */
  #plan(word: string, isLast: boolean): WordPlan {
    const mode: WordMatchMode = word.length > SHORT_WORD ? (isLast ? 'fuzzy' : 'fuzzy-word') : isLast ? 'prefix' : 'whole';
    const key = `${mode} ${word}`;
    const known = this.#plans.get(key);
    if (known) return known;
    const objectionCount = this.catalog.objections.length;
    const matches = this.#searchIndex.matchWord(word, mode);
    const found = this.#objectionsWithin(matches);
    const importance = wordImportance(word);
    const length = Math.min(word.length, 10);
    // A word the catalog has only in replies, or only approximately, can never be matched in full; it
    // weighs what it can contribute, so it does not count against every other objection.
    const weight =
      found === 0
        ? UNMATCHED_WORD_SHARE * Math.log(1 + objectionCount) * importance * length
        : Math.log(1 + objectionCount / found) * importance * length * this.#bestGain(matches);
    if (this.#plans.size >= KEPT_PLANS) this.#plans.clear();
    const plan = { matches, weight };
    this.#plans.set(key, plan);
    return plan;
  }

  /**
   * Puts back the state of the longest remembered start of `words` (all but its last word) that was
   * gathered with the same occurrences as `budgets` would give, and returns it; undefined if there is none.
   */
  #resume(words: readonly string[], budgets: readonly number[]): EarlierWords | undefined {
    let best: EarlierWords | undefined;
    for (const earlier of this.#earlier) {
      const count = earlier.words.length;
      if (count >= words.length || count <= (best?.words.length ?? 0)) continue;
      const isSame = earlier.words.every(
        (word, i) =>
          word === words[i] &&
          // All of a word's occurrences were read, and would be again; or the same number of them.
          (earlier.budgets[i] === budgets[i] || (earlier.reads[i]! < earlier.budgets[i]! && budgets[i]! >= earlier.reads[i]!)),
      );
      if (isSame) best = earlier;
    }
    if (!best) return undefined;
    const count = best.words.length;
    this.#scratch.restore(best.scratch);
    this.#scratch.hits[(count - 1) % 2]!.restore(best.previous);
    return best;
  }

  #remember(earlier: EarlierWords): void {
    this.#earlier.unshift(earlier);
    this.#earlier.length = Math.min(this.#earlier.length, KEPT_EARLIER_WORDS);
  }

  /**
   * Two query words side by side in a phrase ("ne kadar") say more than the same words apart. Adds the
   * gains of the entries where `second` follows `first` closely; returns the pair's weight if it occurs
   * anywhere, else 0. A pair is worth as much as its weaker word, so "это" does not make "это дорого" a
   * phrase of its own.
   */
  #gainPairs(first: WordHits, second: WordHits, weight: number): number {
    const index = this.#searchIndex;
    let found = false;
    const { items, length } = second.entries;
    for (let i = 0; i < length; i += 1) {
      const entry = items[i]!;
      if (!first.has(entry) || ((first.closePositions[entry]! << 1) & second.closePositions[entry]!) === 0) continue;
      found = true;
      const score = Math.max(first.scores[entry]!, second.scores[entry]!);
      const gain = weight * WEIGHT_BY_FIELD[index.fieldOf[entry]!]! * (1 - score);
      this.#scratch.gain(index.objectionOf[entry]!, entry, gain, true);
    }
    this.#scratch.endUnit();
    return found ? weight : 0;
  }

  /** The largest share of its weight a word can gain: 1 for an exact match in a trigger. */
  #bestGain(matches: readonly WordMatch[]): number {
    let best = 0;
    for (const [word, score] of matches) best = Math.max(best, WEIGHT_BY_FIELD[this.#searchIndex.bestFieldOf[word]!]! * (1 - score));
    return best;
  }

  /**
   * In how many objections a word occurs (see {@link SearchIndex.spreadOf}), counting the catalog words it
   * matches closely; a word with no close match counts its loose ones, since a word loosely matches half the
   * catalog.
   */
  #objectionsWithin(matches: readonly WordMatch[]): number {
    const hasClose = matches.some(([, score]) => score <= CLOSE_MATCH);
    let spread = 0;
    for (const [word, score] of matches) if (!hasClose || score <= CLOSE_MATCH) spread += this.#searchIndex.spreadOf[word]!;
    return Math.min(spread, this.catalog.objections.length);
  }
}

/** The distinct words of a folded query that are searched: one-letter words only alone, a long query cut. */
function queryTokens(key: string): string[] {
  const words = [...new Set(key.split(' '))];
  return (words.length > 1 ? words.filter((word) => word.length > 1) : words)
    .slice(0, MAX_TOKENS)
    .map((token) => token.slice(0, MAX_PATTERN_LENGTH));
}

/**
 * No objection scores lower, whatever the words match: one word's match scores 0 at best, and several words'
 * (`#coverage`) 1 less their coverage, where a phrase's gains add up to the query's weight at most and all
 * phrases' to it times the boost.
 */
const lowestPossible = (tokens: readonly string[]): number => (tokens.length === 1 ? 0 : -(1 - SINGLE_PHRASE_SHARE) * REPEATED_WORD_BOOST);

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
