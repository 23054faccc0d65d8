import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureEntry } from '../../bench/lib/bundle.mjs';
import { validateCatalog } from '../../src/core/index.js';
import { ROOT, filesUnder } from './repository-files.js';

/**
 * What an app that installs the package gets from dist/ (built by `npm test` first): its bundler, or a browser
 * with an import map, follows these files as they are.
 */
/** The built-in catalog's data: one module of the drop-in's folder, which the drop-in imports too. */
const CATALOG_DATA = join('dist', 'browser', readdirSync(join(ROOT, 'dist', 'browser')).find((name) => /^objection-desk-catalog-[0-9a-f]+\.js$/.test(name)) ?? 'objection-desk-catalog-missing.js');
const WORKER_URL = /new URL\(\s*(['"])(\.\/search-worker\.js)\1\s*,\s*import\.meta\.url\s*\)/g;

describe('the npm build', () => {
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/index.js'))) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
    await init;
  });

  for (const entry of ['dist/index.js', 'dist/element/define.js']) {
    it(`${entry} reaches the built-in catalog's data only through a dynamic import`, async () => {
      const graph = await measureEntry(join(ROOT, entry), ROOT);
      expect(graph.files.map((file) => file.file)).not.toContain(CATALOG_DATA);
      expect(graph.lazy.flatMap((chunk) => chunk.files.map((file) => file.file))).toContain(CATALOG_DATA);
    });
  }

  it("ships the built-in catalog's data as the validator reads objections/catalog.json, and the file as it is", async () => {
    const json: unknown = JSON.parse(readFileSync(join(ROOT, 'objections/catalog.json'), 'utf8'));
    const data = (await import(pathToFileURL(join(ROOT, CATALOG_DATA)).href)) as { default: unknown; BUILTIN_JSON: unknown };
    expect(data.default).toEqual(validateCatalog(json, 'built-in').catalog);
    expect(data.BUILTIN_JSON).toEqual(json);
  });

  it('puts a worker with no import at all where the element looks for it', () => {
    const lookers = filesUnder('dist/element', '.js').filter((file) => readFileSync(file, 'utf8').match(WORKER_URL));
    expect(lookers.map((file) => relative(ROOT, file))).toEqual([join('dist', 'element', 'engine', 'worker-link.js')]);
    const worker = resolve(dirname(lookers[0]!), 'search-worker.js');
    expect(existsSync(worker), relative(ROOT, worker)).toBe(true);
    // A bundler that copies it as a plain asset (the element's Trusted Types branch hides it from worker
    // detection), or a browser fetching it from a CDN, runs it as it is.
    const [imports] = parse(readFileSync(worker, 'utf8'));
    expect(imports.map((found) => found.n ?? '(dynamic)')).toEqual([]);
  });
});
