/**
 * The search scores words as fuse.js did before its Bitap was brought in (issue 15: room in the drop-in): same
 * matches, same scores, same order, so every ranking stays as it was.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { bitapSearch } from '../../src/core/bitap.js';

const THRESHOLD = 0.4;
const BUILTIN = readFileSync(new URL('../../objections/catalog.json', import.meta.url), 'utf8');

function withFuse(texts: readonly string[], pattern: string) {
  const fuse = new Fuse(texts, { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, isCaseSensitive: true, threshold: THRESHOLD });
  return fuse.search(pattern).map((result) => ({ index: result.refIndex, score: result.score ?? 1 }));
}

/** Letters enough alike for typos, inflections and repeats; a space for blank words. */
const word = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'ж', 'ş', ' '), maxLength });

describe('bitapSearch', () => {
  it('scores and orders words as fuse.js does', () => {
    fc.assert(
      fc.property(fc.array(word(12), { maxLength: 30 }), word(10), (texts, pattern) => {
        expect(bitapSearch(texts, pattern, THRESHOLD)).toEqual(withFuse(texts, pattern));
      }),
      { numRuns: 3000 },
    );
  });

  it('scores patterns longer than 32 letters in chunks as fuse.js does', () => {
    fc.assert(
      fc.property(fc.array(word(80), { maxLength: 10 }), word(70), (texts, pattern) => {
        expect(bitapSearch(texts, pattern, THRESHOLD)).toEqual(withFuse(texts, pattern));
      }),
      { numRuns: 500 },
    );
  });

  it('scores the built-in catalog words against typed queries as fuse.js does', () => {
    const words = [...new Set(BUILTIN.toLowerCase().match(/\p{L}+/gu))];
    for (const query of ['дорго', 'деньгм', 'expnsive', 'pahalı', 'pahali', 'ljhjuj', 'spned', 'wfie', 'eşime', 'подумаю']) {
      expect(bitapSearch(words, query, THRESHOLD)).toEqual(withFuse(words, query));
    }
  });
});
