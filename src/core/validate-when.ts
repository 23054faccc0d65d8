import { isJsonObject, jsonTypeName, shown } from './json-object.js';
import type { Worded } from './localized-values.js';
import { KNOWN_PLACEHOLDERS } from './placeholders.js';
import { said } from './problem-words.js';
import type { ContextCondition, ContextConditions, ProblemCode } from './types.js';

/** The values a condition of `when` may have, in the order documented. */
export const CONTEXT_CONDITIONS: readonly ContextCondition[] = ['present', 'absent'];

/** Where a `when` reports what is wrong with it: the catalog validator's errors and warnings. */
export interface WhenReport {
  readonly error: (path: string, code: ProblemCode, message: Worded) => void;
  readonly warning: (path: string, code: ProblemCode, message: Worded) => void;
}

/**
 * The `when` of a reply or a script answer at `path`: its conditions, or undefined when it has none that can be
 * used. A condition other than `present` or `absent` is an error and left out (the reply stays, fitting any call
 * as far as that key goes); a key that is no known placeholder is a warning, as in a text: a page's context may
 * still give it.
 */
export function readWhen(value: unknown, path: string, report: WhenReport): ContextConditions | undefined {
  if (value === undefined) return undefined;
  if (!isJsonObject(value)) {
    report.error(path, 'wrong-type', () => said('wrongType', 'when', jsonTypeName(value)));
    return undefined;
  }
  const conditions: Record<string, ContextCondition> = {};
  for (const [key, condition] of Object.entries(value)) {
    const keyPath = `${path}.${key}`;
    if (!CONTEXT_CONDITIONS.includes(condition as ContextCondition)) {
      report.error(keyPath, 'bad-condition', () => said('badCondition', key, shown(condition)));
      continue;
    }
    if (!(KNOWN_PLACEHOLDERS as readonly string[]).includes(key)) {
      report.warning(keyPath, 'unknown-placeholder', () => said('unknownCondition', key, KNOWN_PLACEHOLDERS));
    }
    conditions[key] = condition as ContextCondition;
  }
  return Object.keys(conditions).length > 0 ? conditions : undefined;
}
