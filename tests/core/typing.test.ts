import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../bench/generate-catalog.mjs';
import { ObjectionSearch, builtinCatalog, mergeCatalogs, parseCatalog, type SearchHit } from '../../src/core/index.js';

// While the operator types, the search starts each key from what the earlier words gathered (issue 15):
// the hits must be exactly those of the same query searched on its own.
const catalog = mergeCatalogs([builtinCatalog()]);

/** Everything a hit shows: objection, score, confidence and the highlighted phrase. */
const shown = (hits: readonly SearchHit[]) =>
  hits.map(({ objection, score, confidence, match }) => ({ id: objection.id, score, confidence, match }));

/** What an operator types, key by key: letters, and backspaces where `⌫` stands. */
function keys(typing: string): string[] {
  const texts: string[] = [];
  let text = '';
  for (const key of typing) {
    text = key === '⌫' ? text.slice(0, -1) : text + key;
    texts.push(text);
  }
  return texts;
}

describe('typing a query key by key', () => {
  it('shows at each key the hits the text so far gets when searched on its own', () => {
    const typing = [
      'ну это дорого',
      'у конкурентов дешевле видел',
      'ljhjuj jxtym', // дорого очень, on the wrong layout
      'ya podumayu s muzhem',
      'no money right now',
      'çok pahalı ya',
      // Corrected as typed: the last word, then an earlier one.
      'надо с женой посоветоватся⌫⌫ться',
      'дорого ⌫⌫⌫⌫⌫⌫⌫дешево как-то',
    ];
    const typed = new ObjectionSearch(catalog);
    for (const text of typing.flatMap(keys)) {
      expect(shown(typed.search(text)), text).toEqual(shown(new ObjectionSearch(catalog).search(text)));
    }
  });

  it('does so with a generated catalog beside the built-in one', () => {
    const big = mergeCatalogs([builtinCatalog(), parseCatalog(JSON.stringify(generateCatalog(600)), 'generated').catalog]);
    const typing = ['no mony right now', 'ну это до', 'yfitk ltitdkt', 'a ne podelka li eto'];
    const typed = new ObjectionSearch(big);
    for (const text of typing.flatMap(keys)) {
      // Searched on its own: with an index of its own.
      const alone = new ObjectionSearch(big);
      expect(shown(typed.search(text)), text).toEqual(shown(alone.search(text)));
    }
  });
});
