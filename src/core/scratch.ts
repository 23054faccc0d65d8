import { IntList } from './int-list.js';
import { WordHits } from './search-index.js';

/** Up to this much more gain for a word that occurs in many phrases of the same objection. */
export const REPEATED_WORD_BOOST = 0.3;

/**
 * Per-query working memory, allocated once per catalog: typed arrays indexed by objection and by entry, and
 * lists of what a query touched so only that is reset. A query in a catalog of 50,000 objections allocates
 * almost nothing.
 */
export class Scratch {
  /** Hits of the current query word and of the one before it. */
  readonly hits: readonly [WordHits, WordHits];
  // Per objection: best score so far and its entry; total gain; gain of its best entry.
  readonly #score: Float64Array;
  readonly #entry: Int32Array;
  readonly #isTouched: Uint8Array;
  readonly #touched = new IntList();
  readonly #gained: Float64Array;
  readonly #bestEntryGain: Float64Array;
  // Per objection, for the unit (query word or pair) being added: its best gain, and in how many phrases.
  readonly #unitGain: Float64Array;
  readonly #unitClose: Uint16Array;
  readonly #unitTouched = new IntList();
  // Per entry: gain over all units.
  readonly #entryGain: Float64Array;
  readonly #touchedEntries = new IntList();

  constructor(objectionCount: number, entryCount: number) {
    this.hits = [new WordHits(entryCount), new WordHits(entryCount)];
    this.#score = new Float64Array(objectionCount);
    this.#entry = new Int32Array(objectionCount);
    this.#isTouched = new Uint8Array(objectionCount);
    this.#gained = new Float64Array(objectionCount);
    this.#bestEntryGain = new Float64Array(objectionCount);
    this.#unitGain = new Float64Array(objectionCount);
    this.#unitClose = new Uint16Array(objectionCount);
    this.#entryGain = new Float64Array(entryCount);
  }

