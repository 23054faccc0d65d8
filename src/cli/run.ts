import { type ParseArgsConfig, parseArgs } from 'node:util';
import PACKAGE_JSON from '../../package.json';
import { catalogToJson } from '../core/catalog-files.js';
import {
  BUILTIN_LOCALES,
  MAX_PROBLEMS,
  MIN_TRIGGERS,
  type ObjectionSearch,
  builtinCatalog,
  catalogStats,
  evaluateSearch,
  ProblemCollector,
  countProblems,
  lintCatalog,
  localize,
  messageOf,
  parseLabelledQueries,
  primaryLanguage,
  searchCatalogs,
  type LintFinding,
  type LintKind,
  type Catalog,
  type CappedProblems,
  type Locale,
  type ProblemSeverity,
  type QualityFigures,
  type SearchHit,
} from '../core/index.js';
import { UnreadablePathError, loadCatalog, type CliFiles, type LoadedCatalog } from './load.js';
import { formatProblem, oneLine, withInertOutput } from './terminal-text.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo extends CliFiles {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input, or `undefined` when it is an interactive terminal. */
  readonly readStdin: () => Promise<string | undefined>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: success, problems found (invalid catalog, failed check), wrong usage. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const USAGE = `Usage:
  A catalog is a .json, .yaml or .yml file, or a folder of them (one objection or a whole catalog per
  file, read in name order); see docs/extend-catalog.md.

  objection-desk search "<query>" [--locale ru|en|tr] [--limit 5] [--json] [--catalog <file|dir>]… [--no-builtin]
      Without a query, reads one query per line from standard input.
  objection-desk validate <file|dir>…
      Lists errors, then warnings, each as file:line:column: path: message; exits 1 if there is an error.
  objection-desk build <file|dir>… -o catalog.json
      Compiles the files into one JSON catalog for <objection-desk src="catalog.json">; writes nothing and
      exits 1 if there is an error. "-o -" writes to standard output.
  objection-desk lint <file|dir>… [--no-builtin] [--min-triggers 3] [--strict] [--json]
      Triggers that are the same or one letter apart on two objections, triggers that find another objection
      first (built-ins included unless --no-builtin), objections with few triggers in a locale, categories
      without a title. Findings are warnings: exits 0, or 1 with --strict.
  objection-desk stats <file|dir>… [--json]
      Objections, triggers and replies per locale and per category.
  objection-desk check <cases.tsv> [--catalog <file|dir>]… [--no-builtin]
      Runs labelled queries (columns: query, expected[, kind, locale]) and prints top-1/top-3 and each miss.
  objection-desk --help | --version`;

class UsageError extends Error {}

/**
 * Runs one command. What it prints passes through `forTerminal`: a catalog's text reaches the terminal as
 * text, never as an escape sequence; and a file it cannot read is a problem it reports, never a stack trace.
 */
