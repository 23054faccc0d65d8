import { join } from 'node:path';
import {
  builtinCatalog,
  canonicalLocale,
  localize,
  outcomeReport,
  parseLogRecords,
  type Locale,
  type LogRecord,
  type OutcomeReport,
  type SuccessRate,
} from '../core/index.js';
import { EXIT, defaultLocale, defineCommand, type CliIo } from './command.js';
import { count, table } from './format.js';
import { oneLine } from './terminal-text.js';
import { UsageError, accessGivenPath } from './usage-error.js';

/** Files a log folder is read from. */
const LOG_FILE = /\.jsonl$/i;

/** `objection-desk report <logs…>`: what exported call logs say of the catalog. */
export const REPORT_COMMAND = defineCommand({
  name: 'report',
  operands: { usage: '<log.jsonl|dir>…', missing: 'give the exported call logs (.jsonl files, or folders of them) to report on' },
  options: {
    locale: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  values: { locale: '<locale>' },
  about: [
    'Reads call logs the widget exported (JSON Lines, objections/log-record.schema.json) and prints per objection and',
    'reply its uses, worked / did not and success rate with its count, how call scripts ended, and the queries',
    'operators found no answer for, grouped by similarity; titles in --locale. --json prints the whole report.',
    'Lines it cannot read are listed on standard error as file:line; exits 1 only when no record could be read.',
  ],
  async run({ values, positionals }, io) {
    const given = values.locale === undefined ? undefined : canonicalLocale(values.locale);
    if (values.locale !== undefined && !given) throw new UsageError('--locale must be a language code such as ru, en or tr');
    const records: LogRecord[] = [];
    const files: string[] = [];
    for (const path of positionals) files.push(...(await logFiles(path, io)));
    for (const file of files) {
      const found = parseLogRecords(await accessGivenPath('read', file, () => io.readFile(file)), file);
      records.push(...found.records);
      for (const problem of found.problems) io.stderr(`${oneLine(problem.source)}:${problem.line}: ${oneLine(problem.message)}\n`);
    }
    if (records.length === 0) {
      io.stderr(`no call log record could be read from ${count(files.length, 'file')}\n`);
      return EXIT.problems;
    }
    const report = outcomeReport(records);
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report, files.length, given ?? defaultLocale(io.env)));
    return EXIT.ok;
  },
});

/** The path itself, or the `.jsonl` files of a folder in name order. */
async function logFiles(path: string, io: CliIo): Promise<string[]> {
  if (!(await accessGivenPath('read', path, () => io.isDirectory(path)))) return [path];
  const entries = await io.readDir(path);
  return entries
    .filter((entry) => !entry.isDirectory && LOG_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(path, name));
}

/** The report as tables: objections, replies, scripts, gaps, each under its heading. */
function reportText(report: OutcomeReport, fileCount: number, locale: Locale): string {
  const { objections: catalog } = builtinCatalog();
  const title = (id: string) => {
    const found = catalog.find((objection) => objection.id === id);
    return found ? oneLine(localize(found.title, locale)) : '';
  };
  const span = report.from === undefined ? '' : `, ${shortTime(report.from)} – ${shortTime(report.to!)} UTC`;
  const sections = [
    `${count(fileCount, 'log')}: ${count(report.records, 'record')}, ${count(report.calls, 'call')}${span}\n`,
    section('Objections', report.objections.length, () =>
      table(
        ['objection', 'opens', 'copies', 'worked', 'failed', 'success', 'detected', 'then opened', 'title'],
        report.objections.map((o) => [oneLine(o.objectionId), o.opens, o.copies, o.worked, o.failed, successText(o), o.detected, o.openedAfterDetection, title(o.objectionId)]),
      ),
    ),
    section('Replies', report.replies.length, () =>
      table(
        ['objection', 'reply', 'copies', 'worked', 'failed', 'success'],
        report.replies.map((r) => [oneLine(r.objectionId), oneLine(r.replyId), r.copies, r.worked, r.failed, successText(r)]),
      ),
    ),
    section('Scripts', report.scripts.length, () =>
      table(
        ['script', 'ends', 'outcomes'],
        report.scripts.map((s) => [oneLine(s.scriptId), s.ends, s.outcomes.map((o) => `${oneLine(o.outcome)} ${o.count}`).join(', ')]),
      ),
    ),
    section('Gaps (no answer for these queries)', report.gaps.length, () =>
      table(
        ['gaps', 'calls', 'title', 'queries'],
        report.gaps.map((g) => [g.count, g.calls.length, oneLine(g.title), g.queries.map((q) => `"${oneLine(q.query)}" ${q.count}`).join(', ')]),
      ),
    ),
  ];
  return sections.join('\n');
}

function section(heading: string, rows: number, body: () => string): string {
  return `${heading}\n${rows === 0 ? '  (none)\n' : body()}`;
}

/** `60% of 5`, or `–` while nothing is marked. */
export function successText({ rate, n }: SuccessRate): string {
  return rate === undefined ? '–' : `${Math.round(rate * 100)}% of ${n}`;
}

/** `2026-12-03 09:01` of an ISO time, in UTC. */
function shortTime(at: string): string {
  return new Date(Date.parse(at)).toISOString().slice(0, 16).replace('T', ' ');
}
