import { mergeCatalogs } from './merge.js';
import { ObjectionSearch } from './search.js';
import type { Catalog } from './types.js';

/**
 * The search over the built-in catalog (when given) and then `extras`, merged in that order: a later
 * catalog's objection replaces one of the same id. The built-in catalog is passed in rather than loaded
 * here, so that this module does not put its data in a page's bundle (`builtinCatalog()` for Node,
 * `await loadBuiltinCatalog()` for a page). An extra that is `undefined` (not loaded) is passed over.
 *
 * ```ts
 * const search = searchCatalogs([mine], builtinCatalog());
 * search.search('too expensive')[0].objection.id; // 'expensive'
 * ```
 */
export function searchCatalogs(extras: ReadonlyArray<Catalog | undefined>, builtin?: Catalog): ObjectionSearch {
  // A positional `builtin`, not an options object: this is in the drop-in's engine, where bytes count.
  const catalogs = [builtin, ...extras].filter((catalog): catalog is Catalog => catalog !== undefined);
  return new ObjectionSearch(mergeCatalogs(catalogs));
}
