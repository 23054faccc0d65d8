import BUILTIN, { BUILTIN_JSON } from './builtin-catalog-data.js';
import type { Catalog, CatalogInput } from './types.js';

// Apart from `loadBuiltinCatalog()`: a module that imports the catalog statically puts it in the bundle of
// whatever imports the module, and the element's bundle must fetch it lazily.

/**
 * The built-in catalog (ru, en, tr). It is part of the module: for Node and tools. A page should use {@link loadBuiltinCatalog}, which bundlers split off.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
 * ```
 */
export function builtinCatalog(): Catalog {
  return BUILTIN;
}

/**
 * The raw built-in catalog JSON, for tools that check or export it. Its type is written out: inferred, the
 * declaration file would import the JSON file, which TypeScript refuses under `node16` and `nodenext` without
 * an import attribute, and carry a type as long as the catalog.
 */
export const BUILTIN_CATALOG_JSON: CatalogInput = BUILTIN_JSON;
