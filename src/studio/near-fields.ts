import { isJsonObject, scalarText, type JsonObject } from '../core/json-object.js';
import { closestField } from '../core/unknown-fields.js';
import { OBJECTION_FIELDS } from '../core/validate.js';
import type { ObjectionInput } from '../core/index.js';
import { draftCatalogOf } from './draft-shape.js';

// What a file wrote under a misspelt field name ("tigger"), which the draft would otherwise leave out.

/** An unknown field of a file's objection that is likely a misspelling of a known one ("tigger" → "triggers"). */
export interface NearField {
  /** The id of the objection it is in. */
  readonly id: string;
  readonly field: string;
  readonly known: keyof ObjectionInput;
  /** Its data as the draft would have it under the known name. */
  readonly value: Partial<ObjectionInput>;
}

/** Fields a misspelling is worth keeping the data of: a text, phrases, replies, tips. */
const KEPT_FIELDS: ReadonlyArray<keyof ObjectionInput> = ['title', 'triggers', 'tags', 'replies', 'followUps', 'tips'];

/** The unknown fields of a file's objections (its parsed value) that a known field's name is near to. */
export function nearFields(value: unknown): NearField[] {
  if (!isJsonObject(value)) return [];
  const single = value['id'] !== undefined && value['objections'] === undefined;
  const entries = single ? [value] : Array.isArray(value['objections']) ? value['objections'].filter(isJsonObject) : [];
  const settings: JsonObject = single ? {} : { locale: value['locale'], locales: value['locales'] };
  return entries.flatMap((entry) =>
    Object.keys(entry).flatMap((field): NearField[] => {
      if (OBJECTION_FIELDS.includes(field)) return [];
      const known = closestField(field, OBJECTION_FIELDS) as keyof ObjectionInput | undefined;
      if (!known || !KEPT_FIELDS.includes(known)) return [];
      const shaped = draftCatalogOf({ ...settings, objections: [{ id: entry['id'] ?? '', [known]: entry[field] }] })?.objections[0]?.[known];
      const id = entry['id'] === undefined ? '' : scalarText(entry['id']);
      return shaped === undefined ? [] : [{ id, field, known, value: { [known]: shaped } }];
    }),
  );
}

/**
 * `objection` with a near field's data kept under the known field: phrases and texts are added to those of
 * the same language already there (a text already written stays), replies, follow-ups and tips after those.
 */
export function withNearField(input: ObjectionInput, near: NearField): ObjectionInput {
  const objection = structuredClone(input) as unknown as Record<string, unknown>;
  const current = objection[near.known];
  const added = near.value[near.known];
  if (Array.isArray(added)) objection[near.known] = [...(Array.isArray(current) ? current : []), ...added];
  else if (near.known === 'title') objection[near.known] = { ...(added as object), ...(isJsonObject(current) ? current : {}) };
  else {
    const lists = { ...(isJsonObject(current) ? current : {}) } as Record<string, string[]>;
    for (const [locale, items] of Object.entries(added as Record<string, string[]>)) lists[locale] = [...new Set([...(lists[locale] ?? []), ...items])];
    objection[near.known] = lists;
  }
  return objection as unknown as ObjectionInput;
}
