/**
 * Text folding for search. Every searchable text and every query is reduced to a Latin "sound skeleton":
 * lower case, no diacritics, Cyrillic transliterated, spelling variants of transliteration merged. So
 * "Дорого!", "dorogo" and "DOROGO" all become "dorogo", "pahalı" and "pahali" become "pahali", and
 * "ya podumaju" meets "я подумаю".
 *
 * Folding runs over every text of a catalog when it is indexed (millions of characters for a large one), so
 * it works on character codes with lookup tables rather than on regular expressions.
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

const APOSTROPHES = new Set(["'", '’', '`', 'ʼ', 'ʹ']);
const COMBINING_MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Each character's folded form, remembered: texts repeat the same few hundred characters. */
const FOLDED_CHARACTERS = new Map<string, string>();
/** Bounds the memory an attacker's text of distinct characters could take. */
const MAX_FOLDED_CHARACTERS = 4096;

const SPACE = 32;
const isAsciiLetterCode = (code: number) => code >= 97 && code <= 122;

/**
 * Folds `text` into its search key. When `offsets` is given, it receives for each character of the key the
 * index in `text` it came from, so matches in the key can be highlighted in the original.
 */
export function foldForSearch(text: string, offsets?: number[]): string {
  const sources: number[] | undefined = offsets ? [] : undefined;
  const mapped = mapCharacters(text, sources);
  return applySpellingFolds(mapped, sources, offsets);
}

/** Lower case, diacritics dropped, Cyrillic transliterated, apostrophes dropped, anything else a space. */
function mapCharacters(text: string, sources: number[] | undefined): string {
  let mapped = '';
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    let folded: string;
    if (code < 128) {
      folded = ASCII_FOLDS[code]!;
    } else {
      const codePoint = text.slice(index, index + width);
      folded = FOLDED_CHARACTERS.get(codePoint) ?? foldCodePoint(codePoint);
    }
    mapped += folded;
    if (sources) for (let k = 0; k < folded.length; k += 1) sources.push(index);
    index += width;
  }
  return mapped;
}

function foldCodePoint(codePoint: string): string {
  let folded = '';
  for (const ch of codePoint.toLowerCase().normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code < 128) folded += ASCII_FOLDS[code]!;
    else if (CYRILLIC_TO_LATIN[ch] !== undefined) folded += CYRILLIC_TO_LATIN[ch];
    else if (LATIN_SPECIALS[ch] !== undefined) folded += LATIN_SPECIALS[ch];
    else if (APOSTROPHES.has(ch) || COMBINING_MARK.test(ch)) folded += '';
    else folded += LETTER_OR_DIGIT.test(ch) ? ch : ' ';
  }
  if (FOLDED_CHARACTERS.size < MAX_FOLDED_CHARACTERS) FOLDED_CHARACTERS.set(codePoint, folded);
  return folded;
}

/** ASCII characters folded: letters lower-cased, digits kept, apostrophes dropped, the rest spaces. */
const ASCII_FOLDS: readonly string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (/[a-z0-9]/.test(ch)) return ch;
  if (/[A-Z]/.test(ch)) return ch.toLowerCase();
  return APOSTROPHES.has(ch) ? '' : ' ';
});

/**
 * Spellings of the same sound in chat transliteration, merged: "shch"/"sch"/"w" (ш, щ), "kh"/"x" (х),
 * "ts" (ц), "j"/"y" (й, ы, я = "ja"/"ya"/"ia"), "q" (к), "4" (ч, inside a word). Applied to catalog text
 * and queries alike, so English and Turkish still match themselves. Doubled letters are typed and
 * transliterated inconsistently ("rassrochka"/"rasrochka"), so they collapse; so do spaces.
 */
function applySpellingFolds(mapped: string, sources: number[] | undefined, offsets: number[] | undefined): string {
  let key = '';
  let last = SPACE;
  const append = (out: string, source: number) => {
    for (let k = 0; k < out.length; k += 1) {
      const code = out.charCodeAt(k);
      if (code === last && (code === SPACE || isAsciiLetterCode(code))) continue;
      key += out[k];
      last = code;
      offsets?.push(source);
    }
  };
  for (let i = 0; i < mapped.length; ) {
    const [out, length] = spellingAt(mapped, i);
    append(out, sources ? sources[i]! : 0);
    i += length;
  }
  if (last === SPACE && key.length > 0) {
    key = key.slice(0, -1);
    offsets?.pop();
  }
  return key;
}

/** The folded spelling starting at `i`, and how many characters of `mapped` it takes. */
function spellingAt(mapped: string, i: number): readonly [string, number] {
  const ch = mapped[i]!;
  const next = mapped.charCodeAt(i + 1);
  switch (ch) {
    case 's':
      if (mapped.startsWith('shch', i)) return ['sh', 4];
      if (mapped.startsWith('sch', i)) return ['sh', 3];
      return ['s', 1];
    case 'k':
      return next === 104 /* h */ ? ['h', 2] : ['k', 1];
    case 't':
      return next === 115 /* s */ ? ['c', 2] : ['t', 1];
    case 'w':
      return ['sh', 1];
    case 'x':
      return ['h', 1];
    case 'j':
    case 'y':
      return ['i', 1];
    case 'q':
      return ['k', 1];
    case '4':
      return isAsciiLetterCode(mapped.charCodeAt(i - 1)) || isAsciiLetterCode(next) ? ['ch', 1] : ['4', 1];
    default:
      return [ch, 1];
  }
}
