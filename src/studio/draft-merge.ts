import type { CatalogInput, ObjectionInput } from '../core/index.js';
import type { Draft } from './draft.js';

export interface MergedDraft {
  readonly draft: Draft;
  /** How many of the file's objections are in the draft now, new or in place of one. */
  readonly added: number;
  /** The draft's objections the file's took the place of (the same id), as they were. */
  readonly replaced: readonly ObjectionInput[];
}

/**
 * `draft` with the objections of a file's `catalog` added: one with the id of an objection of the draft takes
 * its place, the others come at the end. The file's languages and category titles are added too; the draft
 * keeps whether it extends or replaces the built-in catalog.
 */
export function mergeIntoDraft(draft: Draft, catalog: CatalogInput): MergedDraft {
  const objections = [...draft.catalog.objections];
  const replaced: ObjectionInput[] = [];
  for (const objection of catalog.objections) {
    const at = objection.id === '' ? -1 : objections.findIndex(({ id }) => id === objection.id);
    if (at < 0) {
      objections.push(objection);
      continue;
    }
    replaced.push(objections[at]!);
    objections[at] = objection;
  }
  const locales = [...new Set([...(draft.catalog.locales ?? []), ...(catalog.locales ?? [])])];
  const categories = { ...draft.catalog.categories, ...catalog.categories };
  const { locales: _locales, categories: _categories, objections: _objections, ...settings } = draft.catalog;
  return {
    draft: {
      ...draft,
      catalog: {
        ...settings,
        ...(locales.length > 0 ? { locales } : {}),
        ...(Object.keys(categories).length > 0 ? { categories } : {}),
        objections,
      },
    },
    added: catalog.objections.length,
    replaced,
  };
}
