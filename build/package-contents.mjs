// Rollup plugins that keep the package lean: the CLI gets only the version string of package.json, and the
// built-in catalog's data is one file of the drop-in's folder that the npm build, the drop-in script, its worker
// and the studio all import (the npm build's self-contained worker alone carries its own copy).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_JSON = resolve(ROOT, 'package.json');
const CATALOG_JSON = resolve(ROOT, 'objections/catalog.json');
/** The module of the built-in catalog's data, which adopts the JSON file with the core's own code. */
const CATALOG_MODULE = resolve(ROOT, 'src/core/builtin-catalog-data.ts');
/** The code the catalog's file runs: its name changes with it as with the data. */
const CATALOG_CODE = [CATALOG_MODULE, resolve(ROOT, 'src/core/builtin-catalog.ts'), resolve(ROOT, 'src/core/types.ts')];
const SCRIPTS_JSON = resolve(ROOT, 'objections/scripts.json');

/** A virtual module: no other plugin loads it, and its `.js` ending keeps JSON plugins off it. */
const VERSION_MODULE = '\0package-version.js';

/** Whether `source`, imported by `importer`, is the file at `path`. */
const isImportOf = (source, importer, path) => importer !== undefined && !source.includes('?') && resolve(dirname(importer), source) === path;

/** `import PACKAGE_JSON from '../../package.json'` → `export default { version: '…' }`, and nothing else of it. */
export function versionOnly() {
  return {
    name: 'version-only',
    resolveId: (source, importer) => (isImportOf(source, importer, PACKAGE_JSON) ? VERSION_MODULE : null),
    load(id) {
      if (id !== VERSION_MODULE) return null;
      const { version } = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'));
      return `export default { version: ${JSON.stringify(version)} };\n`;
    },
  };
}

/** The drop-in's folder: its script and every file that script loads, and nothing else ("copy this folder"). */
export const DROP_IN_DIR = 'dist/browser';

/**
 * The built-in catalog's file in {@link DROP_IN_DIR}, named by its content (a page that caches it under one version never
 * gets a stale one under the next), with the `objection-desk-*-<hash>.js` name the drop-in's chunks have.
 */
export const CATALOG_FILE = dataFileName('catalog', CATALOG_JSON, ...CATALOG_CODE);

const HAS_SCRIPTS = existsSync(SCRIPTS_JSON);

/**
 * The built-in call scripts' file in {@link DROP_IN_DIR}, named as {@link CATALOG_FILE} is; loaded only when the
 * element's `script` is set. A checkout without objections/scripts.json builds build/scripts-not-built.mjs there,
 * which fails when imported: opening a script then says the scripts did not load.
 */
export const SCRIPTS_FILE = HAS_SCRIPTS ? dataFileName('scripts', SCRIPTS_JSON) : 'objection-desk-scripts-not-built.js';

function dataFileName(name, ...paths) {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(readFileSync(path));
  return `objection-desk-${name}-${hash.digest('hex').slice(0, 8)}.js`;
}

/**
 * Imports of src/core/builtin-catalog-data.ts become imports of {@link DROP_IN_DIR}/{@link CATALOG_FILE} (and those
 * of objections/scripts.json of {@link SCRIPTS_FILE}), written
 * relative to the output file: a build into one folder, `dir` (`'./…'` from the drop-in's folder, `'../…'` from
 * another), or, for a build that keeps the modules (`modulesOf: 'src'`), the importer's place in dist/ as it
 * is in src/ (`'../browser/…'` from dist/core/).
 */
export function catalogAsFile({ dir = DROP_IN_DIR, modulesOf } = {}) {
  const outputDir = (importer) => (modulesOf ? dirname(resolve(ROOT, 'dist', relative(resolve(ROOT, modulesOf), importer))) : resolve(ROOT, dir));
  const files = [
    [CATALOG_MODULE.replace(/\.ts$/, '.js'), CATALOG_FILE],
    [SCRIPTS_JSON, SCRIPTS_FILE],
  ];
  return {
    name: 'catalog-as-file',
    resolveId(source, importer) {
      const file = files.find(([json]) => isImportOf(source, importer, json))?.[1];
      if (!file) return null;
      const path = relative(outputDir(importer), resolve(ROOT, DROP_IN_DIR, file)).split('\\').join('/');
      // Kept as written: rollup would make it relative to the importer's source file, not its output.
      return { id: path.startsWith('.') ? path : `./${path}`, external: 'absolute' };
    },
  };
}

/** The input that builds {@link DROP_IN_DIR}/{@link CATALOG_FILE}. */
export const CATALOG_INPUT = CATALOG_MODULE;

/** The input that builds {@link DROP_IN_DIR}/{@link SCRIPTS_FILE}. */
export const SCRIPTS_INPUT = HAS_SCRIPTS ? SCRIPTS_JSON : resolve(ROOT, 'build/scripts-not-built.mjs');
