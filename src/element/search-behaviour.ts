import type { ReactiveControllerHost } from 'lit';
import type { CatalogInput, Objection, SearchHit } from '../core/index.js';
import { browsePreview, builtinPreview } from '../core/builtin-preview.js';
import { browseList, type ResultsResponse } from './engine/engine-protocol.js';
import { SearchSession } from './search-session.js';
import type { EngineController, PendingSearch } from './controllers/engine-controller.js';
import type { SrcController } from './controllers/src-controller.js';

/** Most results shown for a query, unless the `limit` property says otherwise. */
export const DEFAULT_LIMIT = 8;

/** The element's properties that shape a search. */
export interface SearchHost extends ReactiveControllerHost {
  readonly limit: number;
  readonly noBuiltin: boolean;
  readonly catalog?: CatalogInput | undefined;
}

/**
 * The operator's search: asks the engine for the hits of the query and shows them in the session, lists the
 * built-in catalog's preview before the catalog has loaded, and opens what the operator chose.
 */
export class SearchBehaviour {
  readonly session = new SearchSession();
  readonly #host: SearchHost;
  readonly #engine: EngineController;
  readonly #src: SrcController;
  readonly #open: (objection: Objection) => void;

  /** `open` opens an objection the operator chose. */
  constructor(host: SearchHost, engine: EngineController, src: SrcController, open: (objection: Objection) => void) {
    this.#host = host;
    this.#engine = engine;
    this.#src = src;
    this.#open = open;
  }

  get #limit(): number {
    const { limit } = this.#host;
    return Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : DEFAULT_LIMIT;
  }

  /**
   * Nothing is listed yet, and the first catalogs will be the built-in one alone: its preview lists exactly
   * what they will. (A `src` catalog comes later, merged over a list already shown.)
   */
  get previewFits(): boolean {
    const host = this.#host;
    return this.#engine.nothingLoaded && !host.noBuiltin && !host.catalog && !this.#src.engineHasSrc;
  }

  /**
   * Lists the built-in catalog from its preview, bundled with the element, while the catalog chunk loads: the
   * first render shows the list. The same titles in the same order replace it once the catalog is searched.
   */
  showPreview(): void {
    const preview = builtinPreview();
    this.session.preview = true;
    this.#engine.showCatalog(preview.objections.length, preview.categories);
    this.session.showByCategory(browseList(browsePreview(preview)), preview.categories);
  }

  /** Asks for the hits of the query: shown in this update when the main thread answers at once. */
  search(options?: { keepActive?: boolean; announce?: boolean }): void {
    const { query } = this.session;
    if (this.#engine.search(query, this.#limit, options) && this.#engine.searching && query.trim() === '' && this.previewFits) {
      this.showPreview();
    }
  }

  /** Searches `query`, the operator's new text. */
  setQuery(query: string): void {
    this.session.query = query;
    // A new query replaces an objection chosen from the preview and not opened yet.
    this.#engine.cancelOpen();
    this.search({ announce: true });
    this.#host.requestUpdate();
  }

  /** Shows the hits of `search`, which the engine answered. */
  showResults(response: ResultsResponse, search: PendingSearch): void {
    const { session } = this;
    session.interim = response.interim === true;
    session.preview = false;
    session.show(search.query, response, this.#engine.categories, search.keepActive);
    if (search.announce) session.announceCount((count) => (strings) => (count === 0 ? strings.nothingFound : strings.results(count)));
    this.#host.requestUpdate();
    if (this.#engine.openWhenAnswered) {
      this.#engine.openWhenAnswered = false;
      const hit = session.activeHit;
      if (hit) this.#open(hit.objection);
    }
  }

  /**
   * Searches again in the catalogs just loaded, when a search waited for them or the results shown were
   * interim; true in the second case, where an opened objection wants its fresh copy too.
   */
  catalogsLoaded(): boolean {
    const engine = this.#engine;
    // The search that waited for these catalogs is answered now, on the main thread, and shown in the same update.
    if (engine.searching && engine.searchesNow) {
      this.search();
      return false;
    }
    // Interim results (the built-in objections, while a `src` catalog loaded) give way to the merged ones.
    if (!this.session.interim || engine.searching) return false;
    this.search({ keepActive: true });
    return true;
  }

  /**
   * Opens the objection of a result. One listed from the preview has only its title: it is active at once and
   * opens once the catalog has loaded (the engine answers the lookup after the load).
   */
  choose(hit: SearchHit): void {
    if (!this.session.preview) {
      this.#open(hit.objection);
      return;
    }
    this.session.active = this.session.hits.indexOf(hit);
    this.#engine.lookup(hit.objection.id, 'open');
    this.#host.requestUpdate();
  }
}
