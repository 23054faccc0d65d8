import { PROBLEM_MESSAGES, type Problem } from '../core/index.js';

/** How long the `src` server may pause, by default: before its answer, or between two parts of the file. */
export const DEFAULT_SRC_TIMEOUT = 8000;
/**
 * How long a `src` file may take to come in full, by default: 128 MB (the size allowed by default) at about
 * 1 MB/s, while a server that drips a byte now and then is cut off within two minutes.
 */
export const DEFAULT_SRC_DEADLINE = 120_000;
/** Above the 117 MB of the benchmark's 50,000-objection catalog, far below what would exhaust a tab's memory. */
export const DEFAULT_SRC_MAX_MEGABYTES = 128;
export const BYTES_PER_MEGABYTE = 1_000_000;

/** How much of a `src` file has come, in bytes; `total` when the server said its length. */
export interface SrcProgress {
  readonly loaded: number;
  readonly total?: number;
}

/** The one problem of an extra catalog that could not be used at all, for `catalog-error`. */
export function loadFailed(source: string, reason: string): Problem {
  return { severity: 'error', source, path: '', code: 'load-failed', message: PROBLEM_MESSAGES.loadFailed(reason) };
}
