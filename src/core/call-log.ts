import { messageOf } from './error-text.js';
import type { Locale } from './types.js';

/**
 * The call log: what an operator did with the widget, one JSON object per line (JSON Lines), as
 * `<objection-desk>`'s `exportLog()` gives it and `objections/log-record.schema.json` describes it. Records
 * hold ids, what the operator typed, outcomes and times — never a context value (the customer's name, an order
 * number) and never a transcript's text.
 */

/** The version of the record format; a reader skips records of another one and says so. */
export const LOG_RECORD_VERSION = 1;

/** What every record has. */
export interface LogRecordBase {
  readonly v: 1;
  /** When it happened, as an ISO 8601 time (`2026-12-05T10:36:42.120Z`). */
  readonly at: string;
  /** A random id per call, new each time the operator starts the next call. */
  readonly call: string;
  /** The widget's locale when it happened. */
  readonly locale: Locale;
}

/** How an objection was opened: from the results, the category list, a detection, or a call script's answer. */
export type OpenedVia = 'search' | 'browse' | 'detect' | 'script';
/** What the operator marked a copied reply with. */
export type ReplyOutcome = 'worked' | 'failed';

/** An objection opened; `query` is what the operator had typed (empty when browsing). */
export interface OpenRecord extends LogRecordBase {
  readonly kind: 'open';
  readonly objectionId: string;
  readonly query: string;
  readonly via: OpenedVia;
}

/** A reply copied. */
export interface CopyRecord extends LogRecordBase {
  readonly kind: 'copy';
  readonly objectionId: string;
  readonly replyId: string;
  readonly query: string;
}

/** A copied reply marked as worked or not. */
export interface OutcomeRecord extends LogRecordBase {
  readonly kind: 'outcome';
  readonly objectionId: string;
  readonly replyId: string;
  readonly outcome: ReplyOutcome;
  readonly query: string;
}

/** "No answer for this": the query the catalog had nothing (fitting) for, and the objection open then, if any. */
export interface GapRecord extends LogRecordBase {
  readonly kind: 'gap';
  readonly query: string;
  readonly objectionId?: string;
}

/** An objection detected in what the customer said; never the utterance's text. */
export interface DetectRecord extends LogRecordBase {
  readonly kind: 'detect';
  readonly objectionId: string;
  /** 0–1. */
  readonly confidence: number;
}

/** A call script ended with an outcome, and the steps it went through. */
export interface ScriptEndRecord extends LogRecordBase {
  readonly kind: 'script-end';
  readonly scriptId: string;
  readonly outcome: string;
  readonly steps: readonly string[];
}

/** One line of the call log. */
export type LogRecord = OpenRecord | CopyRecord | OutcomeRecord | GapRecord | DetectRecord | ScriptEndRecord;
export type LogRecordKind = LogRecord['kind'];

/** What can be wrong with a line of a log. */
export type LogProblemCode = 'not-json' | 'not-a-record' | 'unknown-version' | 'unknown-kind' | 'bad-field';

/** A line of a log that was not read, with where it is and why. */
export interface LogProblem {
  /** The file (or other name) the log was read from. */
  readonly source: string;
  /** 1-based line. */
  readonly line: number;
  readonly code: LogProblemCode;
  /** The field at fault (`bad-field`), the version (`unknown-version`) or the kind (`unknown-kind`). */
  readonly detail?: string;
  /** What is wrong, in a sentence. */
  readonly message: string;
}

type FieldType = 'text' | 'id' | 'number' | 'steps' | readonly string[];

/** The fields each kind has besides the base ones; `?` marks one that may be left out. */
const KIND_FIELDS: Readonly<Record<LogRecordKind, Readonly<Record<string, FieldType>>>> = {
  open: { objectionId: 'id', query: 'text', via: ['search', 'browse', 'detect', 'script'] },
  copy: { objectionId: 'id', replyId: 'id', query: 'text' },
  outcome: { objectionId: 'id', replyId: 'id', outcome: ['worked', 'failed'], query: 'text' },
  gap: { query: 'text', 'objectionId?': 'id' },
  detect: { objectionId: 'id', confidence: 'number' },
  'script-end': { scriptId: 'id', outcome: 'id', steps: 'steps' },
};

/** The kinds of record, in the order the format lists them. */
export const LOG_RECORD_KINDS = Object.keys(KIND_FIELDS) as readonly LogRecordKind[];

