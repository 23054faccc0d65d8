import { describe, expect, it } from 'vitest';
import { DETECT_CONFIDENCE, ObjectionSearch, builtinCatalog, detectObjections, mergeCatalogs } from '../../src/core/index.js';
import { utteranceWords } from '../../src/core/detect.js';
import { foldForSearch } from '../../src/core/fold.js';

const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
const ids = (text: string, locale?: string) => detectObjections(search, text, locale ? { locale } : {}).map((d) => d.id);

describe('detectObjections', () => {
  it('drops fillers of each language, the two-word ones only together', () => {
    expect(utteranceWords('ну эээ как бы короче дорого')).toEqual(['dorogo']);
    expect(utteranceWords('um uh you know like too expensive')).toEqual(foldForSearch('too expensive').split(' '));
    expect(utteranceWords('ıı şey yani pahalı')).toEqual(['pahali']);
    // "как" alone is a word that matters («как оформить заказ»): only «как бы» is a filler.
    expect(utteranceWords('как оформить')).toEqual(['kak', 'oformit']);
  });

  it('finds the same objection with and without fillers', () => {
    expect(ids('ну эээ как бы это дороговато конечно', 'ru')[0]).toBe('expensive');
    expect(ids('um uh i need to think it over you know', 'en')[0]).toBe('think-about-it');
    expect(ids('ıı şey yani bu ay hiç param yok', 'tr')[0]).toBe('no-money-now');
  });

  it('finds an objection said at the end of a long run-on line, whichever window holds it', () => {
    const long = 'алло да здравствуйте я вот по поводу заказа звоню мы с мужем вчера смотрели чайники на сайте и выбрали белый но вообще я хочу отменить заказ';
    expect(ids(long, 'ru')[0]).toBe('cancel-order');
    const early = 'я хочу отменить заказ вот звоню по поводу чайника белого который мы вчера с мужем смотрели на сайте';
    expect(ids(early, 'ru')[0]).toBe('cancel-order');
  });

  it('answers [] for ordinary call talk: greetings, addresses, numbers, confirmations, product questions', () => {
    for (const [text, locale] of [
      ['алло да здравствуйте слушаю', 'ru'],
      ['улица садовая дом семь квартира сорок один', 'ru'],
      ['my number is two oh one five five five one two three four', 'en'],
      ['yeah that works thanks see you then', 'en'],
      ['does the red one have a usb port', 'en'],
      ['tamam evet adres doğru teşekkürler', 'tr'],
      ['', 'ru'],
      ['эээ ну', 'ru'],
    ] as const) {
      expect(detectObjections(search, text, { locale }), text).toEqual([]);
    }
  });

  it('gives detections best first, each at DETECT_CONFIDENCE or above, at most `limit`', () => {
    const all = detectObjections(search, 'дорого долго', { locale: 'ru', limit: 10 });
    expect(all.length).toBeGreaterThan(1);
    for (const { confidence } of all) expect(confidence).toBeGreaterThanOrEqual(DETECT_CONFIDENCE);
    expect(all.map((d) => d.confidence)).toEqual([...all.map((d) => d.confidence)].sort((a, b) => b - a));
    expect(detectObjections(search, 'дорого долго', { locale: 'ru', limit: 1 })).toHaveLength(1);
    expect(detectObjections(search, 'дорого', { limit: 0 })).toEqual([]);
  });

  it('reads only the given locale\'s phrases, and every language without one', () => {
    expect(ids('pahalı', 'tr')).toEqual(['expensive']);
    expect(ids('pahalı', 'ru')).toEqual([]);
    expect(ids('pahalı')).toEqual(['expensive']);
    expect(ids('that is way too expensive', 'en-GB')[0]).toBe('expensive');
  });

  it('is deterministic: the same line gives the same answer', () => {
    const line = 'um honestly i found it cheaper somewhere else';
    expect(detectObjections(search, line, { locale: 'en' })).toEqual(detectObjections(search, line, { locale: 'en' }));
  });
});
