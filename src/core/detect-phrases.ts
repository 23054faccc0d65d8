import { editDistance } from './confidence.js';
import { foldForSearch } from './fold.js';
import type { ObjectionSearch } from './search.js';
import { isDenialAt, isNegativeVerb, isNumber, wordLists } from './detect-words.js';
import { isStopWord, wordImportance } from './stop-words.js';
import type { Locale, MergedCatalog } from './types.js';

// The transcript detector's index of a catalog (detect.ts reads lines against it): its phrases, each word weighed,
// and the ways from a word speech-to-text wrote to the phrase words it may say — another ending, one letter off, a
// word split in two or two words written as one.

/** How well a catalog word is said by a word with its stem and another ending, or with one letter off. */
const SAME_STEM = 0.85;
const ONE_LETTER_OFF = 0.8;
/** Letters two words must share at the start to be one word with another ending ("güvenilir", "güvenebilir"). */
const STEM = 5;
/** The first piece of a word speech-to-text split in two («пере звоните», "dis count") is at most this long. */
const SPLIT_PART = 4;
/** Words shorter than this are matched whole. */
const SHORT_WORD = 5;
/** Words shorter than this are not matched one letter off. */
const ONE_LETTER_OFF_FROM = 5;
/** A word shorter than this with one letter added at its end is another word ("charge", "charger"). */
const SHORT_STEM = 7;
const ENGLISH_NEGATORS = wordLists('en').negatorsBefore;

/** A catalog phrase (a trigger or a title), folded into words, each with its weight. */
interface Phrase {
  readonly objection: number;
  readonly locale: Locale;
  readonly words: readonly string[];
  readonly weights: readonly number[];
  readonly total: number;
  /** It says «не», "not", «değil» or a Turkish negative verb: a denial in the line is part of it. */
  readonly denies: boolean;
  /** Each word is a question word, a topic's name (see {@link WordLists.topic}), a function word or a denial. */
  readonly topics: readonly boolean[];
  /**
   * Each word says what the phrase is about: not a function word, a denial or a word a denial passes through
   * ("don't want to register" is about "register"; a line saying only "don't want" does not say it).
   */
  readonly carries: readonly boolean[];
}

/** The catalog's phrases, and ways from an utterance's word to the phrase words it may say. */
interface PhraseTable {
  readonly phrases: readonly Phrase[];
  /** Phrase word → the phrases that have it as a word that carries meaning (not a function word). */
  readonly phrasesOf: ReadonlyMap<string, readonly number[]>;
  /** The first {@link STEM} letters → phrase words of {@link SHORT_WORD} letters or more starting so. */
  readonly byStem: ReadonlyMap<string, readonly string[]>;
  /** A phrase word of {@link SHORT_WORD} letters or more with one letter dropped → those words. */
  readonly byDeletion: ReadonlyMap<string, readonly string[]>;
}

const PHRASE_TABLES = new WeakMap<MergedCatalog, PhraseTable>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/**
 * Builds what detection reads of `search`'s catalog now (on the built-in catalog about 11 ms, once per catalog), so
 * that the first line is detected in well under a millisecond.
 */
export function prepareDetection(search: ObjectionSearch): void {
  phraseTable(search.catalog);
}

/**
 * Each word of a phrase weighs by its length and its rarity among objections: "отменить" says more than
 * "заказ", which half the catalog's phrases have.
 */
export function phraseTable(catalog: MergedCatalog): PhraseTable {
  const known = PHRASE_TABLES.get(catalog);
  if (known) return known;
  const texts: Array<{ objection: number; locale: Locale; words: string[] }> = [];
  const spread = new Map<string, number>();
  catalog.objections.forEach((objection, index) => {
    const own = [
      ...Object.entries(objection.triggers).flatMap(([locale, list]) => list.map((text) => ({ locale, text }))),
      ...Object.entries(objection.title).map(([locale, text]) => ({ locale, text })),
    ].map(({ locale, text }) => ({ objection: index, locale, words: foldForSearch(text).split(' ').filter((word) => word !== '') }));
    for (const word of new Set(own.flatMap((phrase) => phrase.words))) spread.set(word, (spread.get(word) ?? 0) + 1);
    texts.push(...own);
  });
  const count = catalog.objections.length;
  const phrasesOf = new Map<string, number[]>();
  const byStem = new Map<string, string[]>();
  const byDeletion = new Map<string, string[]>();
  const phrases = texts.map(({ objection, locale, words }, index): Phrase => {
    const lists = wordLists(locale);
    // A number in a phrase («на тысячу меньше») is not read in a line either.
    const weights = words.map((word) =>
      isNumber(word, lists) ? 0 : wordImportance(word) * Math.min(word.length, 10) * Math.log(1 + count / spread.get(word)!),
    );
    for (const word of words) {
      if (isStopWord(word)) continue;
      push(phrasesOf, word, index);
      if (word.length < SHORT_WORD || byStem.get(word.slice(0, STEM))?.includes(word)) continue;
      push(byStem, word.slice(0, STEM), word);
      for (let i = 0; i < word.length; i += 1) push(byDeletion, word.slice(0, i) + word.slice(i + 1), word);
    }
    return {
      objection,
      locale,
      words,
      weights,
      total: weights.reduce((sum, weight) => sum + weight, 0),
      denies: words.some((_, at) => isDenialAt(words, at, lists)),
      // Function words and denials («istemiyorum», "don't") say nothing of a topic's own either.
      topics: words.map((word, at) => lists.topic.has(word) || isStopWord(word) || isDenialAt(words, at, lists)),
      carries: words.map((word, at) => !isStopWord(word) && !isDenialAt(words, at, lists) && !lists.passedThrough.has(word)),
    };
  });
  const table = { phrases, phrasesOf, byStem, byDeletion };
  PHRASE_TABLES.set(catalog, table);
  return table;
}

