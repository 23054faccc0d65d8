import { messageOf } from '../core/index.js';

/** A command line the CLI cannot act on: said with the usage text, and exit code 2. */
export class UsageError extends Error {}

/**
 * Whether `error` is the user's to fix on the command line: one of ours, or `parseArgs` refusing what it was
 * given (an unknown option, an option without its value), which it says with an `ERR_PARSE_ARGS_*` code.
 */
export function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * What `access` gives for a path named on the command line. When it fails, a usage error says "cannot read
 * <path>: <why>" (or write): the path is the user's to fix, not a catalog's problem, never a stack trace.
 */
export async function accessGivenPath<T>(verb: 'read' | 'write', path: string, access: () => Promise<T>): Promise<T> {
  try {
    return await access();
  } catch (error) {
    throw new UsageError(`cannot ${verb} ${path}: ${messageOf(error)}`);
  }
}

/** The value of a `--name` option that must be a whole number from 1 up. */
export function positiveWholeNumber(value: string | undefined, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a positive whole number, not "${value}"`);
  return number;
}
