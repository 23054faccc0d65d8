import { isJsonObject } from '../core/json-object.js';
import type { CatalogInput, ObjectionInput, ReplyInput } from '../core/index.js';

// What the studio remembers about an objection beside its catalog data: when its id was set (which of two
// objections with one id is the duplicate) and which texts may need an update after another language's text
// changed. The notes travel inside the objection under `NOTES_KEY`, so a copy, a delete, an undo or a reload
// keeps them with the right objection; they are taken out before a check, the preview and an export.

export const NOTES_KEY = '$studio';

/** How the last run of edits of one text began: a text written anew, an update of a marked one, or a change. */
type EditKind = 'new' | 'update' | 'change';

export interface ObjectionNotes {
  /** When the marketer last set the id (ms since 1970); none for an objection opened as it is. */
  readonly idSince?: number;
  /** Texts (`replies[0].text.en`, `triggers.tr`) that may need an update: another language's text changed. */
  readonly stale?: readonly string[];
  /** The text the last edit changed, and how its run of edits began. */
  readonly editing?: { readonly path: string; readonly kind: EditKind };
}

/** An objection of the draft, with the studio's notes. */
export type NotedObjection = ObjectionInput & { readonly [NOTES_KEY]?: ObjectionNotes };

export const notesOf = (objection: ObjectionInput | undefined): ObjectionNotes => (objection as NotedObjection | undefined)?.[NOTES_KEY] ?? {};

/** Notes as read back from storage, where anything may have been written: what is not in shape is dropped. */
export function readNotes(value: unknown): ObjectionNotes {
  if (!isJsonObject(value)) return {};
  const { idSince, stale, editing } = value;
  const kinds: readonly unknown[] = ['new', 'update', 'change'] satisfies EditKind[];
  return {
    ...(typeof idSince === 'number' ? { idSince } : {}),
    ...(Array.isArray(stale) ? { stale: stale.filter((mark): mark is string => typeof mark === 'string') } : {}),
    ...(isJsonObject(editing) && typeof editing['path'] === 'string' && kinds.includes(editing['kind'])
      ? { editing: { path: editing['path'], kind: editing['kind'] as EditKind } }
      : {}),
  };
}

/** `objection` with `notes`; with none at all it has no notes key. */
export function withNotes(objection: ObjectionInput, notes: ObjectionNotes): ObjectionInput {
  const { [NOTES_KEY]: _old, ...data } = objection as NotedObjection;
  const kept = Object.fromEntries(Object.entries(notes).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
  return Object.keys(kept).length > 0 ? ({ ...data, [NOTES_KEY]: kept } as ObjectionInput) : data;
}

export const withoutNotes = (objection: ObjectionInput): ObjectionInput => withNotes(objection, {});

/** The catalog as a file has it: no notes. */
export const catalogWithoutNotes = (catalog: CatalogInput): CatalogInput => ({ ...catalog, objections: catalog.objections.map(withoutNotes) });

/** `objection` with its id set by the marketer just now. */
export const withIdClaimed = (objection: ObjectionInput, now = Date.now()): ObjectionInput => withNotes(objection, { ...notesOf(objection), idSince: now });

// ---- Duplicate ids ----

/**
 * The order in which to check `objections` (indexes into it): the same, except that of objections sharing an
 * id, the one whose id was set first comes first. Checking keeps the first of an id and reports the others,
 * so the duplicate the marketer just made is the one reported, wherever it sits in the list.
 */
export function checkOrder(objections: readonly ObjectionInput[]): number[] {
  const order = objections.map((_, index) => index);
  const groups = new Map<string, number[]>();
  objections.forEach(({ id }, index) => groups.set(id, [...(groups.get(id) ?? []), index]));
  for (const slots of groups.values()) {
    if (slots.length < 2) continue;
    const byAge = [...slots].sort((a, b) => (notesOf(objections[a]).idSince ?? 0) - (notesOf(objections[b]).idSince ?? 0) || a - b);
    slots.forEach((slot, k) => (order[slot] = byAge[k]!));
  }
  return order;
}

// ---- Texts that may need an update ----

/** The lists of an objection whose items are removed one at a time, each with its texts below it. */
const ITEM_LISTS = ['replies', 'followUps', 'tips'] as const;

/** Each text of the objection by its path without the locale (`replies[0].text`), a list's lines joined. */
export function localizedTexts(objection: ObjectionInput): Map<string, Record<string, string>> {
  const texts = new Map<string, Record<string, string>>();
  const add = (path: string, value: unknown) => {
    if (!isJsonObject(value)) return;
    texts.set(path, Object.fromEntries(Object.entries(value).map(([locale, text]) => [locale, Array.isArray(text) ? text.join('\n') : String(text ?? '')])));
  };
  add('title', objection.title);
  add('triggers', objection.triggers);
  add('tags', objection.tags);
  const addReplies = (replies: readonly ReplyInput[] | undefined, path: string) =>
    replies?.forEach((reply, j) => (add(`${path}[${j}].text`, reply.text), add(`${path}[${j}].short`, reply.short)));
  addReplies(objection.replies, 'replies');
  objection.followUps?.forEach((followUp, k) => {
    add(`followUps[${k}].customer`, followUp.customer);
    addReplies(followUp.replies, `followUps[${k}].replies`);
  });
  objection.tips?.forEach((tip, t) => add(`tips[${t}]`, tip));
  return texts;
}

/** The lists (by path) whose length differs between two versions of an objection, with the index removed. */
function removedItems(before: ObjectionInput, after: ObjectionInput): Map<string, number> | undefined {
  const lists = (objection: ObjectionInput): Map<string, readonly unknown[]> => {
    const found = new Map<string, readonly unknown[]>();
    for (const name of ITEM_LISTS) found.set(name, objection[name] ?? []);
    (objection.followUps ?? []).forEach((followUp, k) => found.set(`followUps[${k}].replies`, followUp.replies ?? []));
    return found;
  };
  const old = lists(before);
  const removed = new Map<string, number>();
  let changed = false;
  for (const [path, items] of lists(after)) {
    const was = old.get(path);
    if (!was || was.length === items.length) continue;
    changed = true;
    if (was.length !== items.length + 1) continue;
    const at = was.findIndex((item, i) => i >= items.length || JSON.stringify(item) !== JSON.stringify(items[i]));
    removed.set(path, at);
  }
  if (old.size !== lists(after).size) changed = true;
  return changed ? removed : undefined;
}

/** A mark's path after an item was removed from the list at `list`; `undefined` when it was in that item. */
function shifted(mark: string, list: string, removedAt: number): string | undefined {
  const prefix = `${list}[`;
  if (!mark.startsWith(prefix)) return mark;
  const match = /^(\d+)\]/.exec(mark.slice(prefix.length));
  if (!match) return mark;
  const index = Number(match[1]);
  if (index === removedAt) return undefined;
  return index < removedAt ? mark : `${prefix}${index - 1}${mark.slice(prefix.length + match[1]!.length)}`;
}

