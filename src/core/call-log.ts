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
