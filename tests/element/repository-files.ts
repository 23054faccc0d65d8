import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, for the Node tests that read its sources and its build. */
export const ROOT = join(import.meta.dirname, '../..');

/** Every file under `folder` (relative to the root, at any depth) whose name ends with `extension`, as a full path. */
export function filesUnder(folder: string, extension: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(ROOT, folder, name));
}
