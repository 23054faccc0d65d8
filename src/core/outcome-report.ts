import type { GapRecord, LogRecord } from './call-log.js';
import { editDistance } from './confidence.js';
import { foldForSearch } from './fold.js';
import { isStopWord } from './stop-words.js';
import type { Locale } from './types.js';
import { compare } from './word-index.js';

/** Replies marked worked and failed, and the share that worked: absent while nothing is marked (`n` = 0). */
export interface SuccessRate {
  readonly worked: number;
  readonly failed: number;
  /** worked + failed: how many marks the rate stands on. */
  readonly n: number;
  /** worked / n, 0–1; absent when n = 0. */
  readonly rate?: number;
}

export interface ObjectionOutcomes extends SuccessRate {
  readonly objectionId: string;
  readonly opens: number;
  readonly copies: number;
  /** How often it was detected in what the customer said. */
  readonly detected: number;
  /** Of those detections, how many the operator then opened in the same call. */
  readonly openedAfterDetection: number;
}

export interface ReplyOutcomes extends SuccessRate {
  readonly objectionId: string;
  readonly replyId: string;
  readonly copies: number;
}

export interface ScriptOutcomes {
  readonly scriptId: string;
  /** Calls the script ended in. */
  readonly ends: number;
  /** How many ends each outcome had, most first. */
  readonly outcomes: ReadonlyArray<{ readonly outcome: string; readonly count: number }>;
}

/** A query of a gap group, as most often typed, and how often it (or the same once folded) was given. */
export interface GapQuery {
  readonly query: string;
  readonly locale: Locale;
  readonly count: number;
}

/** "No answer for this" queries that say about the same thing, with what to make of them. */
export interface GapGroup {
  /** Gap records in the group. */
  readonly count: number;
  /** Most often given first. */
  readonly queries: readonly GapQuery[];
  /** The calls the queries came from. */
  readonly calls: readonly string[];
  /** Objections open when a gap was given: what the operator found did not fit. */
  readonly objectionIds: readonly string[];
  /** The locale most of the queries were typed in, which the title is in. */
  readonly locale: Locale;
  /** The most frequent query, with a capital letter. */
  readonly title: string;
  /** The distinct queries, cleaned (trimmed, lower case, no end punctuation), per locale they were typed in. */
  readonly triggers: Readonly<Record<Locale, readonly string[]>>;
}

export interface OutcomeReport {
  readonly records: number;
  readonly calls: number;
  /** Earliest and latest record time; absent for no records. */
  readonly from?: string;
  readonly to?: string;
  /** Most opened first, then by id. */
  readonly objections: readonly ObjectionOutcomes[];
  /** Most copied first, then by objection and reply id. */
  readonly replies: readonly ReplyOutcomes[];
  /** Most ended first, then by id. */
  readonly scripts: readonly ScriptOutcomes[];
  /** Biggest first, then by title. */
  readonly gaps: readonly GapGroup[];
}

/**
 * What the call logs of one or many operators tell the catalog's authors: how often each objection and reply
 * was used and how often it worked, how call scripts ended, and what operators looked for and did not find.
 * The same records give the same report, in the same order, whatever order they come in.
 *
 * ```ts
 * const report = outcomeReport(parseLogRecords(text, 'anna.jsonl').records);
 * report.replies[0]; // { objectionId: 'expensive', replyId: 'compare-whole-offer', copies: 4, worked: 3, failed: 1, n: 4, rate: 0.75 }
 * ```
 */
export function outcomeReport(records: readonly LogRecord[]): OutcomeReport {
  const objections = new Map<string, Mutable<ObjectionOutcomes>>();
  const replies = new Map<string, Mutable<ReplyOutcomes>>();
  const scripts = new Map<string, Map<string, number>>();
  const objection = (objectionId: string) =>
    getOr(objections, objectionId, () => ({ objectionId, opens: 0, copies: 0, worked: 0, failed: 0, n: 0, detected: 0, openedAfterDetection: 0 }));
  const reply = (objectionId: string, replyId: string) =>
    getOr(replies, JSON.stringify([objectionId, replyId]), () => ({ objectionId, replyId, copies: 0, worked: 0, failed: 0, n: 0 }));
  const byCall = new Map<string, LogRecord[]>();
  const gaps: GapRecord[] = [];
  for (const record of records) {
    getOr(byCall, record.call, () => []).push(record);
    switch (record.kind) {
      case 'open':
        objection(record.objectionId).opens += 1;
        break;
      case 'copy':
        objection(record.objectionId).copies += 1;
        reply(record.objectionId, record.replyId).copies += 1;
        break;
      case 'outcome':
        for (const counted of [objection(record.objectionId), reply(record.objectionId, record.replyId)]) {
          counted[record.outcome] += 1;
          counted.n += 1;
        }
        break;
      case 'detect':
        objection(record.objectionId).detected += 1;
        break;
      case 'gap':
        gaps.push(record);
        break;
      case 'script-end': {
        const ends = getOr(scripts, record.scriptId, () => new Map<string, number>());
        ends.set(record.outcome, (ends.get(record.outcome) ?? 0) + 1);
        break;
      }
    }
  }
  for (const call of byCall.values()) {
    for (const detection of call) {
      if (detection.kind !== 'detect') continue;
      const time = Date.parse(detection.at);
      const opened = call.some((one) => one.kind === 'open' && one.objectionId === detection.objectionId && Date.parse(one.at) >= time);
      if (opened) objection(detection.objectionId).openedAfterDetection += 1;
    }
  }
  const times = records.map((record) => record.at).sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    records: records.length,
    calls: byCall.size,
    ...(times.length > 0 ? { from: times[0]!, to: times.at(-1)! } : {}),
    objections: [...objections.values()].map(withRate).sort((a, b) => b.opens - a.opens || compare(a.objectionId, b.objectionId)),
    replies: [...replies.values()]
      .map(withRate)
      .sort((a, b) => b.copies - a.copies || compare(a.objectionId, b.objectionId) || compare(a.replyId, b.replyId)),
    scripts: [...scripts.entries()]
      .map(([scriptId, ends]) => ({
        scriptId,
        ends: [...ends.values()].reduce((sum, count) => sum + count, 0),
        outcomes: [...ends.entries()].map(([outcome, count]) => ({ outcome, count })).sort((a, b) => b.count - a.count || compare(a.outcome, b.outcome)),
      }))
      .sort((a, b) => b.ends - a.ends || compare(a.scriptId, b.scriptId)),
    gaps: groupGaps(gaps),
  };
}

