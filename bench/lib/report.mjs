// Turns the raw measurements into bench/results.json (summaries, ratios, budgets) and prints the tables.
import { percentile, summarize } from './stats.mjs';

export const LIBRARY_LABELS = { ours: 'objection-desk', fuse: 'fuse.js (plain)', ufuzzy: 'uFuzzy', minisearch: 'MiniSearch' };
const REFERENCES = ['fuse', 'ufuzzy', 'minisearch'];
/** "40 KB" as the issue writes it: 40 × 1024 bytes of gzip. */
const BUNDLE_BUDGET_BYTES = 40 * 1024;
const FRAME_MS = 16;
const SLOWEST_SHOWN = 5;

/** Catalog names in results.json: "builtin", "1k", "10k", "50k". */
const catalogLabel = (name) => (name === 'builtin' ? 'built-in' : `${(Number(name.slice(0, -1)) * 1000).toLocaleString('en')} + built-in`);

/** Ours ÷ reference for p50 and p95, over the keystrokes both measured (the first `n` of the same list). */
function ratiosOver(ours, reference) {
  const n = Math.min(ours.length, reference.length);
  if (n === 0) return undefined;
  const [a, b] = [ours.slice(0, n), reference.slice(0, n)];
  return { keystrokes: n, p50: percentile(a, 50) / percentile(b, 50), p95: percentile(a, 95) / percentile(b, 95) };
}

function summarizeLibrary(entry, queries) {
  if (entry.skipped) return { skipped: entry.skipped };
  const flat = entry.perQuery.flat();
  const slowest = entry.perQuery
    .flatMap((times, q) => times.map((ms, i) => ({ query: queries[q].query.slice(0, i + 1), ms })))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, SLOWEST_SHOWN);
  const planned = queries.reduce((sum, labelled) => sum + labelled.query.length, 0);
  return {
    index: entry.index,
    keystrokes: summarize(flat),
    keystrokesPlanned: planned,
    queriesStarted: entry.perQuery.length,
    capped: entry.capped,
    slowest,
    ...(entry.quality ? { quality: entry.quality } : {}),
    ...(entry.qualitySkipped ? { qualitySkipped: entry.qualitySkipped } : {}),
  };
}

function summarizeSearch(search, queries) {
  if (search.error) return { error: search.error };
  const libraries = Object.fromEntries(
    Object.entries(search.libraries).map(([name, entry]) => [name, summarizeLibrary(entry, queries)]),
  );
  const ours = search.libraries.ours?.perQuery?.flat() ?? [];
  const ratios = {};
  for (const reference of REFERENCES) {
    const times = search.libraries[reference]?.perQuery?.flat();
    if (times) ratios[reference] = ratiosOver(ours, times);
  }
  return { objections: search.objections, load: search.load, libraries, ratios };
}

const points = (share) => Math.round(share * 1000) / 10;

