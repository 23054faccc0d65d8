import type { LogProblemCode } from '../core/index.js';

/** The studio's words for its Insights tab, in one language (each `i18n-*.ts` has them under `insights`). */
export interface InsightsStrings {
  readonly tab: string;
  readonly intro: string;
  readonly pickLogs: string;
  readonly dropLogs: string;
  readonly clear: string;
  /** What the logs read hold. */
  readonly summary: (files: number, records: number, calls: number) => string;
  readonly noRecords: string;
  readonly problems: (count: number) => string;
  /** Why a line of a log was not read; `detail` is the field, version or kind at fault. */
  readonly problem: (code: LogProblemCode, detail: string) => string;
  readonly orderBy: string;
  readonly orders: Readonly<Record<'uses' | 'success', string>>;
  readonly objections: string;
  readonly replies: string;
  readonly scripts: string;
  readonly gaps: string;
  readonly gapsHelp: string;
  readonly none: string;
  readonly columns: {
    readonly objection: string;
    readonly reply: string;
    readonly opens: string;
    readonly copies: string;
    readonly worked: string;
    readonly failed: string;
    readonly success: string;
    readonly detected: string;
    readonly openedAfter: string;
    readonly script: string;
    readonly ends: string;
    readonly outcomes: string;
    readonly group: string;
    readonly queries: string;
  };
  /** A success rate with the count of marks it stands on: `60% of 5`. */
  readonly successOf: (percent: number, n: number) => string;
  /** Where nothing was marked, so there is no rate. */
  readonly noMarks: string;
  /** How often a group's queries came, and from how many calls. */
  readonly gapCount: (count: number, calls: number) => string;
  readonly createObjection: string;
  readonly created: (title: string) => string;
}
