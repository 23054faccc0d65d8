import { readTable } from './delimited-text.js';
import type { SearchHit } from './hits.js';
import type { ObjectionSearch } from './search.js';

/** The expected id of a line no objection fits (gibberish, small talk): the search should be sure of nothing. */
export const NO_OBJECTION = '-';

/** One line of a labelled query set: what the operator types and the objection that should come first. */
export interface LabelledQuery {
  readonly query: string;
  /** Id of the objection that should come first, or `NO_OBJECTION` (`-`) when none fits. */
  readonly expected: string;
  /** Kind of query (phrase, typo, prefix, layout, translit, reply…); `all` when the file has no such column. */
  readonly kind: string;
  readonly locale: string;
  /** 1-based line in the file. */
  readonly line: number;
}

export interface QualityFigures {
  readonly total: number;
  /** Share of queries whose expected objection came first, 0–1. */
  readonly top1: number;
  /** Share of queries whose expected objection was among the first three, 0–1. */
  readonly top3: number;
}

export interface QueryMiss {
  readonly labelled: LabelledQuery;
  /** Ids of the first three hits. */
  readonly got: readonly string[];
}

/** Figures over the lines that expect an objection; lines labelled `-` are counted apart, in `unrelated`. */
export interface QualityReport extends QualityFigures {
  readonly byKind: Readonly<Record<string, QualityFigures>>;
  readonly byLocale: Readonly<Record<string, QualityFigures>>;
  /** Queries whose expected objection was not first. */
  readonly misses: readonly QueryMiss[];
  /** Lines labelled `-`: how many, and those whose first hit the search was sure of (`answered`). */
  readonly unrelated: { readonly total: number; readonly answered: readonly QueryMiss[] };
}

export interface EvaluateOptions {
  /** Whether a first hit counts as an answer for a line labelled `-`; by default any hit does. */
  readonly isConfident?: (hit: SearchHit) => boolean;
}

/** The columns of a query set without a header row, in order. */
const COLUMNS: readonly string[] = ['query', 'expected', 'kind', 'locale'];

/**
 * Reads a labelled query set, TSV or CSV (see `readTable`): one query per row, with the id of the objection
 * that should come first, and optionally its kind and locale. A first row naming the columns `query` and
 * `expected` (and maybe `kind`, `locale`, `note`, in any order) is a header; without one, the columns are
 * query, expected, kind, locale in that order. Blank rows and rows starting with `#` are skipped.
 *
 * ```ts
 * const { queries, problems } = parseLabelledQueries('query\texpected\nдорого\texpensive\n');
 * parseLabelledQueries('дорого;expensive\n"дорого, очень";expensive\n').queries.length; // 2
 * ```
 */
export function parseLabelledQueries(text: string): { queries: LabelledQuery[]; problems: string[] } {
  const rows = readTable(text).rows.filter(({ cells }) => cells.join('').trim() !== '' && !cells[0]!.startsWith('#'));
  const names = rows[0]?.cells.map((name) => name.trim().toLowerCase()) ?? [];
  const hasHeader = names.includes('query') && names.includes('expected');
  if (!hasHeader && names.some((name) => [...COLUMNS, 'note'].includes(name))) {
    return { queries: [], problems: [`line ${rows[0]!.line}: the header must name the columns "query" and "expected"`] };
  }
  const [queryAt, expectedAt, kindAt, localeAt] = COLUMNS.map((name, i) => (hasHeader ? names.indexOf(name) : i));
  const queries: LabelledQuery[] = [];
  const problems: string[] = [];
  for (const { cells, line } of hasHeader ? rows.slice(1) : rows) {
    const query = cells[queryAt!] ?? '';
    const expected = cells[expectedAt!]?.trim() ?? '';
    if (query.trim() === '' || expected === '') {
      problems.push(`line ${line}: needs a query and an expected id`);
      continue;
    }
    queries.push({
      query,
      expected,
      kind: (kindAt! >= 0 && cells[kindAt!]?.trim()) || 'all',
      locale: (localeAt! >= 0 && cells[localeAt!]?.trim()) || 'any',
      line,
    });
  }
  return { queries, problems };
}

/**
 * Runs every query and reports top-1/top-3 overall, per kind and per locale, with each miss. Lines labelled
 * `-` (no objection fits) are left out of those figures; `unrelated.answered` lists those the search answered.
 *
 * ```ts
 * const report = evaluateSearch(search, queries);
 * console.log(report.top1, report.byKind['layout'], report.unrelated.answered.length);
 * ```
 */
export function evaluateSearch(
  search: ObjectionSearch,
  queries: readonly LabelledQuery[],
  { isConfident = () => true }: EvaluateOptions = {},
): QualityReport {
  const answered: QueryMiss[] = [];
  const ranks: Array<QueryMiss & { readonly rank: number }> = [];
  for (const labelled of queries) {
    const hits = search.search(labelled.query, { limit: 3 });
    const got = hits.map((hit) => hit.objection.id);
    if (labelled.expected !== NO_OBJECTION) ranks.push({ labelled, got, rank: got.indexOf(labelled.expected) });
    else if (hits[0] && isConfident(hits[0])) answered.push({ labelled, got });
  }
  const figures = (subset: typeof ranks): QualityFigures => ({
    total: subset.length,
    top1: share(subset, (r) => r.rank === 0),
    top3: share(subset, (r) => r.rank >= 0),
  });
  const groupBy = (pick: (q: LabelledQuery) => string) => {
    const groups: Record<string, typeof ranks> = {};
    for (const r of ranks) (groups[pick(r.labelled)] ??= []).push(r);
    return Object.fromEntries(Object.entries(groups).map(([name, subset]) => [name, figures(subset)]));
  };
  return {
    ...figures(ranks),
    byKind: groupBy((q) => q.kind),
    byLocale: groupBy((q) => q.locale),
    misses: ranks.filter((r) => r.rank !== 0).map(({ labelled, got }) => ({ labelled, got })),
    unrelated: { total: queries.length - ranks.length, answered },
  };
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}
