import { describe, expect, it } from 'vitest';
import { builtinCatalog, searchCatalogs, validateCatalog, type CatalogInput } from '../../src/core/index.js';

const catalog = (input: CatalogInput, source: string) => validateCatalog(input, source).catalog;
const warranty = catalog(
  { locale: 'en', objections: [{ id: 'warranty', title: 'Warranty', triggers: ['what about the warranty'], replies: [{ text: 'Two years.' }] }] },
  'mine',
);

describe('searchCatalogs', () => {
  it('searches the built-in catalog and then the extras, in that order', () => {
    const search = searchCatalogs([warranty], builtinCatalog());
    const ids = search.catalog.objections.map((objection) => objection.id);
    expect(ids.slice(0, -1)).toEqual(builtinCatalog().objections.map((objection) => objection.id));
    expect(ids.at(-1)).toBe('warranty');
    expect(search.search('too expensive')[0]?.objection.id).toBe('expensive');
    expect(search.search('warranty')[0]?.objection.id).toBe('warranty');
  });

  it('searches the extras alone without a built-in catalog', () => {
    const search = searchCatalogs([warranty]);
    expect(search.catalog.objections.map((objection) => objection.id)).toEqual(['warranty']);
    expect(search.search('too expensive')).toEqual([]);
  });

  it('lets an extra replace a built-in objection of the same id in its place', () => {
    const ours = catalog({ locale: 'en', objections: [{ id: 'trust', title: 'Ours', triggers: ['hm'], replies: [{ text: 'x' }] }] }, 'mine');
    const { objections } = searchCatalogs([ours], builtinCatalog()).catalog;
    const index = builtinCatalog().objections.findIndex((objection) => objection.id === 'trust');
    expect(objections[index]).toMatchObject({ id: 'trust', source: 'mine' });
  });

  it('passes over an extra that is not loaded', () => {
    expect(searchCatalogs([undefined, warranty, undefined]).catalog.objections.map((objection) => objection.id)).toEqual(['warranty']);
    expect(searchCatalogs([], undefined).catalog.objections).toEqual([]);
  });
});
