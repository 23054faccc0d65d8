/**
 * Search and validation over the crafted catalogs of issue 11 (item 1), built by the generators in
 * tests/fixtures/hostile/. No absolute times: each crafted catalog is measured against the built-in catalog
 * alone, in the same run, doing the same things.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_SEARCHED_LENGTH,
  ObjectionSearch,
  builtinCatalog,
  mergeCatalogs,
  parseCatalog,
  validateCatalog,
  type Catalog,
} from '../../src/core/index.js';
import * as foldShch from '../fixtures/hostile/01-fold-shch.mjs';

const builtin = builtinCatalog();

function catalogOf(text: string): Catalog {
  return parseCatalog(text, 'crafted.json').catalog;
}

/** Every prefix of `text`, as typed one key at a time. */
const typed = (text: string) => [...text].map((_, i) => text.slice(0, i + 1));

/**
 * Keystrokes an operator makes: the first words of built-in triggers in three languages, and "shch". Each
 * prefix is asked once, so no answer comes from a search's memory of recent lookups.
 */
const KEYSTROKES = [
  ...['en', 'ru', 'tr'].flatMap((locale) =>
    builtin.objections.slice(0, 12).map((objection) => objection.triggers[locale]?.[0]?.slice(0, 14) ?? ''),
  ),
  'shch',
].flatMap(typed);

/** Total time of each keystroke's search on `a` and on `b`, taken in turn so both see the same load. */
function typingTimes(a: ObjectionSearch, b: ObjectionSearch, keystrokes: readonly string[]): [number, number] {
  let aTime = 0;
  let bTime = 0;
  for (const query of keystrokes) {
    let start = performance.now();
    a.search(query);
    aTime += performance.now() - start;
    start = performance.now();
    b.search(query);
    bTime += performance.now() - start;
  }
  return [aTime, bTime];
}

/** Median time of building each catalog's index afresh, built in turn. */
function indexTimes(a: Catalog[], b: Catalog[], runs = 5): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run += 1) {
    [a, b].forEach((catalogs, i) => {
      const search = new ObjectionSearch(mergeCatalogs(catalogs));
      const start = performance.now();
      search.prepare();
      times[i]!.push(performance.now() - start);
    });
  }
  const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
  return [median(times[0]), median(times[1])];
}

describe('ObjectionSearch over crafted catalogs', () => {
  const shch = catalogOf(foldShch.text());

  it('searches and highlights a text only in its first 2,000 characters', () => {
    const search = new ObjectionSearch(mergeCatalogs([shch]));
    for (const query of typed('shch')) {
      for (const hit of search.search(query)) {
        // The whole trigger is the match, for the element's excerpt; its highlights lie in the searched part.
        expect(hit.match?.text).toBe(foldShch.trigger());
        for (const [, end] of hit.match!.ranges) expect(end).toBeLessThanOrEqual(MAX_SEARCHED_LENGTH);
      }
    }
    expect(search.search('s')[0]?.match?.ranges).toEqual([[0, MAX_SEARCHED_LENGTH]]);
  });

  it('indexes a 90 KB "s"×n + "ch"×n trigger, and answers typing, with about the work of the built-in catalog', () => {
    // The crafted catalog adds one objection whose trigger is searched for 2,000 characters to the built-in
    // catalog's hundreds of texts: a little more work, not the n readings of 90 KB it once took (7.5 s to
    // index, 30 times the built-in catalog's time). Twice leaves room for a collection in one of the runs.
    const [alone, withCrafted] = indexTimes([builtin], [builtin, shch]);
    expect(withCrafted / alone).toBeLessThan(2);
    const plain = new ObjectionSearch(mergeCatalogs([builtin]));
    const crafted = new ObjectionSearch(mergeCatalogs([builtin, shch]));
    typingTimes(plain, crafted, typed('warm up the code'));
    const [plainTime, craftedTime] = typingTimes(plain, crafted, KEYSTROKES);
    expect(craftedTime / plainTime).toBeLessThan(2);
  });
});

describe('validateCatalog on crafted catalogs', () => {
  it('warns that only the first 2,000 characters of a long trigger, title, reply or follow-up are searched', () => {
    const long = 'a'.repeat(MAX_SEARCHED_LENGTH + 1);
    const { catalog, problems } = validateCatalog(
      {
        locale: 'en',
        objections: [
          {
            id: 'long',
            title: { en: long },
            triggers: ['short', long],
            replies: [{ text: long }],
            followUps: [{ customer: { en: long }, replies: [{ text: 'Fine.' }] }],
          },
          { id: 'fine', title: 'a'.repeat(MAX_SEARCHED_LENGTH), triggers: ['fine'], replies: [{ text: 'Fine.' }] },
        ],
      },
      'long.json',
    );
    expect(catalog.objections).toHaveLength(2);
    expect(problems.map(({ severity, path, code }) => [severity, path, code])).toEqual([
      ['warning', 'objections[0].title.en', 'long-text'],
      ['warning', 'objections[0].triggers[1]', 'long-text'],
      ['warning', 'objections[0].replies[0].text', 'long-text'],
      ['warning', 'objections[0].followUps[0].customer.en', 'long-text'],
    ]);
    expect(problems[0]!.message).toBe('is 2001 characters long; only its first 2000 are searched');
    expect(problems[0]!.hint).toMatch(/^shorten it/);
  });

  it('warns about the 90 KB trigger and keeps the catalog', () => {
    const { catalog, problems } = parseCatalog(foldShch.text(), '01.json');
    expect(catalog.objections).toHaveLength(1);
    expect(problems.map((found) => [found.path, found.code])).toEqual([['objections[0].triggers.en[0]', 'long-text']]);
  });
});
