import type { LoadFailure } from './i18n.js';

/** How long the `src` server may pause, by default: before its answer, or between two parts of the file. */
export const DEFAULT_SRC_TIMEOUT = 8000;
/**
 * How long a `src` file may take to come in full, by default: 128 MB (the size allowed by default) at about
 * 1 MB/s, while a server that drips a byte now and then is cut off within two minutes.
 */
export const DEFAULT_SRC_DEADLINE = 120_000;

/** `value` when it is a positive number of milliseconds, else `fallback`. */
const positive = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);

/**
 * The two clocks of one `src` request: `timeout` restarts on every part of the file, `deadline` runs from the
 * request to the last part. When either runs out, `abort()` is called and {@link failure} says which.
 */
export class SrcClock {
  readonly #timeout: number;
  readonly #deadline: number;
  readonly #abort: () => void;
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #deadlineTimer: ReturnType<typeof setTimeout>;
  #expired: 'timeout' | 'deadline' | undefined;

  /** Starts both clocks; values that are not positive numbers are the defaults. */
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

/** A `data:` URL: the catalog in the attribute itself, which `src` refuses. */
const DATA_URL = /^\s*data:/i;

/**
 * Why `src` is refused without a request, or `undefined`. A `data:` URL is refused: whoever can set the
 * attribute (a page copying it from its own address, as the demo's `?src=` does) could replace the built-in
 * replies with text of their own that no server of the page ever served. A catalog built by the page's own code
 * goes into the `catalog` property.
 */
export function refusedSrc(url: string): { readonly failure: LoadFailure; readonly source: string; readonly reason: string } | undefined {
  if (!DATA_URL.test(url)) return undefined;
  // The URL is the whole catalog: the report names its type, not its content.
  const comma = url.indexOf(',');
  const source = `${url.slice(0, comma < 0 ? 5 : Math.min(comma + 1, 64)).trim()}…`;
  return {
    failure: { kind: 'data-url' },
    source,
    reason: 'the src attribute takes the address of a catalog file, not a data: URL; give a catalog built in the page as the catalog property',
  };
}
