import { foldForSearch } from './fold.js';
import { IntList } from './int-list.js';
import { MAX_SEARCHED_LENGTH, searchedPart } from './searched-text.js';
import type { Locale, LocalizedList, LocalizedText, MergedCatalog, Objection } from './types.js';
import { WordIndex, type WordMatchMode } from './word-index.js';

/** A catalog word a query word matched, with the score of the match. */
export type WordMatch = readonly [word: number, score: number];

/** Which part of an objection a query matched. */
export type MatchField = 'trigger' | 'title' | 'tag' | 'followUp' | 'reply';

/** Fields in the order they are indexed: what customers say first, what operators say last. */
export const FIELDS: readonly MatchField[] = ['trigger', 'title', 'tag', 'followUp', 'reply'];

/** Score of an entry a word does not occur in: worse than any match. */
const ABSENT = 2;

/**
 * Where one query word occurs: per entry, its best score and the word positions where it can form a pair.
 * Backed by arrays as long as the catalog has entries and reused from word to word, so gathering the
 * occurrences of a common word in a big catalog allocates nothing.
 */
export class WordHits {
  /** Entry → best score of the word in it (0 best); {@link ABSENT} where it does not occur. */
  readonly scores: Float32Array;
  /** Entry → bit mask of the word positions where it matches closely enough to form a pair. */
  readonly closePositions: Uint32Array;
  /** The entries the word occurs in. */
  readonly entries = new IntList();
  /** The catalog words that matched, for highlighting. */
  words: Set<number> = new Set();

  constructor(entryCount: number) {
    this.scores = new Float32Array(entryCount).fill(ABSENT);
    this.closePositions = new Uint32Array(entryCount);
  }

  has(entry: number): boolean {
    return this.scores[entry]! < ABSENT;
  }

  /** Empties the hits for the next word. */
  clear(): void {
    const { items, length } = this.entries;
    for (let i = 0; i < length; i += 1) {
      const entry = items[i]!;
      this.scores[entry] = ABSENT;
      this.closePositions[entry] = 0;
    }
    this.entries.clear();
    this.words = new Set();
  }

  /** A copy of what the hits hold now, for {@link restore}. */
  save(): SavedWordHits {
    const entries = this.entries.copy();
    const saved = {
      entries,
      scores: new Float32Array(entries.length),
      closePositions: new Uint32Array(entries.length),
      words: this.words,
    };
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries[i]!;
      saved.scores[i] = this.scores[entry]!;
      saved.closePositions[i] = this.closePositions[entry]!;
    }
    return saved;
  }

  /** Holds again exactly what {@link save} copied. */
  restore(saved: SavedWordHits): void {
    this.clear();
    for (let i = 0; i < saved.entries.length; i += 1) {
      const entry = saved.entries[i]!;
      this.entries.push(entry);
      this.scores[entry] = saved.scores[i]!;
      this.closePositions[entry] = saved.closePositions[i]!;
    }
    // Never added to: a gather into these hits clears them first, which starts a new set.
    this.words = saved.words;
  }
}

/** A copy of {@link WordHits}. */
export interface SavedWordHits {
  readonly entries: Int32Array;
  readonly scores: Float32Array;
  readonly closePositions: Uint32Array;
  readonly words: Set<number>;
}

/** Positions are packed with the entry into one small integer: entry × 64 + position. */
const POSITION_BITS = 6;
const POSITION_MASK = (1 << POSITION_BITS) - 1;
/** Occurrences per block whose shortest text is kept, for a one-word query to pass over blocks that cannot show. */
const BLOCK_BITS = 6;
const BLOCK = 1 << BLOCK_BITS;
/** Word positions that fit a 32-bit mask; pairs further into a long reply are not looked for. */
const MASKED_POSITIONS = 32;
/**
 * The searchable texts of a catalog, folded and split into words, with for each distinct word where it
 * occurs. Built once per catalog; compact enough for 50,000 objections (entries as parallel arrays,
 * occurrences as small integers).
 */
export class SearchIndex {
  readonly words = new WordIndex();
  // Per entry, typed arrays once built: every keystroke reads them for thousands of entries, and a third of the
  // memory of plain arrays keeps more of them in the CPU's caches (the search 8 % faster at 10,000 objections).
  /** Per entry: the objection it belongs to (index in the catalog). */
  objectionOf: ArrayLike<number> = [];
  /** Per entry: index of its field in {@link FIELDS}. */
  fieldOf: ArrayLike<number> = [];
  /** Per entry: length of its folded text. */
  keyLengthOf: ArrayLike<number> = [];
  /** The same, while the texts are added. */
  readonly #adding = { objectionOf: [] as number[], fieldOf: [] as number[], keyLengthOf: [] as number[] };
  /** Per entry: the original text. */
  readonly textOf: string[] = [];
  /** Per entry: index of its locale in {@link locales}. */
  readonly localeOf: number[] = [];
  readonly locales: Locale[] = [];
  /** Word id → occurrences, entry × 64 + position, best field first. */
  readonly #postings: number[][] = [];
  /**
   * Word id → in how many objections the word effectively occurs: the inverse Simpson index of its
   * occurrences per objection, so a word in ten triggers of one objection and one reply of another counts
   * as about one objection, not two.
   */
  spreadOf = new Float32Array(0);
  /** Word id → the best field it occurs in (index in {@link FIELDS}). */
  bestFieldOf = new Uint8Array(0);
  /**
   * Word id → per {@link BLOCK} of its occurrences, the length of the shortest text among them (255 at most): with
   * the block's first field, it bounds the score of the block's entries for a one-word query.
   */
  readonly #shortest: Uint8Array[] = [];

