import {
  foldForSearch,
  idSlug,
  localize,
  outcomeReport,
  parseLogRecords,
  type GapGroup,
  type LogProblem,
  type LogRecord,
  type Catalog,
  type ObjectionInput,
  type OutcomeReport,
  type SuccessRate,
} from '../core/index.js';
import { freeId, textMap } from './draft.js';

/** Call logs the marketer gave the Insights tab, read, and what they say. */
export interface LoadedLogs {
  readonly files: readonly string[];
  readonly report: OutcomeReport;
  readonly problems: readonly LogProblem[];
}

/** Reads exported call logs (JSON Lines) into one report; lines that are not records are its problems. */
export function readLogs(files: ReadonlyArray<{ readonly name: string; readonly text: string }>): LoadedLogs {
  const records: LogRecord[] = [];
  const problems: LogProblem[] = [];
  for (const { name, text } of files) {
    const found = parseLogRecords(text, name);
    records.push(...found.records);
    problems.push(...found.problems);
  }
  return { files: files.map((file) => file.name), report: outcomeReport(records), problems };
}

/** What a table of objections or replies is ordered by: the report's order (most used first) or success rate. */
export type InsightsOrder = 'uses' | 'success';

/** Rows by success rate, highest first; rows with more marks first among equal rates, rows with none last. */
export function bySuccess<T extends SuccessRate>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.n - a.n);
}

/**
 * A new objection for the draft from a group of gap queries: the group's title (in the locale most of its
 * queries were typed in), its queries as triggers in theirs, an id made from the title, and one empty reply
 * for the marketer to write.
 */
export function gapObjection(group: GapGroup, objections: readonly ObjectionInput[]): ObjectionInput {
  const triggers = Object.fromEntries(Object.entries(group.triggers).map(([locale, phrases]) => [locale, [...phrases]]));
  return {
    id: freeId(idSlug(latinOf(group.title)) || 'new-objection', objections),
    title: { [group.locale]: group.title },
    triggers,
    replies: [{ text: {} }],
  };
}

/** An objection's title in `locale`, from the draft's objections, else the built-in catalog's; none when neither has one. */
export function titleOf(id: string, objections: readonly ObjectionInput[], builtin: Catalog | undefined, locale: string): string | undefined {
  const own = objections.find((objection) => objection.id === id);
  if (own) return localize(textMap(own.title), locale) || undefined;
  const found = builtin?.objections.find((objection) => objection.id === id);
  return found && localize(found.title, locale);
}

/**
 * A title in Latin letters for its id: Cyrillic transliterated as the search folds it (its skeleton spelling,
 * «гарантия» → `garantia`), other letters without their accents (`ücret` → `ucret`).
 */
function latinOf(title: string): string {
  if (/\p{Script=Cyrillic}/u.test(title)) return foldForSearch(title);
  return title.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}
