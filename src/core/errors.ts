import type { Problem, ProblemCode, ProblemSeverity } from './types.js';

/**
 * Every message a catalog author can see, in one place, so wording stays consistent between the CLI, the
 * element's `catalog-error` event and the docs.
 */
export const PROBLEM_MESSAGES = {
  notJson: (reason: string) => `is not valid JSON: ${reason}`,
  notAnObject: () => 'must be a JSON object with an "objections" array',
  missingField: (field: string) => `is missing the required field "${field}"`,
  wrongType: (expected: string, actual: string) => `must be ${expected}, not ${actual}`,
  empty: (what: string) => `must not be empty: give at least one ${what}`,
  badId: (id: string) =>
    `has the id "${id}"; ids are lower-case letters, digits and dashes, starting with a letter or digit`,
  duplicateId: (id: string, firstPath: string) => `repeats the id "${id}" already used at ${firstPath}; this one is skipped`,
  plainStringWithoutLocale: () =>
    'is a plain string, but the catalog does not declare its one locale: write {"ru": "…"} or add "locale": "ru" at the top',
  badLocale: (key: string) => `has "${key}" where a locale code such as "ru", "en" or "tr" is expected`,
  missingLocale: (locale: string) => `has no "${locale}" text; English or another locale will be shown instead`,
  unknownField: (field: string, suggestion?: string) =>
    `has an unknown field "${field}"${suggestion ? ` — did you mean "${suggestion}"?` : ''}; it is ignored`,
  unknownPlaceholder: (name: string, known: readonly string[]) =>
    `uses the placeholder {${name}}, which is not one of ${known.map((k) => `{${k}}`).join(', ')}; it stays for the operator to fill`,
  unbalancedBrace: () => 'has a "{" or "}" that does not form a {placeholder}; it is shown as written',
  loadFailed: (reason: string) => `could not be loaded: ${reason}`,
} as const;

export function problem(
  severity: ProblemSeverity,
  source: string,
  path: string,
  code: ProblemCode,
  message: string,
): Problem {
  return { severity, source, path, code, message };
}

/** `source: path: message`, the one line the CLI prints and the element lists. */
export function formatProblem({ severity, source, path, message }: Problem): string {
  return `${source}${path ? `: ${path}` : ''}: ${severity}: ${message}`;
}
