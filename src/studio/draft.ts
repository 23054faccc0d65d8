import { stringify } from 'yaml';
import { catalogToJson, compileCatalogFiles } from '../core/catalog-files.js';
import { catalogFormatOf, readCatalogText, type CatalogFormat } from '../core/catalog-text.js';
import { problem, said } from '../core/problem-words.js';
import { isJsonObject } from '../core/json-object.js';
import { NONE_OMITTED } from '../core/problem-cap.js';
import type { Catalog, CatalogInput, ObjectionInput, OmittedProblems, Problem } from '../core/index.js';
import { catalogWithoutNotes, notedEdit } from './draft-notes.js';
import { DEFAULT_LOCALES, draftCatalogOf } from './draft-shape.js';
import type { Draft, DraftMode, ListMap, TextMap } from './draft-types.js';
import { nearFields, type NearField } from './near-fields.js';

export { draftCatalogOf } from './draft-shape.js';
export type { Draft, DraftMode, ListMap, TextMap } from './draft-types.js';

export const SCHEMA_URL = 'https://unpkg.com/objection-desk/objections/catalog.schema.json';

export const emptyDraft = (): Draft => ({ mode: 'extend', catalog: { locales: [...DEFAULT_LOCALES], objections: [] } });

/** The built-in catalog as a draft to edit: a copy that replaces it. */
export const builtinDraft = (builtin: Catalog): Draft => ({ mode: 'replace', catalog: catalogToJson(builtin) });

/** The outcome of opening a file: a draft, or the reasons it cannot be one (the current draft stays). */
export type OpenedFile =
  | {
      readonly draft: Draft;
      readonly problems: readonly Problem[];
      readonly omitted: OmittedProblems;
      /** Unknown fields whose data can be kept under the known field they are a misspelling of. */
      readonly nearFields: readonly NearField[];
    }
  | { readonly draft?: undefined; readonly problems: readonly Problem[]; readonly omitted: OmittedProblems };

/**
 * Reads a catalog file (JSON or YAML, a whole catalog or one objection) as a draft merged over the built-in
 * catalog. A file that cannot be read gives no draft, only its problems, each at its line and column; a
 * readable one opens with its problems listed, as `objection-desk validate` tells them.
 */
export function openCatalogFile(name: string, text: string): OpenedFile {
  try {
    const read = readCatalogText(text, name, catalogFormatOf(name));
    const { problems, omitted } = compileCatalogFiles([{ name, text }], 'draft');
    const shaped = read.value === undefined ? undefined : draftCatalogOf(read.value);
    // The studio's notes are its own: a file brings none.
    const catalog = shaped && catalogWithoutNotes(shaped);
    if (!catalog) return { problems: problems.filter((found) => found.severity === 'error'), omitted: { error: omitted.error, warning: 0 } };
    return { draft: { mode: 'extend', catalog }, problems, omitted, nearFields: nearFields(read.value) };
  } catch {
    // Reading reports what is wrong with a file as problems; this is for what nobody foresaw.
    return unreadableFile(name);
  }
}

/** A file the browser could not read, or that could not be read as a catalog for a reason not foreseen. */
export const unreadableFile = (name: string): OpenedFile => ({ problems: [problem('error', name, '', 'load-failed', said('unreadableFile'))], omitted: NONE_OMITTED });

/** The draft as a file: JSON (what `<objection-desk src>` loads) or YAML (for people to edit). */
export function catalogFileText(draftCatalog: CatalogInput, format: CatalogFormat): string {
  const catalog = catalogWithoutNotes(draftCatalog);
  if (format === 'json') return `${JSON.stringify({ $schema: SCHEMA_URL, ...catalog }, null, 2)}\n`;
  // Literal blocks keep a multi-line reply's line breaks as written; no folding of long lines.
  return stringify(catalog, { blockQuote: 'literal', lineWidth: 0 });
}

