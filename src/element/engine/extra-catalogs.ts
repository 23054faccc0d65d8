import type { Catalog, ValidationResult } from '../../core/index.js';
import { validateCatalogInSteps } from '../../core/validate.js';
import { CATALOG_PROPERTY_SOURCE, type CatalogReport, type LoadRequest } from './engine-protocol.js';
import { readSrc } from './script-lookup.js';
import { PROGRESS_MIN_OBJECTIONS } from './search-engine.js';

/** The extra catalogs of a load, as it goes. */
export interface ExtrasLoad {
  /** The `src` catalog and the `catalog` property's. */
  extras: [src: Catalog | undefined, catalog: Catalog | undefined];
  /** What the load reports of them. */
  reports: [src: CatalogReport | undefined, catalog: CatalogReport | undefined];
  /** Objections in them, as given: what the progress of a big load counts. */
  given: number;
}

/**
 * Reads into `load` the `src` text a load brings, and validates the `catalog` property it brings: at once, or,
 * from {@link PROGRESS_MIN_OBJECTIONS} objections in both, in the steps `big()` runs, which may leave it
 * unfinished (a load that replaces it has the catalog: this one reports nothing of it).
 */
export async function readExtras(
  { src, catalog }: LoadRequest,
  load: ExtrasLoad,
  big: () => (steps: Iterator<number>) => Promise<unknown>,
): Promise<void> {
  if (src) {
    [load.extras[0], load.reports[0]] = readSrc(await src.body.text(), src.url);
    load.given = load.extras[0]?.objections.length ?? 0;
  }
  if (!catalog) return;
  const input = catalog.objections;
  if (Array.isArray(input)) load.given += input.length;
  const validation = validateCatalogInSteps(catalog, CATALOG_PROPERTY_SOURCE);
  let result: ValidationResult | undefined;
  const steps = (function* () {
    result = yield* validation;
  })();
  if (load.given >= PROGRESS_MIN_OBJECTIONS) await big()(steps);
  else for (const _ of steps);
  if (result) {
    load.extras[1] = result.catalog;
    load.reports[1] = { problems: result.problems, omitted: result.omitted };
  }
}
