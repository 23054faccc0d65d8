import {
  ObjectionSearch,
  loadBuiltinCatalog,
  messageOf,
  searchCatalogs,
  type Catalog,
  type MergedCatalog,
  type Objection,
} from '../../core/index.js';
import { NONE_OMITTED } from '../../core/omitted-problems.js';
import {
  browseList,
  type EngineRequest,
  type EngineResponse,
  type FailedResponse,
  type LoadRequest,
  type LoadedResponse,
  type ProgressReport,
  type ResultsResponse,
  type SearchRequest,
} from './engine-protocol.js';
import type { EngineSnapshot } from './hand-off.js';
import type { ExtrasLoad } from './extra-catalogs.js';
import type { ScriptReports } from './script-lookup.js';

/**
 * Runs `steps` to the end: in slices between frames on the main thread, at once in the worker. Each step yields
 * the share of the work done, which `report` is given now and then (if at all). Resolves to true once they are
 * done, false when `wanted()` turned false first; rejects with what a step threw.
 */
export type StepRunner = (steps: Iterator<number>, wanted: () => boolean, report?: (done: number) => void) => Promise<boolean>;

export interface SearchEngineOptions {
  /** Runs the steps of validating the `catalog` property and of indexing. */
  readonly run: StepRunner;
  /** Receives the progress of loads, also while the engine is busy with their steps. */
  readonly report: (progress: ProgressReport) => void;
  /**
   * The most objections a search indexes itself when their index is not built yet and no older one is; more,
   * and the search waits for the index. (In the worker, any number: a search there never holds up typing.)
   */
  readonly indexOnSearchMax: number;
}

/**
 * From this many objections, a load reports its progress step by step (a tenth of a second of work or more) and
 * validates the `catalog` property in steps.
 */
export const PROGRESS_MIN_OBJECTIONS = 1000;
/** The share of a big `catalog` property's load spent validating it; indexing takes the rest (measured: 28 %). */
const VALIDATION_SHARE = 0.3;
/** The share of indexing shown for the warm-up searches that end it (about 5 % of its time at 10,000). */
const WARM_UP_SHARE = 0.05;

/**
 * A big catalog's index ends with a few searches run in it, so that the operator's first keystrokes run warm code
 * (see `warmUpInSteps`), code loaded only for such a catalog. A small catalog (the built-in one) is searched in
 * about a millisecond even cold, and its page's first paint should not share the main thread with a warm-up.
 */
const loadWarmUp = () => import('../../core/warm-up.js');

const EMPTY: MergedCatalog = { categories: [], objections: [], scripts: [] };

/** Resolves after the tasks already queued, such as messages with newer keystrokes, have run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Validation (with its fuse.js did-you-mean) and the call scripts' code are code of their own: the built-in catalog
 * is searched without them.
 */
const loadValidation = () => import('./validate.js');

/**
 * Owns the catalogs and the search index of one `<objection-desk>`, and answers its requests. It runs on the
 * main thread for catalogs small enough to search within a frame, in the element's worker while a `src`
 * catalog is loaded and for very big ones. Loads and lookups are answered one at a time in the order they came.
 * A search is answered at once from the newest catalogs once they are indexed; until then, and while a load is
 * validated, from the last catalogs indexed, marked `interim` (the element asks again when the load is
 * answered and when its catalogs are indexed, told by a {@link ProgressReport} of 1).
 */
export class SearchEngine {
  readonly #options: SearchEngineOptions;
  #src: Catalog | undefined;
  #catalog: Catalog | undefined;
  /** The newest catalogs: listed at once, searched once indexed. */
  #search = new ObjectionSearch(EMPTY);
  /** The newest catalogs whose index is built: searches are answered from them while newer ones index. */
  #indexedSearch: ObjectionSearch | undefined;
  /** Resolves once the newest catalogs are indexed (false when they were dropped first). */
  #indexed: Promise<boolean> = Promise.resolve(true);
  #browse: { readonly search: ObjectionSearch; readonly list: Omit<ResultsResponse, 'id'> } | undefined;
  #byId: Map<string, Objection> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  /** Loads taken and not answered yet. */
  #loads = 0;
  #latestSearch: number | undefined;
  /** The latest load that replaces the `catalog` property: an older one still validating gives way to it. */
  #latestCatalogLoad: number | undefined;
  /** The latest load taken. */
  #newestLoad: number | undefined;
  /** The catalogs as the latest load left them, until another load starts. */
  #loaded: { readonly id: number; readonly snapshot: EngineSnapshot } | undefined;
  /** What was reported of the extra catalogs, once the validation's code has checked them (see `reportScripts`). */
  #reports: ScriptReports = {};

