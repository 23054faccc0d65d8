import Fuse from 'fuse.js/basic';
import { leadingPart } from './searched-text.js';

// An unknown field is named in its warning, with the known field it is most likely a misspelling of.

/**
 * Field names are short; a longer unknown name is not a misspelling of one, and fuzzy-matching it costs in
 * proportion to its length (half a second for 50,000 letters).
 */
const MAX_MISSPELT_LENGTH = 64;
/** One matcher per list of known fields, made on first use: a file can have thousands of unknown fields. */
const FIELD_MATCHERS = new Map<readonly string[], Fuse<string>>();

/** A field name as a message quotes it: a name too long to be a misspelling is cut after its first letters. */
export function abbreviated(field: string): string {
  return field.length > MAX_MISSPELT_LENGTH ? `${leadingPart(field, MAX_MISSPELT_LENGTH)}…` : field;
}

/** The known field an unknown one is most likely a misspelling of ("tigger" → "triggers"). */
export function closestField(field: string, known: readonly string[]): string | undefined {
  if (field.length > MAX_MISSPELT_LENGTH) return undefined;
  let matcher = FIELD_MATCHERS.get(known);
  if (!matcher) {
    matcher = new Fuse(known, { threshold: 0.5, ignoreLocation: true });
    FIELD_MATCHERS.set(known, matcher);
  }
  return matcher.search(field)[0]?.item;
}

/** The id of `known` that `id` is most likely a misspelling of (a step, a stage, an objection); none for a long one. */
export function closestId(id: string, known: readonly string[]): string | undefined {
  if (id.length > MAX_MISSPELT_LENGTH || known.length === 0) return undefined;
  return new Fuse(known, { threshold: 0.4, ignoreLocation: true }).search(id)[0]?.item;
}
