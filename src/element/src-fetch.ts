// Fetching a `src` catalog file, and what the notices say while it comes and when that fails: loaded by the
// element only when it is given a `src`, so a page without one never downloads this code.
import { messageOf, type Problem } from '../core/index.js';
import type { LoadFailure } from './i18n.js';
import { srcFailureText } from './src-failure-text.js';
import { srcProgressText } from './src-progress-text.js';
import { BYTES_PER_MEGABYTE, DEFAULT_SRC_DEADLINE, DEFAULT_SRC_MAX_MEGABYTES, DEFAULT_SRC_TIMEOUT, loadFailed, type SrcProgress } from './src-limits.js';

export { srcFailureText, srcProgressText };

/** What the element allows a `src` file, from its attributes (values that are not positive numbers are the defaults). */
export interface SrcLimits {
  readonly timeout: number;
  readonly deadline: number;
  readonly maxMegabytes: number;
}

/** A `src` file as read: its body, to be parsed off the main thread, or why it could not be used. */
export type SrcFile =
  | { readonly kind: 'loaded'; readonly body: Blob }
  | { readonly kind: 'failed'; readonly source: string; readonly failure: LoadFailure; readonly problems: readonly Problem[] };

/**
 * A `src` answered with one of these types is a web page, not a catalog. Other types are read as JSON: many
 * servers send a JSON file as `text/plain` or `application/octet-stream`.
 */
const WEB_PAGE_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
/** Parts of a file gathered into one Blob at a time: a copy of a few milliseconds. */
const GATHER_BYTES = 4 * BYTES_PER_MEGABYTE;
/** A `data:` URL: the catalog in the attribute itself, which `src` refuses. */
const DATA_URL = /^\s*data:/i;

/** `value` when it is a positive number, else `fallback`. */
const positive = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);

/**
 * Fetches the `src` file at `url` within `limits`, reporting each whole megabyte that comes to `onProgress`.
 * Aborting `controller` (a newer `src`, a disconnection) ends it as a network failure, which the caller drops.
 */
export async function fetchSrcFile(
  url: string,
  controller: AbortController,
  limits: SrcLimits,
  onProgress: (progress: SrcProgress) => void,
): Promise<SrcFile> {
  const refused = refusedSrc(url);
  if (refused) return refused;
  const maxMegabytes = positive(limits.maxMegabytes, DEFAULT_SRC_MAX_MEGABYTES);
  const failed = (failure: LoadFailure, reason: string): SrcFile => ({ kind: 'failed', source: url, failure, problems: [loadFailed(url, reason)] });
  const clock = new SrcClock(limits, () => controller.abort());
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    const type = response.headers.get('Content-Type') ?? '';
    // Compressed, the length the server says is less than the file's: still a bound from below.
    const length = Number(response.headers.get('Content-Length')) || undefined;
    if (!response.ok) return failed({ kind: 'http', status: response.status }, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    if (WEB_PAGE_TYPE.test(type)) {
      // A web server's page for an unknown address (a single-page app's index.html) instead of the file.
      return failed({ kind: 'web-page' }, `the server sent a web page (${type.split(';')[0]}), not a JSON catalog`);
    }
    if (length !== undefined && length > maxMegabytes * BYTES_PER_MEGABYTE) {
      controller.abort();
      return failed({ kind: 'too-big', megabytes: length / BYTES_PER_MEGABYTE, limitMegabytes: maxMegabytes }, tooBigReason(length, maxMegabytes));
    }
    const body = await readBody(response, controller, { length, maxMegabytes, onData: () => clock.data(), onProgress });
    return body ? { kind: 'loaded', body } : failed({ kind: 'too-big', limitMegabytes: maxMegabytes }, tooBigReason(undefined, maxMegabytes));
  } catch (error) {
    return failed(clock.failure ?? { kind: 'network' }, clock.reason ?? `network error (${messageOf(error)})`);
  } finally {
    clock.stop();
  }
}

/**
 * Reads the file part by part, reporting each whole megabyte, and stops past `maxMegabytes` (`undefined`
 * then). Not `text()`: decoding 100 MB of JSON into a string would hold the main thread for a second.
 */
