import {
  MAX_PROBLEMS,
  WEAK_CONFIDENCE,
  countProblems,
  localize,
  type CappedProblems,
  type Detection,
  type DetectionFigures,
  type DetectionReport,
  type LintFinding,
  type LintKind,
  type Locale,
  type MergedCatalog,
  type ProblemSeverity,
  type QualityFigures,
  type QualityReport,
  type Script,
  type ScriptLintFinding,
  type ScriptLintKind,
  type SearchHit,
} from '../core/index.js';
import { formatProblem, oneLine } from './terminal-text.js';

// What the commands print, as text; a catalog's own text goes through `oneLine`, and everything printed
// through `forTerminal` on its way out (see terminal-text.ts).

/** A count as the CLI prints it: 999,900. */
export const figure = (n: number): string => n.toLocaleString('en-US');

/** "1 objection", "2 objections". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** Columns padded to their widest cell; numbers to the right. */
export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
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
export function printProblems(found: CappedProblems, print: (text: string) => void): { errors: number; warnings: number } {
  const { errors, warnings } = countProblems(found);
  const listed = (severity: ProblemSeverity) => found.problems.filter((p) => p.severity === severity).map((p) => `  ${formatProblem(p)}\n`).join('');
  if (errors > 0) print(`Errors (${errors}):\n${listed('error')}`);
  if (warnings > 0) print(`Warnings (${warnings}):\n${listed('warning')}`);
  const more = moreProblemsLine(found);
  if (more) print(`${more}\n`);
  return { errors, warnings };
}

/** "  … and 999,900 more problems (999,900 errors, 0 warnings)", or nothing when none was left out. */
export function moreProblemsLine({ omitted }: CappedProblems): string | undefined {
  const more = omitted.error + omitted.warning;
  if (more === 0) return undefined;
  return `  … and ${figure(more)} more ${more === 1 ? 'problem' : 'problems'} (${figure(omitted.error)} ${omitted.error === 1 ? 'error' : 'errors'}, ${figure(omitted.warning)} ${omitted.warning === 1 ? 'warning' : 'warnings'})`;
}

/**
 * One query's hits as a line of JSON: `{"query": …, "results": [{"id": …, "score": 0.123, "confidence": 0.9}]}`,
 * with `"weak": true` on a hit below {@link WEAK_CONFIDENCE}.
 */
export function hitsJsonLine(query: string, hits: readonly SearchHit[]): string {
  return JSON.stringify({
    query,
    results: hits.map((hit) => ({
      id: hit.objection.id,
      score: Math.round(hit.score * 1000) / 1000,
      confidence: Math.round(hit.confidence * 1000) / 1000,
      ...(hit.confidence < WEAK_CONFIDENCE && { weak: true }),
    })),
  });
}

/**
 * One query's hits as a block of text: the query, then each hit with its score, title and the text it matched,
 * and "(weak match)" below {@link WEAK_CONFIDENCE}.
 */
export function hitsTextBlock(query: string, hits: readonly SearchHit[], locale: Locale): string {
  if (hits.length === 0) return `${oneLine(query)}\n  (nothing found)\n`;
  const lines = hits.map((hit, i) => {
    const match = hit.match ? `  ← "${oneLine(hit.match.text)}" (${hit.match.field}, ${oneLine(hit.match.locale)})` : '';
    const weak = hit.confidence < WEAK_CONFIDENCE ? '  (weak match)' : '';
    return `  ${i + 1}. ${oneLine(hit.objection.id).padEnd(24)} ${hit.score.toFixed(3)}  ${oneLine(localize(hit.objection.title, locale))}${match}${weak}`;
  });
  return `${oneLine(query)}\n${lines.join('\n')}\n`;
}

/** One utterance's detections as a line of JSON: `{"text":"…","detected":[{"id":"expensive","confidence":0.93}]}`. */
export function detectionsJsonLine(text: string, detected: readonly Detection[]): string {
  return JSON.stringify({ text, detected: detected.map(({ id, confidence }) => ({ id, confidence })) });
}

