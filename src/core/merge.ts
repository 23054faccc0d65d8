import type { Catalog, Category, MergedCatalog, Objection, Script } from './types.js';

/**
 * Merges catalogs in order: a later catalog replaces an objection of the same id (keeping its place), adds new
 * ones at the end, and `"disabled": true` hides one. Categories and scripts merge the same way (a script is
 * replaced whole). Deterministic: the result depends only on the catalogs and their order.
 */
export function mergeCatalogs(catalogs: readonly Catalog[]): MergedCatalog {
  const objections = new Map<string, Objection>();
  const categories = new Map<string, Category>();
  const scripts = new Map<string, Script>();
  for (const catalog of catalogs) {
    for (const category of catalog.categories) categories.set(category.id, category);
    for (const id of catalog.disabled) objections.delete(id);
    for (const objection of catalog.objections) objections.set(objection.id, objection);
    // A catalog made before scripts existed (an app's own object) has none.
    for (const id of catalog.disabledScripts ?? []) scripts.delete(id);
    for (const script of catalog.scripts ?? []) scripts.set(script.id, script);
  }
  return { categories: [...categories.values()], objections: [...objections.values()], scripts: [...scripts.values()] };
}
