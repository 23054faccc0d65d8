import BUILTIN_CATALOG_JSON from '../../objections/catalog.json';
import type { Catalog } from './types.js';
import { type ValidationResult, validateCatalog } from './validate.js';

/** The `source` of problems and objections that come from the built-in catalog. */
export const BUILTIN_SOURCE = 'built-in';

let builtin: ValidationResult | undefined;

/**
 * The built-in catalog (ru, en, tr), validated once on first use like any other catalog.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
 * ```
 */
export function builtinCatalog(): Catalog {
  builtin ??= validateCatalog(BUILTIN_CATALOG_JSON, BUILTIN_SOURCE);
  return builtin.catalog;
}

/** The raw built-in catalog JSON, for tools that check or export it. */
export { BUILTIN_CATALOG_JSON };
