import CATALOG_JSON from '../../objections/catalog.json';
import { adoptBuiltinCatalog } from './builtin-catalog.js';
import type { CatalogInput } from './types.js';

// The built-in catalog's data: the drop-in's catalog chunk, which `loadBuiltinCatalog()` loads. The catalog is
// adopted here, so that the adoption's code is part of the chunk and not of the search engine that loads it.

/** objections/catalog.json as it is, for tools that check or export it. */
export const BUILTIN_JSON = CATALOG_JSON as CatalogInput;

/** The built-in catalog, as `validateCatalog` reads it (tests/core/builtin-catalog.test.ts checks). */
export default adoptBuiltinCatalog(BUILTIN_JSON);
