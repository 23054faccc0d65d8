import BUILTIN_CATALOG_JSON from '../../objections/catalog.json';
import type { Catalog } from './types.js';
import { type ValidationResult, validateCatalog } from './validate.js';

/** The `source` of problems and objections that come from the built-in catalog. */
export const BUILTIN_SOURCE = 'built-in';

let builtin: ValidationResult | undefined;
let loading: Promise<Catalog> | undefined;

/**
 * The built-in catalog (ru, en, tr), validated once on first use like any other catalog. It is part of the
 * module: for Node and tools. A page should use {@link loadBuiltinCatalog}, which bundlers split off.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
 * ```
 */
export function builtinCatalog(): Catalog {
  builtin ??= validateCatalog(BUILTIN_CATALOG_JSON, BUILTIN_SOURCE);
  return builtin.catalog;
}

/**
 * The built-in catalog, loaded on first use: a bundler makes the catalog a chunk of its own, fetched only
 * when a page needs it, so the script that defines the element stays small.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([await loadBuiltinCatalog()]));
 * ```
 */
export function loadBuiltinCatalog(): Promise<Catalog> {
  loading ??= import('../../objections/catalog.json').then(
    (module) => validateCatalog(module.default, BUILTIN_SOURCE).catalog,
    (error: unknown) => {
      // A failed fetch of the chunk (offline for a moment) is tried again on the next call.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The raw built-in catalog JSON, for tools that check or export it. */
export { BUILTIN_CATALOG_JSON };
