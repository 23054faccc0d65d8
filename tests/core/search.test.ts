import { describe, expect, it } from 'vitest';
import {
  ObjectionSearch,
  builtinCatalog,
  groupByCategory,
  mergeCatalogs,
  validateCatalog,
} from '../../src/core/index.js';

const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
const top = (query: string) => search.search(query)[0]?.objection.id;

describe('ObjectionSearch', () => {
  it('finds "expensive" for the wrong-layout query "ljhjuj"', () => {
    expect(top('ljhjuj')).toBe('expensive');
  });

  it('finds Russian typed in Latin letters', () => {
    expect(top('dorogo')).toBe('expensive');
    expect(top('ya podumayu')).toBe('think-about-it');
    expect(top('rassrochka')).toBe('no-money-now');
  });

  it('finds English typed on the Russian layout', () => {
    expect(top('рщц ьгср')).toBe('how-much');
  });

  it('finds each language, with and without Turkish letters', () => {
    expect(top('too expensive')).toBe('expensive');
    expect(top('çok pahalı')).toBe('expensive');
    expect(top('COK PAHALI')).toBe('expensive');
    expect(top('düşüneceğim')).toBe('think-about-it');
    expect(top('dusunecegim')).toBe('think-about-it');
  });

  it('finds objections from the first letters of a word', () => {
    expect(top('дорог')).toBe('expensive');
    expect(top('рассро')).toBe('no-money-now');
    expect(top('expen')).toBe('expensive');
  });

  it('forgives typos', () => {
    expect(top('дорго')).toBe('expensive');
    expect(top('перезвоните позже')).toBe('call-back-later');
    expect(top('перезвонити пожже')).toBe('call-back-later');
    expect(top('expnsive')).toBe('expensive');
  });

  it('finds a phrase whose words are in another order or among filler words', () => {
    expect(top('дорого у вас')).toBe('expensive');
    expect(top('слушайте, ну у вас как-то дороговато')).toBe('expensive');
  });

  it('finds an objection by a word of its replies', () => {
    expect(top('экспресс')).toBe('delivery-too-long');
  });

  it('returns the objection in every locale, with what matched and where', () => {
    const [hit] = search.search('ljhjuj');
    expect(hit!.objection.title).toMatchObject({ ru: expect.any(String), en: expect.any(String), tr: expect.any(String) });
    expect(hit!.match).toMatchObject({ field: 'trigger', locale: 'ru' });
    const { text, ranges } = hit!.match!;
    expect(ranges.map(([start, end]) => text.slice(start, end).toLowerCase())).toContain('дорого');
  });

  it('ranks best first and respects the limit', () => {
    const hits = search.search('цена', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
  });

  it('answers nothing for a limit below 1', () => {
    // Found by the property tests: a limit of 0 threw when the search looked at the "last" of 0 best hits.
    for (const limit of [0, -1, Number.NaN]) {
      expect(search.search('цена', { limit })).toEqual([]);
      expect(search.search('цена дорого', { limit })).toEqual([]);
      expect(search.search('', { limit })).toEqual([]);
    }
    expect(search.search('цена', { limit: 2.5 })).toHaveLength(2);
  });

  it('leaves out loose matches far behind the best hit', () => {
    const hits = search.search('ljhjuj');
    expect(hits.map((h) => h.objection.id)).toEqual(['expensive', 'delivery-too-long']);
    expect(hits[1]!.match!.text).toContain('дорого');
  });

  it('lists the whole catalog grouped by category for an empty query', () => {
    const hits = search.search('   ', { limit: 100 });
    expect(hits).toHaveLength(search.catalog.objections.length);
    const groups = groupByCategory(hits, search.catalog.categories);
    expect(groups.map((g) => g.category.id)).toEqual(['price', 'trust', 'timing', 'process', 'request']);
    expect(groups.flatMap((g) => g.hits)).toEqual(hits);
  });

  it.each([
    ['an emoji', '😀😀'],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['fuse.js extended-search operators', "'дорого !дешево ^до =дорого $го | x"],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['right-to-left text', 'غالي جدا'],
    ['a lone surrogate', '\uD800'],
  ])('does not throw on %s', (_, query) => {
    expect(() => search.search(query)).not.toThrow();
  });

  it('finds sensible results in a query far longer than the fuzzy matcher’s 32-character pattern', () => {
    expect(top('слушайте, ну как-то у вас дорого выходит, я в другом магазине видел дешевле')).toBe('expensive');
  });

  it('answers a 10,000-character query without throwing', () => {
    expect(() => search.search('дорого '.repeat(1500))).not.toThrow();
    expect(top(`дорого ${'x'.repeat(10_000)}`)).toBe('expensive');
  });

  it('returns nothing for text that matches nothing', () => {
    expect(search.search('xyzzyplugh')).toEqual([]);
    expect(search.search('😀😀')).toEqual([]);
  });

  it('searches a marketer’s catalog merged over the built-ins', () => {
    const mine = validateCatalog(
      { locale: 'ru', objections: [{ id: 'warranty', title: 'Гарантия', triggers: ['а гарантия какая'], replies: [{ text: 'Два года.' }] }] },
      'mine',
    ).catalog;
    const merged = new ObjectionSearch(mergeCatalogs([builtinCatalog(), mine]));
    expect(merged.search('гарантия какая')[0]?.objection.id).toBe('warranty');
    expect(merged.search('дорого у вас')[0]?.objection.id).toBe('expensive');
  });
});

describe('ObjectionSearch.prepare', () => {
  it('lists the catalog before any index is built, and searches the same either way', () => {
    const lazy = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
    expect(lazy.browse()).toHaveLength(lazy.catalog.objections.length);
    const prepared = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
    prepared.prepare();
    expect(lazy.search('ljhjuj')).toEqual(prepared.search('ljhjuj'));
  });
});

describe('ObjectionSearch.prepareInSteps', () => {
  it('builds the same index a step at a time, and a search meanwhile finishes it first', () => {
    const stepwise = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
    const steps = stepwise.prepareInSteps();
    steps.next();
    expect(stepwise.search('ljhjuj')[0]?.objection.id).toBe('expensive');
    expect(steps.next().done).toBe(true);
    const counted = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
    expect([...counted.prepareInSteps()].length).toBeGreaterThan(1);
    expect(counted.search('dorogo')).toEqual(stepwise.search('dorogo'));
  });
});