/** The rows of the issue's budget table, each PASS or FAIL (SKIP in a quick run), with ratios to the references. */
function budgets(report) {
  const quick = report.mode === 'quick';
  const search = report.search;
  const element = report.element ?? {};
  const rows = [];
  const add = (row) => rows.push({ ratios: {}, note: '', ...row });
  const missing = (id, what, budget, note) => add({ id, what, budget, measured: 'not measured', status: 'FAIL', note });
  const skipped = (id, what, budget) => add({ id, what, budget, measured: '—', status: 'SKIP', note: 'not run in --quick' });

  const searchRow = (id, catalog, limit, what) => {
    const budget = `≤ ${limit} ms`;
    if (quick && catalog !== 'builtin') return skipped(id, what, budget);
    const ours = search[catalog]?.libraries?.ours;
    if (!ours?.keystrokes?.n) return missing(id, what, budget, search[catalog]?.error ?? '');
    const ratios = Object.fromEntries(REFERENCES.map((ref) => [ref, search[catalog].ratios[ref]?.p95]));
    const p95 = ours.keystrokes.p95;
    if (catalog !== '50k') {
      add({ id, what, budget, measured: p95, unit: 'ms', status: p95 <= limit ? 'PASS' : 'FAIL', ratios, note: ours.capped ? 'time budget cut the queries' : '' });
      return;
    }
    // At 50,000 a search may take longer than a frame only if it does not hold the main thread.
    const burst = element.catalogs?.[catalog]?.burst;
    const wait = burst?.inputDelay?.p95;
    const pass = p95 <= limit && wait !== undefined && wait <= FRAME_MS;
    add({
      id,
      what: `${what}, never blocks input`,
      budget: `≤ ${limit} ms; keys wait ≤ ${FRAME_MS} ms (p95)`,
      measured: `${fmt(p95)} ms; keys wait p95 ${fmt(wait)} ms, max ${fmt(burst?.inputDelay?.max)} ms`,
      status: pass ? 'PASS' : 'FAIL',
      ratios,
      note: ours.capped ? 'time budget cut the queries' : '',
    });
  };

  searchRow('search-builtin', 'builtin', 1, 'search p95 per keystroke, built-in catalog');
  {
    const id = 'detect-builtin';
    const what = 'detection per utterance, built-in catalog';
    const budget = '≤ 2 ms';
    const detection = report.detection;
    if (!detection?.perUtterance?.n) missing(id, what, budget, detection?.error ?? '');
    else {
      const { perUtterance, utterances, rounds, firstMs } = detection;
      const note = `Node, p50 ${fmt(perUtterance.p50)} ms over ${utterances} utterances × ${rounds}; the first detection builds the phrase table: ${fmt(firstMs)} ms`;
      add({ id, what, budget, measured: perUtterance.p95, unit: 'ms', status: perUtterance.p95 <= 2 ? 'PASS' : 'FAIL', note });
    }
  }
  searchRow('search-10k', '10k', 8, 'search p95 per keystroke, 10,000 objections');
  searchRow('search-50k', '50k', 16, 'search p95 per keystroke, 50,000 objections');

  {
    const id = 'paint-10k';
    const what = 'keystroke to paint p95, 10,000 objections, no throttling';
    const budget = `≤ ${FRAME_MS} ms (one frame)`;
    const paint = element.catalogs?.['10k']?.paint?.[1];
    if (quick) skipped(id, what, budget);
    else if (!paint?.n) missing(id, what, budget, element.catalogs?.['10k']?.error ?? '');
    else {
      // No reference has an element; the ratio is to its bare search p95 on the same catalog.
      const ratios = Object.fromEntries(
        REFERENCES.map((ref) => [ref, paint.p95 / search['10k']?.libraries?.[ref]?.keystrokes?.p95 || undefined]),
      );
      const notes = [
        "ratios to each library's bare search p95",
        paint.unmatched ? `${paint.unmatched} keystrokes unmatched` : '',
        paint.capped ? 'time budget cut the queries' : '',
      ];
      add({
        id,
        what,
        budget,
        measured: `${fmt(paint.p95)} ms to paint; p95 frame ${paint.frames.p95}`,
        // A key lands anywhere in a frame, so even instant work waits up to a frame for the next one: the
        // budget is that the results show in the first frame after the key (see bench/README.md).
        status: paint.frames.p95 <= 1 ? 'PASS' : 'FAIL',
        ratios,
        note: notes.filter(Boolean).join('; '),
      });
    }
  }

  {
    const id = 'paint-work-10k';
    const what = "keystroke work p95 (the widget's search, render and highlight), 10,000 objections, no throttling";
    const budget = '≤ 8 ms';
    const paint = element.catalogs?.['10k']?.paint?.[1];
    if (quick) skipped(id, what, budget);
    else if (!paint?.work?.n) missing(id, what, budget, element.catalogs?.['10k']?.error ?? '');
    else {
      const bare = element.bareInput;
      const slowestKeys = (paint.slowestWork ?? []).map((key) => `"${key.query}" ${fmt(key.ms)} (${fmt(key.fromKeyMs)})`).join(', ');
      const loads = (loadAverage) => loadAverage?.map((load) => load.toFixed(1)).join(' → ') ?? '?';
      add({
        id,
        what,
        budget,
        // Both figures, the judged one first: the widget's own work, and the same from the key's timestamp.
        measured:
          `${fmt(paint.work.p95)} ms (p50 ${fmt(paint.work.p50)}); ` +
          `from the key's timestamp p95 ${fmt(paint.workFromKey?.p95)}, p50 ${fmt(paint.workFromKey?.p50)}`,
        // The widget's work for a key without the wait for the next frame, from its keydown listeners and the
        // start of the input event (see bench/README.md); no reference has an element, so there is no ratio.
        status: paint.work.p95 <= 8 ? 'PASS' : 'FAIL',
        note: [
          `key's timestamp → input event: here p50 ${fmt(paint.beforeInput?.p50)} / p95 ${fmt(paint.beforeInput?.p95)}, ` +
            (bare?.toInput?.n
              ? `on a bare <input> in this run p50 ${fmt(bare.toInput.p50)} / p95 ${fmt(bare.toInput.p95)}`
              : `bare <input> not measured${bare?.error ? `: ${bare.error}` : ''}`),
          `load average ${loads(paint.loadAverage)}${bare?.loadAverage ? ` (bare input ${loads(bare.loadAverage)})` : ''}`,
          slowestKeys && `slowest (own, from the key): ${slowestKeys}`,
        ].join('; '),
      });
    }
  }

  {
    const id = 'property-first-key';
    const what = 'first key at once after setting a big catalog property: painted, from the built-in catalog';
    const budget = 'frame 1';
    const loads = Object.entries(element.catalogs ?? {}).filter(([, entry]) => entry.propertyLoad);
    if (loads.length === 0) missing(id, what, budget, '');
    else {
      const keys = loads.map(([name, entry]) => ({ name, ...entry.propertyLoad }));
      add({
        id,
        what,
        budget,
        measured: keys.map((key) => `${catalogLabel(key.name)}: frame ${key.firstKey.frames}, ${fmt(key.firstKey.ms)} ms`).join('; '),
        // Judged by the frame, as keystroke to paint is: the results show in the first frame after the key.
        status: keys.every((key) => key.firstKey.matched && key.firstKey.frames <= 1) ? 'PASS' : 'FAIL',
        note: `its own objections searchable after ${keys.map((key) => `${fmt(key.searchableMs / 1000)} s`).join(', ')}; longest main-thread hold-up ${keys.map((key) => `${fmt(key.longestHoldUpMs)} ms`).join(', ')}`,
      });
    }
  }

  {
    const id = 'cold-start';
    const what = 'cold start to first results, built-in';
    const first = element.coldStart?.firstResults;
    if (!first?.n) missing(id, what, '≤ 100 ms', element.coldStart?.error ?? '');
    else {
      const note = `median of ${first.n} fresh pages, from the script's request going out to the painted results; max ${fmt(first.max)} ms`;
      add({ id, what, budget: '≤ 100 ms', measured: first.p50, unit: 'ms', status: first.p50 <= 100 ? 'PASS' : 'FAIL', note });
    }
  }

  {
    const code = report.bundle.dropInCode;
    const ratios = Object.fromEntries(REFERENCES.map((ref) => [ref, code.gzip / report.bundle.references[ref].gzip]));
    add({
      id: 'bundle',
      what: 'dist/browser/objection-desk.min.js gzip, with the search engine it loads',
      budget: '≤ 40 KB',
      measured: code.gzip,
      unit: 'bytes',
      status: code.gzip <= BUNDLE_BUDGET_BYTES ? 'PASS' : 'FAIL',
      ratios,
      note: `${code.files.map((file) => file.file.replace(/^dist\//, '')).join(' + ')}; ratios to each library alone, minified; the catalog's chunk and what only src/catalog load are not counted`,
    });
  }

  {
    const id = 'quality-10k';
    const what = 'quality at 10,000 objections: queries.tsv top-1/top-3 drop';
    const budget = '≤ 2 points each';
    const before = search.builtin?.libraries?.ours?.quality?.['queries.tsv'];
    const after = search['10k']?.libraries?.ours?.quality?.['queries.tsv'];
    if (quick) skipped(id, what, budget);
    else if (!before || !after) missing(id, what, budget, search['10k']?.error ?? '');
    else {
      const drop1 = points(before.top1) - points(after.top1);
      const drop3 = points(before.top3) - points(after.top3);
      const ratios = Object.fromEntries(
        REFERENCES.map((ref) => [ref, after.top1 / search['10k']?.libraries?.[ref]?.quality?.['queries.tsv']?.top1 || undefined]),
      );
      add({
        id,
        what,
        budget,
        measured: `top-1 ${points(before.top1)} → ${points(after.top1)} %, top-3 ${points(before.top3)} → ${points(after.top3)} %`,
        status: drop1 <= 2 && drop3 <= 2 ? 'PASS' : 'FAIL',
        ratios,
        note: 'ratios: our top-1 to each library’s, with the mix',
      });
    }
  }

  {
    const id = 'goal-10k';
    const what = 'goal at 10,000: p95 ≤ MiniSearch’s, top-1 ≥ the best reference’s';
    const ours = search['10k']?.libraries?.ours;
    const ratio = search['10k']?.ratios?.minisearch?.p95;
    if (quick) skipped(id, what, '');
    else if (!ours?.quality || ratio === undefined) missing(id, what, '', '');
    else {
      const top1 = ours.quality['queries.tsv'].top1;
      const bestReference = Math.max(...REFERENCES.map((ref) => search['10k'].libraries[ref]?.quality?.['queries.tsv']?.top1 ?? 0));
      add({
        id,
        what,
        budget: 'ratio ≤ 1; top-1 ≥ best',
        measured: `p95 ${fmt(ratio)}× MiniSearch’s; top-1 ${points(top1)} % vs best ${points(bestReference)} %`,
        status: ratio <= 1 && top1 >= bestReference ? 'PASS' : 'FAIL',
        note: 'the issue’s goal, not one of its budget rows',
      });
    }
  }
  return rows;
}

