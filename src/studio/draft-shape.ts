import { isJsonObject, scalarText, type JsonObject } from '../core/json-object.js';
import type { CatalogInput, FollowUpInput, ObjectionInput, ReplyInput } from '../core/index.js';
import { NOTES_KEY, readNotes, withNotes } from './draft-notes.js';
import { draftScriptsOf } from './draft-scripts.js';
import type { ListMap, TextMap } from './draft-types.js';

/** A new catalog's language: the widget's users are Russian-speaking call centers first. */
export const DEFAULT_LOCALES = ['ru'];

/**
 * A catalog file's data in the studio's shape: plain strings of a one-locale file become maps, numbers
 * become text; what the forms cannot show (an unknown field) is left out, but for the studio's notes (see
 * `draft-notes.ts`) of a stored draft. `undefined` when it is neither a catalog (of objections, scripts or both) nor one objection.
 */
export function draftCatalogOf(value: unknown): CatalogInput | undefined {
  if (!isJsonObject(value)) return undefined;
  const one = value['id'] !== undefined && value['objections'] === undefined && value['scripts'] === undefined;
  // A file of scripts alone is a catalog with no objections.
  const root: JsonObject = one ? { objections: [value] } : Array.isArray(value['scripts']) ? { objections: [], ...value } : value;
  if (!Array.isArray(root['objections'])) return undefined;
  const declared = Array.isArray(root['locales']) ? root['locales'].map(scalarText) : [];
  const single = typeof root['locale'] === 'string' ? root['locale'] : declared.length === 1 ? declared[0]! : undefined;
  const locales = declared.length > 0 ? declared : single ? [single] : [];
  const plainLocale = single ?? locales[0] ?? DEFAULT_LOCALES[0]!;
  const text = (input: unknown): TextMap => {
    if (typeof input === 'string') return { [plainLocale]: input };
    if (!isJsonObject(input)) return {};
    return Object.fromEntries(Object.entries(input).filter(([, item]) => item !== null && typeof item !== 'object').map(([locale, item]) => [locale, String(item)]));
  };
  const list = (input: unknown): ListMap => {
    const byLocale: JsonObject = Array.isArray(input) ? { [plainLocale]: input } : isJsonObject(input) ? input : {};
    return Object.fromEntries(Object.entries(byLocale).filter(([, items]) => Array.isArray(items)).map(([locale, items]) => [locale, (items as unknown[]).map(scalarText)]));
  };
  const objects = (input: unknown): JsonObject[] => (Array.isArray(input) ? input.filter(isJsonObject) : []);
  const withId = (item: JsonObject) => (item['id'] === undefined ? {} : { id: scalarText(item['id']) });
  const replies = (input: unknown): ReplyInput[] =>
    objects(input).map((reply) => ({
      ...withId(reply),
      text: text(reply['text']),
      ...(reply['short'] === undefined ? {} : { short: text(reply['short']) }),
      // Kept as written, a wrong one too: the studio has no field for it, and its problems are reported at it.
      ...(reply['when'] === undefined ? {} : { when: reply['when'] as ReplyInput['when'] }),
    }));
  const objections = objects(root['objections']).map((entry): ObjectionInput => {
    const objection = withNotes({ id: entry['id'] === undefined ? '' : scalarText(entry['id']) }, readNotes(entry[NOTES_KEY]));
    if (entry['disabled'] === true) objection.disabled = true;
    if (entry['category'] !== undefined) objection.category = scalarText(entry['category']);
    if (entry['title'] !== undefined) objection.title = text(entry['title']);
    if (entry['triggers'] !== undefined) objection.triggers = list(entry['triggers']);
    if (entry['tags'] !== undefined) objection.tags = list(entry['tags']);
    if (entry['replies'] !== undefined) objection.replies = replies(entry['replies']);
    if (entry['followUps'] !== undefined) {
      objection.followUps = objects(entry['followUps']).map((followUp): FollowUpInput => ({
        ...withId(followUp),
        customer: text(followUp['customer']),
        replies: replies(followUp['replies']),
      }));
    }
    if (entry['tips'] !== undefined) objection.tips = (Array.isArray(entry['tips']) ? entry['tips'] : []).map(text);
    return objection;
  });
  const categories = isJsonObject(root['categories'])
    ? Object.fromEntries(Object.entries(root['categories']).filter(([, category]) => isJsonObject(category)).map(([id, category]) => [id, { title: text((category as JsonObject)['title']) }]))
    : undefined;
  const scripts = draftScriptsOf(root['scripts'], text);
  return { ...(locales.length > 0 ? { locales } : {}), ...(categories ? { categories } : {}), objections, ...(scripts.length > 0 ? { scripts } : {}) };
}
