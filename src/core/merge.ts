import type { Catalog, Category, MergedCatalog, Objection } from './types.js';

/**
 * Merges catalogs in order: a later catalog replaces an objection of the same id (keeping its place), adds new
 * ones at the end, and `"disabled": true` hides one. Categories merge the same way. Deterministic: the result
 * depends only on the catalogs and their order.
 */
export function mergeCatalogs(catalogs: readonly Catalog[]): MergedCatalog {
  const objections = new Map<string, Objection>();
  const categories = new Map<string, Category>();
  for (const catalog of catalogs) {
    for (const category of catalog.categories) categories.set(category.id, category);
    for (const id of catalog.disabled) objections.delete(id);
    for (const objection of catalog.objections) objections.set(objection.id, objection);
  }
  return { categories: [...categories.values()], objections: [...objections.values()] };
}
