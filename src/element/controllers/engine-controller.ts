import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefetchBuiltinCatalog, type CatalogInput, type Category, type Objection } from '../../core/index.js';
import {
  CATALOG_PROPERTY_SOURCE,
  type DetectRequest,
  type EngineResponse,
  type LoadRequest,
  type LoadedResponse,
  type ProgressReport,
  type ResultsResponse,
  type ScriptLookup,
  type ScriptResponse,
} from '../engine/engine-protocol.js';
import { SearchClient } from '../engine/search-client.js';
import { sendLoad } from '../engine/send-load.js';
import { missingFile, type CatalogNotices } from '../catalog-notices.js';
import { loadFailed } from '../src-limits.js';
import type { SrcController } from './src-controller.js';

/**
 * How long a disconnected element keeps its search engine: a move in the page (disconnected and connected
 * again at once) keeps the catalogs; an element that stays out of the page frees them, their index and any
 * worker.
 */
const DISCONNECTED_ENGINE_MS = 1000;
/** The latest the engine starts after the first render, if no frame is painted before. */
const ENGINE_START_MAX_DELAY_MS = 100;

/** The search the element is waiting for: an answer to any other is stale and dropped. */
export interface PendingSearch {
  readonly id: number;
  readonly query: string;
  readonly keepActive: boolean;
  readonly announce: boolean;
}

/** The element's properties that say which catalogs to search. */
export interface EngineHost extends ReactiveControllerHost {
  readonly hasUpdated: boolean;
  readonly isConnected: boolean;
  readonly noBuiltin: boolean;
  readonly catalog?: CatalogInput | undefined;
}

/** What the engine's answers mean to the element: each is called only for a request it still waits for. */
export interface EngineAnswers {
  results(response: ResultsResponse, search: PendingSearch): void;
  /** An objection looked up: one chosen from the preview, to open, or the fresh copy of the opened one. */
  objection(objection: Objection | undefined, purpose: 'open' | 'refresh'): void;
  /**
   * The catalogs of a load are shown (their count and categories are current), or indexed: either way, interim
   * results give way to theirs.
   */
  loaded(): void;
}

/**
 * The element's search engine: starts it after the first paint (or at first use), sends it the catalogs and
 * the requests, routes each answer to what still waits for it, and frees it once the element stays out of
 * the page.
 */
export class EngineController implements ReactiveController {
  readonly #host: EngineHost;
  readonly #src: SrcController;
  readonly #answers: EngineAnswers;
  readonly #notices: CatalogNotices<unknown>;
  /** Loads, indexes and searches the catalogs, on the main thread or in a worker; made on the first load. */
  #client: SearchClient | undefined;
  #stopTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the engine put off after the first paint is asked to start; unset once it is. */
  #start: Promise<void> | undefined;
  #requestId = 0;
  #search: PendingSearch | undefined;
  #lookup: number | undefined;
  /** The lookup of an objection chosen from the preview: it opens when the engine answers, after the catalog. */
  #open: number | undefined;
  /** The call script view's latest lookup, until answered: an older one is no longer waited for. */
  #script: { readonly id: number; readonly found: (lookup: ScriptLookup) => void } | undefined;
  /** Told each answer first: `hear()`'s chunk, waiting for those of the requests it {@link send}s. */
  listener: ((response: EngineResponse | ProgressReport) => void) | undefined;
  /** Enter was pressed before the results of the query were in: the first of them opens when they are. */
  openWhenAnswered = false;
  /** The catalogs must be sent again: a property changed, or the engine is new. */
  #stale = true;
  /** The latest load that carries a changed `catalog` property: its problems are reported, later ones if new. */
  #catalogLoadId: number | undefined;
  /** The report last shown of the `catalog` property, as JSON: the same again (sent with a `src`) is not shown. */
  #catalogReported: string | undefined;
  /** The latest load sent: only its progress is shown. */
  #latestLoadId = 0;
  /** The load whose catalogs are shown: an older one answered late (by an engine since replaced) is not. */
  #shownLoadId = 0;
  /** The results shown are interim: they are searched again once the catalogs on their way are indexed. */
  #interimShown = false;
  /** How far a big load is, until its catalogs are searched. */
  progress: ProgressReport | undefined;
  objectionCount = 0;
  categories: readonly Category[] = [];
  #categoryById = new Map<string, Category>();

