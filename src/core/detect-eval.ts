import { readTable } from './delimited-text.js';
import { detectObjections, type Detection } from './detect.js';
import { NO_OBJECTION } from './evaluate.js';
import type { ObjectionSearch } from './search.js';
import type { Locale } from './types.js';

/** One line of a labelled utterance set: what the customer said and the objection it raises, or `-`. */
export interface LabelledUtterance {
  readonly locale: Locale;
  /** Id of the objection the line raises, or `NO_OBJECTION` (`-`) for ordinary call talk. */
  readonly expected: string;
  readonly text: string;
  /** 1-based line in the file. */
  readonly line: number;
}

/** Precision and recall of detection over some utterances. */
export interface DetectionFigures {
  readonly total: number;
  /** Right detections / utterances with a detection (a right detection: the top one is the line's objection). */
  readonly precision: number;
  /** Objection lines whose top detection is their objection / objection lines. */
  readonly recall: number;
}

export interface DetectionReport extends DetectionFigures {
  readonly byLocale: Readonly<Record<Locale, DetectionFigures>>;
  /** Lines whose top detection is not their objection (or anything, for plain talk). */
  readonly misses: ReadonlyArray<{ readonly labelled: LabelledUtterance; readonly got: readonly Detection[] }>;
}

/**
 * Reads a labelled utterance set: TSV rows `locale`, objection id (or `-`), utterance. Blank rows and rows
 * starting with `#` are skipped.
 *
 * ```ts
 * parseLabelledUtterances('ru\texpensive\tну дороговато как бы\n').utterances[0].expected; // 'expensive'
 * ```
 */
export function parseLabelledUtterances(text: string): { utterances: LabelledUtterance[]; problems: string[] } {
  const utterances: LabelledUtterance[] = [];
  const problems: string[] = [];
  for (const { cells, line } of readTable(text).rows) {
    if (cells.join('').trim() === '' || cells[0]!.startsWith('#')) continue;
    const [locale = '', expected = '', utterance = ''] = cells.map((cell) => cell.trim());
    if (locale === '' || expected === '' || utterance === '') problems.push(`line ${line}: needs a locale, an objection id or -, and an utterance`);
    else utterances.push({ locale, expected, text: utterance, line });
  }
  return { utterances, problems };
}

/**
 * Detects each utterance in its own locale and reports precision and recall, overall and per locale, with
 * each miss.
 *
 * ```ts
 * const report = evaluateDetection(search, utterances);
 * report.precision >= 0.9 && report.recall >= 0.85;
 * ```
 */
export function evaluateDetection(search: ObjectionSearch, utterances: readonly LabelledUtterance[]): DetectionReport {
  const results = utterances.map((labelled) => ({ labelled, got: detectObjections(search, labelled.text, { locale: labelled.locale }) }));
  const figures = (subset: typeof results): DetectionFigures => {
    const detected = subset.filter(({ got }) => got.length > 0);
    const objections = subset.filter(({ labelled }) => labelled.expected !== NO_OBJECTION);
    const isRight = ({ labelled, got }: (typeof results)[number]) => got[0]?.id === labelled.expected;
    return {
      total: subset.length,
      precision: detected.length === 0 ? 1 : detected.filter(isRight).length / detected.length,
      recall: objections.length === 0 ? 1 : objections.filter(isRight).length / objections.length,
    };
  };
  const locales = [...new Set(utterances.map((u) => u.locale))];
  return {
    ...figures(results),
    byLocale: Object.fromEntries(locales.map((locale) => [locale, figures(results.filter(({ labelled }) => labelled.locale === locale))])),
    misses: results.filter(({ labelled, got }) => (labelled.expected === NO_OBJECTION ? got.length > 0 : got[0]?.id !== labelled.expected)),
  };
}
