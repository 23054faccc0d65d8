#!/usr/bin/env node
// The performance benchmark of issue 4: `npm run bench` (or `npm run bench -- --quick`). Builds, generates
// catalogs into bench/data/, serves the repository over localhost and measures search, the real element,
// cold start, memory and bundle size in headless Chromium next to plain fuse.js, uFuzzy and MiniSearch.
// Prints a table and writes bench/results.json; bench/README.md describes both.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { dropInCode, measureEntry, fileSize } from './lib/bundle.mjs';
import { ensureCatalog } from './lib/catalogs.mjs';
import { benchDetection } from './lib/detection.mjs';
import { evaluateBudgets, printReport } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const USAGE = 'usage: npm run bench [-- --quick] [--no-build] [--strict]';
const FLAGS = new Set(['--quick', '--no-build', '--strict']);

const SEED = 42;
/** The element's default `limit`: every library returns this many hits per keystroke. */
const LIMIT = 8;
/** The element pages and the expected titles use this display locale. */
const LOCALE = 'ru';
const LIBRARIES = ['ours', 'fuse', 'ufuzzy', 'minisearch'];
const QUALITY_SETS = ['queries.tsv', 'holdout.tsv', 'blind.tsv'];
/**
 * Untimed keystrokes before each library's timed ones: every prefix of this many queries of holdout.tsv (not
 * the timed set, so no library answers a timed prefix from a cache), for at most WARMUP_BUDGET_MS.
 */
const WARMUP_QUERIES = 40;
const WARMUP_BUDGET_MS = 2000;
/** A key event's results that have not shown after this long count as unmatched. */
const KEYSTROKE_TIMEOUT_MS = 5000;
/** After this many unmatched keystrokes in a row the element evidently shows other results than the core. */
const MAX_UNMATCHED_IN_A_ROW = 3;
/** The next key is typed no sooner than this after the previous one: a quick operator. */
const KEY_INTERVAL_MS = 50;
const SRC_TIMEOUT_MS = 300_000;
/** A library this slow per keystroke would spend the quality budget on a handful of queries: not run. */
const TOO_SLOW_FOR_QUALITY_MS = 1000;

const FULL = {
  mode: 'full',
  sizes: [1000, 10000, 50000],
  latencyQueries: 120,
  /** Per library, how long its keystrokes may take on one catalog; slower ones are cut there and marked. */
  latencyBudgetMs: { ours: 40_000, fuse: 15_000, ufuzzy: 15_000, minisearch: 15_000 },
  /** Plain fuse.js needs seconds per keystroke at 10,000; at 50,000 it would only measure patience. */
  skip: { fuse: [50000] },
  qualityMix: 10000,
  qualityBudgetMs: { fuse: 20_000, ufuzzy: 30_000, minisearch: 30_000 },
  paintQueries: 16,
  paint: [
    { size: 0, throttle: 1 },
    { size: 0, throttle: 4 },
    { size: 10000, throttle: 1 },
    { size: 10000, throttle: 4 },
    { size: 50000, throttle: 1 },
  ],
  paintBudgetMs: 30_000,
  burst: [10000, 50000],
  /** The bare input's keys are typed right before this catalog's element pages, for its keystroke work row. */
  bareInputWith: 10000,
  burstQueries: 8,
  burstBudgetMs: 20_000,
  coldStartRuns: 15,
};

const QUICK = {
  ...FULL,
  mode: 'quick',
  sizes: [1000],
  latencyQueries: 40,
  latencyBudgetMs: { ours: 20_000, fuse: 5_000, ufuzzy: 5_000, minisearch: 5_000 },
  qualityMix: 1000,
  qualityBudgetMs: { fuse: 10_000, ufuzzy: 10_000, minisearch: 10_000 },
  paintQueries: 10,
  paint: [
    { size: 0, throttle: 1 },
    { size: 0, throttle: 4 },
    { size: 1000, throttle: 1 },
    { size: 1000, throttle: 4 },
  ],
  paintBudgetMs: 15_000,
  burst: [1000],
  bareInputWith: 1000,
  burstQueries: 4,
  burstBudgetMs: 10_000,
  coldStartRuns: 5,
};

