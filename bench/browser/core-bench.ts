// In-page side of the search benchmark (bench/pages/core.html): loads a catalog the way the element does
// (built-in first, then the `src` catalog), builds our index and the references' over it, and times every
// keystroke. bench/run.mjs drives it through `window.bench`, one page per catalog size.
import {
  ObjectionSearch,
  builtinCatalog,
  evaluateSearch,
  localize,
  mergeCatalogs,
  parseCatalog,
  type LabelledQuery,
  type Locale,
  type MergedCatalog,
  type Objection,
} from '../../src/core/index.js';
import { REFERENCES, type ReferenceIndex } from '../references.js';

export type Library = 'ours' | 'fuse' | 'ufuzzy' | 'minisearch';

export interface LoadResult {
  readonly objections: number;
  readonly fetchMs: number;
  readonly parseMs: number;
  readonly mergeMs: number;
  readonly problems: number;
}

export interface BuildResult {
  /** Building the index and answering one search (an index may be built on the first search). */
  readonly ms: number;
  /** Growth of the JS heap (after gc) while the index was built and kept. */
  readonly heapBytes: number;
}

export interface LatencyOptions {
  readonly limit: number;
  /** Stop starting new keystrokes after this long (a query may be cut in the middle). */
  readonly budgetMs: number;
  /** Untimed keystrokes first, so the JIT has compiled the code the timed ones run. */
  readonly warmup: readonly string[];
  /** The warm-up stops after this long: a slow library gets fewer untimed keystrokes. */
  readonly warmupBudgetMs: number;
  /** For the first this many queries, also return the titles shown for each prefix (the element must show them). */
  readonly titlesFor: number;
  readonly locale: Locale;
}

export interface LatencyResult {
  /** Milliseconds per keystroke, per query, in query order; the last query may be cut short. */
  readonly perQuery: number[][];
  readonly capped: boolean;
  /** Titles of the hits for each prefix of the first `titlesFor` queries. */
  readonly titles: string[][][];
}

export interface QualitySet {
  readonly name: string;
  readonly queries: readonly LabelledQuery[];
}

export interface QualityResult {
  readonly total: number;
  /** How many queries ran within the time budget; top-1 and top-3 are over these. */
  readonly evaluated: number;
  readonly top1: number;
  readonly top3: number;
  readonly capped: boolean;
}

const PROGRESS_EVERY_MS = 5000;

let catalog: MergedCatalog = { categories: [], objections: [], scripts: [] };
let byId = new Map<string, Objection>();
const indexes = new Map<Library, ReferenceIndex>();
let ours: ObjectionSearch | undefined;
let lastProgress = 0;

/** bench/run.mjs exposes this to print progress while a long step runs in the page. */
function progress(message: string, force = false): void {
  const now = performance.now();
  if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
  lastProgress = now;
  void (window as { benchProgress?: (message: string) => Promise<void> }).benchProgress?.(message);
}

