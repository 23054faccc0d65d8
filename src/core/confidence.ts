import { isStopWord } from './stop-words.js';

/** Weight of a filler or function word in how much of a query a phrase explains. */
const STOP_WORD_WEIGHT = 0.2;
/**
 * A query's last word that starts a longer catalog word may still be being typed: it explains from half of
 * this to this, by how much of the catalog word it has reached.
 */
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
  return share * Math.max(0, 1 - Math.max(0, score));
}

/** How well catalog word `other` stands for query word `word` (1: the same word). */
function wordQuality(word: string, other: string, mayBeUnfinished: boolean, isRetyped: boolean): number {
  if (word === other) return 1;
  if (other.startsWith(word)) {
    const typed = word.length / other.length;
    // Three letters typed are the start of too many words to know which; four or more mostly of one.
    if (word.length <= SHORT_PREFIX) return SHORT_PREFIX_CAP * typed;
    return mayBeUnfinished ? (UNFINISHED_WORD_CAP * (1 + typed)) / 2 : STEM_QUALITY * typed;
  }
  let shared = 0;
  while (word[shared] === other[shared]) shared += 1;
  if (shared >= STEM) return STEM_QUALITY;
  const edits = editDistance(word, other) + (isRetyped ? 1 : 0);
  // A slip in a short word is as likely another word: it counts as one more.
  const short = Math.min(word.length, other.length) < SHORT_FOR_A_TYPO * edits ? 1 : 0;
  return BY_EDITS[Math.min(edits + short, BY_EDITS.length - 1)]!;
}

/**
 * Typing slips between two words — a letter added, dropped, replaced, or two neighbours swapped (optimal
 * string alignment) — up to 3: words further apart in length count as 3, which also bounds the work for a
 * crafted catalog word of thousands of letters.
 */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? before[j - 2]! + 1 : i + j;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), swapped);
    }
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, 3);
}