/** results.json: the run's settings and summaries, without the per-keystroke arrays. */
export function evaluateBudgets(results, queries) {
  const search = Object.fromEntries(Object.entries(results.search ?? {}).map(([name, entry]) => [name, summarizeSearch(entry, queries)]));
  const report = { ...results, search };
  report.budgets = budgets(report);
  return report;
}

// ---- Printing ----

function fmt(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  if (value === Infinity) return '∞';
  if (value >= 100) return String(Math.round(value));
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}
const fmtRatio = (value) => (value === undefined || !Number.isFinite(value) ? '—' : `${fmt(value)}×`);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes === undefined ? '—' : (bytes / 1e6).toFixed(1));

function table(title, header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

function printSearch(report) {
  const rows = [];
  for (const [name, search] of Object.entries(report.search)) {
    if (search.error) {
      rows.push([catalogLabel(name), '', `failed: ${search.error.split('\n')[0]}`, '', '', '', '', '', '']);
      continue;
    }
    for (const [library, entry] of Object.entries(search.libraries)) {
      const label = LIBRARY_LABELS[library];
      if (entry.skipped) {
        rows.push([catalogLabel(name), label, `not run: ${entry.skipped}`, '', '', '', '', '', '']);
        continue;
      }
      const k = entry.keystrokes;
      const keystrokes = entry.capped ? `${k.n} of ${entry.keystrokesPlanned} (time budget)` : String(k.n);
      const ratio = search.ratios[library];
      const ratioCell = library === 'ours' ? '' : ratio ? `${fmtRatio(ratio.p50)} / ${fmtRatio(ratio.p95)}` : '—';
      rows.push([catalogLabel(name), label, keystrokes, fmt(k.p50), fmt(k.p95), fmt(k.max), fmt(entry.index.ms), mb(entry.index.heapBytes), ratioCell]);
    }
  }
  table(
    `Search latency per keystroke, ms (${report.settings.latencyQueries} queries from tests/search/queries.tsv, every prefix, limit ${report.settings.limit})`,
    ['catalog', 'library', 'keystrokes', 'p50', 'p95', 'max', 'index ms', 'index MB', 'ours ÷ this, p50 / p95'],
    rows,
  );
  const largest = Object.entries(report.search).filter(([, search]) => !search.error).at(-1);
  if (largest) {
    const slowest = largest[1].libraries.ours?.slowest ?? [];
    console.log(`\nSlowest keystrokes of objection-desk at ${catalogLabel(largest[0])}: ${slowest.map((s) => `"${s.query}" ${fmt(s.ms)} ms`).join(', ')}`);
  }
}

function printQuality(report) {
  const rows = [];
  for (const [name, search] of Object.entries(report.search)) {
    const withQuality = Object.values(search.libraries ?? {}).some((entry) => entry.quality);
    if (!withQuality) continue;
    const sets = Object.keys(search.libraries.ours?.quality ?? {});
    for (const set of sets) {
      const cells = Object.keys(LIBRARY_LABELS).map((library) => {
        const entry = search.libraries[library];
        if (entry?.qualitySkipped) return `not run: ${entry.qualitySkipped}`;
        if (entry?.skipped) return 'not run';
        const figures = entry?.quality?.[set];
        if (!figures) return '—';
        const cut = figures.capped ? ` (${figures.evaluated} of ${figures.total}, time budget)` : '';
        return `${points(figures.top1)} / ${points(figures.top3)}${cut}`;
      });
      const total = search.libraries.ours.quality[set].total;
      rows.push([`${set} (${total})`, catalogLabel(name), ...cells]);
    }
  }
  table('Quality: top-1 / top-3, % of the labelled queries', ['set', 'catalog', ...Object.values(LIBRARY_LABELS)], rows);
}

function printLoading(report) {
  const rows = Object.entries(report.search)
    .filter(([name, search]) => name !== 'builtin' && !search.error)
    .map(([name, search]) => {
      const element = report.element?.catalogs?.[name];
      return [
        catalogLabel(name),
        mb(report.catalogs.find((catalog) => catalog.name === name)?.bytes),
        fmt(search.load.fetchMs),
        fmt(search.load.parseMs),
        fmt(search.load.mergeMs),
        fmt(search.libraries.ours?.index?.ms),
        element?.srcLoad ? fmt(element.srcLoad.ms) : '—',
        element?.srcLoad?.firstKeyMs === undefined ? '—' : `${fmt(element.srcLoad.firstKeyMs)} (${fmt(element.srcLoad.searchableMs)})`,
      ];
    });
  table(
    'Loading a src catalog (ms): the core steps in the search page; the element from setting src to painted results, then a first key typed at once',
    ['catalog', 'file MB', 'fetch', 'parse + validate', 'merge', 'index', 'element: src → results', 'first key → paint (since src)'],
    rows,
  );
}

function printPropertyLoad(report) {
  const rows = Object.entries(report.element?.catalogs ?? {})
    .filter(([, entry]) => entry.propertyLoad)
    .map(([name, { propertyLoad: load }]) => [
      catalogLabel(name),
      `${fmt(load.firstKey.ms)}; ${load.firstKey.frames}${load.firstKey.matched ? '' : ' (unmatched)'}`,
      fmt(load.firstAnswerMs),
      `${fmt(load.searchableMs)}${load.searchableMatched ? '' : ' (never found)'}`,
      fmt(load.longestHoldUpMs),
    ]);
  table(
    'Setting the catalog property (ms): a key typed at once, answered from the built-in catalog while the catalog is validated and indexed',
    ['catalog', 'first key → paint; frame', 'property → first answer', 'property → own objection found', 'longest main-thread hold-up'],
    rows,
  );
}

function printElement(report) {
  const element = report.element ?? {};
  const rows = [];
  for (const [name, entry] of Object.entries(element.catalogs ?? {})) {
    if (entry.error) {
      rows.push([catalogLabel(name), `failed: ${entry.error.split('\n')[0]}`, '', '', '', '', '', '']);
      continue;
    }
    const paint = (throttle) => {
      const p = entry.paint?.[throttle];
      if (!p?.n) return '—';
      const flags = [p.unmatched ? `${p.unmatched} unmatched` : '', p.capped || p.abandoned ? `${p.n} keys` : ''].filter(Boolean);
      return `${fmt(p.p50)} / ${fmt(p.p95)}; ${p.frames.p95}${flags.length ? ` (${flags.join(', ')})` : ''}`;
    };
    const burst = entry.burst
      ? `${fmt(entry.burst.inputDelay.p95)} / ${fmt(entry.burst.inputDelay.max)}; ${fmt(entry.burst.longestTask)}`
      : '—';
    const workers = entry.workerHeaps?.length ? ` + ${entry.workerHeaps.map(mb).join(' + ')} in workers` : '';
    rows.push([
      catalogLabel(name),
      entry.srcLoad ? fmt(entry.srcLoad.ms) : '—',
      entry.srcLoad ? fmt(entry.srcLoad.fetchMs) : '—',
      `${mb(entry.heap)}${workers}`,
      paint(1),
      paint(4),
      burst,
    ]);
  }
  table(
    '<objection-desk> from dist/browser/objection-desk.min.js (ms; heap in MB after gc)',
    ['catalog', 'src → results', 'fetch', 'JS heap', 'key → paint p50 / p95; p95 frame', 'same, 4× CPU', 'typing fast: key wait p95 / max; longest task'],
    rows,
  );
  const coldRows = [element.coldStart, element.coldStartThrottled]
    .filter((cold) => cold?.firstResults)
    .map((cold) => [
      `${cold.throttle}× CPU`,
      String(cold.runs),
      fmt(cold.scriptQueued.p50),
      fmt(cold.scriptLoaded.p50),
      fmt(cold.defined.p50),
      fmt(cold.firstResults.p50),
      fmt(cold.firstResults.max),
      fmt(cold.firstResultsSinceNavigation.p50),
    ]);
  printKeystrokeWork(element);
  table(
    'Cold start, built-in catalog (ms from the request for dist/browser/objection-desk.min.js going out; median of fresh pages)',
    ['CPU', 'pages', 'request queued before', 'script loaded', 'element defined', 'first results painted', 'max', 'painted, since navigation'],
    coldRows,
  );
}

/** The keystroke work of the catalog the bare input was typed with, next to the bare input's own figures. */
function printKeystrokeWork(element) {
  const bare = element.bareInput;
  const paint = element.catalogs?.[bare?.typedWith]?.paint?.[1];
  if (!bare?.toInput?.n || !paint?.work?.n) return;
  const row = (what, summary) => [what, fmt(summary?.p50), fmt(summary?.p95), fmt(summary?.max)];
  table(
    `Keystroke work at ${catalogLabel(bare.typedWith)} (ms per key, no throttling; the same keys typed into a plain <input>, no widget, in the same run)`,
    ['what', 'p50', 'p95', 'max'],
    [
      row("the widget's own work: keydown listeners, input event → its task's end, frame → paint (the budget row)", paint.work),
      row("the same from the key's timestamp", paint.workFromKey),
      row("key's timestamp → input event, with the widget", paint.beforeInput),
      row('  of which keydown listeners', paint.keydown),
      row("the frame that showed the results → paint, with the widget (0 when the key's task did not show them)", paint.framePart),
      row(`key's timestamp → input event, bare <input> (${bare.keys} keys)`, bare.toInput),
      row('first frame after the key → paint, bare <input>', bare.frame),
    ],
  );
}

function printBundle(report) {
  const { min, esm, references } = report.bundle;
  const fetched = report.element?.coldStart?.fetchedBeforeResults ?? [];
  const rows = [
    ['dist/browser/objection-desk.min.js + static imports', String(min.files.length), kb(min.raw), kb(min.gzip)],
    ['  with the search engine it loads after the first paint', String(report.bundle.dropInCode.files.length), kb(report.bundle.dropInCode.raw), kb(report.bundle.dropInCode.gzip)],
    ...min.lazy.map((chunk) => [`  lazy: ${chunk.file}`, String(chunk.files.length), kb(chunk.raw), kb(chunk.gzip)]),
    [
      `  fetched before the first results: ${fetched.map((file) => file.file.replace(/^dist\//, '')).join(', ')}`,
      String(fetched.length),
      kb(fetched.reduce((sum, file) => sum + file.raw, 0)),
      kb(fetched.reduce((sum, file) => sum + file.gzip, 0)),
    ],
    ['dist/index.js + static chunks (deps external)', String(esm.files.length), kb(esm.raw), kb(esm.gzip)],
    ...esm.lazy.map((chunk) => [`  lazy: ${chunk.file}`, String(chunk.files.length), kb(chunk.raw), kb(chunk.gzip)]),
    ...Object.entries(references).map(([name, size]) => [`${LIBRARY_LABELS[name].replace(' (plain)', '')} alone, minified`, '1', kb(size.raw), kb(size.gzip)]),
  ];
  table('Bundle (KB; gzip -9 per file)', ['what', 'files', 'raw', 'gzip'], rows);
}

function printBudgets(report) {
  const rows = report.budgets.map((row) => [
    row.what,
    row.budget,
    typeof row.measured === 'number' ? (row.unit === 'bytes' ? `${kb(row.measured)} KB` : `${fmt(row.measured)} ${row.unit}`) : row.measured,
    ...REFERENCES.map((ref) => fmtRatio(row.ratios[ref])),
    row.status,
    row.note,
  ]);
  table(`Budgets (${report.mode} run)`, ['what', 'budget', 'measured', 'vs fuse.js', 'vs uFuzzy', 'vs MiniSearch', 'result', 'note'], rows);
}

export function printReport(report) {
  const { machine } = report;
  console.log(
    `\nobjection-desk benchmark, ${report.mode} run, ${report.date.slice(0, 10)}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ` +
      `Chromium ${machine.chromium}, Node ${machine.node}; commit ${report.git.commit?.slice(0, 7) ?? '?'}` +
      `${report.git.uncommittedSourceChanges ? ' with uncommitted changes in src/' : ''}`,
  );
  printSearch(report);
  printQuality(report);
  printLoading(report);
  printPropertyLoad(report);
  printElement(report);
  printBundle(report);
  printBudgets(report);
  console.log(`\nPhases (s): ${Object.entries(report.durationsSeconds).map(([name, seconds]) => `${name} ${seconds}`).join(', ')}`);
}
