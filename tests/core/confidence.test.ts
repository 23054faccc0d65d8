// The examples of issue 15's "Confident wrong answers", each as the operator typed it.
import { describe, expect, it } from 'vitest';
import { ObjectionSearch, WEAK_CONFIDENCE, builtinCatalog, mergeCatalogs, type SearchHit } from '../../src/core/index.js';

const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
const first = (query: string) => search.search(query)[0];
const firstId = (query: string) => first(query)?.objection.id;
/** The words of a hit's matched text that are highlighted. */
const highlighted = (hit: SearchHit | undefined) => hit?.match?.ranges.map(([start, end]) => hit.match!.text.slice(start, end).toLowerCase()) ?? [];
const isConfident = (hit: SearchHit) => hit.confidence >= WEAK_CONFIDENCE;

describe('search confidence', () => {
  it('gives every hit a confidence between 0 and 1, and the listing without a query 1', () => {
    for (const query of ['дорого', 'qwzx', 'how much', 'kargo', 'ljhjuj']) {
      for (const hit of search.search(query)) {
        expect(hit.confidence).toBeGreaterThanOrEqual(0);
        expect(hit.confidence).toBeLessThanOrEqual(1);
      }
    }
    expect(search.browse().every((hit) => hit.confidence === 1)).toBe(true);
  });

  it('is sure of a plain answer: "дорого", "how much is it", "ljhjuj" typed in the wrong layout', () => {
    for (const query of ['дорого', 'how much is it', 'ljhjuj', 'size nasıl güveneyim']) expect(first(query)!.confidence, query).toBeGreaterThanOrEqual(WEAK_CONFIDENCE);
  });

  it('is sure of nothing for the gibberish "qwzx" or sentences about something else', () => {
    for (const query of ['qwzx', 'asdfgh', 'jjjjjj', 'xyz', 'the weather is nice today', 'кошка спит на диване', 'bugün hava çok güzel']) {
      expect(search.search(query).filter(isConfident).map((hit) => hit.objection.id), query).toEqual([]);
    }
  });

  it('is less sure of a word found only approximately in a query read in the other layout ("wfie" is not "cash")', () => {
    expect(search.search('wfie').filter((hit) => hit.match?.text === 'can I pay cash?').filter(isConfident)).toEqual([]);
  });
});

describe('search ranking for confident answers', () => {
  it('counts two neighbouring letters typed in the wrong order as one slip', () => {
    const words: Record<string, string> = { spned: 'spend', crad: 'card', wfie: 'wife', plcae: 'place', sned: 'send' };
    for (const [typed, meant] of Object.entries(words)) expect(highlighted(first(typed)), typed).toContain(meant);
    expect(firstId('how mcuh is it')).toBe('how-much');
  });

  it('never lets a wrong-layout reading beat the query as typed: «цена» shows no "wife"', () => {
    const hits = search.search('цена');
    expect(hits[0]!.objection.id).toBe('how-much');
    expect(hits.flatMap(highlighted)).not.toContain('wife');
  });

  it('takes the start of a real word as typed, not in the other layout: «еже» is on its way to «ежемесячно»', () => {
    // Re-typed, «еже» is "t;t": every word starting with "t" ("kaç TL?", "too long") would come first.
    const hits = search.search('еже');
    expect(hits[0]!.objection.id).toBe('no-money-now');
    expect(hits.flatMap(highlighted).filter((word) => word.startsWith('t'))).toEqual([]);
    // A word typed in the wrong layout starts no word of the catalog: it is still read in the other layout.
    expect(firstId('ljhj')).toBe('expensive');
  });

  it('understands who decides, in every language', () => {
    expect(firstId('с мужем')).toBe('think-about-it');
    for (const query of [
      'надо с мужем посоветоваться',
      'с женой посоветоваться',
      'need to talk to my wife first',
      'check with my wife',
      'eşime sorayım',
      'patronuma danışayım',
    ]) {
      expect(firstId(query), query).toBe('think-about-it');
    }
  });

  it('finds the stem behind Turkish suffixes', () => {
    expect(firstId("Hepsiburada'da daha ucuz")).toBe('expensive');
    expect(firstId('kargo çok geç geliyor')).toBe('delivery-too-long');
    expect(firstId('size nasıl güveneyim')).toBe('trust');
  });

  it('reads "the laptop doesn\'t work" as a broken item, not as a question about how the store works', () => {
    expect(firstId("the laptop doesn't work")).toBe('return-order');
  });
});