/** A pause between phases, for the browser to finish closing the pages of the last one. */
const SETTLE_MS = 3000;

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

const startedAt = performance.now();

function log(message) {
  const seconds = Math.round((performance.now() - startedAt) / 1000);
  const stamp = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  console.log(`[${stamp}] ${message}`);
}

/** A logger for long loops: at most one line every few seconds. */
function every(ms) {
  let last = performance.now();
  return (message) => {
    if (performance.now() - last < ms) return;
    last = performance.now();
    log(message);
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Keys of results.json: "builtin", "1k", "10k", "50k" (not numbers, which objects would sort first). */
const catalogName = (size) => (size === 0 ? 'builtin' : `${size / 1000}k`);

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`)),
    );
  });
}

function gitState() {
  try {
    const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'src', 'objections', 'rollup.config.mjs');
    return { commit, uncommittedSourceChanges: changed !== '' };
  } catch {
    return { commit: undefined, uncommittedSourceChanges: undefined };
  }
}

/** Queries from the labelled set, taking one of each kind in turn, so any prefix of the list mixes all kinds. */
function interleaveKinds(queries, count) {
  const byKind = new Map();
  for (const labelled of queries) {
    if (!byKind.has(labelled.kind)) byKind.set(labelled.kind, []);
    byKind.get(labelled.kind).push(labelled);
  }
  const picked = [];
  for (let round = 0; picked.length < count; round += 1) {
    let any = false;
    for (const list of byKind.values()) {
      if (round < list.length && picked.length < count) {
        picked.push(list[round]);
        any = true;
      }
    }
    if (!any) break;
  }
  return picked;
}

/**
 * A fresh page in a context of its own. `instrumented` opens a CDP session on it and gives it `benchProgress`;
 * a page timed from its first byte goes without (throttling still opens the session): an attached session
 * slows the page's scripts by about a fifth.
 */
async function newPage(browser, path, { throttle = 1, requested, instrumented = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error in ${path}: ${error.message}`));
  // Requests of the page and of its dedicated workers.
  if (requested) page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  const cdp = instrumented || throttle !== 1 ? await context.newCDPSession(page) : undefined;
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (instrumented) await page.exposeFunction('benchProgress', (message) => log(`  ${message}`));
  await page.goto(`${origin}${path}`);
  return { page, cdp, close: () => context.close() };
}

/** JS heap of each worker the page runs (performance.memory does not count them), through the browser's CDP. */
async function workerHeaps(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const heaps = [];
    for (const target of targetInfos.filter((info) => info.type === 'worker')) {
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      const answer = new Promise((resolve) => {
        session.on('Target.receivedMessageFromTarget', (event) => {
          const message = JSON.parse(event.message);
          if (event.sessionId === sessionId && message.id === 2) resolve(message.result?.usedSize);
        });
      });
      const send = (id, method, params = {}) =>
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      await send(1, 'Runtime.evaluate', { expression: 'typeof gc === "function" && gc()' });
      await send(2, 'Runtime.getHeapUsage');
      heaps.push(await Promise.race([answer, sleep(10_000).then(() => undefined)]));
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
    return heaps;
  } finally {
    await session.detach().catch(() => {});
  }
}

// ---- Search: our core and the references, in one page per catalog ----