/** The ids of `objections` in use, so a new or copied objection gets one of its own. */
export function freeId(base: string, objections: readonly ObjectionInput[]): string {
  const taken = new Set(objections.map((objection) => objection.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** A new objection with one empty reply, for the marketer to fill in. */
export function newObjection(objections: readonly ObjectionInput[]): ObjectionInput {
  return { id: freeId('new-objection', objections), title: {}, triggers: {}, replies: [{ text: {} }] };
}

/** A map-by-locale text of the draft (the studio keeps no plain strings). */
export const textMap = (value: unknown): TextMap => (isJsonObject(value) ? (value as TextMap) : {});
export const listMap = (value: unknown): ListMap => (isJsonObject(value) ? (value as ListMap) : {});

/** `map` with `locale` set to `value`; an empty value removes the locale, so no empty text is ever kept. */
export function withLocale<T>(map: Record<string, T>, locale: string, value: T | undefined): Record<string, T> {
  const next = { ...map };
  if (value === undefined) delete next[locale];
  else next[locale] = value;
  return next;
}

// ---- Edits: each is what a marketer does to the draft, as a function of the draft before ----

/** What the list and the editor ask of the draft's objections. */
export type ObjectionCommand =
  | { readonly kind: 'add' }
  /** Adds an objection made elsewhere (from a group of gap queries on the Insights tab). */
  | { readonly kind: 'insert'; readonly objection: ObjectionInput }
  | { readonly kind: 'duplicate' | 'toggle-hidden' | 'delete'; readonly index: number }
  /** Copies a built-in objection into the draft to change it, or hides it. */
  | { readonly kind: 'override' | 'hide'; readonly id: string };

/** A draft and the index of the objection its forms show; -1 when none is. */
export interface DraftSelection {
  readonly draft: Draft;
  readonly selected: number;
}

/** `draft` with `objections` instead of its own, the forms showing `selected` (or the last one, if fewer). */
const withObjections = (draft: Draft, objections: ObjectionInput[], selected: number): DraftSelection => ({
  draft: { ...draft, catalog: { ...draft.catalog, objections } },
  selected: Math.min(selected, objections.length - 1),
});

/**
 * The draft after a command of the list or the editor: a new objection or a copy is inserted and shown, a
 * deleted one's place goes to the one after it (before it, when it was the last). `undefined` when the command changes nothing (an override
 * of an objection the built-in catalog does not have).
 */
export function applyCommand({ draft, selected }: DraftSelection, command: ObjectionCommand, builtin?: Catalog): DraftSelection | undefined {
  const objections = draft.catalog.objections;
  switch (command.kind) {
    case 'add':
      return withObjections(draft, [...objections, newObjection(objections)], objections.length);
    case 'insert':
      return withObjections(draft, [...objections, command.objection], objections.length);
    case 'duplicate': {
      const original = objections[command.index]!;
      const copy = { ...structuredClone(original), id: freeId(`${original.id || 'objection'}-copy`, objections) };
      return withObjections(draft, [...objections.slice(0, command.index + 1), copy, ...objections.slice(command.index + 1)], command.index + 1);
    }
    case 'toggle-hidden': {
      const { disabled, ...objection } = objections[command.index]!;
      return { draft: withObjection(draft, command.index, disabled ? objection : { ...objection, disabled: true }), selected };
    }
    case 'delete':
      return withObjections(draft, objections.filter((_, i) => i !== command.index), command.index);
    case 'override': {
      const original = builtin?.objections.find((objection) => objection.id === command.id);
      if (!original) return undefined;
      const copy = builtinDraft({ ...builtin!, objections: [original] }).catalog.objections[0]!;
      return withObjections(draft, [...objections, copy], objections.length);
    }
    case 'hide':
      return withObjections(draft, [...objections, { id: command.id, disabled: true }], objections.length);
  }
}

/** `draft` with the objection at `index` as the marketer edited it. */
export const withObjection = (draft: Draft, index: number, objection: ObjectionInput): Draft => ({
  ...draft,
  catalog: { ...draft.catalog, objections: draft.catalog.objections.map((current, i) => (i === index ? objection : current)) },
});

/**
 * `draft` with the objection at `index` as the marketer just edited it in the form, its notes brought up to
 * date (see `notedEdit`): a new id is dated, other languages' texts of a changed text are marked.
 */
export const withEditedObjection = (draft: Draft, index: number, objection: ObjectionInput): Draft => {
  const before = draft.catalog.objections[index];
  return withObjection(draft, index, before ? notedEdit(before, objection) : objection);
};

export const withMode = (draft: Draft, mode: DraftMode): Draft => ({ ...draft, mode });

/** `draft` with `locale` declared in `locales` or not; a catalog left with none has no `locales` at all. */
export function withCatalogLocale(draft: Draft, locale: string, on: boolean): Draft {
  const current = draft.catalog.locales ?? [];
  const locales = on ? [...current, locale] : current.filter((code) => code !== locale);
  const { locales: _dropped, ...rest } = draft.catalog;
  return { ...draft, catalog: locales.length > 0 ? { ...rest, locales } : rest };
}

/** `draft` with a category's title by locale; a category left without any text is taken out of `categories`. */
export function withCategoryTitle(draft: Draft, id: string, title: Readonly<TextMap>): Draft {
  const { categories = {}, objections, ...settings } = draft.catalog;
  const next = { ...categories };
  if (Object.keys(title).length > 0) next[id] = { ...next[id], title: { ...title } };
  else delete next[id];
  // Categories before the objections, where a reader of the exported file looks for them.
  return { ...draft, catalog: { ...settings, ...(Object.keys(next).length > 0 ? { categories: next } : {}), objections } };
}

/** How an objection of the draft meets the built-in catalog, as the list and the editor name it. */
export type ObjectionStatus = 'new' | 'override' | 'hidden';

/** The tone class (see the studio's base styles) each status is shown in. */
export const STATUS_TONE: Readonly<Record<ObjectionStatus, string>> = { new: 'tone-success', override: 'tone-accent', hidden: 'tone-warning' };

export function objectionStatus(objection: ObjectionInput, mode: DraftMode, builtinIds: ReadonlySet<string>): ObjectionStatus | undefined {
  if (objection.disabled === true) return 'hidden';
  if (mode === 'replace') return undefined;
  return builtinIds.has(objection.id) ? 'override' : 'new';
}

/** The locales the forms show: the catalog's, else those its texts use, else Russian. */
export function draftLocales(catalog: CatalogInput): string[] {
  if (catalog.locales?.length) return catalog.locales;
  const used = new Set<string>();
  for (const objection of catalog.objections) for (const locale of Object.keys(textMap(objection.title))) used.add(locale);
  return used.size > 0 ? [...used] : [...DEFAULT_LOCALES];
}
