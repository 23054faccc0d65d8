import CATALOG_JSON from '../../objections/catalog.json';
import { adoptBuiltinCatalog } from './builtin-catalog.js';
import type { Catalog, CatalogInput } from './types.js';

// Apart from `loadBuiltinCatalog()`: a module that imports the catalog statically puts it in the bundle of
// whatever imports the module, and the element's bundle must fetch it lazily.

let builtin: Catalog | undefined;

/**
 * The built-in catalog (ru, en, tr). It is part of the module: for Node and tools. A page should use {@link loadBuiltinCatalog}, which bundlers split off.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
 * ```
 */
export function builtinCatalog(): Catalog {
  builtin ??= adoptBuiltinCatalog(CATALOG_JSON);
  return builtin;
}

/**
 * The raw built-in catalog JSON, for tools that check or export it. Its type is written out: inferred, the
 * declaration file would import the JSON file, which TypeScript refuses under `node16` and `nodenext` without
 * an import attribute, and carry a type as long as the catalog.
 */
export const BUILTIN_CATALOG_JSON: CatalogInput = CATALOG_JSON as CatalogInput;
