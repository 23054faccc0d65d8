/**
 * The fuzzy scores of fuse.js 7 (Bitap, Apache-2.0) for the only way the search uses it: a list of words,
 * case-sensitive, anywhere in the word (`ignoreLocation`), no field norm. The same numbers and order as
 * `new Fuse(texts, { includeScore, ignoreLocation, ignoreFieldNorm, isCaseSensitive, threshold }).search(pattern)`
 * (tests/core/bitap.test.ts compares them). fuse.js was 6.9 KB of the 15.7 KB gzip of the engine the drop-in
 * loads; this is a tenth of that.
 */

/** Bitap works on at most this many pattern letters at a time; longer patterns are scored in chunks. */
const CHUNK = 32;
/** The best score fuse.js gives a match that is not the whole text. */
const BEST_PARTIAL = 0.001;

export interface BitapMatch {
  /** Index of the matching text. */
  readonly index: number;
  /** 0 for the whole text, else from 0.001 (exact inside it) up to `threshold` (errors per pattern letter). */
  readonly score: number;
}

/** The texts `pattern` matches with at most `threshold` errors per letter, best first (then by index). */
export function bitapSearch(texts: readonly string[], pattern: string, threshold: number): BitapMatch[] {
  if (!pattern.trim()) return texts.map((_, index) => ({ index, score: 1 }));
  const chunks: [string, Record<string, number>, number][] = [];
  const addChunk = (part: string, start: number) => chunks.push([part, alphabetOf(part), start]);
  const remainder = pattern.length % CHUNK;
  if (pattern.length <= CHUNK) addChunk(pattern, 0);
  else {
    for (let i = 0; i < pattern.length - remainder; i += CHUNK) addChunk(pattern.slice(i, i + CHUNK), i);
    if (remainder) addChunk(pattern.slice(-CHUNK), pattern.length - CHUNK);
  }
  const matches: BitapMatch[] = [];
  texts.forEach((text, index) => {
    if (!text.trim()) return;
    if (text === pattern) {
      matches.push({ index, score: 0 });
      return;
    }
    let total = 0;
    let isMatch = false;
    for (const [part, alphabet, start] of chunks) {
      const [found, score] = searchChunk(text, part, alphabet, start, threshold);
      isMatch ||= found;
      total += score;
    }
    if (isMatch) matches.push({ index, score: total / chunks.length });
  });
  return matches.sort((a, b) => a.score - b.score || a.index - b.index);
}

/** For each letter of `pattern`, a bit mask of where it stands (the first letter is the highest bit). */
function alphabetOf(pattern: string): Record<string, number> {
  const alphabet: Record<string, number> = {};
  for (let i = 0; i < pattern.length; i += 1) alphabet[pattern[i]!] = (alphabet[pattern[i]!] ?? 0) | (1 << (pattern.length - i - 1));
  return alphabet;
}

/**
 * fuse.js's `search()` with `ignoreLocation`: a score is only errors / pattern length, but `location` (the
 * chunk's start) still bounds where the scan begins and ends, as it does there.
 */
function searchChunk(text: string, pattern: string, alphabet: Record<string, number>, location: number, threshold: number): [boolean, number] {
  const length = pattern.length;
  const expected = Math.max(0, Math.min(location, text.length));
  let limit = threshold;
  if (text.includes(pattern, expected)) limit = 0;
  let bestLocation = -1;
  let finalScore = 1;
  let binMax = length + text.length;
  const mask = 1 << (length - 1);
  let last: Int32Array | undefined;
  for (let errors = 0; errors < length; errors += 1) {
    // The score does not depend on where the match is: the reach is all of the text or none of it.
    const reach = errors / length <= limit ? binMax : 0;
    binMax = reach;
    let start = Math.max(1, expected - reach + 1);
    const finish = Math.min(expected + reach, text.length) + length;
    const bits = new Int32Array(finish + 2);
    bits[finish + 1] = (1 << errors) - 1;
    for (let j = finish; j >= start; j -= 1) {
      bits[j] = ((bits[j + 1]! << 1) | 1) & (alphabet[text[j - 1]!] ?? 0);
      if (last) bits[j] |= (((last[j + 1] ?? 0) | (last[j] ?? 0)) << 1) | 1 | (last[j + 1] ?? 0);
      if (bits[j]! & mask) {
        finalScore = errors / length;
        if (finalScore <= limit) {
          limit = finalScore;
          bestLocation = j - 1;
          if (bestLocation <= expected) break;
          start = Math.max(1, 2 * expected - bestLocation);
        }
      }
    }
    if ((errors + 1) / length > limit) break;
    last = bits;
  }
  return [bestLocation >= 0, Math.max(BEST_PARTIAL, finalScore)];
}
