import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NO_OBJECTION,
  ObjectionSearch,
  builtinCatalog,
  evaluateDetection,
  foldForSearch,
  mergeCatalogs,
  parseLabelledUtterances,
  type LabelledUtterance,
} from '../../src/core/index.js';

// Both sets were written for issue 17 as speech-to-text gives a customer's speech, without reading the
// catalog's triggers; the detector was tuned on utterances.tsv only, never on holdout.tsv.
const catalog = mergeCatalogs([builtinCatalog()]);
const search = new ObjectionSearch(catalog);
const read = (name: string) => parseLabelledUtterances(readFileSync(new URL(`../detect/${name}`, import.meta.url), 'utf8'));
const sets = { 'utterances.tsv': read('utterances.tsv'), 'holdout.tsv': read('holdout.tsv') };
const all = [...sets['utterances.tsv'].utterances, ...sets['holdout.tsv'].utterances];

const missesText = (misses: ReturnType<typeof evaluateDetection>['misses']) =>
  misses.map(({ labelled, got }) => `line ${labelled.line} ${labelled.locale} "${labelled.text}" → ${got[0]?.id ?? 'nothing'}, want ${labelled.expected}`).join('\n');

describe('live transcript detection quality', () => {
  it.each(Object.entries(sets))('%s: ru/en/tr about a third each, at least 35 percent plain call talk, known ids only', (name, { utterances, problems }) => {
    expect(problems).toEqual([]);
    expect(utterances.length).toBeGreaterThanOrEqual(name === 'utterances.tsv' ? 210 : 60);
    for (const locale of ['ru', 'en', 'tr']) {
      const share = utterances.filter((u) => u.locale === locale).length / utterances.length;
      expect(share, locale).toBeGreaterThan(0.3);
    }
    expect(utterances.filter((u) => u.expected === NO_OBJECTION).length / utterances.length).toBeGreaterThanOrEqual(0.35);
    const ids = new Set(catalog.objections.map((o) => o.id));
    expect(utterances.filter((u) => u.expected !== NO_OBJECTION && !ids.has(u.expected)).map((u) => `line ${u.line}: ${u.expected}`)).toEqual([]);
  });

  it('covers every objection of the built-in catalog', () => {
    const said = new Set(sets['utterances.tsv'].utterances.map((u) => u.expected));
    expect(catalog.objections.map((o) => o.id).filter((id) => !said.has(id))).toEqual([]);
  });

  it('stays fresh: no utterance is a catalog trigger or title, or holds one of four words or more', () => {
    const phrases = catalog.objections.flatMap((o) =>
      [...Object.values(o.triggers).flat(), ...Object.values(o.title)].map((text) => ({ id: o.id, key: foldForSearch(text), text })),
    );
    const copies = all.flatMap((u: LabelledUtterance) => {
      const key = ` ${foldForSearch(u.text)} `;
      const copy = phrases.find((p) => key.trim() === p.key || (p.key.split(' ').length >= 4 && key.includes(` ${p.key} `)));
      return copy ? [`line ${u.line} "${u.text}" ~ ${copy.id} "${copy.text}"`] : [];
    });
    expect(copies, 'tuning the catalog on this set makes it measure nothing: change the trigger, not the line').toEqual([]);
  });

  it('detects with precision 0.90 and recall 0.85 or more on utterances.tsv', () => {
    const report = evaluateDetection(search, sets['utterances.tsv'].utterances);
    expect(report.precision, missesText(report.misses)).toBeGreaterThanOrEqual(0.9);
    expect(report.recall, missesText(report.misses)).toBeGreaterThanOrEqual(0.85);
  });

  it('detects with precision 0.90 and recall 0.85 or more on the held-out lines', () => {
    const report = evaluateDetection(search, sets['holdout.tsv'].utterances);
    expect(report.precision, missesText(report.misses)).toBeGreaterThanOrEqual(0.9);
    expect(report.recall, missesText(report.misses)).toBeGreaterThanOrEqual(0.85);
  });

  // blind2.tsv was written blind (session 25) and measured once before any change (precision 0.87, recall 0.80);
  // the detector's general fixes were then made with its misses in view, so it is a seen set now, held here so
  // that what it taught is not lost. Lines of it are never copied into the catalog or the other sets.
  it('detects with precision 0.90 and recall 0.85 or more on the second blind set, now seen', () => {
    const { utterances, problems } = read('blind2.tsv');
    expect(problems).toEqual([]);
    expect(utterances.filter((u) => u.expected === NO_OBJECTION).length / utterances.length).toBeGreaterThanOrEqual(0.4);
    const report = evaluateDetection(search, utterances);
    expect(report.precision, missesText(report.misses)).toBeGreaterThanOrEqual(0.9);
    expect(report.recall, missesText(report.misses)).toBeGreaterThanOrEqual(0.85);
  });
});