async function benchSearch(browser, catalog, plan, queries, qualitySets) {
  const name = catalogName(catalog.size);
  const { page, close } = await newPage(browser, '/bench/pages/core.html');
  try {
    await page.waitForFunction(() => 'bench' in window);
    log(`search, ${name}: loading the catalog`);
    const load = await page.evaluate((url) => window.bench.load(url), catalog.path ? `/${catalog.path}` : null);
    const result = { catalog: name, objections: load.objections, load, libraries: {} };
    const withQuality = catalog.size === 0 || catalog.size === plan.qualityMix;
    for (const library of LIBRARIES) {
      if (plan.skip[library]?.includes(catalog.size)) {
        result.libraries[library] = { skipped: 'too slow at this size' };
        continue;
      }
      log(`search, ${name}: ${library} builds its index`);
      const build = await page.evaluate((lib) => window.bench.build(lib), library);
      log(`search, ${name}: ${library} indexed in ${Math.round(build.ms)} ms; typing ${queries.length} queries`);
      const latency = await page.evaluate(([lib, strings, options]) => window.bench.latency(lib, strings, options), [
        library,
        queries.map((labelled) => labelled.query),
        {
          limit: LIMIT,
          budgetMs: plan.latencyBudgetMs[library],
          warmup,
          warmupBudgetMs: WARMUP_BUDGET_MS,
          titlesFor: library === 'ours' ? plan.paintQueries : 0,
          locale: LOCALE,
        },
      ]);
      const entry = { index: build, ...latency };
      const times = latency.perQuery.flat();
      const meanMs = times.reduce((sum, ms) => sum + ms, 0) / times.length;
      if (withQuality && meanMs > TOO_SLOW_FOR_QUALITY_MS) {
        entry.qualitySkipped = `about ${Math.round(meanMs / 1000)} s per query`;
      } else if (withQuality) {
        log(`search, ${name}: ${library} on the labelled query sets`);
        entry.quality = await page.evaluate(([lib, sets, budget]) => window.bench.quality(lib, sets, budget), [
          library,
          qualitySets,
          plan.qualityBudgetMs[library] ?? Infinity,
        ]);
      }
      await page.evaluate((lib) => window.bench.drop(lib), library);
      result.libraries[library] = entry;
    }
    return result;
  } finally {
    await close();
  }
}

// ---- The element: cold start, src loading, memory, keystroke to paint, typing fast ----

async function coldStart(browser, runs, throttle) {
  const samples = [];
  let fetched = [];
  // Run -1 is not counted: the browser's first page of the kind sets up what any later page finds ready (its
  // font caches, its compiled code for the page's probes), as the operator's browser already has.
  for (let run = -1; run < runs; run += 1) {
    const requested = new Set();
    const { page, close } = await newPage(browser, '/bench/pages/cold-start.html', { throttle, requested, instrumented: false });
    try {
      const sample = await page.evaluate(() => window.coldStart);
      if (run >= 0) samples.push(sample);
      fetched = [...requested];
    } finally {
      await close();
    }
  }
  // The widget's own time starts when the request for its script goes out: the page's navigation is not its
  // cost, nor the browser's queueing of the request (10–40 ms here while a new page's process starts up on two
  // cores), which is reported on its own.
  const since = (key) => summarize(samples.map((sample) => sample[key] - sample.scriptRequestSent));
  return {
    runs,
    throttle,
    scriptStartSinceNavigation: summarize(samples.map((sample) => sample.scriptStart)),
    scriptQueued: summarize(samples.map((sample) => sample.scriptRequestSent - sample.scriptStart)),
    scriptLoaded: since('scriptLoaded'),
    defined: since('definedAt'),
    firstResults: since('shownAt'),
    firstResultsSinceNavigation: summarize(samples.map((sample) => sample.shownAt)),
    resources: samples[0]?.resources ?? [],
    // What the widget downloaded before its first results (the page itself and the probe left out).
    fetchedBeforeResults: fetched
      .filter((path) => path.startsWith('/dist/'))
      .map((path) => ({ file: path.slice(1), ...fileSize(join(ROOT, path)) })),
  };
}

/**
 * Types one character as a real key (keydown, keypress, input, keyup), Cyrillic included. The browser stamps
 * the key event when the command arrives; CDP answers once the page has handled it.
 */
function typeKey(cdp, character) {
  const down = cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: character, text: character, unmodifiedText: character });
  const up = cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: character });
  return Promise.all([down, up]);
}

/**
 * The five keystrokes with the most work of the widget's own, as the prefix typed, that work and the same from
 * the key's timestamp, in ms (keystrokes in the order typed).
 */
