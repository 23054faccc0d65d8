/**
 * Text as a reader sees it. A catalog or a CRM field can carry characters that show nothing but travel with a
 * copy: Unicode tag characters that spell an instruction for whatever reads the CRM log next, zero-width
 * characters, and direction controls that show "5678 1234" for the "4321 8765" the clipboard gets. They are
 * removed from every text shown and copied, so both come from the same visible string.
 *
 * Removed: Unicode's default-ignorable code points (invisible unless a font gives them a meaning: soft hyphen,
 * zero-width characters, direction marks, embeddings, overrides and isolates, word joiners, variation
 * selectors, tag characters, Hangul fillers) and control characters other than tab and line breaks. Kept,
 * because they change what is seen:
 * - a zero-width joiner or non-joiner between two letters of a script that joins its letters (Persian, Hindi,
 *   Malayalam…), though never between Latin, Cyrillic or Greek ones, where it changes nothing;
 * - a zero-width joiner inside an emoji sequence (👩‍💻: woman, ZWJ, laptop), after an emoji, an emoji
 *   modifier or U+FE0F and before another emoji;
 * - one emoji or text presentation selector (U+FE0F, U+FE0E) right after a character that can be an emoji.
 *
 * Tag characters are removed even in a subdivision flag (🏴 + tags: England, Scotland, Wales), which then
 * shows as a black flag: an emoji is not worth a channel for hidden text.
 */

/** Why a character was removed, for the warning that names what was found. */
export type InvisibleKind = 'tag' | 'bidi-control' | 'zero-width' | 'variation-selector' | 'control' | 'other';

export interface VisibleText {
  /** The text without the characters nobody sees. */
  readonly text: string;
  /** How many characters (code points) were removed. */
  readonly removed: number;
  /** What kinds they were, each once, in the order of {@link INVISIBLE_KINDS}. */
  readonly kinds: readonly InvisibleKind[];
}

export const INVISIBLE_KINDS: readonly InvisibleKind[] = ['tag', 'bidi-control', 'zero-width', 'variation-selector', 'control', 'other'];

/** Any character that may be removed: a quick test, so that most texts are returned untouched. */
const CANDIDATE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLE = /^[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Default_Ignorable_Code_Point}]$/u;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const TEXT_SELECTOR = 0xfe0e;
const EMOJI_SELECTOR = 0xfe0f;
const LETTER = /^[\p{L}\p{M}]$/u;
/** Scripts whose letters never join: a joiner between two of them is only a hidden mark. */
const NON_JOINING_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]$/u;
const EMOJI = /^\p{Emoji}$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const BEFORE_EMOJI_JOINER = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}]$/u;

/**
 * `text` without its invisible characters (see the module's comment for which), with a count of those
 * removed and of what kinds.
 *
 * ```ts
 * stripInvisible('Anna\u202E').text; // 'Anna'
 * stripInvisible('\u202E4321 8765'); // { text: '4321 8765', removed: 1, kinds: ['bidi-control'] }
 * stripInvisible('👩\u200D💻').text; // '👩‍💻', the joiner kept
 * ```
 */
export function stripInvisible(text: string): VisibleText {
  if (!CANDIDATE.test(text)) return { text, removed: 0, kinds: [] };
  let removed = 0;
  const kinds = new Set<InvisibleKind>();
  const kept = withoutInvisible(text, (code) => {
    removed += 1;
    kinds.add(kindOf(code));
  });
  return { text: kept, removed, kinds: INVISIBLE_KINDS.filter((kind) => kinds.has(kind)) };
}

/**
 * `text` without its invisible characters, each one removed told to `onRemoved`. Apart from
 * {@link stripInvisible}, so that {@link visibleText} (in the element's first script) does without the kinds.
 */
function withoutInvisible(text: string, onRemoved?: (code: number) => void): string {
  let kept = '';
  let previous = '';
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    i += char.length;
    if (INVISIBLE.test(char) && !isKept(code, previous, nextChar(text, i))) {
      onRemoved?.(code);
      continue;
    }
    kept += char;
    previous = char;
  }
  return kept;
}

/** `text` as shown and copied: {@link stripInvisible}'s text. */
export const visibleText = (text: string): string => (CANDIDATE.test(text) ? withoutInvisible(text) : text);

function nextChar(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Whether an invisible character between `previous` (the last one kept) and `next` makes a visible difference. */
function isKept(code: number, previous: string, next: string): boolean {
  if (code === ZWNJ || code === ZWJ) {
    if (joinsLetters(previous) && joinsLetters(next)) return true;
    return code === ZWJ && BEFORE_EMOJI_JOINER.test(previous) && PICTOGRAPH.test(next);
  }
  if (code === EMOJI_SELECTOR || code === TEXT_SELECTOR) return EMOJI.test(previous);
  return false;
}

const joinsLetters = (char: string): boolean => LETTER.test(char) && !NON_JOINING_SCRIPT.test(char);

function kindOf(code: number): InvisibleKind {
  if (code >= 0xe0000 && code <= 0xe007f) return 'tag';
  if (code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return 'bidi-control';
  }
  if ((code >= 0x200b && code <= 0x200d) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff) return 'zero-width';
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef) || (code >= 0x180b && code <= 0x180f && code !== 0x180e)) {
    return 'variation-selector';
  }
  if (code <= 0x9f) return 'control';
  return 'other';
}
