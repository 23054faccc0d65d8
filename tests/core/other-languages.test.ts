import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, canonicalLocale, catalogStats, localize, searchCatalogs, validateCatalog, validateForAuthors } from '../../src/core/index.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const german = () => validateForAuthors(fixture('german-catalog.json'), 'german-catalog.json');

describe('a catalog in another language (German)', () => {
  it('validates without a problem, in its own locale', () => {
    const { catalog, problems } = german();
    expect(problems).toEqual([]);
    expect(catalog.locales).toEqual(['de']);
    expect(catalogStats(catalog).locales.map((stats) => stats.locale)).toEqual(['de']);
  });

  it.each([
    ['das ist zu teuer', 'zu-teuer'],
    ['zu tuer', 'zu-teuer'],
    ['gunstiger gefunden', 'zu-teuer'],
    ['keine zeit', 'keine-zeit'],
    ['spater anrufen', 'keine-zeit'],
    ['Lieferantn', 'schon-lieferant'],
  ])('finds "%s" (%s) merged with the built-in catalog', (query, id) => {
    const search = searchCatalogs([german().catalog], builtinCatalog());
    expect(search.search(query, { limit: 3 })[0]?.objection.id).toBe(id);
  });

  it('keeps the built-in wrong-layout search for Russian', () => {
    const search = searchCatalogs([german().catalog], builtinCatalog());
    expect(search.search('ljhjuj', { limit: 1 })[0]?.objection.id).toBe('expensive');
  });

  it('shows a German text for de and de-AT, and English or the first text for a language it lacks', () => {
    const [objection] = german().catalog.objections;
    expect(localize(objection!.title, 'de')).toBe('Zu teuer');
    expect(localize(objection!.title, 'de-AT')).toBe('Zu teuer');
    expect(localize({ ru: 'Дорого', en: 'Too expensive' }, 'de')).toBe('Too expensive');
  });
});

describe('locale codes', () => {
  it('accepts any BCP 47 language tag', () => {
    const { catalog, problems } = validateCatalog(
      { locales: ['pt-BR', 'zh-Hant'], objections: [{ id: 'caro', title: { 'pt-BR': 'Caro', 'zh-Hant': '太貴' }, triggers: { 'pt-BR': ['muito caro'], 'zh-Hant': ['太貴了'] }, replies: [{ text: { 'pt-BR': 'Entendo.', 'zh-Hant': '我明白。' } }] }] },
      'mine.json',
    );
    expect(problems).toEqual([]);
    expect(catalog.locales).toEqual(['pt-BR', 'zh-Hant']);
  });

  it('warns about a locale written in another case, and reads it as the canonical one', () => {
    const { catalog, problems } = validateCatalog({ objections: [{ id: 'caro', title: { 'pt-br': 'Caro' }, triggers: { DE: ['teuer'] }, replies: [{ text: { 'pt-BR': 'Entendo.' } }] }] }, 'mine.json');
    expect(problems.map((p) => `${p.path} ${p.severity}: ${p.message}`)).toEqual([
      'objections[0].title.pt-br warning: has the locale code "pt-br", which is read as "pt-BR"; write "pt-BR"',
      'objections[0].triggers.DE warning: has the locale code "DE", which is read as "de"; write "de"',
    ]);
    expect(catalog.objections[0]!.title).toEqual({ 'pt-BR': 'Caro' });
    expect(catalog.objections[0]!.triggers).toEqual({ de: ['teuer'] });
  });

  it('reports a malformed locale code, and what is written under it is left out', () => {
    const { problems } = validateCatalog({ locales: ['de_DE', 'german'], objections: [] }, 'mine.json');
    expect(problems.map((p) => `${p.path} ${p.severity}: ${p.message}`)).toEqual([
      'locales[0] error: has "de_DE" where a locale code such as "ru", "en" or "tr" is expected',
      'locales[1] error: has "german" where a locale code such as "ru", "en" or "tr" is expected',
    ]);
  });

  it('canonicalLocale spells a tag as catalogs key it, or says it is none', () => {
    expect(['de', 'DE', 'pt-br', 'zh-hant', 'de_DE', 'german', ''].map(canonicalLocale)).toEqual(['de', 'de', 'pt-BR', 'zh-Hant', undefined, undefined, undefined]);
  });
});
