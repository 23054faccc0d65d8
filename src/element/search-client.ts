import { SearchEngine, type EngineRequest, type EngineResponse, type WorkerReady } from './search-engine.js';

/**
 * The element's side of its {@link SearchEngine}: the engine runs in a module worker, so that loading, indexing
 * and searching a big catalog never block typing. When no worker can be started (a CSP without `worker-src`, a
 * page opened from file://, a bundler that did not copy `search-worker.js`), the same engine runs on the main
 * thread behind the same interface.
 */
export class SearchClient {
  readonly #onResponse: (response: EngineResponse) => void;
  #worker: Worker | undefined;
  #engine: SearchEngine | undefined;
  /** The worker's module ran: from then on, the worker answers everything itself. */
  #ready = false;
  /** Requests posted before the worker was ready: the fallback answers them if it never gets there. */
  #unconfirmed: EngineRequest[] = [];
  #outstanding = 0;
  #settled: { readonly promise: Promise<void>; readonly resolve: () => void } | undefined;
  #disposed = false;

  constructor(onResponse: (response: EngineResponse) => void) {
    this.#onResponse = onResponse;
    try {
      // Written out in one expression: bundlers recognise `new Worker(new URL(…, import.meta.url))`.
      this.#worker = new Worker(new URL('./search-worker.js', import.meta.url), { type: 'module' });
    } catch (error) {
      this.#fallBack(error);
      return;
    }
    this.#worker.addEventListener('message', this.#handleMessage);
    this.#worker.addEventListener('error', this.#handleError);
  }

  /** Resolves once every request sent so far has been answered; `undefined` when none is waiting. */
  get settled(): Promise<void> | undefined {
    return this.#settled?.promise;
  }

  /** Sends a request; its answer goes to `onResponse`. Throws `DataCloneError` for what a worker cannot take. */
  send(request: EngineRequest): void {
    if (this.#disposed) return;
    if (this.#worker) {
      this.#worker.postMessage(request);
      if (!this.#ready) this.#unconfirmed.push(request);
    } else {
      this.#ask(this.#engine!, request);
    }
    this.#outstanding += 1;
    if (!this.#settled) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.#settled = { promise, resolve };
    }
  }

  /** Stops the worker; requests still unanswered are never answered. */
  dispose(): void {
    this.#disposed = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#engine = undefined;
    this.#outstanding = 0;
    this.#settled?.resolve();
    this.#settled = undefined;
  }

  #ask(engine: SearchEngine, request: EngineRequest): void {
    void engine.handle(request).then((response) => this.#deliver(response));
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

  #handleMessage = (event: MessageEvent<EngineResponse | WorkerReady>): void => {
    if (event.data.kind === 'ready') {
      this.#ready = true;
      this.#unconfirmed = [];
    } else {
      this.#deliver(event.data);
    }
  };

  #handleError = (event: Event): void => {
    // Once started, the engine answers its own exceptions; an error before that means the worker never ran.
    if (this.#ready || !this.#worker) return;
    event.preventDefault();
    this.#worker.terminate();
    this.#worker = undefined;
    this.#fallBack((event instanceof ErrorEvent && event.message) || 'its script could not be loaded');
  };

  #fallBack(reason: unknown): void {
    console.warn(
      '<objection-desk>: search runs on the main thread, because its worker could not be started:',
      reason instanceof Error ? reason.message : reason,
    );
    const engine = new SearchEngine();
    this.#engine = engine;
    for (const request of this.#unconfirmed) this.#ask(engine, request);
    this.#unconfirmed = [];
  }
}