/** Lets the binding calls and timers through during long loops. */
const yieldToEventLoop = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The JS heap after a full collection, once the current task's temporaries are gone. */
async function usedHeap(): Promise<number> {
  await yieldToEventLoop();
  // gc() exists with --js-flags=--expose-gc, which bench/run.mjs passes; a second pass frees what the first finalised.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

async function load(url: string | null): Promise<LoadResult> {
  // The built-in catalog may become lazy (a promise); awaiting works for both.
  const builtin = await builtinCatalog();
  const start = performance.now();
  let fetched = start;
  let parsed = start;
  let problems = 0;
  const catalogs = [builtin];
  if (url) {
    const text = await (await fetch(url)).text();
    fetched = performance.now();
    const result = parseCatalog(text, url);
    parsed = performance.now();
    problems = result.problems.length;
    catalogs.push(result.catalog);
  }
  catalog = mergeCatalogs(catalogs);
  const merged = performance.now();
  byId = new Map(catalog.objections.map((objection) => [objection.id, objection]));
  indexes.clear();
  ours = undefined;
  return { objections: catalog.objections.length, fetchMs: fetched - start, parseMs: parsed - fetched, mergeMs: merged - parsed, problems };
}

async function build(library: Library): Promise<BuildResult> {
  drop(library);
  const before = await usedHeap();
  const start = performance.now();
  if (library === 'ours') {
    const search = new ObjectionSearch(catalog);
    // The index may be built lazily, on the first search: that one is part of building it.
    search.search('a', { limit: 1 });
    ours = search;
    indexes.set('ours', { search: (query, limit) => search.search(query, { limit }).map((hit) => hit.objection.id) });
  } else {
    const reference = REFERENCES.find((candidate) => candidate.name === library);
    if (!reference) throw new Error(`unknown library ${library}`);
    indexes.set(library, reference.build(catalog.objections));
  }
  const ms = performance.now() - start;
  return { ms, heapBytes: (await usedHeap()) - before };
}

function drop(library: Library): void {
  indexes.delete(library);
  if (library === 'ours') ours = undefined;
}

function indexOf(library: Library): ReferenceIndex {
  const index = indexes.get(library);
  if (!index) throw new Error(`${library} has no index; build it first`);
  return index;
}

async function latency(library: Library, queries: readonly string[], options: LatencyOptions): Promise<LatencyResult> {
  const index = indexOf(library);
  const warmupStart = performance.now();
  for (const query of options.warmup) {
    if (performance.now() - warmupStart > options.warmupBudgetMs) break;
    index.search(query, options.limit);
  }
  const perQuery: number[][] = [];
  const titles: string[][][] = [];
  const start = performance.now();
  let lastYield = start;
  let capped = false;
  let keystrokes = 0;
  for (const [q, query] of queries.entries()) {
    if (performance.now() - start > options.budgetMs) {
      capped = true;
      break;
    }
    const times: number[] = [];
    const shown: string[][] = [];
    perQuery.push(times);
    for (let length = 1; length <= query.length; length += 1) {
      if (times.length > 0 && performance.now() - start > options.budgetMs) {
        capped = true;
        break;
      }
      const prefix = query.slice(0, length);
      const before = performance.now();
      const ids = index.search(prefix, options.limit);
      times.push(performance.now() - before);
      keystrokes += 1;
      if (q < options.titlesFor) shown.push(ids.map((id) => localize(byId.get(id)!.title, options.locale)));
    }
    if (q < options.titlesFor) titles.push(shown);
    if (capped) break;
    progress(`${library}: ${q + 1}/${queries.length} queries, ${keystrokes} keystrokes`);
    if (performance.now() - lastYield > 1000) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  return { perQuery, capped, titles };
}

async function quality(library: Library, sets: readonly QualitySet[], budgetMs: number): Promise<Record<string, QualityResult>> {
  const results: Record<string, QualityResult> = {};
  for (const set of sets) {
    if (library === 'ours' && ours) {
      // Our figures come from the core's own evaluation, as `npm run eval` reports them.
      const report = evaluateSearch(ours, set.queries);
      results[set.name] = { total: report.total, evaluated: report.total, top1: report.top1, top3: report.top3, capped: false };
      continue;
    }
    const index = indexOf(library);
    // Each set gets its share of the budget by size, so a slow library is sampled on every set.
    const share = (budgetMs * set.queries.length) / sets.reduce((sum, each) => sum + each.queries.length, 0);
    const start = performance.now();
    let top1 = 0;
    let top3 = 0;
    let evaluated = 0;
    for (const labelled of set.queries) {
      if (evaluated > 0 && performance.now() - start > share) break;
      const rank = index.search(labelled.query, 3).indexOf(labelled.expected);
      evaluated += 1;
      if (rank === 0) top1 += 1;
      if (rank >= 0) top3 += 1;
      progress(`${library} quality: ${set.name} ${evaluated}/${set.queries.length}`);
    }
    results[set.name] = {
      total: set.queries.length,
      evaluated,
      top1: top1 / evaluated,
      top3: top3 / evaluated,
      capped: evaluated < set.queries.length,
    };
    await yieldToEventLoop();
  }
  return results;
}

const api = { load, build, drop, latency, quality, usedHeap };
export type CoreBench = typeof api;
(window as unknown as { bench: CoreBench }).bench = api;
