import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ObjectionSearch, builtinCatalog, evaluateSearch, mergeCatalogs, parseLabelledQueries } from '../../src/core/index.js';

const cases = (name: string) => readFileSync(new URL(`../fixtures/cases/${name}`, import.meta.url), 'utf8');
const brief = (text: string) => {
  const { queries, problems } = parseLabelledQueries(text);
  return { queries: queries.map(({ query, expected, kind, locale, line }) => [query, expected, kind, locale, line]), problems };
};

describe('parseLabelledQueries', () => {
  it('reads a spreadsheet\'s CSV with semicolons, a byte order mark and CRLF line ends', () => {
    expect(brief(cases('semicolon-bom.csv'))).toEqual({
      queries: [
        ['дорого; очень', 'expensive', 'phrase', 'ru', 2],
        ['ljhjuj', 'expensive', 'layout', 'ru', 3],
        ['too much, honestly', 'expensive', 'phrase', 'en', 4],
      ],
      problems: [],
    });
  });

  it('reads CSV with commas and quoted cells that hold commas and line breaks, columns named in any order', () => {
    expect(brief(cases('comma-quoted.csv'))).toEqual({
      queries: [
        ['курьер, кажется, опаздывает', 'late-delivery', 'all', 'any', 2],
        ['курьер не приехал', 'no-courier', 'all', 'any', 3],
        ['дорого', 'price-match', 'all', 'any', 5],
      ],
      problems: [],
    });
  });

  it('reads a file without a header row as query, expected, kind, locale', () => {
    expect(brief(cases('no-header.tsv')).queries).toEqual([
      ['курьер опаздывает', 'late-delivery', 'all', 'any', 1],
      ['курьер не приехал', 'no-courier', 'all', 'any', 2],
      ['дорого', 'price-match', 'all', 'any', 4],
    ]);
    expect(brief(cases('german-no-header.csv')).queries[2]).toEqual(['Lieferantn', 'schon-lieferant', 'typo', 'de', 3]);
  });

  it('keeps quotes in a TSV cell as text', () => {
    expect(brief('query\texpected\n"how much" then\thow-much\n').queries[0]![0]).toBe('"how much" then');
  });

  it('says what is wrong with a header that names only some of the columns', () => {
    expect(brief('query;kind\nдорого;phrase\n').problems).toEqual(['line 1: the header must name the columns "query" and "expected"']);
  });

  it('reads "-" as a line no objection fits, which evaluateSearch counts apart and lists when answered', () => {
    const { queries, problems } = parseLabelledQueries('query\texpected\tkind\nдорого\texpensive\tkey\nqwzx\t-\tnone\n!!!\t-\tnone\n');
    expect(problems).toEqual([]);
    const report = evaluateSearch(new ObjectionSearch(mergeCatalogs([builtinCatalog()])), queries);
    expect([report.total, report.top1, Object.keys(report.byKind)]).toEqual([1, 1, ['key']]);
    expect(report.unrelated.total).toBe(2);
    expect(report.unrelated.answered.map((m) => m.labelled.query)).toEqual(['qwzx']);
    const sure = evaluateSearch(new ObjectionSearch(mergeCatalogs([builtinCatalog()])), queries, { isConfident: () => false });
    expect(sure.unrelated.answered).toEqual([]);
  });
});
