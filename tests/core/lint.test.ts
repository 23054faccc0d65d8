import { describe, expect, it } from 'vitest';
import { ObjectionSearch, catalogStats, lintCatalog, mergeCatalogs, validateCatalog } from '../../src/core/index.js';

const catalog = validateCatalog(
  {
    locales: ['en', 'ru'],
    objections: [
      { id: 'yes', title: { en: 'Yes' }, triggers: { en: ['da', 'shipping is slow', 'parcel never came'] }, replies: [{ text: { en: 'x' } }] },
      { id: 'no', title: { en: 'No' }, triggers: { en: ['do', 'parcel never come'] }, replies: [{ text: { en: 'y', ru: 'у' } }] },
    ],
  },
  'mine',
).catalog;

describe('lintCatalog', () => {
  const findings = lintCatalog(new ObjectionSearch(mergeCatalogs([catalog])), () => true, { locales: catalog.locales });

  it('reports triggers one edit apart once, but not short words one letter apart', () => {
    const near = findings.filter((f) => f.kind === 'near-trigger');
    expect(near.map((f) => [f.objection.id, f.trigger, f.other?.objection.id, f.other?.text])).toEqual([
      ['no', 'parcel never come', 'yes', 'parcel never came'],
    ]);
  });

  it('reports coverage gaps per declared locale', () => {
    const gaps = findings.filter((f) => f.kind === 'few-triggers' || f.kind === 'missing-locale');
    expect(gaps.map((f) => [f.kind, f.objection.id, f.locale])).toEqual([
      ['missing-locale', 'yes', 'ru'],
      ['few-triggers', 'no', 'en'],
      ['missing-locale', 'no', 'ru'],
    ]);
  });
});

describe('catalogStats', () => {
  it('counts titles, triggers and replies per locale, declared locales first', () => {
    expect(catalogStats(catalog).locales).toEqual([
      { locale: 'en', objections: 2, triggers: 5, replies: 2 },
      { locale: 'ru', objections: 0, triggers: 0, replies: 1 },
    ]);
    expect(catalogStats(catalog).categories).toEqual([{ id: 'other', objections: 2, triggers: 5, replies: 2 }]);
  });
});
