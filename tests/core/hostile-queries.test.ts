import { describe, expect, it } from 'vitest';
import { ObjectionSearch, builtinCatalog, mergeCatalogs } from '../../src/core/index.js';
import { HOSTILE_QUERIES, OPERATOR_QUERIES } from '../fixtures/hostile-queries.js';
import { median } from '../../bench/lib/stats.mjs';
import { medianCpuTime } from '../cpu-time.js';

const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
const LIMIT = 8;
const ids = (query: string) => search.search(query, { limit: LIMIT }).map((hit) => hit.objection.id);

/** Median CPU time of `query` over a few runs, after one to warm up. */
function timeOf(query: string): number {
  search.search(query, { limit: LIMIT });
  return medianCpuTime(() => search.search(query, { limit: LIMIT }), 7);
}

describe('ObjectionSearch with hostile queries', () => {
  for (const [kind, query] of Object.entries({ ...HOSTILE_QUERIES, ...Object.fromEntries(OPERATOR_QUERIES.map((q) => [q, q])) })) {
    it(`answers ${JSON.stringify(kind)} without throwing, with at most the limit of hits`, () => {
      const hits = search.search(query, { limit: LIMIT });
      expect(hits.length).toBeLessThanOrEqual(LIMIT);
      for (let i = 1; i < hits.length; i += 1) expect(hits[i]!.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
    });
  }

  it('reads operators as punctuation: "!дорого" still finds "expensive", it does not exclude it', () => {
    for (const query of ['=дорого', '!дорого', '^дор', 'дорого$', "'дорого", 'дорого | дёшево']) {
      expect(ids(query)[0], query).toBe('expensive');
    }
  });

  it('finds the word in a long paste, between bidi controls, next to an emoji and inside regular expression syntax', () => {
    for (const kind of ['10,000 characters', 'Hebrew with bidi controls', 'a ZWJ family', 'regular expression around a word']) {
      expect(ids(HOSTILE_QUERIES[kind]!)[0], kind).toBe('expensive');
    }
  });

  it('answers each hostile query about as fast as a normal one', () => {
    // Relative to a normal query timed here, on the same machine and under the same load: never an absolute time.
    const normal = Math.max(median(['дорого', 'ya podumayu', 'too expensive'].map(timeOf))!, 0.05);
    for (const query of [...Object.values(HOSTILE_QUERIES), ...OPERATOR_QUERIES]) {
      expect(timeOf(query), JSON.stringify(query.slice(0, 20))).toBeLessThanOrEqual(20 * normal);
    }
  });
});
