import { placeholderValue, type PlaceholderValues } from './placeholders.js';
import type { ContextConditions } from './types.js';

/** How a `when` meets a context: `fits` when every condition holds; else which keys are missing and which are known. */
export interface ContextFit {
  readonly fits: boolean;
  /** Keys the conditions need (`present`) that the context has no value for, in the order written. */
  readonly needs: readonly string[];
  /** Keys the conditions want unknown (`absent`) that the context has a value for, in the order written. */
  readonly known: readonly string[];
}

const FITS: ContextFit = { fits: true, needs: [], known: [] };

/**
 * A context value is known when it would fill its placeholder (a string with visible characters, or a finite number)
 * or is `true`; `false`, `null`, an empty string or no key at all is unknown.
 */
export function isKnown(values: PlaceholderValues, key: string): boolean {
  return placeholderValue(values, key) !== undefined || (Object.hasOwn(values, key) && values[key] === true);
}

/**
 * Whether a reply or a script answer with conditions `when` fits a call whose known values are `values`; no
 * conditions always fit.
 *
 * ```ts
 * contextFit({ loyaltyCard: 'absent' }, { loyaltyCard: '4417' });
 * // { fits: false, needs: [], known: ['loyaltyCard'] }
 * ```
 */
export function contextFit(when: ContextConditions | undefined, values: PlaceholderValues): ContextFit {
  if (!when) return FITS;
  const needs: string[] = [];
  const known: string[] = [];
  for (const [key, condition] of Object.entries(when)) {
    const has = isKnown(values, key);
    if (condition === 'present' && !has) needs.push(key);
    if (condition === 'absent' && has) known.push(key);
  }
  return needs.length === 0 && known.length === 0 ? FITS : { fits: false, needs, known };
}

/**
 * `items` with those whose `when` fits `values` first, each part in the order given: a reply that does not fit stays
 * in the list, after the ones that do.
 */
export function fittingFirst<T extends { readonly when?: ContextConditions }>(items: readonly T[], values: PlaceholderValues): T[] {
  const fitting: T[] = [];
  const others: T[] = [];
  for (const item of items) (contextFit(item.when, values).fits ? fitting : others).push(item);
  return [...fitting, ...others];
}