const BASE_FIELDS: Readonly<Record<string, FieldType>> = { at: 'id', call: 'id', locale: 'id' };
/** ISO 8601 date and time, with a zone. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const LOG_MESSAGES = {
  'not-json': (reason: string) => `is not a JSON object: ${reason}`,
  'not-a-record': () => 'is not a log record: a record is a JSON object with "v", "kind", "at", "call" and "locale"',
  'unknown-version': (version: string) => `has the version "v": ${version}; this reader knows version ${LOG_RECORD_VERSION}, so the line is skipped`,
  'unknown-kind': (kind: string) => `has the kind "${kind}", which is not one of ${LOG_RECORD_KINDS.map((one) => `"${one}"`).join(', ')}; the line is skipped`,
  'bad-field': (field: string, expected: string) => `needs "${field}" to be ${expected}; the line is skipped`,
} as const;

const EXPECTED: Readonly<Record<Exclude<FieldType, readonly string[]>, string>> = {
  text: 'text',
  id: 'non-empty text',
  number: 'a number from 0 to 1',
  steps: 'a list of step ids',
};

/**
 * Reads a log in JSON Lines. Blank lines are passed over; a line that is not a record of this version is a
 * problem at `source:line`, and the lines after it are still read.
 *
 * ```ts
 * const { records, problems } = parseLogRecords(await file.text(), 'anna.jsonl');
 * problems.map((p) => `${p.source}:${p.line}: ${p.message}`);
 * ```
 */
export function parseLogRecords(text: string, source: string): { records: LogRecord[]; problems: LogProblem[] } {
  const records: LogRecord[] = [];
  const problems: LogProblem[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const read = readRecord(raw);
    if ('record' in read) records.push(read.record);
    else problems.push({ source, line: index + 1, ...read.problem });
  });
  return { records, problems };
}

/**
 * The records as JSON Lines, one per line, each ending with a line break.
 *
 * ```ts
 * logRecordsText([{ v: 1, at: '2026-12-05T10:00:00Z', call: 'c1', locale: 'en', kind: 'gap', query: 'warranty' }]);
 * ```
 */
export function logRecordsText(records: readonly LogRecord[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

type LineProblem = Omit<LogProblem, 'source' | 'line'>;

function readRecord(raw: string): { record: LogRecord } | { problem: LineProblem } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { problem: { code: 'not-json', message: LOG_MESSAGES['not-json'](messageOf(error)) } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: { code: 'not-a-record', message: LOG_MESSAGES['not-a-record']() } };
  }
  const object = value as Record<string, unknown>;
  if (!('v' in object) || !('kind' in object)) return { problem: { code: 'not-a-record', message: LOG_MESSAGES['not-a-record']() } };
  if (object['v'] !== LOG_RECORD_VERSION) {
    const version = JSON.stringify(object['v']);
    return { problem: { code: 'unknown-version', detail: version, message: LOG_MESSAGES['unknown-version'](version) } };
  }
  const kind = object['kind'];
  if (typeof kind !== 'string' || !Object.hasOwn(KIND_FIELDS, kind)) {
    const shown = typeof kind === 'string' ? kind : JSON.stringify(kind);
    return { problem: { code: 'unknown-kind', detail: shown, message: LOG_MESSAGES['unknown-kind'](shown) } };
  }
  const fields = { ...BASE_FIELDS, ...KIND_FIELDS[kind as LogRecordKind] };
  for (const [key, type] of Object.entries(fields)) {
    const optional = key.endsWith('?');
    const field = optional ? key.slice(0, -1) : key;
    if (optional && object[field] === undefined) continue;
    if (!fits(object[field], type) || (field === 'at' && !ISO_TIME.test(object[field] as string))) {
      const expected = field === 'at' ? 'an ISO 8601 time' : Array.isArray(type) ? type.map((one) => `"${one}"`).join(' or ') : EXPECTED[type as keyof typeof EXPECTED];
      return { problem: { code: 'bad-field', detail: field, message: LOG_MESSAGES['bad-field'](field, expected) } };
    }
  }
  // Only the fields of the format are kept: a record read is a record the format describes.
  const record: Record<string, unknown> = { v: LOG_RECORD_VERSION, at: object['at'], call: object['call'], locale: object['locale'], kind };
  for (const key of Object.keys(KIND_FIELDS[kind as LogRecordKind])) {
    const field = key.replace(/\?$/, '');
    if (object[field] !== undefined) record[field] = object[field];
  }
  return { record: record as unknown as LogRecord };
}

function fits(value: unknown, type: FieldType): boolean {
  if (Array.isArray(type)) return type.includes(value as string);
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'id':
      return typeof value === 'string' && value !== '';
    case 'number':
      return typeof value === 'number' && value >= 0 && value <= 1;
    default:
      return Array.isArray(value) && value.every((step) => typeof step === 'string' && step !== '');
  }
}
