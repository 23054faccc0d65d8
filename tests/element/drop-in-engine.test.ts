import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, searchCatalogs } from '../../src/core/index.js';
import type { LoadedResponse, ResultsResponse } from '../../src/element/engine/engine-protocol.js';
import { ROOT } from './repository-files.js';

/**
 * The drop-in's engine is built with fuse.js shortened and folded (see rollup.config.mjs): it must search as the
 * code in src/ does. Queries that fuse.js's fuzzy matching decides: typos, letters swapped, a wrong layout, no
 * diacritics, gibberish.
 */
const QUERIES = ['dorgo', 'expnsive', 'pahali', 'ljhjuj', 'слишком дорго', 'cancle order', 'deliveri', 'kargo geç', 'qwzx', 'wfie', 'spned'];

async function dropInEngine() {
  const file = join(ROOT, 'dist/browser/objection-desk-engine.js');
  if (!existsSync(file)) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
  const { SearchEngine } = (await import(pathToFileURL(file).href)) as typeof import('../../src/element/engine/search-engine.js');
  return new SearchEngine({
    run: async (steps) => {
      while (!steps.next().done);
      return true;
    },
    report: () => undefined,
    indexOnSearchMax: Infinity,
  });
}

describe("the drop-in's search engine", () => {
  it('finds what the search in src/ finds, with the same scores, for queries typed wrong', async () => {
    const engine = await dropInEngine();
    await engine.handle({ kind: 'load', id: 0, builtin: true, catalog: null });
    const search = searchCatalogs([], builtinCatalog());
    for (const [index, query] of QUERIES.entries()) {
      const response = (await engine.handle({ kind: 'search', id: index + 1, query, limit: 8 })) as ResultsResponse;
      const expected = search.search(query, { limit: 8 });
      expect(response.hits.map((hit) => [hit.objection.id, hit.score]), query).toEqual(expected.map((hit) => [hit.objection.id, hit.score]));
    }
  });

  it('suggests the field a catalog property misspelt', async () => {
    const engine = await dropInEngine();
    const catalog = { locales: ['en'], objections: [{ id: 'x', title: { en: 'X' }, triggers: { en: ['x'] }, replies: [{ text: { en: 'y' } }], tigs: {} }] };
    const response = (await engine.handle({ kind: 'load', id: 0, builtin: false, catalog })) as LoadedResponse;
    expect(response.catalog?.problems.map((problem) => problem.message)).toEqual(['has an unknown field "tigs" — did you mean "tags"?; it is ignored']);
  });
});
