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
  type MergedCatalog,
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

/** The longest reply text the Insights tables show: a longer one is cut at a word, with an ellipsis. */
export const REPLY_EXCERPT_LENGTH = 80;

/** How the Insights tables name what the logs hold by id. */
export interface InsightNames {
  /** An objection's title in the marketer's language; none when the catalogs do not have the objection. */
  readonly title: (id: string) => string | undefined;
  /** The start of a reply's text, in the language it is written in; none when the catalogs do not have the reply. */
  readonly reply: (objectionId: string, replyId: string) => { readonly text: string; readonly locale: string } | undefined;
}

/** Where the Insights tables find the names of the logs' ids. */
export interface InsightCatalogs {
  /** The draft's objections, as edited (their titles show before the draft is checked). */
  readonly objections: readonly ObjectionInput[];
  /** The draft as the widget merges it with the built-in catalog, once checked. */
  readonly merged: MergedCatalog | undefined;
  readonly builtin: Catalog | undefined;
}

/**
 * Names for the Insights tables: titles in `locale` (the studio's language), reply texts in `textLocale` (the
 * preview's), from the draft merged with the built-in catalog, else from the built-in catalog alone.
 */
export function insightNames({ objections, merged, builtin }: InsightCatalogs, locale: string, textLocale: string): InsightNames {
  return {
    title: (id) => titleOf(id, objections, builtin, locale),
    reply: (objectionId, replyId) => replyTextOf(objectionId, replyId, [merged, builtin], textLocale),
  };
}

/**
 * Reply `replyId` of objection `objectionId` (a first reply or a follow-up's), from the first of `catalogs` that has
 * it: its text in `locale` (else the language `localize` falls back to) cut to {@link REPLY_EXCERPT_LENGTH}.
 */
export function replyTextOf(
  objectionId: string,
  replyId: string,
  catalogs: ReadonlyArray<Pick<MergedCatalog, 'objections'> | undefined>,
  locale: string,
): { readonly text: string; readonly locale: string } | undefined {
  for (const catalog of catalogs) {
    const objection = catalog?.objections.find((one) => one.id === objectionId);
    const reply = objection && [...objection.replies, ...objection.followUps.flatMap((followUp) => followUp.replies)].find((one) => one.id === replyId);
    if (!reply) continue;
    const text = localize(reply.text, locale);
    const written = Object.entries(reply.text).find(([, value]) => value === text)?.[0] ?? locale;
    return { text: excerpt(text, REPLY_EXCERPT_LENGTH), locale: written };
  }
  return undefined;
}

/** `text` on one line; a longer one than `length` is cut at the last word that ends within it, then an ellipsis. */
function excerpt(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  const cut = line.slice(0, length);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')) || cut;
  return `${atWord.replace(/[\s,.;:!?—–-]+$/u, '')}…`;
}

/** An objection's title in `locale`, from the draft's objections, else the built-in catalog's; none when neither has one. */
function titleOf(id: string, objections: readonly ObjectionInput[], builtin: Catalog | undefined, locale: string): string | undefined {
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
