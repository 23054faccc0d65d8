import { describe, expect, it } from 'vitest';
import { DETECT_CONFIDENCE, ObjectionSearch, builtinCatalog, detectObjections, mergeCatalogs } from '../../src/core/index.js';
import { utteranceWords } from '../../src/core/detect.js';
import { deniedWords, dropQuestionTags, isNegativeVerb, wordLists } from '../../src/core/detect-words.js';
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

  it('raises nothing when the customer denies the objection: «не дорого», "not expensive", «pahalı değil»', () => {
    for (const [text, locale] of [
      ['не дорого', 'ru'],
      ['ну не так уж и дорого', 'ru'],
      ['отменять не надо', 'ru'],
      ["it's not expensive", 'en'],
      ["i don't want to cancel", 'en'],
      ['pahalı değil', 'tr'],
      ['iptal etmek istemiyorum', 'tr'],
      ['iptal etmeyin', 'tr'],
    ] as const) {
      expect(ids(text, locale), text).toEqual([]);
    }
    // The same words without the denial are the objection.
    expect(ids('дорого', 'ru')[0]).toBe('expensive');
    expect(ids("it's expensive", 'en')[0]).toBe('expensive');
    expect(ids('iptal etmek istiyorum', 'tr')[0]).toBe('cancel-order');
    expect(ids('iptal edin', 'tr')[0]).toBe('cancel-order');
  });

  it('still finds an objection that is itself a denial, in either word order', () => {
    expect(ids('не хочу регистрироваться', 'ru')[0]).toBe('site-hassle');
    expect(ids('регистрироваться не хочу', 'ru')[0]).toBe('site-hassle');
    expect(ids("i don't want to register", 'en')[0]).toBe('site-hassle');
    expect(ids('üye olmak istemiyorum', 'tr')[0]).toBe('site-hassle');
  });

  it('does not take a denial of something else for the denial a phrase says', () => {
    // "şu an uygun değil" (not a good time) shares "uygun" and "değil" with this line.
    expect(ids('pahalı değil gayet uygun', 'tr')).toEqual([]);
  });

  it('reads past numbers, fillers and question tags around an objection', () => {
    expect(ids('я хочу отменить заказ номер сто двадцать три', 'ru')[0]).toBe('cancel-order');
    expect(ids('iki yüz on beş numaralı siparişi iptal edin', 'tr')[0]).toBe('cancel-order');
    expect(ids('ну щас денег нет честно говоря', 'ru')[0]).toBe('no-money-now');
    const confidence = (text: string, locale: string) => detectObjections(search, text, { locale })[0]?.confidence;
    expect(confidence("it's too expensive isn't it", 'en')).toBe(confidence("it's too expensive", 'en'));
    expect(confidence('çok pahalı değil mi', 'tr')).toBe(confidence('çok pahalı', 'tr'));
    expect(confidence('дорого да', 'ru')).toBe(confidence('дорого', 'ru'));
    // A line of numbers alone is still plain talk.
    expect(ids('sipariş numaram dört yüz yirmi üç', 'tr')).toEqual([]);
  });

  it('takes a plain question that shares only a topic word with an objection for a question', () => {
    for (const [text, locale] of [
      ['how much does it weigh', 'en'],
      ['ağırlığı ne kadar', 'tr'],
      ['сколько он весит примерно', 'ru'],
      ['what time will the courier come', 'en'],
      ['во сколько приедет курьер', 'ru'],
      ['warranty card', 'en'],
    ] as const) {
      expect(ids(text, locale), text).toEqual([]);
    }
    expect(ids('how much', 'en')[0]).toBe('how-much');
    expect(ids('fiyatı ne kadar', 'tr')[0]).toBe('how-much');
  });

  it('does not read a word one letter longer as a short word it contains: "broken" is not "broke"', () => {
    expect(ids('it arrived broken', 'en')).not.toContain('no-money-now');
    expect(ids('the charger is missing', 'en')).toEqual([]);
    expect(ids("i'm broke", 'en')[0]).toBe('no-money-now');
    // A plural is the same word.
    expect(ids('your prices are high', 'en')[0]).toBe('expensive');
  });

  it('hears Turkish "cheaper on another site" and "this price is too much" as too expensive', () => {
    expect(ids('başka sitede daha ucuza gördüm', 'tr')[0]).toBe('expensive');
    expect(ids('bu fiyat çok fazla', 'tr')[0]).toBe('expensive');
  });
});

describe('detection word lists', () => {
  const folded = (text: string) => foldForSearch(text).split(' ');

  it('denies the next word of meaning after «не» / "not", passing through "want to" and «слишком»', () => {
    expect(deniedWords(folded('не слишком дорого'), wordLists('ru'))).toEqual([false, true, true]);
    expect(deniedWords(folded("don't want to cancel my order"), wordLists('en'))).toEqual([false, true, true, true, false, false]);
  });

  it('denies the word before «değil» and a Turkish negative verb with its infinitive and noun', () => {
    expect(deniedWords(folded('pahalı değil'), wordLists('tr'))).toEqual([true, false]);
    expect(deniedWords(folded('iptal etmek istemiyorum'), wordLists('tr'))).toEqual([true, true, true]);
    expect(deniedWords(folded('iptal etmek istiyorum'), wordLists('tr'))).toEqual([false, false, false]);
  });

  it('tells Turkish negative verbs from positive ones, folded as search folds them', () => {
    for (const word of ['istemiyorum', 'gelmedi', 'olmaz', 'etmeyin', 'ödeyemem', 'gelmeyecek']) expect(isNegativeVerb(foldForSearch(word)), word).toBe(true);
    for (const word of ['istiyorum', 'ödemeli', 'etmek', 'tamam', 'hemen', 'olmasın']) expect(isNegativeVerb(foldForSearch(word)), word).toBe(false);
  });

  it('drops question tags, «да» only at the end', () => {
    expect(dropQuestionTags(folded('pahalı değil mi'), wordLists('tr'))).toEqual(folded('pahalı'));
    expect(dropQuestionTags(folded("too expensive isn't it"), wordLists('en'))).toEqual(folded('too expensive'));
    expect(dropQuestionTags(folded('да дорого да'), wordLists('ru'))).toEqual(folded('да дорого'));
  });
});
