import type { LogRecord, OpenedVia } from '../core/call-log.js';
import type { Locale } from '../core/index.js';

// What the element tells the page, kept in the local call log (call-log.ts) as records: ids, what the operator typed,
// outcomes and times. Never a context value and never a transcript: the records are built from the events' ids and
// the query alone. In the opened objection's chunk; the log's own code comes with the first record.

/**
 * The elements whose call script, or whose suggestion card (`hear()`), just opened an objection: its `objection-select`
 * is logged as opened that way, with no query.
 */
export const openedVia = new WeakMap<HTMLElement, { readonly via: 'script' | 'detect'; readonly objectionId: string }>();

/**
 * How the objection `objectionId` opening now was found, when a call script or the suggestion card asked for it: a mark
 * left by one that never opened (its objection had left the catalogs) names another objection and is dropped.
 */
export function openedWithout(host: HTMLElement, objectionId: string): 'script' | 'detect' | undefined {
  const mark = openedVia.get(host);
  if (mark?.objectionId !== objectionId) openedVia.delete(host);
  return mark?.objectionId === objectionId ? mark.via : undefined;
}

/** The element whose events are logged. */
export interface RecorderHost extends HTMLElement {
  /** `off` keeps nothing in the log. */
  readonly log?: string;
}

/** The events logged. */
export type LoggedEvent = 'objection-select' | 'reply-copy' | 'reply-outcome' | 'objection-gap' | 'script-end' | 'objection-detect';
/** The events logged, each with the record it makes (without the fields every record has). */
type Logged = { readonly [K in LoggedEvent]: (detail: HTMLElementEventMap[K]['detail']) => LogRecordPart };
type LogRecordPart = LogRecord extends infer R ? (R extends LogRecord ? Omit<R, 'v' | 'at' | 'call' | 'locale'> : never) : never;

/**
 * Logs the element's events as call log records, in calls: each has a random id, new with `newCall()`. The query of
 * an open and a copy is what the operator had typed to find the objection open.
 */
export class CallRecorder {
  readonly #host: RecorderHost;
  /** The query the opened objection was found with, and the language of the texts shown. */
  readonly #current: () => { readonly query: string; readonly locale: Locale };
  #call = randomId();
  readonly #logged: Logged;

  constructor(host: RecorderHost, current: () => { readonly query: string; readonly locale: Locale }) {
    this.#host = host;
    this.#current = current;
    this.#logged = {
      'objection-select': ({ id }) => {
        const { query } = this.#current();
        const via: OpenedVia = openedWithout(host, id) ?? (query ? 'search' : 'browse');
        openedVia.delete(host);
        return { kind: 'open', objectionId: id, query, via };
      },
      'reply-copy': ({ objectionId, replyId }) => ({ kind: 'copy', objectionId, replyId, query: this.#current().query }),
      'reply-outcome': ({ objectionId, replyId, outcome, query }) => ({ kind: 'outcome', objectionId, replyId, outcome, query }),
      'objection-gap': ({ query, objectionId }) => (objectionId === undefined ? { kind: 'gap', query } : { kind: 'gap', query, objectionId }),
      'script-end': ({ scriptId, outcome, path }) => ({ kind: 'script-end', scriptId, outcome, steps: path.map((entry) => entry.stepId) }),
      // The objection alone: never the words the customer said.
      'objection-detect': ({ id, confidence }) => ({ kind: 'detect', objectionId: id, confidence }),
    };
    for (const name of Object.keys(this.#logged) as LoggedEvent[]) {
      host.addEventListener(name, (event) => this.told(name, (event as CustomEvent).detail));
    }
  }

  /** Logs event `name` with `detail`: as the element tells it, or later, for one told before this recorder listened. */
  told<K extends LoggedEvent>(name: K, detail: HTMLElementEventMap[K]['detail']): void {
    this.#record((this.#logged[name] as (detail: unknown) => LogRecordPart)(detail));
  }

  /** A new call: the records from now on have a new `call` id. */
  newCall(): void {
    this.#call = randomId();
  }

  #record(part: LogRecordPart): void {
    if (this.#host.log === 'off') return;
    const record = { v: 1, at: new Date().toISOString(), call: this.#call, locale: this.#current().locale, ...part } as LogRecord;
    // One import for all: records made while the chunk loads reach the log in the order made (two imports of one
    // loading module may settle in either order: a copy was once logged before the open it followed).
    void (logChunk ??= import('./call-log.js').catch(() => undefined)).then((log) => log?.append(record));
  }
}

/** The log's chunk; undefined when it did not load, which leaves the log off, as refused storage does. */
let logChunk: Promise<typeof import('./call-log.js') | undefined> | undefined;

/** A random call id: a UUID where the page is a secure context, else 128 random bits in hex. */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
