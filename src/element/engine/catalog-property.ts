import type { CatalogInput, ValidationResult } from '../../core/index.js';
import { validateCatalogInSteps } from '../../core/validate.js';
import { CATALOG_PROPERTY_SOURCE } from './engine-protocol.js';

/**
 * Validates the element's `catalog` property, at once, or with `inSteps` (a big catalog, validated between
 * frames), which may leave it unfinished: `undefined` then.
 */
export async function validateCatalogProperty(
  input: CatalogInput,
  inSteps?: (steps: Iterator<number>) => Promise<unknown>,
): Promise<ValidationResult | undefined> {
  const validation = validateCatalogInSteps(input, CATALOG_PROPERTY_SOURCE);
  let result: ValidationResult | undefined;
  const steps = (function* () {
    result = yield* validation;
  })();
  if (inSteps) await inSteps(steps);
  else for (const _ of steps);
  return result;
}