  /** Forgets the previous query. */
  begin(): this {
    // Locals, not private fields read again for each of the thousands of objections a big catalog's query touches.
    const { items, length } = this.#touched;
    const [isTouched, gained, bestEntryGain] = [this.#isTouched, this.#gained, this.#bestEntryGain];
    for (let i = 0; i < length; i += 1) {
      const objection = items[i]!;
      isTouched[objection] = 0;
      gained[objection] = 0;
      bestEntryGain[objection] = 0;
    }
    const entries = this.#touchedEntries;
    for (let i = 0; i < entries.length; i += 1) this.#entryGain[entries.items[i]!] = 0;
    this.#touched.clear();
    entries.clear();
    return this;
  }

  /** A copy of what the query so far has gathered, for {@link restore}; only between units. */
  save(): SavedScratch {
    const count = this.#touched.length;
    const saved = {
      touched: new Int32Array(count),
      score: new Float64Array(count),
      entry: new Int32Array(count),
      gained: new Float64Array(count),
      bestEntryGain: new Float64Array(count),
      entries: this.#touchedEntries.copy(),
      entryGain: new Float64Array(this.#touchedEntries.length),
    };
    for (let i = 0; i < count; i += 1) {
      const objection = this.#touched.items[i]!;
      saved.touched[i] = objection;
      saved.score[i] = this.#score[objection]!;
      saved.entry[i] = this.#entry[objection]!;
      saved.gained[i] = this.#gained[objection]!;
      saved.bestEntryGain[i] = this.#bestEntryGain[objection]!;
    }
    for (let i = 0; i < saved.entries.length; i += 1) saved.entryGain[i] = this.#entryGain[saved.entries[i]!]!;
    return saved;
  }

  /** Forgets the previous query and holds again exactly what {@link save} copied. */
  restore(saved: SavedScratch): void {
    this.begin();
    // Plain loops: this runs on most keys of a phrase, over thousands of objections in a big catalog.
    for (let i = 0; i < saved.touched.length; i += 1) {
      const objection = saved.touched[i]!;
      this.#touched.push(objection);
      this.#isTouched[objection] = 1;
      this.#score[objection] = saved.score[i]!;
      this.#entry[objection] = saved.entry[i]!;
      this.#gained[objection] = saved.gained[i]!;
      this.#bestEntryGain[objection] = saved.bestEntryGain[i]!;
    }
    for (let i = 0; i < saved.entries.length; i += 1) {
      const entry = saved.entries[i]!;
      this.#touchedEntries.push(entry);
      this.#entryGain[entry] = saved.entryGain[i]!;
    }
  }

  #touch(objection: number, entry: number, score: number): void {
    if (this.#isTouched[objection]) return;
    this.#isTouched[objection] = 1;
    this.#touched.push(objection);
    this.#score[objection] = score;
    this.#entry[objection] = entry;
  }

  /** Keeps `score` for the objection if it is its best so far. */
  offer(objection: number, entry: number, score: number): void {
    if (!this.#isTouched[objection]) this.#touch(objection, entry, score);
    else if (score < this.#score[objection]!) {
      this.#score[objection] = score;
      this.#entry[objection] = entry;
    }
  }

  /** Adds what one entry gains for the unit (query word or pair) being added. */
  gain(objection: number, entry: number, gain: number, isClose: boolean): void {
    this.#touch(objection, entry, 1);
    if (this.#unitGain[objection] === 0 && this.#unitClose[objection] === 0) this.#unitTouched.push(objection);
    if (gain > this.#unitGain[objection]!) this.#unitGain[objection] = gain;
    if (isClose) this.#unitClose[objection]! += 1;
    if (this.#entryGain[entry] === 0) this.#touchedEntries.push(entry);
    const ofEntry = (this.#entryGain[entry] += gain);
    if (ofEntry > this.#bestEntryGain[objection]!) {
      this.#bestEntryGain[objection] = ofEntry;
      this.#entry[objection] = entry;
    }
  }

  /**
   * Ends a unit: each objection keeps its best gain for it, boosted when the unit occurs in many of its
   * phrases — a word an objection uses in many phrases ("дорого" in expensive) is more its own than one it
   * uses once.
   */
  endUnit(): void {
    const unitTouched = this.#unitTouched;
    for (let i = 0; i < unitTouched.length; i += 1) {
      const objection = unitTouched.items[i]!;
      const phrases = Math.max(1, this.#unitClose[objection]!);
      this.#gained[objection]! += this.#unitGain[objection]! * (1 + REPEATED_WORD_BOOST * (1 - 1 / phrases));
      this.#unitGain[objection] = 0;
      this.#unitClose[objection] = 0;
    }
    unitTouched.clear();
  }

  /** Scores every touched objection from its total gain and its best entry's gain. */
  score(combine: (gained: number, entryGain: number) => number): void {
    const touched = this.#touched;
    for (let i = 0; i < touched.length; i += 1) {
      const objection = touched.items[i]!;
      this.#score[objection] = combine(this.#gained[objection]!, this.#bestEntryGain[objection]!);
    }
  }

  /**
   * The `limit` best touched objections scoring `maxScore` at most, best first; equal scores in catalog order,
   * whatever order the query touched them in.
   */
  best(limit: number, maxScore: number): Array<{ objection: number; entry: number; score: number }> {
    const best: Array<{ objection: number; entry: number; score: number }> = [];
    const touched = this.#touched;
    const isAfter = (other: { objection: number; score: number }, objection: number, score: number) =>
      other.score > score || (other.score === score && other.objection > objection);
    for (let i = 0; i < touched.length; i += 1) {
      const objection = touched.items[i]!;
      const score = this.#score[objection]!;
      if (score > maxScore || (best.length === limit && !isAfter(best[limit - 1]!, objection, score))) continue;
      let at = best.length;
      while (at > 0 && isAfter(best[at - 1]!, objection, score)) at -= 1;
      best.splice(at, 0, { objection, entry: this.#entry[objection]!, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }
}

/** A copy of {@link Scratch}'s state between units. */
export interface SavedScratch {
  readonly touched: Int32Array;
  readonly score: Float64Array;
  readonly entry: Int32Array;
  readonly gained: Float64Array;
  readonly bestEntryGain: Float64Array;
  readonly entries: Int32Array;
  readonly entryGain: Float64Array;
}