async function readBody(
  response: Response,
  controller: AbortController,
  { length, maxMegabytes, onData, onProgress }: { length?: number; maxMegabytes: number; onData: () => void; onProgress: (progress: SrcProgress) => void },
): Promise<Blob | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.body) return new Blob([], { type });
  const reader = response.body.getReader();
  // The parts are gathered into a Blob a few megabytes at a time: one Blob of a 70 MB file's parts would copy
  // them all in one main-thread task. A Blob made of Blobs copies nothing.
  let gathered = new Blob([], { type });
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let partsLength = 0;
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onData();
    const before = loaded;
    loaded += value.byteLength;
    if (loaded > maxMegabytes * BYTES_PER_MEGABYTE) {
      controller.abort();
      return undefined;
    }
    parts.push(value);
    partsLength += value.byteLength;
    if (partsLength >= GATHER_BYTES) {
      gathered = new Blob([gathered, ...parts], { type });
      parts = [];
      partsLength = 0;
    }
    // One report per whole megabyte: the notice counts them, and a small file shows none.
    if (Math.floor(loaded / BYTES_PER_MEGABYTE) > Math.floor(before / BYTES_PER_MEGABYTE)) onProgress({ loaded, total: length });
  }
  return new Blob([gathered, ...parts], { type });
}

/** Why a `src` file was not read, for the integrator: its size if known, and the attribute that allows more. */
function tooBigReason(bytes: number | undefined, maxMegabytes: number): string {
  const size = bytes === undefined ? `more than ${maxMegabytes} MB` : `${(bytes / BYTES_PER_MEGABYTE).toFixed(1)} MB`;
  return `the file is ${size}, over src-max-megabytes (${maxMegabytes}); raise it if the catalog is meant to be this big`;
}

/**
 * The two clocks of one `src` request: `timeout` restarts on every part of the file, `deadline` runs from the
 * request to the last part. When either runs out, `abort()` is called and {@link failure} says which.
 */
class SrcClock {
  readonly #timeout: number;
  readonly #deadline: number;
  readonly #abort: () => void;
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #deadlineTimer: ReturnType<typeof setTimeout>;
  #expired: 'timeout' | 'deadline' | undefined;

  /** Starts both clocks. */
  constructor({ timeout, deadline }: { timeout: number; deadline: number }, abort: () => void) {
    this.#timeout = positive(timeout, DEFAULT_SRC_TIMEOUT);
    this.#deadline = positive(deadline, DEFAULT_SRC_DEADLINE);
    this.#abort = abort;
    this.#deadlineTimer = setTimeout(() => this.#expire('deadline'), this.#deadline);
    this.data();
  }

  /** Something came from the server: the pause allowed starts again. */
  data(): void {
    clearTimeout(this.#pauseTimer);
    this.#pauseTimer = setTimeout(() => this.#expire('timeout'), this.#timeout);
  }

  /** The request is over: no clock runs out any more. */
  stop(): void {
    clearTimeout(this.#pauseTimer);
    clearTimeout(this.#deadlineTimer);
  }

  /** Why the request was aborted by a clock, for the notice; `undefined` while none ran out. */
  get failure(): LoadFailure | undefined {
    if (!this.#expired) return undefined;
    const ms = this.#expired === 'timeout' ? this.#timeout : this.#deadline;
    return { kind: this.#expired, seconds: Math.round(ms / 100) / 10 };
  }

  /** Why the request was aborted by a clock, for the integrator (`catalog-error`); `undefined` while none ran out. */
  get reason(): string | undefined {
    if (this.#expired === 'timeout') return `no answer within ${this.#timeout} ms (src-timeout)`;
    if (this.#expired === 'deadline') return `not all of it came within ${this.#deadline} ms (src-deadline)`;
    return undefined;
  }

  #expire(clock: 'timeout' | 'deadline'): void {
    if (this.#expired) return;
    this.#expired = clock;
    this.stop();
    this.#abort();
  }
}

/**
 * Why `src` is refused without a request, or `undefined`. A `data:` URL is refused: whoever can set the
 * attribute (a page copying it from its own address, as the demo's `?src=` does) could replace the built-in
 * replies with text of their own that no server of the page ever served. A catalog built by the page's own code
 * goes into the `catalog` property.
 */
function refusedSrc(url: string): SrcFile | undefined {
  if (!DATA_URL.test(url)) return undefined;
  // The URL is the whole catalog: the report names its type, not its content.
  const comma = url.indexOf(',');
  const source = `${url.slice(0, comma < 0 ? 5 : Math.min(comma + 1, 64)).trim()}…`;
  const reason = 'the src attribute takes the address of a catalog file, not a data: URL; give a catalog built in the page as the catalog property';
  return { kind: 'failed', source, failure: { kind: 'data-url' }, problems: [loadFailed(source, reason)] };
}