/**
 * The phrase words an utterance word says, each with how well (1: the same word; a shared stem with
 * another ending, or one letter off, a little less).
 */
export function sayings(word: string, table: PhraseTable): Map<string, number> {
  const said = new Map<string, number>([[word, 1]]);
  if (word.length < SHORT_WORD - 1 && !ENGLISH_NEGATORS.has(word)) return said;
  const negative = isNegativeVerb(word);
  // "istemiyorum" (I don't want) shares its stem with "istiyorum" (I want): the two never say each other.
  const alike = (other: string) => isNegativeVerb(other) === negative && !isOtherWord(word, other);
  for (const other of table.byStem.get(word.slice(0, STEM)) ?? []) if (other !== word && alike(other)) said.set(other, SAME_STEM);
  // "isn't", "don't", "not" deny alike: "how do i know this isn't a scam" says "how do I know you're not crooks".
  if (ENGLISH_NEGATORS.has(word)) for (const other of ENGLISH_NEGATORS) if (other !== word && table.phrasesOf.has(other)) said.set(other, SAME_STEM);
  if (word.length < ONE_LETTER_OFF_FROM) return said;
  const deletions = [word, ...Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1))];
  for (const key of deletions) {
    for (const other of table.byDeletion.get(key) ?? []) {
      if (!said.has(other) && other.length >= ONE_LETTER_OFF_FROM && alike(other) && editDistance(word, other) === 1) said.set(other, ONE_LETTER_OFF);
    }
  }
  return said;
}

/**
 * `words` mended where speech-to-text wrote two words of a phrase as one (see {@link splitJoinedWord}), or
 * split a catalog word in two with a short first piece: «по дешевле», «пере звоните», "dis count".
 */
export function joinSplitWords(words: string[], table: PhraseTable): string[] {
  for (let i = 0; i < words.length; i += 1) {
    const parts = splitJoinedWord(words[i]!, table);
    if (parts) words.splice(i, 1, ...parts);
  }
  for (let i = 0; i < words.length - 1; i += 1) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (a.length > SPLIT_PART || b.length < 3 || a.length + b.length < SHORT_WORD + 1) continue;
    const joined = a + b;
    if (table.phrasesOf.has(joined) && !table.phrasesOf.has(a) && !table.phrasesOf.has(b)) words.splice(i, 2, joined);
  }
  return words;
}

/**
 * The two words of a phrase, one after the other, that speech-to-text wrote as one ("ripoff" for "rip-off",
 * «какойто» for «какой-то»), or undefined.
 */
function splitJoinedWord(word: string, table: PhraseTable): [string, string] | undefined {
  if (word.length < SHORT_WORD || table.phrasesOf.has(word)) return undefined;
  for (let at = 2; at <= word.length - 2; at += 1) {
    const [a, b] = [word.slice(0, at), word.slice(at)];
    // One of the two may be a function word ("rip off"), which the table does not index.
    const [ofA, ofB] = [table.phrasesOf.get(a), table.phrasesOf.get(b)];
    if ((!ofA && !isStopWord(a)) || (!ofB && !isStopWord(b))) continue;
    const either = !ofA ? ofB : !ofB ? ofA : ofA.length < ofB.length ? ofA : ofB;
    if (either?.some((index) => table.phrases[index]!.words.some((w, i, all) => w === a && all[i + 1] === b))) return [a, b];
  }
  return undefined;
}

/**
 * Whether a short word with one more letter at its end is another word, not another form of it: "broke" and
 * "broken", "charge" and "charger" (a plural "-s" is the same word).
 */
function isOtherWord(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && short.length < SHORT_STEM && long.startsWith(short) && !long.endsWith('s');
}
