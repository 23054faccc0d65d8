import type { ReactiveController } from 'lit';
import { messageOf, type Objection } from '../../core/index.js';
import { emit } from '../../ui/emit.js';
import { missingFile, type CatalogNotices, type MissingFile } from '../catalog-notices.js';
import type { ObjectionGapDetail } from '../events.js';
import type { ObjectionPane, PaneHost, PaneOptions } from '../objection-pane.js';
import type { ScriptPane } from '../script-pane.js';
import { TypedValues } from '../typed-values.js';

/** The longest the opened objection's chunk waits for the browser to be idle after the first paint, in ms. */
const PRELOAD_MAX_DELAY_MS = 2000;

/**
 * The opened objection's chunk (objection-pane.ts): loaded when the browser is idle after the element's first
 * paint (see {@link hostUpdated}), and awaited by an objection opened before it came. A chunk that does not load is named in the element's
 * alert when the operator opens an objection, as any missing file of the widget is. The placeholder values typed
 * are kept here, in the first script: the results show them too, and `newCall()` forgets them, pane or not.
 */
export class PaneLoader implements ReactiveController {
  readonly #host: PaneHost;
  readonly #notices: Pick<CatalogNotices<unknown>, 'reportMissing'>;
  readonly #options: Omit<PaneOptions, 'typed'>;
  /** The chunk loading, until it failed: then what did not load. */
  #loading: Promise<ObjectionPane | MissingFile> | undefined;
  #preloading = false;
  /** The pane, once its chunk has loaded. */
  pane: ObjectionPane | undefined;
  /** The call script view, once its chunk has loaded (see {@link openScript}). */
  script: ScriptPane | undefined;
  /** The objection or call script opening, until it is shown (see {@link open}, {@link openScript}). */
  opening: Promise<void> | undefined;
  /** The placeholders' values: the context's, and those typed in this call. */
  readonly typed = new TypedValues();

  constructor(host: PaneHost, notices: Pick<CatalogNotices<unknown>, 'reportMissing'>, options: Omit<PaneOptions, 'typed'>) {
    this.#host = host;
    this.#notices = notices;
    this.#options = options;
    host.addController(this);
  }

  /** The objection open; undefined when none is. */
  get opened(): Objection | undefined {
    return this.pane?.opened;
  }

  hostUpdated(): void {
    if (this.#preloading) return;
    this.#preloading = true;
    // The chunk imports Lit from the drop-in's script by its plain name: a page that loads the script with a version
    // in its URL (`objection-desk.min.js?v=2`) would load it twice. There the chunk comes with the first objection.
    if (new URL(import.meta.url).search) return;
    // Quietly: should it fail, a missing engine stays the file the alert names, and opening names this one.
    const preload = () => void this.load();
    if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: PRELOAD_MAX_DELAY_MS });
    else setTimeout(preload, PRELOAD_MAX_DELAY_MS);
  }

  /**
   * Opens `objection` in the pane, once loaded (see `ObjectionPane.open`); `opened` then tells the element, before
   * it renders. Nothing opens when the chunk does not load.
   */
  open(objection: Objection, opened: () => void): Promise<void> {
    const openIn = (pane: ObjectionPane) => {
      const shown = pane.open(objection);
      opened();
      return shown;
    };
    return (this.opening = this.pane
      ? openIn(this.pane)
      : this.load().then((loaded) => ('file' in loaded ? this.#notices.reportMissing(loaded) : openIn(loaded))));
  }

  /**
   * Opens call script `id` (the `script` attribute) in its view (see `ScriptPane.open`), or closes it with none. Its
   * chunk (script-pane.ts) is loaded the first time, after the pane's, whose fields, styles and options it shares: a
   * page without `script` loads nothing more.
   */
  openScript(id: string | undefined): void {
    if (!id && !this.script) return;
    this.opening = this.load()
      .then(async (loaded) => {
        if ('file' in loaded) return this.#notices.reportMissing(loaded);
        const { ScriptPane } = await import('../script-pane.js');
        this.script ??= new ScriptPane(this.#host, { ...this.#options, typed: this.typed });
        return this.script.open(id);
      })
      .catch((error: unknown) => this.#notices.reportMissing({ ...missingFile(messageOf(error), 'objection-desk-script-pane-*.js'), opening: true }));
  }

  /**
   * Tells `objection-gap` for "No answer for this" under the results. The call log's recorder comes with the pane's
   * chunk: a gap told before it had loaded is handed to it once it has.
   */
  gap(detail: ObjectionGapDetail): void {
    // Asked before the event: a pane that is not there yet gets its recorder after it, whenever its chunk resolves.
    if (!this.pane) void this.load().then((loaded) => 'file' in loaded || loaded.told('objection-gap', detail));
    emit(this.#host, 'objection-gap', detail);
  }

  /** Shows the fresh copy of the opened objection after the catalogs changed; true when they no longer have it, and it closed. */
  refresh(objection: Objection | undefined): boolean {
    const { pane } = this;
    if (!pane?.opened) return false;
    if (objection) pane.show(objection);
    else pane.close();
    this.#host.requestUpdate();
    return !objection;
  }

  /** Loads the chunk, once; a failed load is tried again the next time. */
  load(): Promise<ObjectionPane | MissingFile> {
    return (this.#loading ??= import('../objection-pane.js').then(
      ({ ObjectionPane }) => (this.pane = new ObjectionPane(this.#host, { ...this.#options, typed: this.typed })),
      (error: unknown) => {
        this.#loading = undefined;
        return { ...missingFile(messageOf(error), 'objection-desk-objection-pane-*.js'), opening: true } as const;
      },
    ));
  }
}
