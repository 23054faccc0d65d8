import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NO_OBJECTION,
  WEAK_CONFIDENCE,
  ObjectionSearch,
  builtinCatalog,
  evaluateSearch,
  foldForSearch,
  mergeCatalogs,
  parseLabelledQueries,
} from '../../src/core/index.js';

// operator.tsv was written as an operator types mid-call, without reading the catalog's triggers (issue 15).
const { queries, problems } = parseLabelledQueries(readFileSync(new URL('../search/operator.tsv', import.meta.url), 'utf8'));
const catalog = mergeCatalogs([builtinCatalog()]);
const search = new ObjectionSearch(catalog);
const labelled = queries.filter((q) => q.expected !== NO_OBJECTION);
const unrelated = queries.filter((q) => q.expected === NO_OBJECTION);

/** Kinds whose lines are common words with letters changed on purpose: only an exact copy of a trigger counts. */
const TYPO_KINDS = ['typo', 'swap'];

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

  it('stays fresh: no line is a catalog trigger, or one with a letter or two changed unless it is a typo by design', () => {
    const triggers = catalog.objections.flatMap((o) => Object.values(o.triggers).flat().map((t) => ({ id: o.id, key: foldForSearch(t), text: t })));
    const copies = queries.flatMap((q) => {
      const key = foldForSearch(q.query);
      const mayBeNear = !TYPO_KINDS.includes(q.kind) && key.length >= 8;
      const near = triggers.find((t) => t.key === key || (mayBeNear && editDistanceAtMost(key, t.key, 2)));
      return near ? [`line ${q.line} "${q.query}" ~ ${near.id} "${near.text}"`] : [];
    });
    expect(copies, 'tuning the catalog on this set makes it measure nothing: change the trigger, not the line').toEqual([]);
  });

  it('puts the expected objection first for 95 percent and in the top three for 99 percent', () => {
    const report = evaluateSearch(search, labelled);
    const misses = report.misses.map((m) => `line ${m.labelled.line} "${m.labelled.query}" → ${m.got.join(', ') || 'nothing'}, want ${m.labelled.expected}`);
    expect(report.top1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.top3, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('answers no gibberish or unrelated line confidently', () => {
    const report = evaluateSearch(search, unrelated, { isConfident: (hit) => hit.confidence >= WEAK_CONFIDENCE });
    expect(report.unrelated.answered.map((m) => `line ${m.labelled.line} "${m.labelled.query}" → ${m.got[0]}`)).toEqual([]);
  });
});

/** Whether `a` becomes `b` in at most `limit` single-letter insertions, deletions or substitutions. */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > limit) return false;
    previous = row;
  }
  return previous[b.length]! <= limit;
}
