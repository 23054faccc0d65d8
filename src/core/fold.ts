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
 *
 * Linear in the length of `text`: one reading of its characters, rewriting the key's tail as it grows (see
 * {@link applySpellingFolds}). A catalog is untrusted input, and folding runs on the page's main thread.
 */
export function foldForSearch(text: string, offsets?: number[]): string {
  const sources: number[] | undefined = offsets ? [] : undefined;
  const length = mapCharacters(text, sources);
  const size = applySpellingFolds(length, sources, offsets);
  // Read the buffer only now: folding may have replaced it with a bigger one.
  return decode(foldedCodes, size);
}

/** Working buffers of UTF-16 code units, grown as needed and reused: folding allocates no strings per character. */
let mappedCodes = new Uint16Array(1024);
let foldedCodes = new Uint16Array(1024);

/** Each character folded from at most this many characters ("щ" → "sh", "ß" → "ss"). */
const MAX_EXPANSION = 4;

/**
 * Into {@link mappedCodes}: lower case, diacritics dropped, Cyrillic transliterated, apostrophes dropped,
 * anything else a space. Returns the length.
 */
function mapCharacters(text: string, sources: number[] | undefined): number {
  if (mappedCodes.length < text.length * MAX_EXPANSION) mappedCodes = new Uint16Array(text.length * MAX_EXPANSION * 2);
  let length = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      const out = ASCII_FOLD_CODES[code]!;
      if (out !== DROPPED) {
        mappedCodes[length++] = out;
        sources?.push(index);
      }
      index += 1;
      continue;
    }
    const isPair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    const width = isPair ? 2 : 1;
    const codePoint = text.slice(index, index + width);
    const out = FOLDED_CHARACTERS.get(codePoint) ?? foldCodePoint(codePoint);
    for (let k = 0; k < out.length; k += 1) {
      mappedCodes[length++] = out.charCodeAt(k);
      sources?.push(index);
    }
    index += width;
  }
  return length;
}

function foldCodePoint(codePoint: string): string {
  let result = '';
  for (const ch of codePoint.toLowerCase().normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code < 128) result += ASCII_FOLD_CODES[code] === DROPPED ? '' : String.fromCharCode(ASCII_FOLD_CODES[code]!);
    else if (CYRILLIC_TO_LATIN[ch] !== undefined) result += CYRILLIC_TO_LATIN[ch];
    else if (LATIN_SPECIALS[ch] !== undefined) result += LATIN_SPECIALS[ch];
    else if (!APOSTROPHES.has(ch) && !COMBINING_MARK.test(ch)) result += LETTER_OR_DIGIT.test(ch) ? ch : ' ';
  }
  if (FOLDED_CHARACTERS.size < MAX_FOLDED_CHARACTERS) FOLDED_CHARACTERS.set(codePoint, result);
  return result;
}

/** Marks an ASCII character that folds to nothing (an apostrophe). */
const DROPPED = 0;

/** ASCII character codes folded: letters lower-cased, digits kept, apostrophes dropped, the rest spaces. */
const ASCII_FOLD_CODES: Uint16Array = Uint16Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (/[a-z0-9]/.test(ch)) return code;
  if (/[A-Z]/.test(ch)) return code + 32;
  return APOSTROPHES.has(ch) ? DROPPED : SPACE;
});

/**
 * Spellings of the same sound in chat transliteration, merged: "shch"/"sch"/"w" (ш, щ), "kh"/"x" (х),
 * "ts" (ц), "j"/"y" (й, ы, я = "ja"/"ya"/"ia"), "q" (к), "4" (ч, inside a word). Applied to catalog text
 * and queries alike, so English and Turkish still match themselves. Doubled letters are typed and
 * transliterated inconsistently ("rassrochka"/"rasrochka"), so they collapse; so do spaces.
 *
 * Folding can bring together letters that spell another variant: "tw" becomes "tsh", "kkh" becomes "kh",
 * "sckh" becomes "sch". A key must fold to itself (typing a key finds what it was folded from), so those are
 * folded too, as the key's tail is written ({@link appendToKey}): the same key as reading the text again and
 * again until nothing changes, in one reading. Into {@link foldedCodes}; returns the key's length.
 */
