import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import {
  NO_OBJECTION,
  ObjectionSearch,
  builtinCatalog,
  evaluateSearch,
  mergeCatalogs,
  parseLabelledQueries,
  type SearchHit,
} from '../../src/core/index.js';

// operator.tsv was written as an operator types mid-call, without reading the catalog's triggers (issue 15).
const { queries, problems } = parseLabelledQueries(readFileSync(new URL('../search/operator.tsv', import.meta.url), 'utf8'));
const catalog = mergeCatalogs([builtinCatalog()]);
const search = new ObjectionSearch(catalog);
const labelled = queries.filter((q) => q.expected !== NO_OBJECTION);
const unrelated = queries.filter((q) => q.expected === NO_OBJECTION);

// Each hit's `confidence` (0–1) and the threshold below which a hit is weak come with the confidence work of
// issue 15; until that is in, the unrelated-lines check is skipped and says so in its name.
const WEAK_CONFIDENCE: unknown = (core as Record<string, unknown>)['WEAK_CONFIDENCE'];
const confidenceOf = (hit: SearchHit): unknown => (hit as SearchHit & { readonly confidence?: unknown }).confidence;

describe('search quality on fresh operator phrases (operator.tsv)', () => {
  it('holds at least 150 labelled phrases, 45 or more in each of ru/en/tr, and 30 unrelated lines', () => {
    expect(problems).toEqual([]);
    expect(labelled.length).toBeGreaterThanOrEqual(150);
    for (const locale of ['ru', 'en', 'tr']) expect(labelled.filter((q) => q.locale === locale).length, locale).toBeGreaterThanOrEqual(45);
    expect(unrelated.length).toBeGreaterThanOrEqual(30);
    const ids = new Set(catalog.objections.map((o) => o.id));
    expect(labelled.filter((q) => !ids.has(q.expected)).map((q) => `line ${q.line}: ${q.expected}`)).toEqual([]);
  });

  it('covers key words, phrases, who decides, typos, swapped letters, no diacritics, Turkish suffixes, wrong layout, transliteration', () => {
    expect(new Set(labelled.map((q) => q.kind))).toEqual(
      new Set(['key', 'phrase', 'decider', 'typo', 'swap', 'ascii', 'suffix', 'layout', 'translit']),
    );
    for (const locale of ['ru', 'en', 'tr']) {
      expect(labelled.some((q) => q.kind === 'decider' && q.locale === locale), `who decides in ${locale}`).toBe(true);
    }
  });

  it('puts the expected objection first for 95 percent and in the top three for 99 percent', () => {
    const report = evaluateSearch(search, labelled);
    const misses = report.misses.map((m) => `line ${m.labelled.line} "${m.labelled.query}" → ${m.got.join(', ') || 'nothing'}, want ${m.labelled.expected}`);
    expect(report.top1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.top3, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it.skipIf(typeof WEAK_CONFIDENCE !== 'number')(
    'answers no gibberish or unrelated line confidently (skipped until hits carry `confidence` and core exports WEAK_CONFIDENCE)',
    () => {
      const report = evaluateSearch(search, unrelated, {
        isConfident: (hit) => {
          const confidence = confidenceOf(hit);
          expect(typeof confidence, 'every hit carries a confidence').toBe('number');
          return (confidence as number) >= (WEAK_CONFIDENCE as number);
        },
      });
      expect(report.unrelated.answered.map((m) => `line ${m.labelled.line} "${m.labelled.query}" → ${m.got[0]}`)).toEqual([]);
    },
  );
});