export async function runCli(args: readonly string[], terminalIo: CliIo): Promise<number> {
  const io = withInertOutput(terminalIo);
  try {
    const [command, ...rest] = args;
    switch (command) {
      case 'search':
        return await searchCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'build':
        return await buildCommand(rest, io);
      case 'lint':
        return await lintCommand(rest, io);
      case 'stats':
        return await statsCommand(rest, io);
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
    const isUsage = error instanceof UsageError || error instanceof UnreadablePathError || (error instanceof TypeError && 'code' in error);
    if (!isUsage) {
      // A bug, not a catalog's fault (those are problems): said in one line, as everything else.
      io.stderr(`objection-desk: cannot go on: ${oneLine(messageOf(error))}\n`);
      return EXIT.problems;
    }
    io.stderr(`objection-desk: ${oneLine(error.message)}\n\n${USAGE}\n`);
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
  const limit = positiveWholeNumber(values.limit, 'limit');
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
  if (positionals.length === 0) throw new UsageError('give at least one catalog file or folder to validate');
  const problems = new ProblemCollector();
  const ok: string[] = [];
  let fileCount = 0;
  for (const path of positionals) {
    const loaded = await loadCatalog([path], path, io);
    problems.addAll(loaded.problems, loaded.omitted);
    fileCount += loaded.fileCount;
    if (loaded.problems.length === 0) ok.push(`${oneLine(path)}: ok, ${count(loaded.catalog.objections.length, 'objection')}`);
  }
  const { errors, warnings } = printProblems(problems.result(), io.stdout);
  for (const line of ok) io.stdout(`${line}\n`);
  io.stdout(`${errors} error(s), ${warnings} warning(s) in ${count(fileCount, 'file')}\n`);
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

async function buildCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  if (positionals.length === 0) throw new UsageError('give the catalog files or folders to build');
  if (!values.output) throw new UsageError('give the file to write with -o, such as -o catalog.json');
  const output = values.output;
  const toStdout = output === '-';
  const loaded = await loadCatalog(positionals, positionals[0]!, io, toStdout ? undefined : output);
  const { errors, warnings } = printProblems(loaded, io.stderr);
  if (errors > 0) {
    io.stderr(`${errors} error(s), ${warnings} warning(s): ${toStdout ? 'nothing written' : `${output} not written`}\n`);
    return EXIT.problems;
  }
  const json = `${JSON.stringify(catalogToJson(loaded.catalog), null, 2)}\n`;
  if (toStdout) io.stdout(json);
  else await writeOutput(output, json, io);
  const { catalog } = loaded;
  const locales = catalog.locales.length > 0 ? `, locales ${catalog.locales.join(', ')}` : '';
  io.stderr(
    `${toStdout ? 'wrote' : `wrote ${output}:`} ${count(catalog.objections.length, 'objection')}, ${catalog.disabled.length} disabled${locales}` +
      ` from ${count(loaded.fileCount, 'file')}; ${count(warnings, 'warning')}\n`,
  );
  return EXIT.ok;
}

async function writeOutput(path: string, text: string, io: CliIo): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${messageOf(error)}`);
  }
}

const LINT_SECTIONS: ReadonlyArray<{ title: string; kinds: readonly LintKind[] }> = [
  { title: 'Same or near-same triggers on two objections', kinds: ['same-trigger', 'near-trigger'] },
  { title: 'Triggers that find another objection first', kinds: ['found-elsewhere'] },
  { title: 'Coverage gaps', kinds: ['few-triggers', 'missing-locale'] },
  { title: 'Categories without a title', kinds: ['untitled-category'] },
];

async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'no-builtin': { type: 'boolean', default: false },
      'min-triggers': { type: 'string', default: String(MIN_TRIGGERS) },
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('give the catalog files or folders to lint');
  const minTriggers = positiveWholeNumber(values['min-triggers'], 'min-triggers');
  const loaded: LoadedCatalog[] = [];
  for (const path of positionals) loaded.push(await loadCatalog([path], path, io));
  reportErrorsBriefly(loaded, io);
  const catalogs = loaded.map((item) => item.catalog);
  const search = searchCatalogs(catalogs, { builtin: values['no-builtin'] ? undefined : builtinCatalog() });
  const sources = new Set(positionals);
  const declared = [...new Set(catalogs.flatMap((catalog) => catalog.locales))];
  const findings = lintCatalog(search, (objection) => sources.has(objection.source), {
    minTriggers,
    ...(declared.length > 0 ? { locales: declared } : {}),
  });
  const where = (finding: LintFinding) => {
    const owner = loaded.find((item) => item.catalog.source === finding.objection.source);
    const place = finding.trigger !== undefined
      ? owner?.locateTrigger(finding.objection.id, finding.locale!, finding.trigger)
      : owner?.locate(finding.objection.id, finding.kind === 'untitled-category' ? 'category' : 'triggers') ?? owner?.locate(finding.objection.id);
    return place ?? { file: finding.objection.source, path: '', line: undefined, column: undefined };
  };
  if (values.json) {
    for (const finding of findings) {
      const { file, line, column } = where(finding);
      const other = finding.other && { id: finding.other.objection.id, source: finding.other.objection.source, text: finding.other.text };
      io.stdout(`${JSON.stringify({ kind: finding.kind, id: finding.objection.id, locale: finding.locale, trigger: finding.trigger, other, file, line, column, message: finding.message })}\n`);
    }
  } else {
    // As with problems, the first MAX_PROBLEMS are listed (--json gives them all).
    let listed = 0;
    for (const { title, kinds } of LINT_SECTIONS) {
      const inSection = findings.filter((finding) => kinds.includes(finding.kind));
      if (inSection.length === 0 || listed >= MAX_PROBLEMS) continue;
      io.stdout(`${title} (${inSection.length}):\n`);
      for (const finding of inSection.slice(0, MAX_PROBLEMS - listed)) {
        const { file, line, column } = where(finding);
        io.stdout(`  ${oneLine(file)}${line === undefined ? '' : `:${line}:${column}`}: ${oneLine(finding.objection.id)}: ${oneLine(finding.message)}\n`);
        listed += 1;
      }
    }
    if (findings.length > listed) io.stdout(`  … and ${figure(findings.length - listed)} more ${findings.length - listed === 1 ? 'finding' : 'findings'}\n`);
    const verdict = findings.length === 0 ? 'nothing to report' : `${count(findings.length, 'finding')}`;
    io.stdout(`${verdict} in ${count(search.catalog.objections.filter((o) => sources.has(o.source)).length, 'objection')}${findings.length > 0 && !values.strict ? ' (warnings; --strict makes them fail)' : ''}\n`);
  }
  return values.strict && findings.length > 0 ? EXIT.problems : EXIT.ok;
}

async function statsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('give the catalog files or folders to count');
  const loaded = await loadCatalog(positionals, positionals[0]!, io);
  reportErrorsBriefly([loaded], io);
  const stats = catalogStats(loaded.catalog);
  if (values.json) {
    io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
    return EXIT.ok;
  }
  const locale = defaultLocale(io.env);
  io.stdout(`${oneLine(positionals.join(', '))}: ${count(stats.objections, 'objection')}, ${stats.disabled} disabled\n\n`);
  io.stdout(table(['locale', 'objections', 'triggers', 'replies'], stats.locales.map((s) => [s.locale, s.objections, s.triggers, s.replies])));
  io.stdout('\n');
  io.stdout(table(
    ['category', 'title', 'objections', 'triggers', 'replies'],
    stats.categories.map((s) => [oneLine(s.id), s.title ? oneLine(localize(s.title, locale)) : '(not in these files)', s.objections, s.triggers, s.replies]),
  ));
  return EXIT.ok;
}

/** A count as the CLI prints it: 999,900. */
const figure = (n: number) => n.toLocaleString('en-US');

/** Columns padded to their widest cell; numbers to the right. */
function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const widths = header.map((name, i) => Math.max(name.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: ReadonlyArray<string | number>, isHeader = false) =>
    cells
      .map((cell, i) => (typeof cell === 'number' || (isHeader && typeof rows[0]?.[i] === 'number') ? String(cell).padStart(widths[i]!) : String(cell).padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header, true), ...rows.map((row) => line(row))].join('\n')}\n`;
}

/**
 * Errors first, then warnings, each under its own heading with how many there are in all; the problems the
 * checks left out are one line at the end. Returns how many of each there are in all.
 */
function printProblems(found: CappedProblems, print: (text: string) => void): { errors: number; warnings: number } {
  const { errors, warnings } = countProblems(found);
  const listed = (severity: ProblemSeverity) => found.problems.filter((p) => p.severity === severity).map((p) => `  ${formatProblem(p)}\n`).join('');
  if (errors > 0) print(`Errors (${errors}):\n${listed('error')}`);
  if (warnings > 0) print(`Warnings (${warnings}):\n${listed('warning')}`);
  const more = moreProblemsLine(found);
  if (more) print(`${more}\n`);
  return { errors, warnings };
}

/** "  … and 999,900 more problems (999,900 errors, 0 warnings)", or nothing when none was left out. */
function moreProblemsLine({ omitted }: CappedProblems): string | undefined {
  const more = omitted.error + omitted.warning;
  if (more === 0) return undefined;
  return `  … and ${figure(more)} more ${more === 1 ? 'problem' : 'problems'} (${figure(omitted.error)} ${omitted.error === 1 ? 'error' : 'errors'}, ${figure(omitted.warning)} ${omitted.warning === 1 ? 'warning' : 'warnings'})`;
}

/** Commands that read a catalog for something else say it has errors, and leave the list to `validate`. */
function reportErrorsBriefly(loaded: readonly LoadedCatalog[], io: CliIo): void {
  for (const found of loaded) {
    const { catalog } = found;
    const { errors } = countProblems(found);
    if (errors > 0) io.stderr(`${oneLine(catalog.source)}: ${count(errors, 'error')}, left out; see objection-desk validate ${oneLine(catalog.source)}\n`);
  }
}

/** The value of a `--name` option that must be a whole number from 1 up. */
function positiveWholeNumber(value: string | undefined, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a positive whole number, not "${value}"`);
  return number;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
  for (const problem of problems) io.stderr(`${oneLine(file)}: ${oneLine(problem)}\n`);
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
    const first = got.length === 0 ? 'nothing found' : `first came ${got[0]}${got.length > 1 ? ` (then ${got.slice(1).join(', ')})` : ''}`;
    io.stdout(`  ${oneLine(file)}:${labelled.line}  "${oneLine(labelled.query)}"  expected ${oneLine(labelled.expected)}, ${oneLine(first)}\n`);
  }
  return EXIT.ok;
}

async function loadSearch(files: readonly string[], noBuiltin: boolean, io: CliIo): Promise<ObjectionSearch> {
  const catalogs: Catalog[] = [];
  for (const file of files) {
    const loaded = await loadCatalog([file], file, io);
    const { catalog } = loaded;
    for (const problem of loaded.problems) io.stderr(`${formatProblem(problem)}\n`);
    const more = moreProblemsLine(loaded);
    if (more) io.stderr(`${more}\n`);
    catalogs.push(catalog);
  }
  return searchCatalogs(catalogs, { builtin: noBuiltin ? undefined : builtinCatalog() });
}

async function readText(file: string, io: CliIo): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${messageOf(error)}`);
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
  if (hits.length === 0) return `${oneLine(query)}\n  (nothing found)\n`;
  const lines = hits.map((hit, i) => {
    const match = hit.match ? `  ← "${oneLine(hit.match.text)}" (${hit.match.field}, ${oneLine(hit.match.locale)})` : '';
    return `  ${i + 1}. ${oneLine(hit.objection.id).padEnd(24)} ${hit.score.toFixed(3)}  ${oneLine(localize(hit.objection.title, locale))}${match}`;
  });
  return `${oneLine(query)}\n${lines.join('\n')}\n`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