function applySpellingFolds(length: number, sources: number[] | undefined, offsets: number[] | undefined): number {
  if (foldedCodes.length < length * 2) foldedCodes = new Uint16Array(length * 4);
  keyLength = 0;
  // Doubles in the text are judged by what this reading last wrote, before the tail was rewritten: "tts" is
  // "t" then "ts", which make "tc".
  let last = SPACE;
  const append = (code: number, source: number) => {
    if (code === last && (code === SPACE || isAsciiLetterCode(code))) return;
    last = code;
    appendToKey(code, source, offsets);
  };
  // Where the run of 4s being read ends, found once per run.
  let fourRunEnd = 0;
  for (let i = 0; i < length; ) {
    const source = sources ? sources[i]! : 0;
    const code = mappedCodes[i]!;
    const next = i + 1 < length ? mappedCodes[i + 1]! : SPACE;
    // Most characters stand for themselves; the few that start a variant spelling are folded here.
    switch (code) {
      case S:
        if (next === H && i + 3 < length && mappedCodes[i + 2] === C && mappedCodes[i + 3] === H) {
          append(S, source);
          append(H, source);
          i += 4;
        } else if (next === C && i + 2 < length && mappedCodes[i + 2] === H) {
          append(S, source);
          append(H, source);
          i += 3;
        } else {
          append(S, source);
          i += 1;
        }
        continue;
      case K:
        append(next === H ? H : K, source);
        i += next === H ? 2 : 1;
        continue;
      case T:
        append(next === S ? C : T, source);
        i += next === S ? 2 : 1;
        continue;
      case W:
        append(S, source);
        append(H, source);
        break;
      case X:
        append(H, source);
        break;
      case J:
      case Y:
        append(I, source);
        break;
      case Q:
        append(K, source);
        break;
      case FOUR: {
        // A run of 4s inside a word is all ч ("a44" is "ach" twice): look at the run's neighbours, the one before
        // as already folded.
        if (i >= fourRunEnd) {
          fourRunEnd = i + 1;
          while (fourRunEnd < length && mappedCodes[fourRunEnd] === FOUR) fourRunEnd += 1;
        }
        if (isAsciiLetterCode(last) || isAsciiLetterCode(fourRunEnd < length ? mappedCodes[fourRunEnd]! : SPACE)) {
          append(C, source);
          append(H, source);
        } else {
          append(FOUR, source);
        }
        break;
      }
      default:
        append(code, source);
    }
    i += 1;
  }
  if (keyLength > 0 && foldedCodes[keyLength - 1] === SPACE) {
    keyLength -= 1;
    offsets?.pop();
  }
  return keyLength;
}

/** Length of the key being written into {@link foldedCodes}. */
let keyLength = 0;

/**
 * Writes one character at the end of the key, first folding what it makes of the key's tail: "k" + "h" is
 * "h", "t" + "s" is "c", "sc" or "shc" + "h" is "sh", and a character the same as the one before it goes.
 * Each rule takes characters off the tail and then writes one, so writing a key of n characters takes fewer
 * than 2n steps. `offsets`, when given, ends with one source index per character of the key.
 */
function appendToKey(code: number, source: number, offsets: number[] | undefined): void {
  const key = foldedCodes;
  for (;;) {
    const top = keyLength > 0 ? key[keyLength - 1]! : SPACE;
    if (code === top && (code === SPACE || isAsciiLetterCode(code))) return;
    if (code === H && top === K) {
      // "kh" is "h", from where the "k" came from.
      keyLength -= 1;
      source = offsets?.pop() ?? 0;
      continue;
    }
    if (code === S && top === T) {
      // "ts" is "c".
      keyLength -= 1;
      source = offsets?.pop() ?? 0;
      code = C;
      continue;
    }
    if (code === H && top === C && keyLength >= 2) {
      // "sch" and "shch" are "sh", from where the "s" came from.
      const before = key[keyLength - 2];
      const dropped = before === S ? 1 : before === H && keyLength >= 3 && key[keyLength - 3] === S ? 2 : 0;
      if (dropped > 0) {
        keyLength -= dropped;
        if (offsets) {
          offsets.length -= dropped;
          source = offsets[offsets.length - 1]!;
        }
        continue;
      }
    }
    key[keyLength++] = code;
    offsets?.push(source);
    return;
  }
}

const [C, H, I, J, K, Q, S, T, W, X, Y] = [...'chijkqstwxy'].map((ch) => ch.charCodeAt(0));
const FOUR = 52;

/** The first `size` code units of `codes` as a string. */
function decode(codes: Uint16Array, size: number): string {
  let text = '';
  // String.fromCharCode takes its arguments on the stack: long texts go in slices.
  for (let start = 0; start < size; start += 4096) {
    text += String.fromCharCode.apply(null, codes.subarray(start, Math.min(size, start + 4096)) as unknown as number[]);
  }
  return text;
}