/** One utterance's detections as a block of text: the utterance, then each objection with its confidence and title. */
export function detectionsTextBlock(text: string, detected: readonly Detection[], catalog: MergedCatalog, locale: Locale): string {
  if (detected.length === 0) return `${oneLine(text)}\n  (no objection)\n`;
  const lines = detected.map(({ id, confidence }, i) => {
    const objection = catalog.objections.find((each) => each.id === id);
    const title = objection ? `  ${oneLine(localize(objection.title, locale))}` : '';
    return `  ${i + 1}. ${oneLine(id).padEnd(24)} ${confidence.toFixed(2)}${title}`;
  });
  return `${oneLine(text)}\n${lines.join('\n')}\n`;
}

/** Detection precision and recall of a labelled utterance set, overall and per locale, and each miss. */
export function detectionReport(file: string, report: DetectionReport): string {
  const row = (name: string, figures: DetectionFigures) =>
    `${name.padEnd(18)}${String(figures.total).padStart(6)}${percent(figures.precision).padStart(11)}${percent(figures.recall).padStart(9)}\n`;
  let text = `${'utterances'.padEnd(18)}${'count'.padStart(6)}${'precision'.padStart(11)}${'recall'.padStart(9)}\n`;
  text += row('all', report);
  for (const [locale, figures] of Object.entries(report.byLocale)) text += row(`  locale ${locale}`, figures);
  if (report.misses.length > 0) text += `\nMissed or wrong (${report.misses.length}):\n`;
  for (const { labelled, got } of report.misses) {
    const first = got.length === 0 ? 'nothing detected' : `detected ${got.map((d) => d.id).join(', ')}`;
    text += `  ${oneLine(file)}:${labelled.line}  "${oneLine(labelled.text)}"  expected ${oneLine(labelled.expected)}, ${oneLine(first)}\n`;
  }
  return text;
}

/** Top-1 and top-3 of all labelled queries, then by kind and by locale, and each query whose objection was not first. */
export function qualityReport(file: string, report: QualityReport): string {
  const row = (name: string, figures: QualityFigures) =>
    `${name.padEnd(18)}${String(figures.total).padStart(6)}${percent(figures.top1).padStart(9)}${percent(figures.top3).padStart(9)}\n`;
  let text = `${'queries'.padEnd(18)}${'count'.padStart(6)}${'top-1'.padStart(9)}${'top-3'.padStart(9)}\n`;
  text += row('all', report);
  for (const [kind, figures] of Object.entries(report.byKind)) text += row(`  kind ${kind}`, figures);
  for (const [locale, figures] of Object.entries(report.byLocale)) text += row(`  locale ${locale}`, figures);
  if (report.misses.length > 0) text += `\nNot first (${report.misses.length}):\n`;
  for (const { labelled, got } of report.misses) {
    const first = got.length === 0 ? 'nothing found' : `first came ${got[0]}${got.length > 1 ? ` (then ${got.slice(1).join(', ')})` : ''}`;
    text += `  ${oneLine(file)}:${labelled.line}  "${oneLine(labelled.query)}"  expected ${oneLine(labelled.expected)}, ${oneLine(first)}\n`;
  }
  const { total, answered } = report.unrelated;
  if (total > 0) text += `\nNo objection expected (-): ${total} lines, ${answered.length} answered confidently\n`;
  for (const { labelled, got } of answered) {
    text += `  ${oneLine(file)}:${labelled.line}  "${oneLine(labelled.query)}"  first came ${oneLine(got[0]!)}\n`;
  }
  return text;
}

/** Where a finding is, as far as the files say. */
export interface FindingPlace {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
}

const LINT_SECTIONS: ReadonlyArray<{ title: string; kinds: readonly LintKind[] }> = [
  { title: 'Same or near-same triggers on two objections', kinds: ['same-trigger', 'near-trigger'] },
  { title: 'Triggers that find another objection first', kinds: ['found-elsewhere'] },
  { title: 'Coverage gaps', kinds: ['few-triggers', 'missing-locale', 'missing-text'] },
  { title: 'Categories without a title', kinds: ['untitled-category'] },
];

