import {
  ObjectionSearch,
  loadBuiltinCatalog,
  messageOf,
  NONE_OMITTED,
  searchCatalogs,
  type Catalog,
  type MergedCatalog,
  type Objection,
} from '../../core/index.js';
import {
  browseList,
  CATALOG_PROPERTY_SOURCE,
  type CatalogReport,
  type EngineRequest,
  type EngineResponse,
  type FailedResponse,
  type LoadRequest,
  type LoadedResponse,
  type ResultsResponse,
  type SearchRequest,
} from './engine-protocol.js';
import type { EngineSnapshot } from './hand-off.js';

/**
 * Builds the index of catalogs an engine has just loaded (their list is answered first, without one). Resolves
 * to true once it is complete, false when `isCurrent()` turned false first: newer catalogs replaced them.
 */
export type Indexer = (search: ObjectionSearch, isCurrent: () => boolean) => Promise<boolean>;

const EMPTY: MergedCatalog = { categories: [], objections: [] };

/** Resolves after the tasks already queued, such as messages with newer keystrokes, have run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Validation (with its fuse.js did-you-mean) is code of its own: the built-in catalog is searched without it. */
const loadValidation = () => import('../../core/validate.js');

/**
 * Owns the catalogs and the search index of one `<objection-desk>`, and answers its requests. It runs on the
 * main thread for catalogs small enough to search within a frame, in the element's worker while a `src`
 * catalog is loaded and for very big ones; either way requests are answered one at a time in the order they
 * came, so a search always sees the catalogs loaded before it was asked.
 */
export class SearchEngine {
  readonly #indexer: Indexer;
  #src: Catalog | undefined;
  #catalog: Catalog | undefined;
  #search = new ObjectionSearch(EMPTY);
  /** Resolves once the current catalogs are indexed (false when newer ones replaced them first). */
  #indexed: Promise<boolean> = Promise.resolve(true);
  #browse: ResultsResponse | undefined;
  #byId: Map<string, Objection> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  /** Loads and lookups taken and not yet answered; searches waiting are superseded by {@link searchNow}. */
  #waiting = 0;
  #latestSearch: number | undefined;
  /** The catalogs as the latest load left them, until another load starts. */
  #loaded: { readonly id: number; readonly snapshot: EngineSnapshot } | undefined;

  /** `indexer` builds each index: all at once in the worker, in slices between frames on the main thread. */
  constructor(indexer: Indexer) {
    this.#indexer = indexer;
  }

  /** No load or lookup is waiting: a search can be answered at once with {@link searchNow}. */
  get idle(): boolean {
    return this.#waiting === 0;
  }

  /** Answers `request`; never rejects (an exception becomes a `failed` response). */
  handle(request: EngineRequest): Promise<EngineResponse> {
    const counted = request.kind !== 'search';
    if (request.kind === 'search') this.#latestSearch = request.id;
    if (counted) this.#waiting += 1;
    const response = this.#queue
      .then(() => this.#answer(request))
      .catch((error: unknown): FailedResponse => ({ kind: 'failed', id: request.id, message: messageOf(error) }))
      .finally(() => {
        if (counted) this.#waiting -= 1;
      });
    this.#queue = response;
    return response;
  }

  /**
   * Answers a search synchronously, in the keystroke's own task, when no load or lookup is waiting (else
   * `undefined`: send it with {@link handle}); searches still waiting are then skipped. Throws what the search
   * throws. A search typed before the index is complete completes it first.
   */
  searchNow(request: SearchRequest): ResultsResponse | undefined {
    if (!this.idle) return undefined;
    this.#latestSearch = request.id;
    return this.#results(request);
  }

  /** The catalogs as load `id` left them, while no later load has started; for another engine to {@link adopt}. */
  snapshot(id: number): EngineSnapshot | undefined {
    return this.#loaded?.id === id ? this.#loaded.snapshot : undefined;
  }

  /**
   * Takes over the catalogs another engine loaded, as if this engine had loaded them, and starts indexing
   * them. Resolves to true once they are indexed, false when newer catalogs replaced them first.
   */
  adopt(snapshot: EngineSnapshot): Promise<boolean> {
    this.#src = snapshot.src;
    this.#catalog = snapshot.catalog;
    this.#use(new ObjectionSearch(snapshot.merged));
    return this.#indexed;
  }

  #use(search: ObjectionSearch): void {
    this.#search = search;
    this.#browse = undefined;
    this.#byId = undefined;
    // The catalog can be listed before its index exists: answer first, index right after. An index that
    // fails to build fails the next search too, which reports it.
    this.#indexed = this.#indexer(search, () => this.#search === search).catch(() => false);
  }

  async #answer(request: EngineRequest): Promise<EngineResponse> {
    switch (request.kind) {
      case 'load':
        return this.#load(request);
      case 'search':
        // Keystrokes typed while the engine was busy wait in line as messages: only the last one is answered.
        await nextTask();
        if (request.id !== this.#latestSearch) return { kind: 'skipped', id: request.id };
        return this.#results(request);
      case 'objection':
        this.#byId ??= new Map(this.#search.catalog.objections.map((objection) => [objection.id, objection]));
        return { kind: 'objection', id: request.id, objection: this.#byId.get(request.objectionId) };
    }
  }

  async #load(request: LoadRequest): Promise<LoadedResponse> {
    this.#loaded = undefined;
    let src: CatalogReport | undefined;
    let catalog: CatalogReport | undefined;
    if (request.src !== undefined) {
      this.#src = undefined;
      if (request.src) {
        const [text, { parseCatalog }] = await Promise.all([request.src.body.text(), loadValidation()]);
        const result = parseCatalog(text, request.src.url);
        const usable = result.catalog.objections.length > 0 || result.catalog.disabled.length > 0;
        const rejected = !usable && (result.omitted.error > 0 || result.problems.some((problem) => problem.severity === 'error'));
        if (!rejected) this.#src = result.catalog;
        src = { problems: result.problems, omitted: result.omitted, rejected };
      }
    }
    if (request.catalog !== undefined) {
      this.#catalog = undefined;
      catalog = { problems: [], omitted: NONE_OMITTED, rejected: false };
      if (request.catalog !== null) {
        const { validateCatalog } = await loadValidation();
        const result = validateCatalog(request.catalog, CATALOG_PROPERTY_SOURCE);
        this.#catalog = result.catalog;
        catalog = { problems: result.problems, omitted: result.omitted, rejected: false };
      }
    }
    let builtin: Catalog | undefined;
    let builtinError: string | undefined;
    if (request.builtin) {
      try {
        builtin = await loadBuiltinCatalog();
      } catch (error) {
        builtinError = messageOf(error);
      }
    }
    const search = searchCatalogs([this.#src, this.#catalog], builtin);
    const merged = search.catalog;
    this.#use(search);
    this.#loaded = { id: request.id, snapshot: { src: this.#src, catalog: this.#catalog, merged } };
    return {
      kind: 'loaded',
      id: request.id,
      objectionCount: merged.objections.length,
      categories: merged.categories,
      ...(src && { src }),
      ...(catalog && { catalog }),
      ...(builtinError !== undefined && { builtinError }),
    };
  }

  #results({ id, query, limit }: SearchRequest): ResultsResponse {
    if (query.trim() !== '') return { kind: 'results', id, hits: this.#search.search(query, { limit }), more: 0 };
    if (!this.#browse) {
      this.#browse = { kind: 'results', id, ...browseList(this.#search.browse()) };
    }
    return { ...this.#browse, id };
  }
}
