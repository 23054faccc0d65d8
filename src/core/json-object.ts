// Plain data as JSON.parse gives it: telling objects apart, naming types in messages, following JSON paths.

/** A JSON object as parsed: keys to values of any JSON type. */
export type JsonObject = Record<string, unknown>;

/** A JSON object: not `null`, not an array. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A scalar of parsed data as text; `''` for an object or an array. Never `String()` of an object: JSON can give
 * one its own `toString` (`{"toString": 1}`), and `String()` of that throws.
 */
export const scalarText = (value: unknown): string => (typeof value === 'object' && value !== null ? '' : String(value));

/** How a message names the JSON type of `value`: "null", "an array", "an object", "a string"… */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * A value as a message quotes it. Not `String()`: that calls the value's own `toString`, which JSON can set to
 * anything (`{"toString": false}` makes it throw).
 */
export function shown(value: unknown): string {
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  try {
    return JSON.stringify(value) ?? jsonTypeName(value);
  } catch {
    return jsonTypeName(value);
  }
}

/** The pieces of a JSON path: `a.b[2].c` → `['a', 'b', 2, 'c']`. */
export function splitPath(path: string): Array<string | number> {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, index, key]) => (index === undefined ? key! : Number(index)));
}

/** The value at a JSON path such as `objections[2].id`, or `undefined` where there is none. */
export function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of splitPath(path)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
