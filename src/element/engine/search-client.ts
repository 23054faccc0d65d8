import type { EngineRequest, EngineResponse, FailedResponse, ProgressReport, ResultsResponse, SearchRequest } from './engine-protocol.js';
import { messageOf } from '../../core/error-text.js';
import type { EngineSnapshot } from './hand-off.js';
import { runInSlices } from './run-in-slices.js';
import type { SearchEngine, SearchEngineOptions } from './search-engine.js';
import type { WorkerLink, WorkerLinkHost } from './worker-link.js';
import { trustedScriptUrl } from './worker-policy.js';

/**
 * The most objections searched on the main thread. A search over 10,000 takes about 3 ms at p95 on a 2-core
 * machine, so up to this many a keystroke's results are painted in its own frame; the main thread then holds
 * the catalogs and their index (about 8 MB of heap per 1,000 of the benchmark's objections). A bigger merged
 * catalog stays in the worker, where a search never blocks typing and its results come a frame or two later.
 */
export const MAIN_THREAD_MAX_OBJECTIONS = 20_000;

/**
 * The most objections a search on the main thread indexes itself, when no older catalogs are indexed to answer
 * from meanwhile: the built-in catalog (19) takes 25–40 ms, 200 of the benchmark's about 70 ms. A bigger catalog
 * is waited for, with its progress shown.
 */
const INDEX_ON_SEARCH_MAX = 200;

type EngineModule = typeof import('./search-engine.js');

let engineModule: Promise<EngineModule> | undefined;

/**
 * The search engine's code (the search, fuse.js, merging) is loaded apart from the element, after its first
 * paint, while the preview lists the built-in catalog. Once per page; a failed load is tried again by the next
 * engine made.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= import('./search-engine.js').catch((error: unknown) => {
    engineModule = undefined;
    throw error;
  });
  return engineModule;
}

/**
 * A main-thread {@link SearchEngine} usable before its code has loaded: what it is asked meanwhile is answered,
 * in order, once it has. Until then it does not {@link answersNow}, so searches are sent, not run at once.
 */
class LazySearchEngine {
  #engine: SearchEngine | undefined;
  readonly #loaded: Promise<SearchEngine>;

  constructor(options: SearchEngineOptions) {
    this.#loaded = loadEngineModule().then(({ SearchEngine }) => (this.#engine = new SearchEngine(options)));
    // Each request reports a failure; an engine that was never asked anything has none to report.
    this.#loaded.catch(() => undefined);
  }

  get answersNow(): boolean {
    return this.#engine?.answersNow ?? false;
  }

  get indexing(): Promise<unknown> | undefined {
    return this.#engine?.indexing;
  }

  handle(request: EngineRequest): Promise<EngineResponse> {
    if (this.#engine) return this.#engine.handle(request);
    return this.#loaded.then(
      (engine) => engine.handle(request),
      (error: unknown): FailedResponse => ({
        kind: 'failed',
        id: request.id,
        message: `the search code could not be loaded: ${messageOf(error)}`,
        codeMissing: true,
      }),
    );
  }

  searchNow(request: SearchRequest): ResultsResponse | undefined {
    return this.#engine?.searchNow(request);
  }

  adopt(snapshot: EngineSnapshot): Promise<boolean> {
    return this.#loaded.then(
      (engine) => engine.adopt(snapshot),
      () => false,
    );
  }
}

/**
 * The element's {@link WorkerLink} while its code loads, which it does with the first `src` catalog: what it is
 * sent meanwhile is posted, in order, once the worker has started. Once disposed, it starts none.
 */
class LazyWorkerLink {
  #link: WorkerLink<LazySearchEngine> | undefined;
  #waiting: EngineRequest[] = [];
  #disposed = false;

