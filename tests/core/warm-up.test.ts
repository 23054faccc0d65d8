import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../bench/generate-catalog.mjs';
import { ObjectionSearch, WARM_UP_SEARCHES, builtinCatalog, mergeCatalogs, parseCatalog, warmUpInSteps, type SearchHit } from '../../src/core/index.js';
import { warmUpQueries } from '../../src/core/warm-up.js';

// A new index runs a few searches before the operator's first keystroke (issue 15: keystroke work at 10,000),
// so those keystrokes run warm code; the warm-up must leave every later answer as it was.
const catalog = mergeCatalogs([builtinCatalog(), parseCatalog(JSON.stringify(generateCatalog(120)), 'generated').catalog]);

/** Everything a hit shows: objection, score, confidence and the highlighted phrase. */
const shown = (hits: readonly SearchHit[]) =>
  hits.map(({ objection, score, confidence, match }) => ({ id: objection.id, score, confidence, match }));

const keys = (text: string) => Array.from({ length: text.length }, (_, length) => text.slice(0, length + 1));

describe('warming up a new index', () => {
  it('types the beginnings of titles and triggers from across the catalog, one word and several', () => {
    const queries = warmUpQueries(catalog.objections);
    expect(queries).toHaveLength(WARM_UP_SEARCHES);
    expect(queries[0]).toHaveLength(1);
    expect(queries.some((query) => query.trim().includes(' '))).toBe(true);
    const texts = catalog.objections.flatMap((objection) => [...Object.values(objection.title), ...Object.values(objection.triggers).flat()]);
    for (const query of queries) expect(texts.some((text) => text.startsWith(query)), query).toBe(true);
    expect(warmUpQueries([])).toEqual([]);
  });

  it('runs one search a step, reports its share done so far, and changes no answer that follows', () => {
    const warmed = new ObjectionSearch(catalog);
    warmed.prepare();
    const shares = [...warmUpInSteps(warmed)];
    expect(shares).toHaveLength(WARM_UP_SEARCHES);
    expect(shares[0]).toBe(0);
    expect(shares.every((share, i) => share < 1 && (i === 0 || share > shares[i - 1]!))).toBe(true);
    // What the warm-up typed first is typed again, and other phrases: each key as a fresh index answers it.
    const typing = [...warmUpQueries(catalog.objections).slice(-1), 'ну это дорого', 'ljhjuj', 'no money right now', 'çok pahalı'];
    for (const text of typing.flatMap(keys)) {
      expect(shown(warmed.search(text, { limit: 8 })), text).toEqual(shown(new ObjectionSearch(catalog).search(text, { limit: 8 })));
    }
  });
});
