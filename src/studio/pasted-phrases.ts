/** A list marker a phrase copied from a document or a chat starts with: "•", "-", "*", "1.", "2)". */
const LIST_MARKER = /^(?:[-–—•·*]|\d{1,3}[.)])\s+/u;
/** Quotes around a whole phrase, as a brief or a chat quotes what a customer said. */
const QUOTED = /^(["«“„'])(.*)(["»”“'])$/u;

/** One pasted line as a phrase: no list marker, no quotes around it, no spaces at its ends. */
function phraseOf(line: string): string {
  const unmarked = line.trim().replace(LIST_MARKER, '').trim();
  return (QUOTED.exec(unmarked)?.[2] ?? unmarked).trim();
}

/**
 * The phrases of a paste into a phrase field, one per line, ready to be inserted: each cleaned of a list
 * marker and quotes, with blank lines and phrases the field already has (`existing`) or the paste repeats
 * left out.
 */
export function pastedPhrases(text: string, existing: readonly string[]): string[] {
  const seen = new Set(existing.map((phrase) => phrase.trim().toLocaleLowerCase()));
  const phrases: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const phrase = phraseOf(line);
    const key = phrase.toLocaleLowerCase();
    if (!phrase || seen.has(key)) continue;
    seen.add(key);
    phrases.push(phrase);
  }
  return phrases;
}