function slowest(queries, keystrokes) {
  const prefixes = queries.flatMap((query) => Array.from({ length: query.length }, (_, length) => query.slice(0, length + 1)));
  return keystrokes
    .map((keystroke, i) => ({ query: prefixes[i], ms: keystroke.work, fromKeyMs: keystroke.workFromKey }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
}

/**
 * Types each query key by key, each time waiting for the frame that shows the core's results for the prefix
 * (`titles` null: the bare input's first frame after the key). Resolves to the probe's keystrokes.
 */
async function typeQueries(page, cdp, queries, titles, budgetMs, label) {
  const progress = every(5000);
  const keystrokes = [];
  let unmatched = 0;
  let inARow = 0;
  let capped = false;
  let abandoned = false;
  const start = performance.now();
  for (const [q, query] of queries.entries()) {
    if (titles && !titles[q]) break;
    if (performance.now() - start > budgetMs) {
      capped = true;
      break;
    }
    await page.evaluate(() => window.probe.selectQuery());
    for (let length = 1; length <= query.length; length += 1) {
      const typedAt = performance.now();
      const expected = titles ? titles[q][length - 1] : null;
      await page.evaluate(([titlesShown, timeout]) => window.probe.arm(titlesShown, timeout), [expected, KEYSTROKE_TIMEOUT_MS]);
      await typeKey(cdp, query[length - 1]);
      const keystroke = await page.evaluate(() => window.probe.result());
      keystrokes.push(keystroke);
      if (keystroke.matched) inARow = 0;
      else {
        unmatched += 1;
        inARow += 1;
      }
      if (inARow >= MAX_UNMATCHED_IN_A_ROW) {
        log(`  ${label}: the element kept showing other results than the core's for "${query.slice(0, length)}"; stopped`);
        abandoned = true;
        break;
      }
      await sleep(KEY_INTERVAL_MS - (performance.now() - typedAt));
    }
    if (abandoned) break;
    progress(`  ${label}: ${q + 1} queries, ${keystrokes.length} keystrokes`);
  }
  return { keystrokes, unmatched, capped, abandoned, queries: queries.length };
}

/** Keystroke to paint and keystroke work (see bench/README.md) over the queries typed into the element. */
async function keystrokeToPaint(page, cdp, queries, titles, budgetMs, label) {
  const { keystrokes, ...typing } = await typeQueries(page, cdp, queries, titles, budgetMs, label);
  const of = (key) => summarize(keystrokes.map((keystroke) => keystroke[key]));
  return {
    ...summarize(keystrokes.map((keystroke) => keystroke.end - keystroke.start)),
    frames: of('frames'),
    work: of('work'),
    workFromKey: of('workFromKey'),
    beforeInput: of('beforeInput'),
    keydown: of('keydown'),
    framePart: of('framePart'),
    slowestWork: slowest(queries, keystrokes),
    ...typing,
  };
}

/**
 * The reference of the keystroke work row: the same keys, paced the same way, typed into a plain text field with
 * no widget (bench/pages/bare-input.html). Per key, its timestamp → the `input` event, and the first frame after it.
 */
async function bareInput(browser, queries, budgetMs) {
  const { page, cdp, close } = await newPage(browser, '/bench/pages/bare-input.html');
  try {
    await page.waitForFunction(() => 'probe' in window);
    await page.evaluate(() => window.probe.ready(30_000));
    await page.evaluate((timeout) => window.probe.settle(timeout), SRC_TIMEOUT_MS);
    const loadBefore = loadavg()[0];
    const { keystrokes, unmatched, capped } = await typeQueries(page, cdp, queries, null, budgetMs, 'bare input');
    return {
      keys: keystrokes.length,
      toInput: summarize(keystrokes.map((keystroke) => keystroke.beforeInput)),
      frame: summarize(keystrokes.map((keystroke) => keystroke.framePart)),
      unmatched,
      capped,
      loadAverage: [loadBefore, loadavg()[0]],
    };
  } finally {
    await close();
  }
}

/** Types queries at a fixed pace without waiting for results, and records how long each key waited. */
async function typeFast(page, cdp, queries, budgetMs) {
  await page.evaluate(() => window.probe.startBurst());
  const start = performance.now();
  let keys = 0;
  let capped = false;
  for (const query of queries) {
    if (performance.now() - start > budgetMs) {
      capped = true;
      break;
    }
    await page.evaluate(() => window.probe.selectQuery());
    const sent = [];
    for (const character of query) {
      // Not awaited: the keys go on arriving while the page is busy, as they do from an operator, and a key
      // that waits for the main thread shows up in its input delay.
      sent.push(typeKey(cdp, character));
      keys += 1;
      await sleep(KEY_INTERVAL_MS);
    }
    await Promise.all(sent);
  }
  const burst = await page.evaluate(() => window.probe.stopBurst());
  return {
    keys,
    capped,
    inputDelay: summarize(burst.inputDelays),
    longTasks: burst.longTasks.length,
    longestTask: burst.longTasks.length === 0 ? 0 : Math.max(...burst.longTasks),
  };
}

/**
 * Sets the `catalog` property of a fresh element (the built-in catalog indexed) to the parsed catalog file and
 * types a key at once: times that key's answer from the built-in catalog (`firstKey`: key to paint, `firstAnswerMs`:
 * since the property was set), then how long until a query for one of the catalog's own objections shows it
 * first (`searchableMs`), and the longest the main thread was held up meanwhile.
 */
async function propertyCatalog(browser, catalog, query, builtinTitles) {
  const { page, cdp, close } = await newPage(browser, '/bench/pages/element.html');
  try {
    await page.waitForFunction(() => 'probe' in window);
    await page.evaluate(() => window.probe.ready(30_000));
    const objections = await page.evaluate((url) => window.probe.fetchCatalog(url), `/${catalog.path}`);
    // An objection from the middle of the catalog, by its title in the display locale.
    const title = await page.evaluate(([index, locale]) => window.probe.catalogTitle(index, locale), [Math.floor(objections / 2), LOCALE]);
    await page.evaluate(() => window.probe.selectQuery());
    const { startedAt } = await page.evaluate(() => window.probe.setCatalog());
    await page.evaluate(([expected, timeout]) => window.probe.arm(expected, timeout), [builtinTitles, KEYSTROKE_TIMEOUT_MS]);
    await typeKey(cdp, query[0]);
    const first = await page.evaluate(() => window.probe.result());
    await page.evaluate(() => window.probe.selectQuery());
    await cdp.send('Input.insertText', { text: title });
    const found = await page.evaluate(([expected, timeout]) => window.probe.firstResult(expected, timeout), [title, SRC_TIMEOUT_MS]);
    return {
      objections,
      firstKey: { ms: first.end - first.start, frames: first.frames, matched: first.matched },
      firstAnswerMs: first.end - startedAt,
      searchableMs: found.end - startedAt,
      searchableMatched: found.matched,
      longestHoldUpMs: found.longestHoldUpMs,
    };
  } finally {
    await close();
  }
}

async function benchElement(browser, catalog, plan, search, queries, builtinSearch) {
  const name = catalogName(catalog.size);
  const typed = queries.slice(0, plan.paintQueries).map((labelled) => labelled.query);
  // In a page of its own, before the one that loads the catalog from src.
  const builtinTitles = builtinSearch?.libraries?.ours?.titles?.[0]?.[0];
  let propertyLoad;
  if (catalog.size > 0 && builtinTitles) {
    log(`element, ${name}: setting the catalog property, then a key at once`);
    propertyLoad = await propertyCatalog(browser, catalog, typed[0], builtinTitles);
    const { firstKey, firstAnswerMs, searchableMs, longestHoldUpMs } = propertyLoad;
    log(
      `element, ${name}: first key painted ${Math.round(firstKey.ms)} ms after it (${Math.round(firstAnswerMs)} ms after the property); ` +
        `searchable after ${Math.round(searchableMs)} ms; longest hold-up ${Math.round(longestHoldUpMs)} ms`,
    );
  }
  const { page, cdp, close } = await newPage(browser, '/bench/pages/element.html');
  try {
    await page.waitForFunction(() => 'probe' in window);
    const { frameInterval } = await page.evaluate(() => window.probe.ready(30_000));
    const result = { catalog: name, frameInterval, heapBuiltinOnly: await page.evaluate(() => window.probe.usedHeap()), ...(propertyLoad && { propertyLoad }) };
    const titles = search.libraries.ours?.titles ?? [];
    if (catalog.size > 0) {
      log(`element, ${name}: setting src`);
      result.srcLoad = await page.evaluate(([url, count, timeout]) => window.probe.loadSrc(url, count, timeout), [
        `/${catalog.path}`,
        search.objections,
        SRC_TIMEOUT_MS,
      ]);
      log(`element, ${name}: ${search.objections} objections shown ${Math.round(result.srcLoad.ms)} ms after setting src`);
      // An element may list a catalog before its index is ready: the first key right away shows what is left.
      if (titles[0]?.[0]) {
        await page.evaluate(() => window.probe.selectQuery());
        await page.evaluate(([expected, timeout]) => window.probe.arm(expected, timeout), [titles[0][0], SRC_TIMEOUT_MS]);
        await typeKey(cdp, typed[0][0]);
        const first = await page.evaluate(() => window.probe.result());
        result.srcLoad.firstKeyMs = first.end - first.start;
        result.srcLoad.searchableMs = first.end - result.srcLoad.startedAt;
        result.srcLoad.firstKeyMatched = first.matched;
      }
    }
    result.heap = await page.evaluate(() => window.probe.usedHeap());
    result.workerHeaps = await workerHeaps(browser);
    result.paint = {};
    // Typing into a loaded catalog: the load's leftover main-thread work (see "Keystroke work") ends first.
    result.settleMs = await page.evaluate((timeout) => window.probe.settle(timeout), SRC_TIMEOUT_MS);
    for (const { throttle } of plan.paint.filter((config) => config.size === catalog.size)) {
      const label = `element, ${name}, ${throttle}× CPU`;
      log(`${label}: keystroke to paint`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const loadBefore = loadavg()[0];
      result.paint[throttle] = await keystrokeToPaint(page, cdp, typed, titles, plan.paintBudgetMs, label);
      // Other jobs on the machine show in the times: the 1-minute load average before and after.
      result.paint[throttle].loadAverage = [loadBefore, loadavg()[0]];
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    if (plan.burst.includes(catalog.size)) {
      log(`element, ${name}: typing ${plan.burstQueries} queries every ${KEY_INTERVAL_MS} ms without waiting`);
      result.burst = await typeFast(page, cdp, typed.slice(0, plan.burstQueries), plan.burstBudgetMs);
    }
    return result;
  } finally {
    await close();
  }
}

// ---- The run ----

const args = process.argv.slice(2);
const unknown = args.filter((arg) => !FLAGS.has(arg));
if (unknown.length > 0) {
  console.error(`${unknown.join(' ')}: unknown option\n${USAGE}`);
  process.exit(2);
}
const plan = args.includes('--quick') ? QUICK : FULL;
const durations = {};
const phase = async (name, work) => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    durations[name] = Math.round((performance.now() - start) / 100) / 10;
  }
};

if (!args.includes('--no-build')) {
  await phase('build', async () => {
    log('npm run build');
    await run('npm', ['run', 'build', '--silent']);
  });
}
await phase('benchBuild', async () => {
  log('bundling the in-page benchmark (bench/rollup.config.mjs)');
  await run(process.execPath, [join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', 'bench/rollup.config.mjs', '--silent']);
});

const catalogs = await phase('generate', () => {
  const made = [{ size: 0, path: null }];
  for (const size of plan.sizes) {
    log(`catalog of ${size.toLocaleString('en')} objections`);
    const catalog = ensureCatalog(ROOT, join(ROOT, 'bench/data'), size, SEED);
    log(`  ${catalog.path}: ${(catalog.bytes / 1e6).toFixed(1)} MB, ${catalog.reused ? 'reused' : `generated in ${Math.round(catalog.ms)} ms`}`);
    made.push(catalog);
  }
  return made;
});

const bundle = await phase('bundle', async () => {
  log('bundle sizes');
  const min = await measureEntry(join(ROOT, 'dist/browser/objection-desk.min.js'), ROOT);
  return {
    min,
    dropInCode: dropInCode(min),
    esm: await measureEntry(join(ROOT, 'dist/index.js'), ROOT),
    references: Object.fromEntries(
      ['fuse', 'ufuzzy', 'minisearch'].map((name) => [name, fileSize(join(ROOT, `bench/dist/references/${name}.min.js`))]),
    ),
  };
});

const core = await import(pathToFileURL(join(ROOT, 'dist/core/index.js')).href);
const { parseLabelledQueries } = core;
const labelled = Object.fromEntries(
  QUALITY_SETS.map((file) => [file, parseLabelledQueries(readFileSync(join(ROOT, 'tests/search', file), 'utf8')).queries]),
);
const queries = interleaveKinds(labelled['queries.tsv'], plan.latencyQueries);
const warmup = interleaveKinds(labelled['holdout.tsv'], WARMUP_QUERIES).flatMap(({ query }) =>
  Array.from({ length: query.length }, (_, length) => query.slice(0, length + 1)),
);
const qualitySets = QUALITY_SETS.map((file) => ({ name: file, queries: labelled[file] }));

const server = await startServer(ROOT);
const origin = server.origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: LAUNCH_ARGS,
});

const results = {
  schema: 1,
  date: new Date().toISOString(),
  mode: plan.mode,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: browser.version(),
  },
  git: gitState(),
  settings: {
    seed: SEED,
    limit: LIMIT,
    locale: LOCALE,
    latencyQueries: queries.length,
    keystrokesPlanned: queries.reduce((sum, labelled) => sum + labelled.query.length, 0),
    paintQueries: plan.paintQueries,
    keyIntervalMs: KEY_INTERVAL_MS,
    latencyBudgetMs: plan.latencyBudgetMs,
    qualityBudgetMs: plan.qualityBudgetMs,
    qualityMix: plan.qualityMix,
  },
  catalogs: catalogs.map(({ size, path, bytes }) => ({ name: catalogName(size), size, path, bytes })),
  bundle,
};

/** One catalog's failure (a crash, a timeout) is recorded and the run goes on with the next. */
async function attempt(label, work) {
  try {
    return await work();
  } catch (error) {
    log(`${label} failed: ${error.message}`);
    return { error: error.message };
  }
}

try {
  const element = {};
  // Before the search pages, which leave the browser and this process busy collecting big catalogs' garbage.
  await phase('coldStart', async () => {
    log(`cold start, ${plan.coldStartRuns} fresh pages`);
    element.coldStart = await attempt('cold start', () => coldStart(browser, plan.coldStartRuns, 1));
    log(`cold start at 4× CPU, ${plan.coldStartRuns} fresh pages`);
    element.coldStartThrottled = await attempt('cold start at 4× CPU', () => coldStart(browser, plan.coldStartRuns, 4));
    // The closed pages' processes wind down before anything is timed again.
    await sleep(SETTLE_MS);
  });
  const searches = {};
  await phase('search', async () => {
    for (const catalog of catalogs) {
      const name = catalogName(catalog.size);
      searches[name] = await attempt(`search, ${name}`, () => benchSearch(browser, catalog, plan, queries, qualitySets));
    }
  });
  await phase('element', async () => {
    element.catalogs = {};
    for (const catalog of catalogs) {
      const name = catalogName(catalog.size);
      if (searches[name].error) continue;
      if (catalog.size === plan.bareInputWith) {
        log(`bare input: the element's keys of ${name} typed into a plain <input>`);
        const typed = queries.slice(0, plan.paintQueries).map((labelled) => labelled.query);
        element.bareInput = await attempt('bare input', () => bareInput(browser, typed, plan.paintBudgetMs));
        element.bareInput.typedWith = name;
      }
      element.catalogs[name] = await attempt(`element, ${name}`, () => benchElement(browser, catalog, plan, searches[name], queries, searches.builtin));
    }
  });
  results.search = searches;
  results.element = element;
  // In Node, after the browser's pages: detection is pure core, and a CRM runs it where its search runs.
  results.detection = await phase('detection', async () => {
    log('detection per utterance, built-in catalog (Node)');
    return attempt('detection', async () => benchDetection(core, ROOT));
  });
} finally {
  await browser.close();
  await server.stop();
}

durations.total = Math.round((performance.now() - startedAt) / 100) / 10;
results.durationsSeconds = durations;
const report = evaluateBudgets(results, queries);
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
printReport(report);
log(`bench/results.json written; the run took ${durations.total} s`);
if (args.includes('--strict') && report.budgets.some((budget) => budget.status === 'FAIL')) process.exitCode = 1;
