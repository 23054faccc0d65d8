/**
 * Text folding for search. Every searchable text and every query is reduced to a Latin "sound skeleton":
 * lower case, no diacritics, Cyrillic transliterated, spelling variants of transliteration merged. So
 * "Дорого!", "dorogo" and "DOROGO" all become "dorogo", "pahalı" and "pahali" become "pahali", and
 * "ya podumaju" meets "я подумаю".
 */

/** Cyrillic → Latin, in the spelling the folding below settles on (й and ё arrive as и and е after NFD). */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh',
  щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'e', ў: 'u',
};

/** Letters NFD does not decompose. */
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th',
};

/**
 * Spellings of the same sound in chat transliteration, longest first: "shch"/"sch"/"w" (ш, щ), "kh"/"x" (х),
 * "ts" (ц), "j"/"y" (й, ы, я = "ja"/"ya"/"ia"), "4" (ч, inside a word). Applied to catalog text and queries
 * alike, so English and Turkish still match themselves.
 */
const SPELLING_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'sh'],
  ['sch', 'sh'],
  ['kh', 'h'],
  ['ts', 'c'],
  ['w', 'sh'],
  ['x', 'h'],
  ['j', 'i'],
  ['y', 'i'],
  ['q', 'k'],
];

/** First letters of {@link SPELLING_FOLDS}, to skip the search for most characters. */
const FOLD_STARTS = new Set(SPELLING_FOLDS.map(([from]) => from[0]!));

/** Each character's folded form, remembered: texts repeat the same few hundred characters. */
const FOLDED_CHARACTERS = new Map<string, string>();
/** Bounds the memory an attacker's text of distinct characters could take. */
const MAX_FOLDED_CHARACTERS = 4096;

const APOSTROPHES = new Set(["'", '’', '`', 'ʼ', 'ʹ']);
const COMBINING_MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isAsciiLetter = (ch: string) => ch >= 'a' && ch <= 'z';
const isAsciiDigit = (ch: string) => ch >= '0' && ch <= '9';

/**
 * Folds `text` into its search key. When `offsets` is given, it receives for each character of the key the
 * index in `text` it came from, so matches in the key can be highlighted in the original.
 */
export function foldForSearch(text: string, offsets?: number[]): string {
  const chars: string[] = [];
  const sources: number[] = [];
  let index = 0;
  for (const codePoint of text) {
    let mapped = FOLDED_CHARACTERS.get(codePoint);
    if (mapped === undefined) {
      mapped = '';
      for (const ch of codePoint.toLowerCase().normalize('NFD')) mapped += mapChar(ch);
      if (FOLDED_CHARACTERS.size < MAX_FOLDED_CHARACTERS) FOLDED_CHARACTERS.set(codePoint, mapped);
    }
    for (const out of mapped) {
      chars.push(out);
      sources.push(index);
    }
    index += codePoint.length;
  }
  return applySpellingFolds(chars, sources, offsets);
}

function mapChar(ch: string): string {
  if (isAsciiLetter(ch) || isAsciiDigit(ch)) return ch;
  if (ch === ' ') return ' ';
  const cyrillic = CYRILLIC_TO_LATIN[ch];
  if (cyrillic !== undefined) return cyrillic;
  const special = LATIN_SPECIALS[ch];
  if (special !== undefined) return special;
  if (APOSTROPHES.has(ch)) return '';
  if (COMBINING_MARK.test(ch)) return '';
  return LETTER_OR_DIGIT.test(ch) ? ch : ' ';
}

function applySpellingFolds(chars: readonly string[], sources: readonly number[], offsets?: number[]): string {
  const joined = chars.join('');
  let key = '';
  const push = (out: string, source: number) => {
    for (const ch of out) {
      const last = key[key.length - 1];
      // Doubled letters are typed and transliterated inconsistently ("rassrochka"/"rasrochka"); spaces collapse.
      if (ch === last && (ch === ' ' || isAsciiLetter(ch))) continue;
      if (ch === ' ' && key.length === 0) continue;
      key += ch;
      offsets?.push(source);
    }
  };
  let i = 0;
  while (i < joined.length) {
    const ch = joined[i]!;
    if (ch === '4' && isAsciiLetter(joined[i - 1] ?? '') || ch === '4' && isAsciiLetter(joined[i + 1] ?? '')) {
      push('ch', sources[i]!);
      i += 1;
      continue;
    }
    const fold = FOLD_STARTS.has(ch) ? SPELLING_FOLDS.find(([from]) => joined.startsWith(from, i)) : undefined;
    if (fold) {
      push(fold[1], sources[i]!);
      i += fold[0].length;
    } else {
      push(ch, sources[i]!);
      i += 1;
    }
  }
  if (key.endsWith(' ')) {
    key = key.slice(0, -1);
    offsets?.pop();
  }
  return key;
}
