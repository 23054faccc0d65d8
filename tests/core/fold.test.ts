import { describe, expect, it } from 'vitest';
import { foldForSearch, switchKeyboardLayout } from '../../src/core/index.js';

describe('foldForSearch', () => {
  it('lower-cases, drops punctuation and collapses spaces', () => {
    expect(foldForSearch('  Дорого!!!   У  вас ')).toBe(foldForSearch('дорого у вас'));
  });

  it('treats ё as е and й as и, as people type them', () => {
    expect(foldForSearch('нашёл дешёвый')).toBe(foldForSearch('нашел дешевый'));
  });

  it('folds Turkish letters, dotless ı and dotted İ to their plain Latin forms', () => {
    expect(foldForSearch('PAHALI İNDİRİM ÜŞÜDÜM ĞÇÖ')).toBe(foldForSearch('pahali indirim usudum gco'));
    expect(foldForSearch('pahalı')).toBe('pahali');
  });

  it('strips other diacritics', () => {
    expect(foldForSearch('Café crème')).toBe(foldForSearch('cafe creme'));
  });

  it('makes Russian and its chat transliterations meet', () => {
    const dorogo = foldForSearch('дорого');
    expect(foldForSearch('dorogo')).toBe(dorogo);
    expect(foldForSearch('DOROGO')).toBe(dorogo);
    expect(foldForSearch('я подумаю')).toBe(foldForSearch('ya podumayu'));
    expect(foldForSearch('я подумаю')).toBe(foldForSearch('ja podumaju'));
    expect(foldForSearch('рассрочка')).toBe(foldForSearch('rasrochka'));
    expect(foldForSearch('хорошо')).toBe(foldForSearch('xorowo'));
    expect(foldForSearch('хочу')).toBe(foldForSearch('ho4u'));
    expect(foldForSearch('цена')).toBe(foldForSearch('tsena'));
  });

  it('folds again what one pass brings together, so a key folds to itself', () => {
    // Found by the property tests: "4", "w" and doubled letters used to leave "sch", "tsh", "kh" or "h4" behind.
    expect(foldForSearch("s4ast'e")).toBe(foldForSearch('счастье'));
    expect(foldForSearch('tw')).toBe(foldForSearch('тш'));
    expect(foldForSearch('kkh')).toBe(foldForSearch('kh'));
    expect(foldForSearch('a44')).toBe(foldForSearch('ачч'));
    expect(foldForSearch('44a')).toBe(foldForSearch('ччa'));
    for (const text of ['w4', 'Wч', 'kx', 'tw', 'sscch', 'a44', '44a']) expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
  });

  it('keeps digits and drops emoji and control characters', () => {
    expect(foldForSearch('3 штуки 😀\u0007')).toBe(foldForSearch('3 штуки'));
  });

  it('maps each character of the key back to where it came from', () => {
    const text = 'Ёлка, щука';
    const offsets: number[] = [];
    const key = foldForSearch(text, offsets);
    expect(offsets).toHaveLength(key.length);
    const sh = key.indexOf('sh');
    expect(text[offsets[sh]!]).toBe('щ');
  });

  it('never throws on odd input', () => {
    for (const input of ['', '\uD800', '﷽', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'a'.repeat(10_000), '\u202Eabc']) {
      expect(() => foldForSearch(input)).not.toThrow();
    }
  });
});

describe('switchKeyboardLayout', () => {
  it('reads Latin typed on the Russian layout as Russian', () => {
    expect(switchKeyboardLayout('ljhjuj')).toBe('дорого');
    expect(switchKeyboardLayout('Z gjlevf.')).toBe('Я подумаю');
    expect(switchKeyboardLayout('lf;t [jxe')).toBe('даже хочу');
  });

  it('reads Cyrillic typed on the Latin layout as English', () => {
    expect(switchKeyboardLayout('рщц ьгср')).toBe('how much');
    expect(switchKeyboardLayout('ЕЩЩ')).toBe('TOO');
  });

  it('maps the Turkish Q layout letters to the Russian keys they share', () => {
    expect(switchKeyboardLayout('ğ')).toBe('х');
  });

  it('leaves digits, spaces and other scripts alone', () => {
    expect(switchKeyboardLayout('42 😀 ש')).toBe('42 😀 ש');
  });
});
