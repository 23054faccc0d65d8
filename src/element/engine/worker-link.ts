import { messageOf } from '../../core/error-text.js';
import type { EngineRequest, EngineResponse, ProgressReport, WorkerMessage } from './engine-protocol.js';
import { readHandOff, type EngineSnapshot, type HandOff } from './hand-off.js';
import { runInSlices } from './run-in-slices.js';
import { BOOTSTRAP_HINT, startModuleWorker } from './worker-bootstrap.js';
import type { TrustedScriptUrl } from './worker-policy.js';

/** A main-thread engine that can take over the catalogs a worker hands over. */
export interface AdoptingEngine {
  adopt(snapshot: EngineSnapshot): Promise<boolean>;
}

/** What a {@link WorkerLink} tells the element's search client, which answers on the main thread meanwhile. */
export interface WorkerLinkHost<Engine extends AdoptingEngine> {
  /** The answer to a request sent through the link. */
  deliver(response: EngineResponse): void;
  /** How far the worker is with a load. */
  report(progress: ProgressReport): void;
  /** The worker answered the latest load: from now on it has the catalogs searches are for. */
  loaded(): void;
  /** A new main-thread engine, indexing for as long as `wanted()` (or the client keeps it). */
  mainThreadEngine(wanted: () => boolean): Engine;
  /**
   * `engine` has taken the worker's catalogs over and answers from now on, first the requests the worker was
   * still on; the worker is stopped.
   */
  takeOver(engine: Engine, unanswered: EngineRequest[]): void;
  /** The worker did not run: the main thread answers from now on, first what the worker was sent. */
  fallBack(reason: unknown, unanswered: EngineRequest[]): void;
}

/**
 * The element's module worker and what is said through it: loads and searches posted, answers delivered, and
 * the catalogs it hands over for a small enough load taken over by the main thread. Code of its own, loaded with
 * the first `src` catalog: a page that gives none never downloads it. Throws what starting the worker throws.
 */
export class WorkerLink<Engine extends AdoptingEngine> {
  readonly #host: WorkerLinkHost<Engine>;
  #worker: Worker | undefined;
  /** The worker runs through a blob: bootstrap, because its script is on another origin. */
  readonly #bootstrapped: boolean;
  /** The worker's module ran: from then on, the worker answers everything itself. */
  #ready = false;
  /** Requests posted to the worker and not answered yet: the main thread's engine answers them when it takes over. */
  readonly #unanswered = new Map<number, EngineRequest>();
  /** The latest load posted to the worker: only its hand-off is taken. */
  #workerLoad: number | undefined;
  /** The main thread's engine indexing catalogs the worker handed over; it answers once they are indexed. */
  #adopting: Engine | undefined;

  constructor(host: WorkerLinkHost<Engine>, trusted: TrustedScriptUrl) {
    this.#host = host;
    const { worker, bootstrapped } = startModuleWorker(
      new URL('./search-worker.js', import.meta.url),
      // Written out in one expression: bundlers recognise `new Worker(new URL(…, import.meta.url))`.
      () => new Worker(new URL('./search-worker.js', import.meta.url), { type: 'module' }),
      trusted,
    );
    worker.addEventListener('message', this.#handleMessage);
    worker.addEventListener('error', this.#handleError);
    this.#worker = worker;
    this.#bootstrapped = bootstrapped;
  }

  /** Posts a request to the worker; its answer goes to the host. */
  send(request: EngineRequest): void {
    this.#worker?.postMessage(request);
    this.#unanswered.set(request.id, request);
    if (request.kind === 'load') {
      // Catalogs handed over for an earlier load are out of date.
      this.#adopting = undefined;
      this.#workerLoad = request.id;
    }
  }

  /** Stops the worker and any taking over; requests still unanswered are never answered. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#adopting = undefined;
    this.#unanswered.clear();
  }

  /** The requests the worker has not answered, which the host answers from now on. */
  #handOver(): EngineRequest[] {
    const unanswered = [...this.#unanswered.values()];
    this.dispose();
    return unanswered;
  }

  #handleMessage = (event: MessageEvent<WorkerMessage>): void => {
    const message = event.data;
    if (event.target !== this.#worker) return;
    switch (message.kind) {
      case 'ready':
        this.#ready = true;
        break;
      case 'progress':
        this.#host.report(message);
        break;
      case 'handoff':
        if (message.id === this.#workerLoad) void this.#takeOver(message);
        break;
      case 'loaded':
        if (message.id === this.#workerLoad) this.#host.loaded();
        this.#unanswered.delete(message.id);
        this.#host.deliver(message);
        break;
      default:
        this.#unanswered.delete(message.id);
        this.#host.deliver(message);
    }
  };

  /**
   * Reads the catalogs the worker handed over and indexes them on the main thread, both in slices, then
   * answers there and stops the worker.
   */
  async #takeOver(message: HandOff): Promise<void> {
    const engine: Engine = this.#host.mainThreadEngine(() => this.#adopting === engine);
    this.#adopting = engine;
    let snapshot: EngineSnapshot | undefined;
    const reading = function* () {
      snapshot = yield* readHandOff(message);
    };
    try {
      if (!(await runInSlices(reading(), () => this.#adopting === engine)) || !snapshot) return;
    } catch (error) {
      // A bug; the worker goes on answering.
      console.error('<objection-desk>: the catalogs could not be taken over from the search worker:', messageOf(error));
      if (this.#adopting === engine) this.#adopting = undefined;
      return;
    }
    if (!(await engine.adopt(snapshot)) || this.#adopting !== engine) return;
    // Searches the worker was still on: the main thread answers them, over the same catalogs.
    this.#host.takeOver(engine, this.#handOver());
  }

  #handleError = (event: Event): void => {
    // Once started, the engine answers its own exceptions; an error before that means the worker never ran.
    if (this.#ready || event.target !== this.#worker) return;
    event.preventDefault();
    const reason = (event instanceof ErrorEvent && event.message) || 'its script could not be loaded';
    this.#host.fallBack(this.#bootstrapped ? `${reason}; ${BOOTSTRAP_HINT}` : reason, this.#handOver());
  };
}
