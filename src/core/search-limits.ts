/** Limits every search keeps to: what counts as a result, and how much of a big catalog one key reads. */

/** Words this short are matched only as whole words (or word starts, while being typed). */
export const SHORT_WORD = 3;
/** Hits scoring worse than this are noise, not results. */
export const MAX_SCORE = 0.7;

/**
 * At most this many occurrences are read per query word. Postings are stored best field first (triggers,
 * then titles… replies last), so a very common word ("не", "the") reads its best occurrences and stops: it
 * weighs little (its spread is measured over all occurrences), and reading all of its hundreds of thousands
 * of occurrences in a big catalog would cost a frame. These budgets were cut for issue 15's keystroke work
 * (30,000 → 12,000; 12,000 → 8,000; short words halved): at 10,000 objections the labelled sets typed key by
 * key took a third less CPU time for the same top-1 (queries.tsv 97.1 %, top-3 97.8 → 97.5 %; blind.tsv 93.0 →
 * 94.7 %); a heaviest word of 6,000 lost queries.tsv's top-3 (97.1 %). At 50,000 the same figures.
 */
export const OCCURRENCES_PER_WORD = 12_000;
/** The same for the heaviest word of a query of several words, which has several lists to read. */
export const OCCURRENCES_PER_WORD_OF_MANY = 8_000;
/** What even the lightest word of several reads. */
export const MIN_OCCURRENCES_PER_WORD = 1_000;
/**
 * The first letters typed say little and match a great many words: a word of one, two or three letters
 * reads only the first occurrences of the shortest words it starts.
 */
export const OCCURRENCES_PER_SHORT_WORD = [0, 1_000, 2_500, 5_000];
