// Rollup plugin (also used by Vitest and, through @web/dev-server-rollup, by the test runner): an import of
// `<catalog>.json?preview` gives what the catalog's list shows before anything is typed, made from the catalog
// file at build time, so the drop-in can paint that list without waiting for the catalog chunk.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const QUERY = '?preview';
/** A virtual module: no other plugin loads it. */
const PREFIX = '\0catalog-preview:';
/**
 * The id ends in `.js`, not `.json`: JSON plugins (rollup's, Vite's, the test runner's esbuild) pick modules by
 * that ending and would parse this module's code as JSON.
 */
const SUFFIX = '.preview.js';

/**
 * The projection of a catalog file (the catalog file format, `objections/catalog.schema.json`): its locales,
 * its categories' titles, and each objection's id, category and title, in file order, in every locale.
 */
function previewOf(catalog) {
  return {
    locales: catalog.locales ?? [],
    categories: Object.fromEntries(Object.entries(catalog.categories ?? {}).map(([id, { title }]) => [id, { title }])),
    objections: catalog.objections.map(({ id, category, title }) => ({ id, category, title })),
  };
}

/** `import preview from '../../objections/catalog.json?preview'` → `export default { …previewOf(catalog) }`. */
export function catalogPreview() {
  return {
    name: 'catalog-preview',
    // Vite: before its own JSON plugin, which would take `catalog.json?preview` for the JSON file.
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(QUERY) || !importer) return null;
      return `${PREFIX}${resolve(dirname(importer), source.slice(0, -QUERY.length))}${SUFFIX}`;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(file);
      const catalog = JSON.parse(await readFile(file, 'utf8'));
      return `export default ${JSON.stringify(previewOf(catalog))};\n`;
    },
  };
}
