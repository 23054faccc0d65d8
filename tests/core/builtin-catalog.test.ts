import { describe, expect, it } from 'vitest';
import { browsePreview, builtinPreview } from '../../src/core/builtin-preview.js';
import {
  BUILTIN_CATALOG_JSON,
  BUILTIN_LOCALES,
  KNOWN_PLACEHOLDERS,
  ObjectionSearch,
  builtinCatalog,
  mergeCatalogs,
  parseTemplate,
  validateCatalog,
} from '../../src/core/index.js';

const REQUIRED_IDS = [
  'expensive', 'too-cheap', 'trust', 'too-complex', 'site-hassle', 'no-money-now', 'delivery-too-long',
  'think-about-it', 'online-payment-distrust', 'unsure-how-to-order', 'found-on-marketplace', 'discount',
  'just-prices', 'how-much', 'call-back-later', 'over-budget', 'cancel-order', 'return-order', 'store-info',
  'out-of-stock',
];

describe('built-in catalog', () => {
  const { objections, categories } = builtinCatalog();

  it('validates with no errors and no warnings', () => {
    expect(validateCatalog(BUILTIN_CATALOG_JSON, 'built-in').problems).toEqual([]);
  });

  it('is taken without re-checking exactly as the validator would read it', () => {
    expect(builtinCatalog()).toEqual(validateCatalog(BUILTIN_CATALOG_JSON, 'built-in').catalog);
  });

  it('has every required objection', () => {
    expect(objections.map((o) => o.id)).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it.each(REQUIRED_IDS)('"%s" is complete in Russian, English and Turkish', (id) => {
    const objection = objections.find((o) => o.id === id)!;
    expect(categories.map((c) => c.id)).toContain(objection.category);
    for (const locale of BUILTIN_LOCALES) {
      expect(objection.title[locale], `title ${locale}`).toBeTruthy();
      expect(objection.triggers[locale]!.length, `triggers ${locale}`).toBeGreaterThanOrEqual(8);
      expect(objection.tags[locale]!.length, `tags ${locale}`).toBeGreaterThanOrEqual(1);
    }
    expect(objection.replies.length).toBeGreaterThanOrEqual(2);
    expect(objection.tips.length).toBeGreaterThanOrEqual(1);
    expect(objection.tips.length).toBeLessThanOrEqual(3);
    const replies = [...objection.replies, ...objection.followUps.flatMap((f) => f.replies)];
    for (const reply of replies) {
      for (const locale of BUILTIN_LOCALES) {
        const text = reply.text[locale]!;
        expect(text, `${reply.id} ${locale}`).toBeTruthy();
        const names = parseTemplate(text).flatMap((s) => (s.kind === 'placeholder' ? [s.name] : []));
        for (const name of names) expect(KNOWN_PLACEHOLDERS).toContain(name);
      }
    }
    for (const followUp of objection.followUps) {
      for (const locale of BUILTIN_LOCALES) expect(followUp.customer[locale]).toBeTruthy();
    }
  });

  it('has follow-ups wherever the seed scripts give the customer a next line', () => {
    const expensive = objections.find((o) => o.id === 'expensive')!;
    expect(expensive.followUps.length).toBeGreaterThanOrEqual(2);
    expect(objections.filter((o) => o.followUps.length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('addresses the customer by name in most replies', () => {
    const replies = objections.flatMap((o) => [...o.replies, ...o.followUps.flatMap((f) => f.replies)]);
    const named = replies.filter((r) => r.text['ru']!.includes('{clientName}'));
    expect(named.length / replies.length).toBeGreaterThan(0.7);
  });
});

describe('loadBuiltinCatalog', () => {
  it('loads the same built-in catalog, once', async () => {
    const { loadBuiltinCatalog } = await import('../../src/core/index.js');
    const first = loadBuiltinCatalog();
    expect(loadBuiltinCatalog()).toBe(first);
    expect((await first).objections.map((o) => o.id)).toEqual(builtinCatalog().objections.map((o) => o.id));
  });
});

describe('builtinPreview', () => {
  const listed = ({ id, category, title }: { id: string; category: string; title: object }) => ({ id, category, title });

  it('has the ids, categories and titles of the built-in catalog, in every locale and in its order', () => {
    const catalog = builtinCatalog();
    const preview = builtinPreview();
    expect(preview.locales).toEqual(catalog.locales);
    expect(preview.categories).toEqual(catalog.categories);
    expect(preview.objections).toEqual(catalog.objections.map(listed));
  });

  it('lists what browsing the built-in catalog lists, in the same order', () => {
    const browsed = new ObjectionSearch(mergeCatalogs([builtinCatalog()])).browse();
    const previewed = browsePreview(builtinPreview());
    expect(previewed.map((hit) => listed(hit.objection))).toEqual(browsed.map((hit) => listed(hit.objection)));
    expect(previewed.map((hit) => hit.score)).toEqual(browsed.map((hit) => hit.score));
  });
});
