import { beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../bench/generate-catalog.mjs';
import type { CatalogInput, ObjectionInput } from '../../src/core/index.js';
import type { ProgressReport, SearchRequest } from '../../src/element/engine/engine-protocol.js';
import { PROGRESS_MIN_OBJECTIONS, SearchEngine, type StepRunner } from '../../src/element/engine/search-engine.js';

/** One run of steps handed to the {@link SteppedRunner}, not finished yet. */
interface Run {
  readonly steps: Iterator<number>;
  readonly wanted: () => boolean;
  readonly report?: (done: number) => void;
  readonly finish: (done: boolean) => void;
  readonly fail: (error: unknown) => void;
}

/**
 * The engine's StepRunner, run by the test: nothing happens between frames, each step is taken when the test
 * says so, and each step's share done is reported at once.
 */
class SteppedRunner {
  readonly #runs: Run[] = [];
  #started: (() => void) | undefined;

  readonly run: StepRunner = (steps, wanted, report) =>
    new Promise((finish, fail) => {
      this.#runs.push({ steps, wanted, report, finish, fail });
      this.#started?.();
    });

  /** Resolves once a run is waiting for its steps (the engine starts one after loading code it needs). */
  async waiting(): Promise<void> {
    if (this.#runs.length === 0) await new Promise<void>((resolve) => (this.#started = resolve));
  }

  /** Takes one step of the oldest run; false when it was done or abandoned instead. */
  step(): boolean {
    const run = this.#runs[0];
    if (!run) throw new Error('no steps to take');
    try {
      const step = run.wanted() ? run.steps.next() : undefined;
      if (step && !step.done) {
        run.report?.(step.value);
        return true;
      }
      this.#runs.shift();
      run.finish(step !== undefined);
    } catch (error) {
      this.#runs.shift();
      run.fail(error);
    }
    return false;
  }

  /** Takes the steps of the oldest run to its end. */
  async finish(): Promise<void> {
    await this.waiting();
    while (this.step());
  }

  /** Takes the steps of every run the engine starts until `settled` settles. */
  async finishUntil(settled: Promise<unknown>): Promise<void> {
    let done = false;
    const ended = settled.then(
      () => (done = true),
      () => (done = true),
    );
    for (;;) {
      while (this.#runs.length > 0) this.step();
      if (done) return;
      await Promise.race([ended, this.waiting()]);
    }
  }
}

/** Takes the steps of indexing the engine's newest catalogs, and resolves once the engine knows they are indexed. */
/** Indexes, and for a big catalog runs the warm-up searches that end its index (a run of its own, after its code loads). */
async function index(engine: SearchEngine, runner: SteppedRunner): Promise<void> {
  const indexing = engine.indexing;
  await runner.finishUntil(indexing ?? Promise.resolve());
  await indexing;
}

const EXPENSIVE = 'expensive';
/** Just enough objections for their load to report its progress step by step. */
const SIZE = PROGRESS_MIN_OBJECTIONS + 500;
/** Objections the validation leaves out: the load counts them all the same, as given. */
const BROKEN: ObjectionInput[] = [{ id: 'no-texts' }, { id: 'Not an id!', title: { en: 'Bad id' }, replies: [{ text: { en: 'Hi.' } }] }];

let requestId = 0;
const searchFor = (query: string): SearchRequest => ({ kind: 'search', id: ++requestId, query, limit: 8 });

/** An engine with the built-in catalog loaded and indexed, its runner, and the progress it reported. */
async function engineWithBuiltins(): Promise<{ engine: SearchEngine; runner: SteppedRunner; reports: ProgressReport[] }> {
  const runner = new SteppedRunner();
  const reports: ProgressReport[] = [];
  const engine = new SearchEngine({ run: runner.run, report: (progress) => reports.push(progress), indexOnSearchMax: 200 });
  await engine.handle({ kind: 'load', id: ++requestId, builtin: true });
  await index(engine, runner);
  reports.length = 0;
  return { engine, runner, reports };
}

describe('SearchEngine', () => {
  let big: CatalogInput;
  let generatedTitle: string;

  beforeAll(() => {
    const generated = generateCatalog(SIZE);
    big = { ...generated, objections: [...generated.objections, ...BROKEN] };
    generatedTitle = (generated.objections[42]!.title as Record<string, string>).en!;
  });

  it('reports a big catalog property’s progress growing to 1, counting its objections as given', async () => {
    const { engine, runner, reports } = await engineWithBuiltins();
    const load = engine.handle({ kind: 'load', id: ++requestId, builtin: true, catalog: big });
    await runner.finish();
    const loaded = await load;
    expect(loaded.kind === 'loaded' && loaded.objectionCount, 'objections loaded, built-in ones too').toBeGreaterThan(SIZE);
    await index(engine, runner);

    expect(reports.length, 'reports').toBeGreaterThan(10);
    expect(new Set(reports.map((report) => report.id))).toEqual(new Set([loaded.id]));
    expect(new Set(reports.map((report) => report.objectionCount))).toEqual(new Set([SIZE + BROKEN.length]));
    const done = reports.map((report) => report.done);
    expect(done, 'the shares done').toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(1);
    expect(done.slice(0, -1).every((share) => share >= 0 && share < 1)).toBe(true);
  });

  it('answers a search at once from the built-in catalog, marked interim, while a big catalog loads and indexes, and from both once indexed', async () => {
    const { engine, runner, reports } = await engineWithBuiltins();
    const load = engine.handle({ kind: 'load', id: ++requestId, builtin: true, catalog: big });
    await runner.waiting();

    runner.step();
    const validating = engine.searchNow(searchFor('ljhjuj'));
    expect(validating?.interim, 'while validating').toBe(true);
    expect(validating?.hits[0]?.objection.id).toBe(EXPENSIVE);

    await runner.finish();
    await load;
    await runner.waiting();
    runner.step();
    expect(reports.at(-1)!.done, 'the share done').toBeLessThan(1);
    expect(engine.answersNow).toBe(true);
    const indexing = engine.searchNow(searchFor(generatedTitle));
    expect(indexing?.interim, 'while indexing').toBe(true);
    expect(indexing?.hits.length, 'hits for the generated title in the built-in catalog').toBeGreaterThan(0);
    expect(indexing?.hits.filter((hit) => hit.objection.id.startsWith('generated-')), 'hits from the catalog indexing').toEqual([]);

    await index(engine, runner);
    expect(reports.at(-1)!.done).toBe(1);
    expect(engine.indexing, 'once indexed').toBeUndefined();
    const searched = engine.searchNow(searchFor(generatedTitle));
    expect(searched?.interim).toBeUndefined();
    expect(searched?.hits[0]?.objection.id).toBe('generated-42');
    const expensive = engine.searchNow(searchFor('ljhjuj'));
    expect(expensive?.interim).toBeUndefined();
    expect(expensive?.hits[0]?.objection.id).toBe(EXPENSIVE);
  });

  it('reports only the newest load’s progress once it replaces a catalog still indexing', async () => {
    const { engine, runner, reports } = await engineWithBuiltins();
    const first = engine.handle({ kind: 'load', id: ++requestId, builtin: true, catalog: big });
    await runner.finish();
    await first;
    await runner.waiting();
    runner.step();
    const reportedBefore = reports.length;
    const second = engine.handle({ kind: 'load', id: ++requestId, builtin: true, catalog: generateCatalog(SIZE, 7) });
    // What is left of the first catalog's index, then the second catalog's validation and index.
    await runner.finish();
    await runner.finish();
    await second;
    await index(engine, runner);
    const reported = reports.slice(reportedBefore);
    expect(new Set(reported.map((report) => report.id)), 'the loads reported once the second was taken').toEqual(new Set([requestId]));
    expect(reported.at(-1)!.done).toBe(1);
  });
});
