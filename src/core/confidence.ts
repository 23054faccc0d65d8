import { isStopWord } from './stop-words.js';

/** Weight of a filler or function word in how much of a query a phrase explains. */
const STOP_WORD_WEIGHT = 0.2;
/** A word typed so far explains as much as the share of the catalog word it has reached, at most this. */
const UNFINISHED_WORD_CAP = 0.9;
/** A query word this short that only starts a catalog word explains it at most {@link SHORT_PREFIX_CAP}. */
const SHORT_PREFIX = 3;
const SHORT_PREFIX_CAP = 0.5;
/** How well a query word is explained by a catalog word this many typos away (0, 1, 2, more). */
const BY_EDITS = [1, 0.8, 0.4, 0.1];
/** A one-letter slip in a word this short, or two in a word shorter than twice it, is as likely another word. */
const SHORT_FOR_A_TYPO = 4;
/** Shared beginnings this long are one word with another ending ("güveneyim", "güvenebilir"). */
const STEM = 5;
const STEM_QUALITY = 0.85;

/**
 * How sure a search is of a hit, from 0 to 1: the weighted share of the query's words the hit's phrase
 * explains (each word by how close its nearest word in the phrase is, counted in typing slips), times what
 * the ranking says of the objection as a whole (`score`, the hit's score as a share of the worst one kept).
 *
 * `words` are the folded query words and `phraseWords` for each of them the folded words of the phrase it
 * matched (empty when none). A query read in the other keyboard layout (`isRetyped`) is a guess: a word of it
 * found only approximately counts one slip more.
 */
export function confidenceOf(
  words: readonly string[],
  phraseWords: ReadonlyArray<readonly string[]>,
  score: number,
  isRetyped = false,
): number {
  let explained = 0;
  let total = 0;
  words.forEach((word, i) => {
    const weight = (isStopWord(word) ? STOP_WORD_WEIGHT : 1) * Math.min(word.length, 10);
    const isLast = i === words.length - 1;
    let best = 0;
    for (const other of phraseWords[i] ?? []) best = Math.max(best, wordQuality(word, other, isLast, isRetyped));
    explained += weight * best;
    total += weight;
  });
  const share = total === 0 ? 0 : explained / total;
  return round(share * Math.max(0, 1 - Math.max(0, score)));
}

/** How well catalog word `other` stands for query word `word` (1: the same word). */
function wordQuality(word: string, other: string, mayBeUnfinished: boolean, isRetyped: boolean): number {
  if (word === other) return 1;
  if (other.startsWith(word)) {
    const typed = word.length / other.length;
    // Three letters typed are the start of too many words to know which; four or more mostly of one.
    if (word.length <= SHORT_PREFIX) return SHORT_PREFIX_CAP * typed;
    return mayBeUnfinished ? UNFINISHED_WORD_CAP * (1 + typed) / 2 : STEM_QUALITY * typed;
  }
  let shared = 0;
  while (shared < word.length && word[shared] === other[shared]) shared += 1;
  if (shared >= STEM) return STEM_QUALITY;
  const edits = editDistance(word, other, BY_EDITS.length - 1) + (isRetyped ? 1 : 0);
  const length = Math.min(word.length, other.length);
  if (length < SHORT_FOR_A_TYPO * edits) return BY_EDITS[Math.min(edits + 1, BY_EDITS.length - 1)]!;
  return BY_EDITS[Math.min(edits, BY_EDITS.length - 1)]!;
}

/**
 * Typing slips between two words — a letter added, dropped, replaced, or two neighbours swapped (optimal
 * string alignment) — counting no further than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