  constructor(host: WorkerLinkHost<LazySearchEngine>) {
    import('./worker-link.js').then(
      ({ WorkerLink }) => {
        if (this.#disposed) return;
        try {
          this.#link = new WorkerLink(host, trustedScriptUrl);
        } catch (error) {
          host.fallBack(error, this.#waiting);
          return;
        }
        for (const request of this.#waiting) this.#link.send(request);
        this.#waiting = [];
      },
      (error: unknown) => {
        if (!this.#disposed) host.fallBack(`its code could not be loaded: ${messageOf(error)}`, this.#waiting);
      },
    );
  }

  send(request: EngineRequest): void {
    if (this.#link) this.#link.send(request);
    else this.#waiting.push(request);
  }

  dispose(): void {
    this.#disposed = true;
    this.#link?.dispose();
  }
}

/**
 * The element's side of its {@link SearchEngine}, which runs where it serves typing best:
 *
 * - **On the main thread** when there is no `src` catalog (the built-in catalog and the `catalog` property):
 *   no worker is started; the catalogs are listed at once and indexed in slices between frames, and each
 *   search is answered synchronously ({@link searchNow}), so its results are painted in the keystroke's frame.
 * - **In a module worker** while a `src` catalog is parsed, validated, merged and indexed. Meanwhile the
 *   main thread's engine, with the catalogs it had, answers searches at once (marked `interim`: the element
 *   searches again once the worker has answered the load). When the merged catalog has at most
 *   {@link MAIN_THREAD_MAX_OBJECTIONS} objections, the worker hands the catalogs over; the main thread indexes
 *   them in slices, then answers synchronously and the worker is terminated. Bigger catalogs are searched in the
 *   worker for good.
 * - **On the main thread** for everything when no worker can be started (a CSP without `worker-src`, a page
 *   opened from file://, a bundler that did not copy `search-worker.js`).
 *
 * The worker's side ({@link WorkerLink}) is code of its own, loaded with the first `src` catalog.
 */
export class SearchClient {
  /**
   * Not public API: the limit of {@link MAIN_THREAD_MAX_OBJECTIONS} as the loads sent from now on use it.
   * Tests lower it to keep a catalog in the worker without generating 20,000 objections.
   */
  static mainThreadMaxObjections = MAIN_THREAD_MAX_OBJECTIONS;

  readonly #onResponse: (response: EngineResponse | ProgressReport) => void;
  /** The main thread's engine, while it is the one answering. */
  #local: LazySearchEngine | undefined;
  /**
   * The main thread's engine that answered before the worker started: it answers searches, from the catalogs
   * it has, until the worker has answered its latest load.
   */
  #interim: LazySearchEngine | undefined;
  #worker: LazyWorkerLink | undefined;
  /** No worker can be started in this page: everything stays on the main thread. */
  #noWorker = false;
  #outstanding = 0;
  #settled: { readonly promise: Promise<void>; readonly resolve: () => void } | undefined;
  #disposed = false;

  /** `onResponse` is given the answers to the requests sent, and the progress of loads. */
  constructor(onResponse: (response: EngineResponse | ProgressReport) => void) {
    this.#onResponse = onResponse;
    this.#local = this.#mainThreadEngine();
  }

  /** Resolves once every request sent so far has been answered; `undefined` when none is waiting. */
  get settled(): Promise<void> | undefined {
    return this.#settled?.promise;
  }

  /**
   * Sends a request; its answer goes to `onResponse`. A load with a `src` catalog starts the worker. Throws
   * `DataCloneError` for what a worker cannot take, and then sends nothing.
   */
  send(request: EngineRequest): void {
    if (this.#disposed) return;
    if (request.kind === 'load' && request.src && !this.#worker && !this.#noWorker) this.#startWorker();
    if (this.#worker && request.kind === 'search' && this.#interim) {
      this.#askInterim(this.#interim, request);
    } else if (this.#worker) {
      this.#worker.send(request.kind === 'load' ? { ...request, handOffUpTo: SearchClient.mainThreadMaxObjections } : request);
    } else {
      this.#ask(this.#local!, request);
    }
    this.#outstanding += 1;
    if (!this.#settled) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.#settled = { promise, resolve };
    }
  }

  /** The main thread's engine answering searches: the one in use, or the interim one while the worker loads. */
  get #answering(): LazySearchEngine | undefined {
    return this.#worker ? this.#interim : this.#local;
  }

  /** Resolves once the catalogs searched on the main thread are indexed, while they are not. */
  get indexing(): Promise<unknown> | undefined {
    return this.#disposed ? undefined : this.#answering?.indexing;
  }

  /** A search would be answered at once: the main thread's engine answers, and has catalogs to answer from. */
  get searchesNow(): boolean {
    return !this.#disposed && (this.#answering?.answersNow ?? false);
  }

  /**
   * The answer to a search, computed now, in the caller's task, when {@link searchesNow}; else `undefined`,
   * and the search is to be {@link send}t.
   */
  searchNow(request: SearchRequest): ResultsResponse | FailedResponse | undefined {
    if (!this.searchesNow) return undefined;
    const engine = this.#answering!;
    try {
      const response = engine.searchNow(request);
      return response && engine === this.#interim ? { ...response, interim: true } : response;
    } catch (error) {
      return { kind: 'failed', id: request.id, message: messageOf(error) };
    }
  }

  /** Stops the worker and any indexing; requests still unanswered are never answered. */
  dispose(): void {
    this.#disposed = true;
    this.#worker?.dispose();
    this.#worker = undefined;
    this.#local = undefined;
    this.#interim = undefined;
    this.#outstanding = 0;
    this.#settled?.resolve();
    this.#settled = undefined;
  }

  /**
   * An engine for the main thread, indexing in slices between frames for as long as this client keeps it, or
   * `wanted()` (the worker's side adopting catalogs with it).
   */
  #mainThreadEngine(wanted: () => boolean = () => false): LazySearchEngine {
    const engine: LazySearchEngine = new LazySearchEngine({
      run: (steps, isCurrent, report) =>
        runInSlices(steps, () => isCurrent() && (this.#local === engine || this.#interim === engine || wanted()), report),
      report: (progress) => this.#report(progress),
      indexOnSearchMax: INDEX_ON_SEARCH_MAX,
    });
    return engine;
  }

  /**
   * The worker is sent the complete catalogs; until it has answered them, searches are answered from the
   * catalogs the main thread has (the built-in ones, at once), then its engine and index are freed.
   */
  #startWorker(): void {
    this.#worker = new LazyWorkerLink({
      deliver: (response) => this.#deliver(response),
      report: (progress) => this.#report(progress),
      loaded: () => (this.#interim = undefined),
      mainThreadEngine: (wanted) => this.#mainThreadEngine(wanted),
      takeOver: (engine, unanswered) => {
        this.#local = engine;
        this.#worker = undefined;
        for (const request of unanswered) this.#ask(engine, request);
      },
      fallBack: (reason, unanswered) => this.#fallBack(reason, unanswered),
    });
    this.#interim = this.#local;
    this.#local = undefined;
  }

  #ask(engine: LazySearchEngine, request: EngineRequest): void {
    void engine.handle(request).then((response) => this.#deliver(response));
  }

  /** A search answered by the interim engine; one it answers after the worker's load goes to the worker. */
  #askInterim(engine: LazySearchEngine, request: SearchRequest): void {
    void engine.handle(request).then((response) => {
      if (this.#disposed) return;
      if (engine !== this.#interim) {
        this.#forward(request);
      } else {
        this.#deliver(response.kind === 'results' ? { ...response, interim: true } : response);
      }
    });
  }

  /** A request already counted as outstanding, to whichever engine answers now. */
  #forward(request: EngineRequest): void {
    if (this.#worker) {
      this.#worker.send(request);
    } else if (this.#local) {
      this.#ask(this.#local, request);
    }
  }

  #deliver(response: EngineResponse): void {
    if (this.#disposed) return;
    try {
      this.#onResponse(response);
    } finally {
      // Even when the element's handler throws: `updateComplete` must not wait for ever.
      this.#outstanding -= 1;
      if (this.#outstanding === 0) {
        this.#settled?.resolve();
        this.#settled = undefined;
      }
    }
  }

  /** Progress is not an answer: nothing waits for it. */
  #report(progress: ProgressReport): void {
    if (!this.#disposed) this.#onResponse(progress);
  }

  /** No worker: the main thread's engine answers everything, first what the worker was sent. */
  #fallBack(reason: unknown, unanswered: readonly EngineRequest[]): void {
    console.warn(
      '<objection-desk>: search runs on the main thread, because its worker could not be started:',
      messageOf(reason),
    );
    this.#noWorker = true;
    this.#worker = undefined;
    // Kept while the worker never answered: the main thread's engine still has its catalogs.
    const engine = (this.#local ??= this.#interim ?? this.#mainThreadEngine());
    this.#interim = undefined;
    for (const request of unanswered) this.#ask(engine, request);
  }
}
