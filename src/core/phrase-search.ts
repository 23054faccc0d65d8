import { REPEATED_WORD_BOOST, type SavedScratch, type Scratch } from './scratch.js';
import { FIELDS, type MatchField, type SavedWordHits, type SearchIndex, type WordHits, type WordMatch } from './search-index.js';
import { MAX_SCORE, MIN_OCCURRENCES_PER_WORD, OCCURRENCES_PER_SHORT_WORD, OCCURRENCES_PER_WORD_OF_MANY, SHORT_WORD } from './search-limits.js';
import { wordImportance } from './stop-words.js';
import type { WordMatchMode } from './word-index.js';

/** Weight of a word found in each field when several words are matched one by one. */
const FIELD_WEIGHT: Readonly<Record<MatchField, number>> = {
  trigger: 1,
  title: 0.95,
  tag: 0.9,
  followUp: 0.7,
  reply: 0.6,
};

const WEIGHT_BY_FIELD = FIELDS.map((field) => FIELD_WEIGHT[field]);

/** How much of a several-word score comes from the best single phrase rather than the objection as a whole. */
const SINGLE_PHRASE_SHARE = 0.5;
/** A query word found nowhere in the catalog weighs this share of a word found in one objection. */
const UNMATCHED_WORD_SHARE = 0.25;
/** Weight of an adjacent word pair found side by side, as a share of twice its weaker word's weight. */
const PAIR_SHARE = 0.5;
/** A word score at or below this is a close match: exact, or about one typo in six letters. */
const CLOSE_MATCH = 0.2;

/** Query words' plans kept (see `#plan`): far more than a call's typing needs, little memory. */
const KEPT_PLANS = 500;
/** Starts of queries kept (see `#resume`): the query as typed and re-typed, and a phrase typed again. */
const KEPT_EARLIER_WORDS = 4;

/** An objection's best score for a query, with the entry that earned it. */
export interface Candidate {
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
 * No objection scores lower for several words, whatever they match: a score is 1 less the coverage, where a
 * phrase's gains add up to the query's weight at most and all phrases' to it times the boost.
 */
export const LOWEST_PHRASE_SCORE = -(1 - SINGLE_PHRASE_SHARE) * REPEATED_WORD_BOOST;

/**
 * The search for a query of several words (see {@link search}). Keeps each query word's plan and the earlier
 * words' work of the latest queries for the next keys of a phrase; one per built index, sharing the search's
 * scratch space.
 */
export class PhraseSearch {
  readonly #index: SearchIndex;
  readonly #scratch: Scratch;
  readonly #objectionCount: number;
  /** Query words' plans by match mode and word. */
  readonly #plans = new Map<string, WordPlan>();
  /** What the earlier words of the latest queries gathered, latest first. */
  #earlier: EarlierWords[] = [];

  constructor(index: SearchIndex, scratch: Scratch, objectionCount: number) {
    this.#index = index;
    this.#scratch = scratch;
    this.#objectionCount = objectionCount;
  }

  /**
   * The lowest score any objection can get for these words, from the most their catalog matches can gain:
   * a reading whose words match little or nothing (most re-typed readings) is not worth gathering.
   */
  lowestScore(words: readonly string[]): number {
    const plans = words.map((word, i) => this.#plan(word, i === words.length - 1));
    let weight = 0;
    let gain = 0;
    plans.forEach((plan, i) => {
      weight += plan.weight;
      gain += plan.weight * this.#bestGain(plan.matches);
      if (i === 0) return;
      // Every pair found, in full: as in search().
      const pair = PAIR_SHARE * 2 * Math.min(plans[i - 1]!.weight, plan.weight);
      weight += pair;
      gain += pair;
    });
    // Every word's and pair's gain boosted as much as phrases repeating it can (see Scratch.endUnit), in one phrase.
    return weight === 0 ? Infinity : 1 - (gain * (1 + (1 - SINGLE_PHRASE_SHARE) * REPEATED_WORD_BOOST)) / weight;
  }

  /**
   * Several words: per objection, the weighted share of the query's words (and adjacent word pairs) its
   * phrases contain. Rare words weigh more than "ну", "you" or "bir"; a word found nowhere in the catalog (a
   * filler, a name, noise) counts a quarter, so a query is not judged by its one common word alone. Words
   * are taken one at a time, keeping only the previous word's hits to find pairs.
   */
  search(words: readonly string[], limit: number): Candidate[] {
    const plans = words.map((word, i) => this.#plan(word, i === words.length - 1));
    // A word weighing little next to the others (a filler, a word in half the catalog) changes the ranking
    // little: it reads fewer of its occurrences.
    const heaviest = Math.max(...plans.map((plan) => plan.weight));
    const budgets = plans.map(({ weight }, i) => {
      const share = heaviest > 0 ? weight / heaviest : 1;
      const budget = Math.max(MIN_OCCURRENCES_PER_WORD, Math.round(OCCURRENCES_PER_WORD_OF_MANY * share));
      return Math.min(budget, OCCURRENCES_PER_SHORT_WORD[words[i]!.length] ?? budget);
    });
    const index = this.#index;
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
    const objectionCount = this.#objectionCount;
    const matches = this.#index.matchWord(word, mode);
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
    const index = this.#index;
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
    for (const [word, score] of matches) best = Math.max(best, WEIGHT_BY_FIELD[this.#index.bestFieldOf[word]!]! * (1 - score));
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
    for (const [word, score] of matches) if (!hasClose || score <= CLOSE_MATCH) spread += this.#index.spreadOf[word]!;
    return Math.min(spread, this.#objectionCount);
  }
}