/** A lint finding as a line of JSON, with its place. */
export function findingJsonLine(finding: LintFinding, { file, line, column }: FindingPlace): string {
  const other = finding.other && { id: finding.other.objection.id, source: finding.other.objection.source, text: finding.other.text };
  const { kind, locale, trigger, path, message } = finding;
  return JSON.stringify({ kind, id: finding.objection.id, locale, trigger, path, other, file, line, column, message });
}

/**
 * Lint findings under a heading per section, each at its place; as with problems, the first
 * {@link MAX_PROBLEMS} are listed, and one line counts the rest (`--json` gives them all).
 */
export function findingsText(findings: readonly LintFinding[], where: (finding: LintFinding) => FindingPlace): string {
  return sectionedText(findings, LINT_SECTIONS, (finding) => oneLine(finding.objection.id), where);
}

/** Findings of one kind of thing, under a heading per section: each at its place, with what it is about. */
function sectionedText<Kind, Finding extends { readonly kind: Kind; readonly message: string }>(
  findings: readonly Finding[],
  sections: ReadonlyArray<{ title: string; kinds: readonly Kind[] }>,
  about: (finding: Finding) => string,
  where: (finding: Finding) => FindingPlace,
): string {
  let text = '';
  let listed = 0;
  for (const { title, kinds } of sections) {
    const inSection = findings.filter((finding) => kinds.includes(finding.kind));
    if (inSection.length === 0 || listed >= MAX_PROBLEMS) continue;
    text += `${title} (${inSection.length}):\n`;
    for (const finding of inSection.slice(0, MAX_PROBLEMS - listed)) {
      const { file, line, column } = where(finding);
      text += `  ${oneLine(file)}${line === undefined ? '' : `:${line}:${column}`}: ${about(finding)}: ${oneLine(finding.message)}\n`;
      listed += 1;
    }
  }
  const more = findings.length - listed;
  if (more > 0) text += `  … and ${figure(more)} more ${more === 1 ? 'finding' : 'findings'}\n`;
  return text;
}

const SCRIPT_LINT_SECTIONS: ReadonlyArray<{ title: string; kinds: readonly ScriptLintKind[] }> = [
  { title: 'Script steps no answer leads to', kinds: ['unreachable-step'] },
  { title: 'Script steps with no way to an end', kinds: ['dead-end-step'] },
  { title: 'Answers of one step that read the same', kinds: ['same-label'] },
];

/** A script's lint finding as a line of JSON, with its place. */
export function scriptFindingJsonLine(finding: ScriptLintFinding, { file, line, column }: FindingPlace): string {
  const { kind, answer, locale, message } = finding;
  return JSON.stringify({ kind, script: finding.script.id, step: finding.step.id, answer, locale, file, line, column, message });
}

/** Scripts' lint findings under a heading per section, each at its place as `script/step`, as {@link findingsText}. */
export function scriptFindingsText(findings: readonly ScriptLintFinding[], where: (finding: ScriptLintFinding) => FindingPlace): string {
  return sectionedText(findings, SCRIPT_LINT_SECTIONS, (finding) => `${oneLine(finding.script.id)}/${oneLine(finding.step.id)}`, where);
}

/** Scripts as `objection-desk scripts --json` prints them: texts in `locale`, stages by id and title. */
export function scriptsJson(scripts: readonly Script[], locale: Locale): string {
  return JSON.stringify(
    scripts.map((script) => ({
      id: script.id,
      kind: script.kind,
      title: localize(script.title, locale),
      steps: script.steps.length,
      stages: script.stages.map((stage) => ({ id: stage.id, title: localize(stage.title, locale) })),
      source: script.source,
    })),
    null,
    2,
  );
}

/** Scripts as a table: id, kind, steps, title, stages (titles in order) and source; a line when there is none. */
export function scriptsTable(scripts: readonly Script[], locale: Locale): string {
  if (scripts.length === 0) return 'no scripts\n';
  return table(
    ['id', 'kind', 'steps', 'title', 'stages', 'source'],
    scripts.map((script) => [
      oneLine(script.id),
      script.kind,
      script.steps.length,
      oneLine(localize(script.title, locale)),
      oneLine(script.stages.map((stage) => localize(stage.title, locale)).join(' → ')) || '-',
      oneLine(script.source),
    ]),
  );
}