/** `rate` once there are marks to stand on. */
export function withRate<T extends SuccessRate>(counted: T): T {
  const { rate: _, ...rest } = counted;
  return (counted.n > 0 ? { ...rest, rate: counted.worked / counted.n } : rest) as T;
}

/** How much two queries' words must overlap to be one gap: Dice's coefficient of their matched words. */
const SAME_GAP = 0.6;

/** A query as typed, once folded: its key, and the words that carry its meaning. */
interface GapQueryForm {
  readonly key: string;
  readonly words: readonly string[];
  readonly records: GapRecord[];
}

/**
 * Gap queries grouped by what they say: queries the same once folded are one query; two queries are in one
 * group when most of their words match, a word matching another the same or a typo apart; a group takes in
 * every query similar to any of its queries.
 */
function groupGaps(gaps: readonly GapRecord[]): GapGroup[] {
  const forms = new Map<string, GapQueryForm>();
  for (const gap of gaps) {
    const key = foldForSearch(gap.query).trim();
    if (key === '') continue;
    const words = key.split(' ').filter((word) => !isStopWord(word));
    getOr(forms, key, () => ({ key, words: words.length > 0 ? words : key.split(' '), records: [] })).records.push(gap);
  }
  const sorted = [...forms.values()].sort((a, b) => compare(a.key, b.key));
  const parent = sorted.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  sorted.forEach((form, i) => {
    for (let j = 0; j < i; j += 1) if (overlap(form.words, sorted[j]!.words) >= SAME_GAP) parent[root(i)] = root(j);
  });
  const groups = new Map<number, GapQueryForm[]>();
  sorted.forEach((form, index) => getOr(groups, root(index), () => []).push(form));
  return [...groups.values()].map(gapGroup).sort((a, b) => b.count - a.count || compare(a.title, b.title));
}

function gapGroup(forms: readonly GapQueryForm[]): GapGroup {
  const records = forms.flatMap((form) => form.records);
  const queries = forms
    .map((form): GapQuery => {
      const typed = mostFrequent(form.records.map((record) => cleanQuery(record.query, record.locale)));
      return { query: typed, locale: mostFrequent(form.records.map((record) => record.locale)), count: form.records.length };
    })
    .sort((a, b) => b.count - a.count || compare(a.query, b.query));
  const triggers: Record<Locale, string[]> = {};
  for (const { query, locale } of queries) (triggers[locale] ??= []).push(query.toLocaleLowerCase(locale));
  const top = queries[0]!;
  return {
    count: records.length,
    queries,
    calls: [...new Set(records.map((record) => record.call))].sort(compare),
    objectionIds: [...new Set(records.flatMap((record) => (record.objectionId === undefined ? [] : [record.objectionId])))].sort(compare),
    locale: mostFrequent(records.map((record) => record.locale)),
    title: top.query.charAt(0).toLocaleUpperCase(top.locale) + top.query.slice(1),
    triggers,
  };
}

/** Dice's coefficient of two word lists, a word matching the same word or one a typo or two from it. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const free = [...b];
  let matched = 0;
  for (const word of a) {
    const at = free.findIndex((other) => editDistance(word, other) <= typosAllowed(Math.min(word.length, other.length)));
    if (at < 0) continue;
    free.splice(at, 1);
    matched += 1;
  }
  return (2 * matched) / (a.length + b.length);
}

/** Short words are other words a letter apart; long ones are mostly the same word misspelt. */
const typosAllowed = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** A query as a trigger would be written: spaces collapsed, end punctuation dropped, lower case. */
function cleanQuery(query: string, locale: Locale): string {
  return query.replace(/\s+/g, ' ').trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '').toLocaleLowerCase(locale);
}

/** The value given most often; of those given equally often, the first in code point order. */
function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0];
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