/**
 * `after` (the objection as the marketer just edited it from `before`) with its notes brought up to date. A
 * new id is dated. When a text that existed changes in one language, its texts in the other languages are
 * marked as maybe needing an update, for the whole run of edits of that text; a text written anew (a
 * translation) marks nothing, and editing a marked text takes its mark away. Adding or removing a reply, a
 * follow-up or a tip only moves the marks with their texts.
 */
export function notedEdit(before: ObjectionInput, after: ObjectionInput, now = Date.now()): ObjectionInput {
  const notes = notesOf(before.id === after.id ? after : withIdClaimed(after, now));
  const removed = removedItems(before, after);
  if (removed) {
    let stale = notes.stale ?? [];
    for (const [list, at] of removed) stale = stale.flatMap((mark) => shifted(mark, list, at) ?? []);
    return withNotes(after, { ...notes, stale, editing: undefined });
  }
  const old = localizedTexts(before);
  const stale = new Set(notes.stale ?? []);
  let editing = notes.editing;
  for (const [path, texts] of localizedTexts(after)) {
    const was = old.get(path) ?? {};
    for (const locale of new Set([...Object.keys(was), ...Object.keys(texts)])) {
      if ((was[locale] ?? '') === (texts[locale] ?? '')) continue;
      const key = `${path}.${locale}`;
      if (editing?.path !== key) {
        editing = { path: key, kind: !was[locale] ? 'new' : stale.has(key) ? 'update' : 'change' };
      }
      stale.delete(key);
      if (editing.kind !== 'change') continue;
      for (const other of Object.keys(texts)) if (other !== locale && texts[other]) stale.add(`${path}.${other}`);
    }
  }
  // A mark on a text that is no longer there marks nothing.
  const texts = localizedTexts(after);
  const present = (mark: string) => {
    const dot = mark.lastIndexOf('.');
    return Boolean(texts.get(mark.slice(0, dot))?.[mark.slice(dot + 1)]);
  };
  return withNotes(after, { ...notes, stale: [...stale].filter(present), editing });
}

/** Whether the text at `path` (inside the objection, with its locale) may need an update. */
export const isStale = (objection: ObjectionInput, path: string): boolean => notesOf(objection).stale?.includes(path) ?? false;

/** `objection` with the text at `path` confirmed as up to date. */
export function withTextConfirmed(objection: ObjectionInput, path: string): ObjectionInput {
  const notes = notesOf(objection);
  return withNotes(objection, { ...notes, stale: (notes.stale ?? []).filter((mark) => mark !== path) });
}