  /**
   * Indexes `catalog` one bounded step per `next()` (a few milliseconds each), so a big catalog can be
   * indexed between frames; each step yields the share of the work done, from 0 to 1. The index is usable once
   * the generator is done.
   */
  *build(catalog: MergedCatalog): Generator<number, void, undefined> {
    const { objections } = catalog;
    // Each field's share of the work, from the texts of the first objections: counted by objection alone,
    // progress would crawl through long trigger lists and race through the tags.
    const sample = objections.slice(0, PROGRESS_SAMPLE);
    const weights = FIELDS.map((field) => sample.reduce((sum, objection) => sum + charactersOf(textsOf(objection, field)), 1));
    const total = weights.reduce((sum, weight) => sum + weight) / TEXT_SHARE;
    let before = 0;
    let sinceStep = 0;
    for (const [fieldIndex, field] of FIELDS.entries()) {
      for (const [index, objection] of objections.entries()) {
        const texts = textsOf(objection, field);
        for (const [locale, text] of texts) this.#add(index, fieldIndex, locale, text);
        sinceStep += charactersOf(texts);
        if (sinceStep >= CHARACTERS_PER_STEP) {
          sinceStep = 0;
          yield (before + (weights[fieldIndex]! * index) / objections.length) / total;
        }
      }
      before += weights[fieldIndex]!;
    }
    this.words.seal();
    this.objectionOf = Int32Array.from(this.#adding.objectionOf);
    this.fieldOf = Uint8Array.from(this.#adding.fieldOf);
    this.keyLengthOf = Int32Array.from(this.#adding.keyLengthOf);
    for (const list of Object.values(this.#adding)) list.length = 0;
    yield TEXT_SHARE;
    yield* this.#measureWords(objections.length);
  }

  *#measureWords(objectionCount: number): Generator<number, void, undefined> {
    this.spreadOf = new Float32Array(this.#postings.length);
    this.bestFieldOf = new Uint8Array(this.#postings.length);
    const perObjection = new Uint32Array(objectionCount);
    const touched: number[] = [];
    let sinceStep = 0;
    for (const [word, postings] of this.#postings.entries()) {
      sinceStep += postings.length;
      if (sinceStep >= OCCURRENCES_PER_STEP) {
        sinceStep = 0;
        yield TEXT_SHARE + ((1 - TEXT_SHARE) * word) / this.#postings.length;
      }
      // Kept for words of several blocks only: a block of a rarer word is read whole at little cost.
      const shortest = postings.length > BLOCK ? (this.#shortest[word] = new Uint8Array((postings.length >> BLOCK_BITS) + 1).fill(255)) : undefined;
      for (let i = 0; i < postings.length; i += 1) {
        const entry = postings[i]! >>> POSITION_BITS;
        const objection = this.objectionOf[entry]!;
        if (perObjection[objection] === 0) touched.push(objection);
        perObjection[objection]! += 1;
        if (shortest) shortest[i >> BLOCK_BITS] = Math.min(shortest[i >> BLOCK_BITS]!, this.keyLengthOf[entry]!);
      }
      let sumOfSquares = 0;
      for (const objection of touched) {
        sumOfSquares += perObjection[objection]! * perObjection[objection]!;
        perObjection[objection] = 0;
      }
      touched.length = 0;
      this.spreadOf[word] = (postings.length * postings.length) / sumOfSquares;
      this.bestFieldOf[word] = this.fieldOf[postings[0]! >>> POSITION_BITS]!;
    }
  }

  get entryCount(): number {
    return this.textOf.length;
  }

  #add(objection: number, field: number, locale: Locale, text: string): void {
    const key = foldForSearch(searchedPart(text));
    if (!key) return;
    const entry = this.textOf.length;
    let localeIndex = this.locales.indexOf(locale);
    if (localeIndex < 0) localeIndex = this.locales.push(locale) - 1;
    this.#adding.objectionOf.push(objection);
    this.#adding.fieldOf.push(field);
    this.#adding.keyLengthOf.push(key.length);
    this.textOf.push(text);
    this.localeOf.push(localeIndex);
    let position = 0;
    for (const word of key.split(' ')) {
      const id = this.words.add(word);
      (this.#postings[id] ??= []).push(entry * (POSITION_MASK + 1) + Math.min(position, POSITION_MASK));
      position += 1;
    }
  }

  /** The catalog words `word` matches in `mode`, with their scores, best first (then shortest first). */
  matchWord(word: string, mode: WordMatchMode): WordMatch[] {
    const matches = [...this.words.match(word, mode)];
    if (mode !== 'prefix') return matches.sort(([a, x], [b, y]) => x - y || this.words.length(a) - this.words.length(b));
    // Every word starting with one typed letter matches equally (thousands in a big catalog): order them by
    // length in one pass rather than sorting them.
    const byLength: WordMatch[][] = [];
    for (const match of matches) (byLength[this.words.length(match[0])] ??= []).push(match);
    return byLength.flat();
  }

  /**
   * Gathers `into` where the catalog words of `matches` occur, best matches and best fields first, reading
   * at most `budget` occurrences. Positions are gathered only `withPositions`: a one-word query has no pairs
   * to find. `isPast`, asked before each match scoring worse than the one before, may end the reading there:
   * the matches after it still count as matched words as far as the budget reaches, so what is highlighted
   * does not change. `isPast` is also asked before each {@link BLOCK} of a match's occurrences, with the block's
   * first (best) field and its shortest text: a block past is passed over. Returns how many occurrences were
   * read or passed over: fewer than `budget` when all were.
   */
  gather(
    matches: readonly WordMatch[],
    budget: number,
    withPositions: boolean,
    into: WordHits,
    isPast?: (score: number, field: number, keyLength: number) => boolean,
  ): number {
    into.clear();
    const { scores, closePositions, entries, words } = into;
    let read = 0;
    let lastScore = -Infinity;
    let past = false;
    for (const [wordId, score] of matches) {
      if (read >= budget) break;
      words.add(wordId);
      const postings = this.#postings[wordId]!;
      const end = Math.min(postings.length, budget - read);
      read += end;
      if (isPast && !past && score > lastScore) {
        lastScore = score;
        past = isPast(score, 0, 0);
      }
      if (past) continue;
      const shortest = this.#shortest[wordId];
      for (let i = 0; i < end; i += 1) {
        const packed = postings[i]!;
        const entry = packed >>> POSITION_BITS;
        if (isPast && i % BLOCK === 0 && isPast(score, this.fieldOf[entry]!, shortest?.[i >> BLOCK_BITS] ?? 0)) {
          i += BLOCK - 1;
          continue;
        }
        const current = scores[entry]!;
        if (current === ABSENT) entries.push(entry);
        if (score < current) scores[entry] = score;
        if (!withPositions || score > PAIR_MAX_SCORE) continue;
        const position = packed & POSITION_MASK;
        if (position < MASKED_POSITIONS) closePositions[entry]! |= 1 << position;
      }
    }
    return read;
  }

  /**
   * For each set of catalog word ids in `words` (one per query word), the words of `entry`'s text (its
   * {@link searchedPart}) in it; and the positions of all of them, for highlighting.
   */
  wordsOfEntry(entry: number, words: ReadonlyArray<ReadonlySet<number>>): { positions: number[]; found: string[][] } {
    const positions: number[] = [];
    const found: string[][] = words.map(() => []);
    foldForSearch(searchedPart(this.textOf[entry]!))
      .split(' ')
      .forEach((word, position) => {
        const id = this.words.idOf(word);
        if (id === undefined) return;
        let isMatched = false;
        for (let i = 0; i < words.length; i += 1) {
          if (!words[i]!.has(id)) continue;
          found[i]!.push(word);
          isMatched = true;
        }
        if (isMatched) positions.push(position);
      });
    return { positions, found };
  }
}

/**
 * Characters of text indexed, and occurrences measured, per step of {@link SearchIndex.build}: about a
 * millisecond's work once the code is warm, a few on a cold start.
 */
const CHARACTERS_PER_STEP = 10_000;
const OCCURRENCES_PER_STEP = 50_000;
/** Objections whose texts tell how the work of indexing is shared among the fields. */
const PROGRESS_SAMPLE = 64;
/** The share of indexing spent on the texts; the rest measures the words (a tenth of the time or less). */
const TEXT_SHARE = 0.9;

/** Characters of `texts` that are indexed. */
const charactersOf = (texts: ReadonlyArray<readonly [Locale, string]>): number =>
  texts.reduce((sum, [, text]) => sum + Math.min(text.length, MAX_SEARCHED_LENGTH), 0);

/** Two query words count as side by side in a phrase only when each matches at least this closely. */
export const PAIR_MAX_SCORE = 0.15;

/** The texts of one field of an objection, as (locale, text) pairs. */
function textsOf(objection: Objection, field: MatchField): Array<readonly [Locale, string]> {
  const ofText = (text: LocalizedText) => Object.entries(text);
  const ofList = (list: LocalizedList) =>
    Object.entries(list).flatMap(([locale, values]) => values.map((value) => [locale, value] as const));
  switch (field) {
    case 'trigger':
      return ofList(objection.triggers);
    case 'title':
      return ofText(objection.title);
    case 'tag':
      return ofList(objection.tags);
    case 'followUp':
      return objection.followUps.flatMap((followUp) => ofText(followUp.customer));
    case 'reply':
      return [...objection.replies, ...objection.followUps.flatMap((followUp) => followUp.replies)].flatMap((reply) =>
        ofText(reply.text),
      );
  }
}
