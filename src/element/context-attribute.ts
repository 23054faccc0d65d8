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
