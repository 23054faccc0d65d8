import type { ReplyOutcome } from '../core/call-log.js';
import type { Locale, OmittedProblems, Problem } from '../core/index.js';

/** Detail of `objection-select`: the objection the operator opened. */
export interface ObjectionSelectDetail {
  readonly id: string;
}

/** Detail of `reply-copy`: the reply the operator copied, as copied. */
export interface ReplyCopyDetail {
  readonly objectionId: string;
  readonly replyId: string;
  /**
   * The reply with its placeholders filled in, as the reply shows it: the same characters, none invisible
   * (see `stripInvisible`); a placeholder left empty stays as `{name}`.
   */
  readonly text: string;
  /** False when the clipboard refused and the text was selected for the operator to copy by hand. */
  readonly copied: boolean;
  /**
   * The placeholders left empty (`{name}` in `text`), by name, in the order of the reply, each once; empty when
   * every placeholder had a value.
   */
  readonly unfilled: readonly string[];
}

/**
 * Detail of `catalog-error`: what is wrong with an extra catalog, all of it each time. It is sent again when a change
 * of the other catalog breaks or mends its call scripts (or the built-in ones, by disabling an objection they open).
 */
export interface CatalogErrorDetail {
  /** The `src` URL, or `catalog` for the `catalog` property. */
  readonly source: string;
  /** The first 100 problems, in the order found. */
  readonly problems: readonly Problem[];
  /** How many more errors and warnings were found and are not in `problems`. */
  readonly omitted: OmittedProblems;
}

/**
 * Detail of `objection-gap`: "No answer for this" — what the operator searched for and found no answer to, or, with
 * `objectionId`, the opened objection whose replies do not fit what the customer said.
 */
export interface ObjectionGapDetail {
  /** What the operator had typed, trimmed; empty when the objection was opened without typing. */
  readonly query: string;
  /** The language of the catalog texts shown (the element's `locale`, else the page's `lang`). */
  readonly locale: Locale;
  /** The objection open when it was pressed there; absent when pressed under the results. */
  readonly objectionId?: string;
}

export type { ReplyOutcome } from '../core/call-log.js';

/** Detail of `reply-outcome`: the operator marked the reply copied last as worked, or not. */
export interface ReplyOutcomeDetail {
  readonly objectionId: string;
  readonly replyId: string;
  readonly outcome: ReplyOutcome;
  /** What the operator had typed to find the objection, trimmed; empty when it was opened without typing. */
  readonly query: string;
}

/** One step of a call script walked so far: the step, and the answer chosen on it (its index, from 0) once one was. */
export interface ScriptPathEntry {
  readonly stepId: string;
  readonly answer?: number;
}

/** Detail of `script-step`: the call script's step now shown, and how the operator got there. */
export interface ScriptStepDetail {
  readonly scriptId: string;
  readonly stepId: string;
  /** The steps from the script's start to this one (the last), each with the answer chosen on it. */
  readonly path: readonly ScriptPathEntry[];
}

/** Detail of `script-end`: the answer chosen ended the call script with `outcome` (`ordered`, `callback`, `declined`…). */
export interface ScriptEndDetail {
  readonly scriptId: string;
  readonly outcome: string;
  /** Every step walked, each with the answer chosen on it; the last one's answer ended the script. */
  readonly path: readonly ScriptPathEntry[];
}

/**
 * Detail of `objection-detect`: a customer's line given to `hear()` sounds like objection `id`, now suggested on the
 * card. Sent once per objection and line (an interim fragment may send it before the final one comes).
 */
export interface ObjectionDetectDetail {
  readonly id: string;
  /** How sure the detection is, 0–1 (nothing under `DETECT_CONFIDENCE`, 0.4, is suggested). */
  readonly confidence: number;
  /** The line as heard: for the page's own use; the element's log never keeps it. */
  readonly text: string;
}

/** Every event the element dispatches, by name. */
export interface ObjectionDeskEventDetails {
  'objection-select': ObjectionSelectDetail;
  'reply-copy': ReplyCopyDetail;
  'catalog-error': CatalogErrorDetail;
  'reply-outcome': ReplyOutcomeDetail;
  'objection-gap': ObjectionGapDetail;
  'script-step': ScriptStepDetail;
  'script-end': ScriptEndDetail;
  'objection-detect': ObjectionDetectDetail;
}

declare global {
  interface HTMLElementEventMap {
    /** The operator opened an objection (Enter on a result, or a click). */
    'objection-select': CustomEvent<ObjectionSelectDetail>;
    /** The operator copied a reply; `copied` is false when the text was only selected for manual copy. */
    'reply-copy': CustomEvent<ReplyCopyDetail>;
    /** An extra catalog (`src` or `catalog`) could not be loaded or has problems; the built-ins keep working. */
    'catalog-error': CustomEvent<CatalogErrorDetail>;
    /** The operator marked the reply copied last: it worked with the customer, or it did not. */
    'reply-outcome': CustomEvent<ReplyOutcomeDetail>;
    /** The operator said the catalog has no answer ("No answer for this"): for what they searched, or in the objection open. */
    'objection-gap': CustomEvent<ObjectionGapDetail>;
    /** The call script shows a step: opened at its start (or where this call left it), an answer chosen, or a step back. */
    'script-step': CustomEvent<ScriptStepDetail>;
    /** The operator chose an answer that ends the call script, with its outcome. */
    'script-end': CustomEvent<ScriptEndDetail>;
    /** A customer's line given to `hear()` sounds like an objection, which the suggestion card now shows. */
    'objection-detect': CustomEvent<ObjectionDetectDetail>;
  }
}
