import { type ParseArgsConfig, parseArgs } from 'node:util';
import PACKAGE_JSON from '../../package.json';
import {
  BUILTIN_LOCALES,
  ObjectionSearch,
  builtinCatalog,
  evaluateSearch,
  formatProblem,
  localize,
  mergeCatalogs,
  parseCatalog,
  parseLabelledQueries,
  primaryLanguage,
  type Catalog,
  type Locale,
  type Problem,
  type QualityFigures,
  type SearchHit,
} from '../core/index.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input, or `undefined` when it is an interactive terminal. */
  readonly readStdin: () => Promise<string | undefined>;
  readonly readFile: (path: string) => Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: success, problems found (invalid catalog, failed check), wrong usage. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const USAGE = `Usage:
  objection-desk search "<query>" [--locale ru|en|tr] [--limit 5] [--json] [--catalog file.json]… [--no-builtin]
      Without a query, reads one query per line from standard input.
  objection-desk validate <file.json>…
      Prints every problem with its file and JSON path; exits 1 if there is an error.
  objection-desk check <cases.tsv> [--catalog file.json]… [--no-builtin]
      Runs labelled queries (columns: query, expected[, kind, locale]) and prints top-1/top-3 and each miss.
  objection-desk --help | --version`;

class UsageError extends Error {}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = args;
    switch (command) {
      case 'search':
        return await searchCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${(PACKAGE_JSON as { version: string }).version}\n`);
        return EXIT.ok;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError && 'code' in error)) throw error;
    io.stderr(`objection-desk: ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
}

const CATALOG_OPTIONS = {
  catalog: { type: 'string', multiple: true, default: [] as string[] },
  'no-builtin': { type: 'boolean', default: false },
} satisfies ParseArgsConfig['options'];

async function searchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...CATALOG_OPTIONS,
      locale: { type: 'string' },
      limit: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
  const locale = values.locale ?? defaultLocale(io.env);
  if (!(BUILTIN_LOCALES as readonly string[]).includes(locale)) throw new UsageError(`--locale must be one of ${BUILTIN_LOCALES.join(', ')}`);
  let queries: string[];
  if (positionals.length > 0) {
    queries = [positionals.join(' ')];
  } else {
    const input = await io.readStdin();
    if (input === undefined) throw new UsageError('give a query, or pipe queries in, one per line');
    queries = input.split(/\r?\n/).filter((line) => line.trim() !== '');
  }
  const search = await loadSearch(values.catalog, values['no-builtin'], io);
  for (const query of queries) {
    const hits = search.search(query, { limit });
    io.stdout(values.json ? `${jsonLine(query, hits)}\n` : textBlock(query, hits, locale));
  }
  return EXIT.ok;
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new UsageError('give at least one catalog file to validate');
  let errors = 0;
  let warnings = 0;
  for (const file of positionals) {
    const { problems } = await readCatalog(file, io);
    for (const problem of problems) io.stdout(`${formatProblem(problem)}\n`);
    errors += problems.filter((p) => p.severity === 'error').length;
    warnings += problems.filter((p) => p.severity === 'warning').length;
    if (problems.length === 0) io.stdout(`${file}: ok\n`);
  }
  io.stdout(`${errors} error(s), ${warnings} warning(s) in ${positionals.length} file(s)\n`);
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...CATALOG_OPTIONS },
  });
  if (positionals.length !== 1) throw new UsageError('give one file of labelled queries');
  const file = positionals[0]!;
  const { queries, problems } = parseLabelledQueries(await readText(file, io));
  for (const problem of problems) io.stderr(`${file}: ${problem}\n`);
  if (queries.length === 0) {
    io.stderr(`${file}: no queries to check\n`);
    return EXIT.problems;
  }
  const search = await loadSearch(values.catalog, values['no-builtin'], io);
  const report = evaluateSearch(search, queries);
  io.stdout(`${'queries'.padEnd(18)}${'count'.padStart(6)}${'top-1'.padStart(9)}${'top-3'.padStart(9)}\n`);
  const row = (name: string, figures: QualityFigures) =>
    io.stdout(`${name.padEnd(18)}${String(figures.total).padStart(6)}${percent(figures.top1).padStart(9)}${percent(figures.top3).padStart(9)}\n`);
  row('all', report);
  for (const [kind, figures] of Object.entries(report.byKind)) row(`  kind ${kind}`, figures);
  for (const [locale, figures] of Object.entries(report.byLocale)) row(`  locale ${locale}`, figures);
  if (report.misses.length > 0) io.stdout(`\nNot first (${report.misses.length}):\n`);
  for (const { labelled, got } of report.misses) {
    io.stdout(`  ${file}:${labelled.line}  "${labelled.query}"  expected ${labelled.expected}, got ${got.join(', ') || 'nothing'}\n`);
  }
  return EXIT.ok;
}

async function loadSearch(files: readonly string[], noBuiltin: boolean, io: CliIo): Promise<ObjectionSearch> {
  const catalogs: Catalog[] = noBuiltin ? [] : [builtinCatalog()];
  for (const file of files) {
    const { catalog, problems } = await readCatalog(file, io);
    for (const problem of problems) io.stderr(`${formatProblem(problem)}\n`);
    catalogs.push(catalog);
  }
  return new ObjectionSearch(mergeCatalogs(catalogs));
}

async function readCatalog(file: string, io: CliIo): Promise<{ catalog: Catalog; problems: readonly Problem[] }> {
  return parseCatalog(await readText(file, io), file);
}

async function readText(file: string, io: CliIo): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function defaultLocale(env: CliIo['env']): Locale {
  const fromEnv = primaryLanguage(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
  return fromEnv && (BUILTIN_LOCALES as readonly string[]).includes(fromEnv) ? fromEnv : 'en';
}

function jsonLine(query: string, hits: readonly SearchHit[]): string {
  return JSON.stringify({
    query,
    results: hits.map((hit) => ({ id: hit.objection.id, score: Math.round(hit.score * 1000) / 1000 })),
  });
}

function textBlock(query: string, hits: readonly SearchHit[], locale: Locale): string {
  if (hits.length === 0) return `${query}\n  (nothing found)\n`;
  const lines = hits.map((hit, i) => {
    const match = hit.match ? `  ← "${hit.match.text}" (${hit.match.field}, ${hit.match.locale})` : '';
    return `  ${i + 1}. ${hit.objection.id.padEnd(24)} ${hit.score.toFixed(3)}  ${localize(hit.objection.title, locale)}${match}`;
  });
  return `${query}\n${lines.join('\n')}\n`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
