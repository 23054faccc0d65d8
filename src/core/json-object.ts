/** A JSON object as parsed: keys to values of any JSON type. */
export type JsonObject = Record<string, unknown>;

/** A JSON object: not `null`, not an array. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a message names the JSON type of `value`: "null", "an array", "an object", "a string"… */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
