import { describe, expect, it } from 'vitest';
import { builtinCatalog, mergeCatalogs, validateCatalog, type CatalogInput } from '../../src/core/index.js';

const catalog = (input: CatalogInput, source: string) => validateCatalog(input, source).catalog;

describe('mergeCatalogs', () => {
  const builtin = builtinCatalog();
  const ids = (input: CatalogInput) => mergeCatalogs([builtin, catalog(input, 'mine')]).objections.map((o) => o.id);

  it('adds new objections after the built-in ones', () => {
    const merged = ids({
      locale: 'en',
      objections: [{ id: 'warranty', title: 'Warranty', triggers: ['warranty?'], replies: [{ text: 'Two years.' }] }],
    });
    expect(merged.slice(0, builtin.objections.length)).toEqual(builtin.objections.map((o) => o.id));
    expect(merged.at(-1)).toBe('warranty');
  });

  it('replaces an objection of the same id in its place', () => {
    const merged = mergeCatalogs([
      builtin,
      catalog({ locale: 'en', objections: [{ id: 'trust', title: 'Ours', triggers: ['hm'], replies: [{ text: 'x' }] }] }, 'mine'),
    ]);
    const index = builtin.objections.findIndex((o) => o.id === 'trust');
    expect(merged.objections[index]).toMatchObject({ id: 'trust', title: { en: 'Ours' }, source: 'mine' });
  });

  it('hides a built-in objection marked disabled', () => {
    expect(ids({ objections: [{ id: 'expensive', disabled: true }] })).not.toContain('expensive');
  });

  it('is deterministic: the same catalogs in the same order merge the same way', () => {
    const mine = catalog({ objections: [{ id: 'too-cheap', disabled: true }] }, 'mine');
    expect(mergeCatalogs([builtin, mine])).toEqual(mergeCatalogs([builtin, mine]));
  });

  it('lets a later catalog bring back an id an earlier one disabled', () => {
    const off = catalog({ objections: [{ id: 'trust', disabled: true }] }, 'a');
    const on = catalog({ locale: 'en', objections: [{ id: 'trust', title: 'Back', triggers: ['x'], replies: [{ text: 'y' }] }] }, 'b');
    expect(mergeCatalogs([builtin, off, on]).objections.find((o) => o.id === 'trust')?.source).toBe('b');
  });
});
