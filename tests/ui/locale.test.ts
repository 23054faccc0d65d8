import { describe, expect, it } from 'vitest';
import { plural, toUiLocale } from '../../src/ui/locale.js';
import { MORE_PROBLEMS } from '../../src/ui/more-problems.js';

describe('toUiLocale', () => {
  it('takes the primary language of a tag the interface speaks', () => {
    expect(toUiLocale('ru-RU')).toBe('ru');
    expect(toUiLocale('TR')).toBe('tr');
  });

  it('gives undefined for a language the interface does not speak, or none', () => {
    expect(toUiLocale('de-DE')).toBeUndefined();
    expect(toUiLocale(undefined)).toBeUndefined();
  });
});

describe('plural', () => {
  it('picks the Russian form by count and writes the number in place of #', () => {
    const forms = { one: '# ошибка', few: '# ошибки', many: '# ошибок', other: '# ошибки' };
    expect([1, 3, 5, 21].map((count) => plural('ru', count, forms))).toEqual(['1 ошибка', '3 ошибки', '5 ошибок', '21 ошибка']);
  });
});

describe('MORE_PROBLEMS', () => {
  it('says how many problems are not listed, in each interface language', () => {
    expect(MORE_PROBLEMS.en(1)).toBe('… and 1 more problem, not listed.');
    expect(MORE_PROBLEMS.ru(5)).toBe('… и ещё 5 замечаний, не показаны.');
    expect(MORE_PROBLEMS.tr(2)).toBe('… ve listelenmeyen 2 sorun daha.');
  });
});
