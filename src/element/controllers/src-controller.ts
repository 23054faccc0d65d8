import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messageOf } from '../../core/index.js';
import type { CatalogNotice } from '../catalog-notices.js';
import type { SrcBody } from '../engine/engine-protocol.js';
import type { SrcFailure } from '../i18n.js';
import type { SrcFile } from '../src-fetch.js';
import type { UiLocale } from '../../ui/locale.js';
import { loadFailed, type SrcProgress } from '../src-limits.js';

/** The element's properties that say which `src` file to read, and within which limits. */
export interface SrcHost extends ReactiveControllerHost {
  readonly src?: string | undefined;
  readonly srcTimeout: number;
  readonly srcDeadline: number;
  readonly srcMaxMegabytes: number;
}

/**
 * Where the `src` catalog is. `fetching` → `fetched` (its body waits to be sent to the engine) → `indexing`
 * (the engine parses and indexes it) → `idle` again, as when there is no `src` or it failed. `interrupted`: a
 * disconnection (or the engine's going) cut it short; it loads again when the element is connected.
 */
export type SrcState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'fetching'; readonly url: string; readonly abort: AbortController; readonly progress?: SrcProgress }
  | { readonly kind: 'fetched'; readonly body: SrcBody }
  | { readonly kind: 'indexing'; readonly url: string; readonly loadId: number }
  | { readonly kind: 'interrupted' };

const IDLE: SrcState = { kind: 'idle' };

/**
 * The `src` catalog: fetches the file (with the code that does, loaded only for a `src`), hands its body to
 * the engine unread, to be parsed and validated off the main thread, and knows whether the engine holds it.
 */
export class SrcController implements ReactiveController {
  readonly #host: SrcHost;
  readonly #report: (source: string, notice: CatalogNotice | undefined) => void;
  #state: SrcState = IDLE;
  /** The engine has a `src` catalog, or one is on its way there. */
  #engineHasSrc = false;
  /** The next load must drop the `src` catalog the engine has (the `src` changed). */
  #dropPending = false;
  /** The texts of `src` fetch failures, which come with the code that fetches it. */
  failureText: ((locale: UiLocale, failure: SrcFailure) => string) | undefined;

  /** `report` shows why the file could not be used, or takes that down (`undefined`) when another is loaded. */
  constructor(host: SrcHost, report: (source: string, notice: CatalogNotice | undefined) => void) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
  }

  get state(): SrcState {
    return this.#state;
  }

  /** The `src` catalog is being fetched, or parsed and indexed. */
  get loading(): boolean {
    return this.#state.kind === 'fetching' || this.#state.kind === 'fetched' || this.#state.kind === 'indexing';
  }

  get engineHasSrc(): boolean {
    return this.#engineHasSrc;
  }

  /** The engine must be sent a load: a fetched catalog waits for it, or the one it has must go. */
  get outgoing(): boolean {
    return this.#state.kind === 'fetched' || this.#dropPending;
  }

  hostConnected(): void {
    if (this.#state.kind === 'interrupted') {
      this.load();
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.#state.kind === 'fetching') {
      this.#state.abort.abort();
      this.#state = { kind: 'interrupted' };
    }
  }

  /** Starts loading `src`, dropping the catalog of the previous `src` and aborting its request. */
  load(): void {
    if (this.#state.kind === 'fetching') this.#state.abort.abort();
    if (this.#engineHasSrc || this.#state.kind === 'fetched') this.#dropPending = true;
    this.#state = IDLE;
    const url = this.#host.src?.trim();
    this.#report(url ?? '', undefined);
    if (!url) return;
    const state = { kind: 'fetching', url, abort: new AbortController() } as const;
    this.#state = state;
    void this.#fetch(state);
  }

  /** What the load `loadId` carries for `src`: a fetched body, `null` to drop the engine's, or nothing. */
  takeOutgoing(loadId: number): SrcBody | null | undefined {
    const state = this.#state;
    if (state.kind === 'fetched') {
      this.#state = { kind: 'indexing', url: state.body.url, loadId };
      this.#engineHasSrc = true;
      this.#dropPending = false;
      return state.body;
    }
    if (!this.#dropPending) return undefined;
    this.#dropPending = false;
    this.#engineHasSrc = false;
    return null;
  }

  /** The address of the `src` catalog the engine has, when nothing is on its way to replace or drop it. */
  get settled(): string | undefined {
    return this.#engineHasSrc && this.#state === IDLE && !this.#dropPending ? this.#host.src?.trim() : undefined;
  }

  /** The engine answered load `loadId`: its address when that load carried the `src` catalog. */
  answered(loadId: number): string | undefined {
    if (this.#state.kind !== 'indexing' || this.#state.loadId !== loadId) return undefined;
    const { url } = this.#state;
    this.#state = IDLE;
    return url;
  }

  /** The engine was freed, and the `src` catalog with it: it is fetched again on reconnection. */
  engineStopped(): void {
    if (this.#engineHasSrc || this.#state.kind === 'indexing') {
      this.#engineHasSrc = false;
      this.#state = { kind: 'interrupted' };
    }
  }

  async #fetch(state: Extract<SrcState, { kind: 'fetching' }>): Promise<void> {
    const host = this.#host;
    const { url, abort } = state;
    const limits = { timeout: host.srcTimeout, deadline: host.srcDeadline, maxMegabytes: host.srcMaxMegabytes };
    const onProgress = (progress: SrcProgress) => {
      if (this.#state.kind !== 'fetching' || this.#state.abort !== abort) return;
      this.#state = { ...this.#state, progress };
      host.requestUpdate();
    };
    let file: SrcFile;
    try {
      const { fetchSrcFile, srcFailureText } = await import('../src-fetch.js');
      this.failureText = srcFailureText;
      file = await fetchSrcFile(url, abort, limits, onProgress);
    } catch (error) {
      file = { kind: 'failed', source: url, failure: { kind: 'network' }, problems: [loadFailed(url, messageOf(error))] };
    }
    // A newer `src` or a disconnection ended this request on purpose: nothing to report.
    if (this.#state.kind !== 'fetching' || this.#state.abort !== abort) return;
    if (file.kind === 'loaded') {
      this.#state = { kind: 'fetched', body: { url, body: file.body } };
    } else {
      this.#state = IDLE;
      this.#report(file.source, { failure: file.failure, problems: file.problems });
    }
    host.requestUpdate();
  }
}