  /** What is wrong with the catalogs, or a file of the widget that did not load, goes to `notices`. */
  constructor(host: EngineHost, src: SrcController, notices: CatalogNotices<unknown>, answers: EngineAnswers) {
    this.#host = host;
    this.#src = src;
    this.#notices = notices;
    this.#answers = answers;
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.#stopTimer);
    if (this.#host.hasUpdated && !this.#client) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stopTimer = setTimeout(() => this.#stop(), DISCONNECTED_ENGINE_MS);
  }

  /** The engine is made: it has the catalogs, or they are on their way. */
  get running(): boolean {
    return this.#client !== undefined;
  }

  /** The catalogs must be sent again, at the next update. */
  get stale(): boolean {
    return this.#stale || this.#src.outgoing;
  }

  markStale(): void {
    this.#stale = true;
  }

  /** No load has been answered: what is listed, if anything, is the built-in catalog's preview. */
  get nothingLoaded(): boolean {
    return this.#shownLoadId === 0;
  }

  /** A search was asked and is not answered yet. */
  get searching(): boolean {
    return this.#search !== undefined;
  }

  /** The engine answers searches at once, on the main thread (no worker, no load in the way). */
  get searchesNow(): boolean {
    return this.#client?.searchesNow ?? false;
  }

  category(id: string): Category | undefined {
    return this.#categoryById.get(id);
  }

  /** Shows the objection count and categories of a list that comes without a load (the built-in preview). */
  showCatalog(objectionCount: number, categories: readonly Category[]): void {
    this.objectionCount = objectionCount;
    this.categories = categories;
    this.#categoryById = new Map(categories.map((category) => [category.id, category]));
  }

  /**
   * Starting the engine (its worker or its index, the catalog chunk) costs the first paint a fifth of its time:
   * it is started right after, in a task of its own.
   */
  startAfterPaint(): void {
    let start!: () => void;
    const started = new Promise<void>((resolve) => {
      start = () => {
        if (this.#start === started) {
          this.#start = undefined;
          this.#host.requestUpdate();
        }
        resolve();
      };
    });
    this.#start = started;
    // A task queued from a frame callback runs once that frame is painted; the timer is for a page that paints
    // no frames (a hidden tab).
    requestAnimationFrame(() => setTimeout(start));
    setTimeout(start, ENGINE_START_MAX_DELAY_MS);
  }

  /**
   * Settles once the engine's start, the searches and loads under way, and the indexing that interim results
   * shown wait for, are done; `then` after each.
   */
  async settle(then: () => Promise<unknown>): Promise<void> {
    if (this.#start) {
      await this.#start;
      await then();
    }
    const next = () => this.#client?.settled ?? (this.#interimShown ? this.#client?.indexing : undefined);
    for (let settled = next(); settled; settled = next()) {
      await settled;
      await then();
    }
  }

  /**
   * Sends the catalogs to the engine to merge and index; the `catalog` property when it changed, and with a
   * `src` catalog, which may start the worker: that one has to be sent every catalog. `opened` is looked up
   * again in them.
   */
  load(catalogChanged: boolean, opened: Objection | undefined): void {
    const host = this.#host;
    this.#stale = false;
    // Fetched while the engine's code, which reads it, is fetched too; the load that needs it reports a failure.
    if (!host.noBuiltin) prefetchBuiltinCatalog();
    const fresh = !this.#client;
    const client = (this.#client ??= new SearchClient((response) => this.#handle(response)));
    const id = (this.#latestLoadId = ++this.#requestId);
    // An older load's progress is no longer what is on its way.
    this.progress = undefined;
    const src = this.#src.takeOutgoing(id);
    const request: LoadRequest = {
      kind: 'load',
      id,
      builtin: !host.noBuiltin,
      ...((catalogChanged || fresh || src) && { catalog: host.catalog ?? null }),
      ...(src !== undefined && { src }),
    };
    if (catalogChanged || fresh) this.#catalogLoadId = id;
    sendLoad(client, request, () => {
      this.#catalogLoadId = undefined;
      this.#notices.report('catalog', CATALOG_PROPERTY_SOURCE, {
        problems: [loadFailed(CATALOG_PROPERTY_SOURCE, 'it is not plain data (JSON) and cannot be copied to the search worker')],
      });
    });
    if (opened) this.lookup(opened.id, 'refresh');
  }

  /**
   * Asks for the hits of `query`. On the main thread they are answered at once, before this returns; from a
   * worker, or behind a catalog load, when they come, if no newer search was asked. False when there is no
   * engine to ask (before the first update, or once freed).
   */
  search(query: string, limit: number, { keepActive = false, announce = false } = {}): boolean {
    const client = this.#ready();
    if (!client) return false;
    const pending = this.#search;
    const search: PendingSearch = {
      id: ++this.#requestId,
      query,
      // A search replaced before it was answered still owes what it was asked for.
      keepActive: keepActive || (pending?.keepActive ?? false),
      announce: announce || (pending?.announce ?? false),
    };
    this.#search = search;
    const request = { kind: 'search', id: search.id, query, limit } as const;
    const answer = client.searchNow(request);
    if (answer) this.#handle(answer);
    else client.send(request);
    return true;
  }

  /** Looks objection `id` up: to open it once the catalog is loaded, or to refresh the opened one. */
  lookup(id: string, purpose: 'open' | 'refresh'): void {
    const client = this.#ready();
    if (!client) return;
    const requestId = ++this.#requestId;
    if (purpose === 'open') this.#open = requestId;
    else this.#lookup = requestId;
    client.send({ kind: 'objection', id: requestId, objectionId: id });
  }

  /**
   * Looks call script `id` up in the merged catalogs (the built-in scripts too with `builtin`), after the loads sent
   * before. Never settles once another lookup is asked, or when the engine is freed first (the element stayed out of
   * the page).
   */
  script(id: string, builtin: boolean): Promise<ScriptLookup> {
    return new Promise((found) => {
      this.#script = { id: ++this.#requestId, found };
      this.#ready()?.send({ kind: 'script', id: this.#requestId, script: id, builtin });
    });
  }

  /** Sends `request`, after the loads sent before; its id, for the {@link listener}, or none when there is no engine to ask. */
  send(request: Omit<DetectRequest, 'id'>): number | undefined {
    const client = this.#ready();
    client?.send({ ...request, id: ++this.#requestId });
    return client ? this.#requestId : undefined;
  }

  /** An objection chosen from the preview is not opened after all (a new query replaced it). */
  cancelOpen(): void {
    this.#open = undefined;
  }

  /**
   * The engine to ask; one put off past the first paint starts now (the operator typed or chose before it
   * started). None before the first update or once freed.
   */
  #ready(): SearchClient | undefined {
    if (this.#client || !this.#start) return this.#client;
    this.#start = undefined;
    this.load(false, undefined);
    return this.#client;
  }

  /** Frees the engine of an element that stayed out of the page; everything is sent again on reconnection. */
  #stop(): void {
    if (!this.#client) return;
    this.#client.dispose();
    this.#client = undefined;
    this.#search = undefined;
    this.#lookup = undefined;
    this.#open = undefined;
    this.openWhenAnswered = false;
    this.#catalogLoadId = undefined;
    this.progress = undefined;
    this.#interimShown = false;
    this.#stale = true;
    // The fetched `src` catalog went with the engine: it is fetched again.
    this.#src.engineStopped();
  }

  #handle(response: EngineResponse | ProgressReport): void {
    this.listener?.(response);
    switch (response.kind) {
      case 'loaded':
        this.#loaded(response);
        break;
      case 'progress':
        if (response.id !== this.#latestLoadId) return;
        this.progress = response.done < 1 ? response : undefined;
        if (!this.progress) this.#answers.loaded();
        this.#host.requestUpdate();
        break;
      case 'results': {
        const search = this.#search;
        if (response.id !== search?.id) return;
        this.#search = undefined;
        this.#interimShown = response.interim === true;
        this.#answers.results(response, search);
        break;
      }
      case 'objection':
        if (response.id === this.#open) {
          this.#open = undefined;
          this.#answers.objection(response.objection, 'open');
        } else if (response.id === this.#lookup) {
          this.#lookup = undefined;
          this.#answers.objection(response.objection, 'refresh');
        }
        break;
      case 'script':
        if (response.id === this.#script?.id) this.#script.found(response.lookup);
        this.#report(response);
        break;
      // A `skipped` search is answered by a newer one: nothing to do.
      case 'failed': {
        if (response.codeMissing) this.#notices.reportMissing(missingFile(response.message, 'objection-desk-engine.js'));
        else console.error('<objection-desk>: the search engine failed:', response.message);
        if (response.id === this.#search?.id) this.#search = undefined;
        const url = this.#src.answered(response.id);
        if (url !== undefined) this.#notices.report('src', url, { failure: { kind: 'invalid' }, problems: [loadFailed(url, response.message)] });
        this.#host.requestUpdate();
        break;
      }
    }
  }

  /**
   * Shows the problems of the extra catalogs that `response` reports: of those its load carried, or those it found
   * changed (a script of one that the other breaks or mends). Not a report from before the latest changed `catalog`
   * sent, nor the same report again of one sent unchanged with a `src` (to a new worker), nor one of a `src` replaced
   * since.
   */
  #report({ id, src, catalog }: LoadedResponse | ScriptResponse): void {
    // The id of the load that changed it makes its first report a new one, whatever the problems.
    const reported = this.#catalogLoadId + JSON.stringify(catalog);
    if (catalog && id >= (this.#catalogLoadId ?? Infinity) && reported !== this.#catalogReported) {
      this.#catalogReported = reported;
      this.#notices.report('catalog', CATALOG_PROPERTY_SOURCE, catalog);
    }
    const url = src && (this.#src.answered(id) ?? this.#src.settled);
    if (src && url !== undefined) this.#notices.report('src', url, src);
  }

  #loaded(response: LoadedResponse): void {
    if (response.id > this.#shownLoadId) {
      this.#shownLoadId = response.id;
      this.showCatalog(response.objectionCount, response.categories);
    }
    if (response.builtinError !== undefined) this.#notices.reportMissing(missingFile(response.builtinError, 'objection-desk-catalog-*.js'));
    this.#report(response);
    this.#answers.loaded();
    this.#host.requestUpdate();
  }
}
