import type { CappedProblems, CatalogInput, Category, Detection, Locale, LocalizedText, Objection, Script, SearchHit } from '../../core/index.js';
import type { HandOff } from './hand-off.js';

// What the element and its search engine say to each other, on the main thread or through the worker's
// messages. Apart from the engine, so that the element can speak it before the engine's code has loaded.

/** The most objections listed for an empty query: a big catalog is searched, not scrolled. */
export const BROWSE_LIMIT = 200;

/**
 * The empty query's list, from every objection in list order: the first {@link BROWSE_LIMIT}, and how many more
 * there are. The engine answers it; the element shows the built-in catalog's preview the same way.
 */
export function browseList(all: readonly SearchHit[]): { readonly hits: readonly SearchHit[]; readonly more: number } {
  return { hits: all.slice(0, BROWSE_LIMIT), more: Math.max(0, all.length - BROWSE_LIMIT) };
}

/** The `source` of problems found in the element's `catalog` property. */
export const CATALOG_PROPERTY_SOURCE = 'catalog';

/** The `src` catalog as the element fetched it; its body is read and parsed where the engine runs. */
export interface SrcBody {
  readonly url: string;
  /** A Blob crosses to a worker as a handle: the main thread never decodes or copies the text. */
  readonly body: Blob;
}

/** Replaces the catalogs to search. `src` and `catalog`: absent keeps the one sent before, `null` drops it. */
export interface LoadRequest {
  readonly kind: 'load';
  readonly id: number;
  readonly builtin: boolean;
  readonly src?: SrcBody | null;
  readonly catalog?: CatalogInput | null;
  /**
   * Set by the element's side for a load it sends to the worker: when the merged catalog has at most this many
   * objections, the worker follows its answer with a {@link HandOff} of the catalogs.
   */
  readonly handOffUpTo?: number;
}

/** Hits for a query; the empty query lists the catalog by category, at most {@link BROWSE_LIMIT} objections. */
export interface SearchRequest {
  readonly kind: 'search';
  readonly id: number;
  readonly query: string;
  readonly limit: number;
}

/** One objection of the merged catalogs by id: the element refreshes the opened one after a load. */
export interface ObjectionRequest {
  readonly kind: 'objection';
  readonly id: number;
  readonly objectionId: string;
}

/** One call script of the merged catalogs by id, for the script view: the element's `script`. */
export interface ScriptRequest {
  readonly kind: 'script';
  readonly id: number;
  readonly script: string;
  /** The built-in scripts may answer (no `no-builtin`). */
  readonly builtin: boolean;
}

/**
 * The objections a customer's line raises (`detectObjections` in the merged catalogs), for the element's `hear()`.
 * The empty text detects nothing and prepares the detection's phrase table, so that the first line is answered at once.
 */
export interface DetectRequest {
  readonly kind: 'detect';
  readonly id: number;
  readonly text: string;
  /** The language the customer speaks: the catalog texts' language. */
  readonly locale: Locale;
}

export type EngineRequest = LoadRequest | SearchRequest | ObjectionRequest | ScriptRequest | DetectRequest;

/**
 * What was wrong with one extra catalog of a load: the first `MAX_PROBLEMS` problems and a count of the
 * others, so a file with a million mistakes sends a hundred to the main thread.
 */
export interface CatalogReport extends CappedProblems {
  /** Set when nothing in it could be used (no objections, nothing disabled, and errors): it is left out. */
  readonly failure?: { readonly kind: 'invalid' } | undefined;
}

export interface LoadedResponse {
  readonly kind: 'loaded';
  readonly id: number;
  readonly objectionCount: number;
  readonly categories: readonly Category[];
  /**
   * Present when the request gave a `src` catalog, or when the load changed the problems of the scripts of the one
   * given before (its answers open an objection the load took away or brought back).
   */
  readonly src?: CatalogReport;
  /** Present when the request gave the `catalog` property (also when it was `null`), or as `src` is. */
  readonly catalog?: CatalogReport;
  /** Why the built-in catalog could not be loaded; the other catalogs are searched without it. */
  readonly builtinError?: string;
}

export interface ResultsResponse {
  readonly kind: 'results';
  readonly id: number;
  /** At most `limit` hits, or {@link BROWSE_LIMIT} for the empty query. */
  readonly hits: readonly SearchHit[];
  /** How many objections the empty query's list leaves out. */
  readonly more: number;
  /**
   * Searched in older catalogs than the latest load's: those of before a load not answered yet (the built-in
   * ones while a `src` catalog is parsed), or the last ones indexed while the latest are indexed. The element
   * searches again once that load is answered and once its catalogs are indexed (a {@link ProgressReport} of 1).
   */
  readonly interim?: boolean;
}

export interface ObjectionResponse {
  readonly kind: 'objection';
  readonly id: number;
  readonly objection: Objection | undefined;
}

/** What the engine found for a {@link ScriptRequest}: the script, or why there is none. */
export type ScriptLookup =
  /** `missing`: the objections its answers open that the merged catalogs lack (an extra catalog disabled them). */
  | { readonly kind: 'found'; readonly script: Script; readonly missing: readonly string[] }
  | { readonly kind: 'unknown' }
  /** The built-in scripts' file did not load (a folder copied without it, the network). */
  | { readonly kind: 'failed' };

export interface ScriptResponse {
  readonly kind: 'script';
  readonly id: number;
  readonly lookup: ScriptLookup;
  /**
   * The `src` and `catalog` catalogs' reports again, when the built-in scripts this lookup loaded have answers that
   * one of them breaks (it disables an objection they open), as a load's reports are.
   */
  readonly src?: CatalogReport;
  readonly catalog?: CatalogReport;
}

/** An objection a customer's line raises, with its title to show. */
export interface HeardObjection extends Detection {
  readonly title: LocalizedText;
}

/** The answer to a {@link DetectRequest}: best first, none for ordinary call talk. */
export interface DetectedResponse {
  readonly kind: 'detected';
  readonly id: number;
  readonly detected: readonly HeardObjection[];
}

/** A search that a newer one replaced before it ran: nobody is waiting for its hits. */
export interface SkippedResponse {
  readonly kind: 'skipped';
  readonly id: number;
}

/** The engine threw while answering: a bug, reported rather than left unanswered. */
export interface FailedResponse {
  readonly kind: 'failed';
  readonly id: number;
  readonly message: string;
  /** The search engine's own code could not be loaded: a file of the widget is missing or unreachable. */
  readonly codeMissing?: true;
}

export type EngineResponse =
  | LoadedResponse
  | ResultsResponse
  | ObjectionResponse
  | ScriptResponse
  | DetectedResponse
  | SkippedResponse
  | FailedResponse;

/**
 * Not asked for: how far the engine is with load `id`'s catalogs, validated then indexed. `done` goes from 0
 * to 1; steps between are reported only for catalogs big enough to take a while (see `SearchEngine`), and 1
 * always, once they are searched: interim answers can then be replaced.
 */
export interface ProgressReport {
  readonly kind: 'progress';
  readonly id: number;
  /** Objections in the catalog being loaded, as given. */
  readonly objectionCount: number;
  readonly done: number;
}

/** Posted by the worker once its module has run: until then, a failure to start means falling back. */
export interface WorkerReady {
  readonly kind: 'ready';
}

/** Everything the worker posts. */
export type WorkerMessage = EngineResponse | ProgressReport | WorkerReady | HandOff;
