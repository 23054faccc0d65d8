// Sizes of built files and of the module graph an entry loads: what a page downloads before the entry runs
// (static imports) and what it may fetch later (dynamic imports of relative files, and workers or other
// files it finds with `new URL('./file.js', import.meta.url)`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** Raw and gzip (level 9, as a CDN would serve it) size of one file. */
export function fileSize(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** `new URL('./search-worker.js', import.meta.url)`: how a module finds its worker, the way bundlers read it. */
const FILE_URL = /new URL\(\s*(["'`])([^"'`]+\.m?js)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Relative imports of one module: static ones, and the ones loaded later: dynamic imports with a literal
 * specifier and scripts located with `new URL(…, import.meta.url)`. Bare imports are external.
 */
function relativeImports(file) {
  const code = readFileSync(file, 'utf8');
  const [imports] = parse(code);
  const statics = [];
  const dynamics = [];
  for (const [, , specifier] of code.matchAll(FILE_URL)) {
    const target = resolve(dirname(file), specifier);
    if (existsSync(target)) dynamics.push(target);
  }
  for (const entry of imports) {
    if (!entry.n || !/^\.{1,2}\//.test(entry.n)) continue;
    // d is -1 for a static import or re-export, the position of `import(` for a dynamic one, -2 for import.meta.
    if (entry.d === -1) statics.push(resolve(dirname(file), entry.n));
    else if (entry.d >= 0) dynamics.push(resolve(dirname(file), entry.n));
  }
  return { statics, dynamics };
}

/** The files loaded statically from `files`, and the dynamic imports met on the way. */
function staticClosure(files, seen) {
  const loaded = [];
  const dynamics = [];
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    loaded.push(file);
    const imports = relativeImports(file);
    queue.push(...imports.statics);
    dynamics.push(...imports.dynamics);
  }
  return { loaded, dynamics };
}

/**
 * The entry with everything it imports statically (one total), and each lazily loaded chunk (a dynamic import
 * and what it imports statically that is not loaded already). Paths are relative to `root`.
 */
export async function measureEntry(entry, root) {
  await init;
  const seen = new Set();
  const initial = staticClosure([resolve(entry)], seen);
  const describe = (file) => ({ file: relative(root, file), ...fileSize(file) });
  const files = initial.loaded.map(describe);
  const lazy = [];
  let pending = initial.dynamics;
  while (pending.length > 0) {
    const next = [];
    for (const target of pending) {
      if (seen.has(target)) continue;
      const chunk = staticClosure([target], seen);
      const chunkFiles = chunk.loaded.map(describe);
      lazy.push({ file: relative(root, target), files: chunkFiles, ...total(chunkFiles) });
      next.push(...chunk.dynamics);
    }
    pending = next;
  }
  return { entry: relative(root, resolve(entry)), files, ...total(files), lazy };
}

function total(files) {
  return {
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/** The drop-in's search engine, which it loads after its first paint. */
const DROP_IN_ENGINE = 'dist/browser/objection-desk-engine.js';

/**
 * The code the drop-in runs with the built-in catalog, from `measureEntry` of `dist/browser/objection-desk.min.js`: the
 * script and its search engine. Left out: the catalog's data (a lazy chunk, as the issue allows), and what only
 * a `catalog` or `src` catalog loads (validation, the worker).
 */
export function dropInCode(min) {
  const engine = min.lazy.find((chunk) => chunk.file === DROP_IN_ENGINE);
  if (!engine) throw new Error(`${min.entry} does not load ${DROP_IN_ENGINE}`);
  const files = [...min.files, ...engine.files];
  return { files, ...total(files) };
}
