// Generated catalogs in bench/data/ (gitignored), made once per size, seed and generator version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalog } from '../generate-catalog.mjs';

const GENERATOR = new URL('../generate-catalog.mjs', import.meta.url);

/** Changes whenever the generator's code (its word pools included) changes, so stale files are not reused. */
function generatorVersion() {
  return createHash('sha256').update(readFileSync(GENERATOR)).digest('hex').slice(0, 8);
}

/**
 * The catalog of `size` objections for `seed`, written to `dataDir` unless a file for the same size, seed and
 * generator is there already. Returns its path relative to the repository root (also its URL path).
 */
export function ensureCatalog(rootDir, dataDir, size, seed) {
  const name = `catalog-${size}-seed${seed}-${generatorVersion()}.json`;
  const file = join(dataDir, name);
  const reused = existsSync(file);
  const start = performance.now();
  if (!reused) {
    mkdirSync(dataDir, { recursive: true });
    // Written aside and renamed, so an interrupted run never leaves a half file that looks reusable.
    const partial = `${file}.partial`;
    writeFileSync(partial, JSON.stringify(generateCatalog(size, seed)));
    renameSync(partial, file);
  }
  return {
    size,
    seed,
    path: file.slice(rootDir.length + 1),
    bytes: statSync(file).size,
    reused,
    ms: performance.now() - start,
  };
}
