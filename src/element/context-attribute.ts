import { isJsonObject } from '../core/json-object.js';
import type { PlaceholderValues } from '../core/index.js';

/** The `context` attribute as an object, or `undefined` when it is not a JSON object. */
export function parseContextAttribute(value: string): PlaceholderValues | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A `context` attribute that is not a JSON object, which is ignored, with a warning that says so. */
export function ignoredContext(value: string | null): boolean {
  if (value === null || parseContextAttribute(value) !== undefined) return false;
  console.warn('<objection-desk>: the context attribute is not a JSON object and is ignored:', value);
  return true;
}
