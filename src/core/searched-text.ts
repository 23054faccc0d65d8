/**
 * Characters of each text that are searched: the first 2,000. A trigger is a phrase a customer says, a reply
 * a few sentences an operator reads out (see `MAX_REPLY_LENGTH`); 2,000 characters is five times the longest
 * reply worth saying. Past that a text is a mistake or an attack, and every character of it would be folded
 * when the catalog is indexed and again, for highlighting, whenever it is a hit. Validation warns about
 * longer texts (`long-text`).
 */
export const MAX_SEARCHED_LENGTH = 2_000;

/** The part of `text` that search reads: at most {@link MAX_SEARCHED_LENGTH} characters. */
export function searchedPart(text: string): string {
  return leadingPart(text, MAX_SEARCHED_LENGTH);
}

/** The first `length` UTF-16 units of `text`, or one fewer rather than half a surrogate pair. */
export function leadingPart(text: string, length: number): string {
  if (text.length <= length) return text;
  return text.slice(0, (text.charCodeAt(length - 1) & 0xfc00) === 0xd800 ? length - 1 : length);
}