  constructor(options: SearchEngineOptions) {
    this.#options = options;
  }

  /** A search is answered at once with {@link searchNow}: there are catalogs to answer from. */
  get answersNow(): boolean {
    return this.#answering(false) !== undefined;
  }

  /** Resolves once the newest catalogs are indexed, while they are not (a build that fails counts as done). */
  get indexing(): Promise<boolean> | undefined {
    return this.#search === this.#indexedSearch ? undefined : this.#indexed;
  }

  /** Answers `request`; never rejects (an exception becomes a `failed` response). */
  handle(request: EngineRequest): Promise<EngineResponse> {
    const load = request.kind === 'load';
    if (request.kind === 'search') this.#latestSearch = request.id;
    if (load) {
      this.#loads += 1;
      this.#newestLoad = request.id;
    }
    if (load && request.catalog !== undefined) this.#latestCatalogLoad = request.id;
    const response = this.#queue
      .then(() => this.#answer(request))
      .catch((error: unknown): FailedResponse => ({ kind: 'failed', id: request.id, message: messageOf(error) }))
      .finally(() => {
        if (load) this.#loads -= 1;
      });
    this.#queue = response;
    return response;
  }

  /**
   * Answers a search synchronously, in the keystroke's own task, when {@link answersNow} (else `undefined`:
   * send it with {@link handle}); searches still waiting are then skipped. Throws what the search throws.
   */
  searchNow(request: SearchRequest): ResultsResponse | undefined {
    const search = this.#answering(request.query.trim() === '');
    if (!search) return undefined;
    this.#latestSearch = request.id;
    return this.#results(request, search);
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
    this.#reports = snapshot.reports;
    this.#use(new ObjectionSearch(snapshot.merged), this.#newestLoad);
    return this.#indexed;
  }

  /**
   * Where a search is answered from now: the newest catalogs when no load is on its way and they are indexed
   * (or listed: `browse`, or small enough to index on the spot), else the last ones indexed; none before any
   * are.
   */
  #answering(browse: boolean): ObjectionSearch | undefined {
    const search = this.#search;
    const now = browse || search === this.#indexedSearch || this.#small(search);
    if (this.#loads === 0 && now) return search;
    // Meanwhile the last catalogs indexed, or ones small enough to index now (the built-in ones, still indexing);
    // never no objections at all, whose empty answer would say "nothing found" of what is not searched yet.
    return [this.#indexedSearch, now ? search : undefined].find((older) => older?.catalog.objections.length);
  }

  /** Indexed by the first search in it, as fast as a frame or two. */
  #small(search: ObjectionSearch): boolean {
    return search.catalog.objections.length <= this.#options.indexOnSearchMax;
  }

  /**
   * Lists `search`'s catalogs at once and indexes them; `report`, when given, is told how far. A big index is
   * abandoned once a newer load is taken (`load`: the load it is for), which replaces it.
   */
  #use(search: ObjectionSearch, load?: number, report?: (done: number) => void): void {
    this.#search = search;
    this.#byId = undefined;
    const current = () => this.#search === search && (load === this.#newestLoad || this.#small(search));
    const warmUp = search.catalog.objections.length >= PROGRESS_MIN_OBJECTIONS ? loadWarmUp() : undefined;
    // Indexing, then the warm-up, each reported as its share of the load.
    const reportShare = (from: number, share: number) => report && ((done: number) => report(VALIDATION_SHARE + (1 - VALIDATION_SHARE) * (from + share * done)));
    const indexShare = warmUp ? 1 - WARM_UP_SHARE : 1;
    this.#indexed = this.#options
      .run(search.prepareInSteps(), current, reportShare(0, indexShare))
      .then(async (done) => (done && warmUp ? this.#options.run((await warmUp).warmUpInSteps(search), current, reportShare(indexShare, WARM_UP_SHARE)) : done))
      // An index that fails to build fails the searches in it too, which report it; a warm-up that fails (its
      // chunk missing) leaves the index as it is.
      .catch(current)
      .then((done) => {
        if (done) {
          this.#indexedSearch = search;
          report?.(1);
        }
        return done;
      });
  }

  async #answer(request: EngineRequest): Promise<EngineResponse> {
    switch (request.kind) {
      case 'load':
        return this.#load(request);
      case 'search': {
        // Keystrokes typed while the engine was busy wait in line as messages: only the last one is answered.
        await nextTask();
        if (request.id !== this.#latestSearch) return { kind: 'skipped', id: request.id };
        const search = this.#answering(request.query.trim() === '');
        if (search) return this.#results(request, search);
        // Nothing indexed yet (a big first catalog, without the built-in one): the operator sees the progress
        // of indexing, and the answer once it is done.
        if (!(await this.#indexed) || request.id !== this.#latestSearch) return { kind: 'skipped', id: request.id };
        return this.#results(request, this.#search);
      }
      case 'objection':
        return { kind: 'objection', id: request.id, objection: this.#objection(request.objectionId) };
      case 'detect':
        // The transcript detector is code of its own: only `hear()` asks for it.
        return (await import('./detect.js')).detectLine(request, this.#search, (id) => this.#objection(id)!);
      default:
        return (await loadValidation()).lookUpScript(request, this.#search.catalog, [this.#src, this.#catalog], this.#reports);
    }
  }

  /** The merged catalogs' objection with `id`. */
  #objection(id: string): Objection | undefined {
    this.#byId ??= new Map(this.#search.catalog.objections.map((objection) => [objection.id, objection]));
    return this.#byId.get(id);
  }

  async #load(request: LoadRequest): Promise<LoadedResponse> {
    this.#loaded = undefined;
    let builtin: Catalog | undefined;
    let builtinError: string | undefined;
    if (request.builtin) {
      try {
        builtin = await loadBuiltinCatalog();
      } catch (error) {
        builtinError = messageOf(error);
      }
    }
    // A catalog the load drops is gone, and a dropped `catalog` property is reported as without problems.
    const kept = request.src === null ? undefined : this.#src;
    const load: ExtrasLoad = {
      extras: [kept, request.catalog === undefined ? this.#catalog : undefined],
      reports: [undefined, request.catalog === undefined ? undefined : { problems: [], omitted: NONE_OMITTED }],
      given: kept?.objections.length ?? 0,
    };
    const report = (done: number) => this.#options.report({ kind: 'progress', id: request.id, objectionCount: load.given, done });
    if (request.src || request.catalog) {
      await (await loadValidation()).readExtras(request, load, () => {
        // Nothing searchable yet (the big catalog came with the element): the others are, while it loads.
        if (!this.#indexedSearch?.catalog.objections.length) this.#use(searchCatalogs([load.extras[0]], builtin));
        return (steps) => this.#options.run(steps, () => this.#latestCatalogLoad === request.id, (done) => report(VALIDATION_SHARE * done));
      });
    }
    const { extras, given } = load;
    let [src, catalog] = load.reports;
    [this.#src, this.#catalog] = extras;
    const search = searchCatalogs(extras, builtin);
    const merged = search.catalog;
    // Answers opening objections none of the catalogs has are reported with the catalog's problems, also another
    // catalog's than the one this load changed; before indexing starts, whose progress follows this answer. The
    // validation's code is loaded only for catalogs to validate or with scripts, or once it has checked them (or a
    // script was looked up): never for the built-in catalog alone.
    if (request.src || request.catalog || merged.scripts.length || this.#reports.own) {
      [src, catalog] = (await loadValidation()).reportScripts(this.#reports, [src, catalog], extras, merged, request);
    }
    this.#use(search, request.id, (done) => (done === 1 || given >= PROGRESS_MIN_OBJECTIONS) && report(done));
    this.#loaded = { id: request.id, snapshot: { src: this.#src, catalog: this.#catalog, merged, reports: this.#reports } };
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

  /** The answer from `search`: interim unless from the newest catalogs, with no load on its way. */
  #results({ id, query, limit }: SearchRequest, search: ObjectionSearch): ResultsResponse {
    let response: ResultsResponse;
    if (query.trim() !== '') {
      response = { kind: 'results', id, hits: search.search(query, { limit }), more: 0 };
    } else {
      if (this.#browse?.search !== search) this.#browse = { search, list: { kind: 'results', ...browseList(search.browse()) } };
      response = { ...this.#browse.list, id };
    }
    return search !== this.#search || this.#loads > 0 ? { ...response, interim: true } : response;
  }
}
