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

describe('lintCatalog on categories', () => {
  const objection = (id: string, category?: string) => ({ id, ...(category ? { category } : {}), title: 'T', triggers: [`phrase ${id}`], replies: [{ text: 'r' }] });

  it('reports a category no catalog gives a title once, at its first objection, and not the default "other"', () => {
    const mine = validateCatalog(
      { locale: 'en', categories: { billing: { title: 'Billing' } }, objections: [objection('a', 'warranty'), objection('b', 'warranty'), objection('c', 'billing'), objection('d')] },
      'mine',
    ).catalog;
    const findings = lintCatalog(new ObjectionSearch(mergeCatalogs([mine])), () => true).filter((f) => f.kind === 'untitled-category');
    expect(findings.map((f) => [f.objection.id, f.message])).toEqual([
      ['a', 'its category "warranty" has no title, so the widget lists it as "Other"; give it a title under "categories" at the top'],
    ]);
  });

  it('takes a title from another merged catalog, such as the built-in one', () => {
    const builtinLike = validateCatalog({ locale: 'en', categories: { warranty: { title: 'Warranty' } }, objections: [] }, 'built-in').catalog;
    const mine = validateCatalog({ locale: 'en', objections: [objection('a', 'warranty')] }, 'mine').catalog;
    const search = new ObjectionSearch(mergeCatalogs([builtinLike, mine]));
    expect(lintCatalog(search, (o) => o.source === 'mine').filter((f) => f.kind === 'untitled-category')).toEqual([]);
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
