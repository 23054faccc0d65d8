/**
 * The `limit` lowest scores of distinct objections among those offered so far, kept as they come: it tells
 * how good a score must be to still make the best few. An objection's score only ever improves.
 */
export class BestScores {
  readonly #limit: number;
  readonly #objections: Int32Array;
  readonly #scores: Float64Array;
  #count = 0;

  constructor(limit: number) {
    this.#limit = limit;
    this.#objections = new Int32Array(limit + 1);
    this.#scores = new Float64Array(limit + 1);
  }

  /** The score an objection must beat to join the best few: Infinity until `limit` objections were offered. */
  get worst(): number {
    return this.#count < this.#limit ? Infinity : this.#scores[this.#limit - 1]!;
  }

  offer(objection: number, score: number): void {
    if (score >= this.worst) return;
    const objections = this.#objections;
    const scores = this.#scores;
    let at = 0;
    while (at < this.#count && objections[at] !== objection) at += 1;
    if (at < this.#count) {
      if (score >= scores[at]!) return;
      // Taken out, to go back in at its better place.
      objections.copyWithin(at, at + 1, this.#count);
      scores.copyWithin(at, at + 1, this.#count);
      this.#count -= 1;
    }
    at = this.#count;
    while (at > 0 && scores[at - 1]! > score) {
      objections[at] = objections[at - 1]!;
      scores[at] = scores[at - 1]!;
      at -= 1;
    }
    objections[at] = objection;
    scores[at] = score;
    this.#count = Math.min(this.#count + 1, this.#limit);
  }
}
