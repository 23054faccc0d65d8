// In-page probe of the element benchmark (bench/pages/element.html): it only watches the real
// <objection-desk> from dist/objection-desk.min.js through its public surface (attributes, `objectionCount`,
// `focus()`, the documented parts) and the frames the browser paints. bench/run.mjs types with CDP key events.
// On bench/pages/bare-input.html (a plain <input>, no widget) it times the same keys: what the browser and a
// text field cost by themselves.

export interface Keystroke {
  /** The key event's own timestamp, set by the browser when the key arrived. */
  readonly start: number;
  /** After the first frame whose listbox shows the expected results (see `afterPaint`). */
  readonly end: number;
  /**
   * Which frame after the key showed them: 1 is the first frame to begin after the key event, so the work was
   * done within one frame. Counted from frame start times, so frames a busy main thread skipped count too.
   */
  readonly frames: number;
  /** False when the expected results never showed within the timeout; `end` is then the timeout. */
  readonly matched: boolean;
  /**
   * The widget's own work for the key, without the wait for the next frame: its keydown listeners, then from the
   * start of the `input` event's dispatch to the end of its task (search, render, highlight and the layout they
   * cause), plus the frame's part (see `framePart`). When the key's task did not show the results (they came in a
   * later task), its keydown listeners and the whole time from the `input` event to the paint. On the bare page,
   * 0 (no widget).
   */
  readonly work: number;
  /**
   * The same from the key event's timestamp instead of the `input` event: adds the browser's delivery of the
   * key and the text field's own editing (`beforeInput` less `keydown`). The whole `end - start` when the key's
   * task did not show the results.
   */
  readonly workFromKey: number;
  /** From the key event's timestamp to the start of the `input` event's dispatch. */
  readonly beforeInput: number;
  /** Of which the keydown listeners of the page (the widget's; the probe's own are left out). */
  readonly keydown: number;
  /**
   * From the start of the frame that showed the results to its paint, less the probe's reading of the list; on
   * the bare page, of the first frame after the `input` event. 0 when the key's task did not show the results.
   */
  readonly framePart: number;
}

export interface SrcLoad {
  /** When `src` was set (page time), to time a first search from. */
  readonly startedAt: number;
  /** From setting `src` until a painted frame after `objectionCount` reached the expected count. */
  readonly ms: number;
  /** Fetch of the catalog file alone (resource timing), when the browser recorded it. */
  readonly fetchMs: number | undefined;
  readonly objectionCount: number;
}

/** The `catalog` property set to a catalog the page had parsed before. */
export interface PropertyLoad {
  /** When the property was set (page time), to time what follows from. */
  readonly startedAt: number;
  /** The catalog's objections, as given. */
  readonly objections: number;
}

/** The first frame whose first result is a given title, since {@link PropertyLoad.startedAt}. */
export interface Found {
  /** After that frame was painted; the timeout when it never came. */
  readonly end: number;
  readonly matched: boolean;
  /** The longest a 10 ms heartbeat on the main thread was held up past its time, since the property was set. */
  readonly longestHoldUpMs: number;
}

export interface Burst {
  /** Per key: how long the key event waited for the main thread before its handlers ran. */
  readonly inputDelays: number[];
  /** Main-thread tasks over 50 ms while typing. */
  readonly longTasks: number[];
}

type ObjectionDeskElement = HTMLElement & { readonly objectionCount: number; src?: string; catalog?: unknown };

/** What the probe reads of a generated catalog: its titles, a text per locale. */
interface CatalogData {
  readonly objections: readonly { readonly title: Readonly<Record<string, string>> }[];
}

interface Armed {
  /** The titles the listbox must show; `null` on the bare page: the first frame after the `input` event. */
  readonly expected: readonly string[] | null;
  readonly timeoutMs: number;
  start?: number;
  /** When the first keydown listener of the page (the probe's, on window in the capture phase) was done. */
  keydownStart?: number;
  /** When the last one (the probe's, on window in the bubbling phase) began. */
  keydownEnd?: number;
  /** When the `input` event's dispatch began (the probe's capture listener on window). */
  inputStart?: number;
  /** When the key's `input` event had been handled (see the listener below), if it showed the results then. */
  handled?: number;
  readonly done: Promise<Keystroke>;
  resolve(keystroke: Keystroke): void;
}

let armed: Armed | undefined;
/** Milliseconds between frames, measured by `ready()`; 60 Hz until then. */
let frameInterval = 1000 / 60;
let burst: Burst | undefined;
/** A catalog file fetched and parsed before anything is timed, as a page has its data before it sets `catalog`. */
let catalogData: CatalogData | undefined;
/** How often the heartbeat of {@link setCatalog} ticks, in ms. */
const HEARTBEAT_MS = 10;
let heartbeat: { readonly timer: ReturnType<typeof setInterval>; last: number; longest: number } | undefined;
let longTaskObserver: PerformanceObserver | undefined;

function desk(): ObjectionDeskElement {
  const element = document.querySelector<ObjectionDeskElement>('objection-desk');
  if (!element) throw new Error('the page has no <objection-desk>');
  return element;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * Resolves after the frame being produced has been painted: called in a requestAnimationFrame callback, a
 * message posted now is handled only once that frame's style, layout and paint are done.
 */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Whether the listbox shows exactly the expected titles, in order (none: no options). */
function showsExpected(expected: readonly string[]): boolean {
  const root = desk().shadowRoot;
  if (!root) return false;
  const listbox = root.querySelector<HTMLElement>('[part~="listbox"]');
  const options = listbox && !listbox.hidden ? [...listbox.querySelectorAll('[part~="option"]')] : [];
  if (options.length !== expected.length) return false;
  return options.every((option, i) => {
    const title = option.querySelector('.option-title');
    // The title has no part of its own; without the class, an option's text starts with its title.
    return title ? normalise(title.textContent) === expected[i] : normalise(option.textContent).startsWith(expected[i]!);
  });
}

/** The frame, counted from 1, that began `frameStart - start` ms after the key: a little jitter is allowed. */
const frameNumber = (start: number, frameStart: number) => Math.max(1, Math.ceil((frameStart - start) / frameInterval - 0.1));

/**
 * A key's parts from its stamps; `framePart` undefined when no frame showed the results. The widget's own work
 * leaves out what comes before the `input` event other than its keydown listeners: the browser's delivery of the
 * key and the text field's own editing, which take as long on a bare input (bench/README.md, "Keystroke work").
 */
function parts(current: Armed, start: number, end: number, framePart: number | undefined): Omit<Keystroke, 'frames' | 'matched'> {
  const keydown = current.keydownStart !== undefined && current.keydownEnd !== undefined ? current.keydownEnd - current.keydownStart : 0;
  const inputStart = current.inputStart ?? start;
  const handled = framePart === undefined ? undefined : current.handled;
  return {
    start,
    end,
    work: current.expected === null ? 0 : keydown + (handled === undefined ? end - inputStart : handled - inputStart + framePart!),
    workFromKey: handled === undefined ? end - start : handled - start + framePart!,
    beforeInput: inputStart - start,
    keydown,
    framePart: handled === undefined ? 0 : framePart!,
  };
}

function watchFrames(current: Armed): void {
  const check = async (frameStart: number) => {
    const start = current.start;
    if (armed !== current || start === undefined) return;
    const frameBegun = performance.now();
    if (current.expected === null ? current.handled !== undefined : showsExpected(current.expected)) {
      // The probe's own reading of the list is not the element's work.
      const checking = performance.now() - frameBegun;
      const end = await afterPaint();
      current.resolve({ ...parts(current, start, end, end - frameBegun - checking), frames: frameNumber(start, frameStart), matched: true });
    } else if (performance.now() - start > current.timeoutMs) {
      const end = performance.now();
      current.resolve({ ...parts(current, start, end, undefined), frames: frameNumber(start, end), matched: false });
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

// Capture on window, registered before the element's script runs: the first keydown listener of the page.
window.addEventListener(
  'keydown',
  (event) => {
    if (burst) burst.inputDelays.push(performance.now() - event.timeStamp);
    if (armed && armed.start === undefined) {
      armed.start = event.timeStamp;
      watchFrames(armed);
      armed.keydownStart = performance.now();
    }
  },
  true,
);

// On window in the bubbling phase: after every keydown listener of the element's (its hotkey listener on the
// document, its search field's).
window.addEventListener('keydown', () => {
  if (armed?.keydownStart !== undefined && armed.keydownEnd === undefined) armed.keydownEnd = performance.now();
});

// Capture on window: the `input` event's dispatch begins, before any input listener of the element's.
window.addEventListener(
  'input',
  () => {
    if (armed?.start !== undefined && armed.inputStart === undefined) armed.inputStart = performance.now();
  },
  true,
);

// On window in the bubbling phase: after the element's own input handler and the update it caused (a microtask
// checkpoint runs after each listener). Reading the layout here does now what the text field's editing does
// right after the event anyway (the trace shows that layout inside the key's task), so it is counted with the key.
// On the bare page this only marks the input event as handled.
window.addEventListener('input', () => {
  if (!armed || armed.start === undefined || armed.handled !== undefined) return;
  if (armed.expected === null) {
    armed.handled = performance.now();
    return;
  }
  const root = desk().shadowRoot;
  root?.querySelector('[part~="listbox"]')?.getBoundingClientRect();
  const handled = performance.now();
  if (showsExpected(armed.expected)) armed.handled = handled;
});

/** Waits until the element, if the page has one, is defined and shows its first results; measures the frame interval. */
async function ready(timeoutMs: number): Promise<{ frameInterval: number }> {
  if (document.querySelector('objection-desk')) {
    await customElements.whenDefined('objection-desk');
    const definedAt = performance.now();
    while (!desk().shadowRoot?.querySelector('[part~="option"]')) {
      if (performance.now() > definedAt + timeoutMs) throw new Error('<objection-desk> showed no results');
      await nextFrame();
    }
  }
  const starts: number[] = [];
  for (let i = 0; i < 21; i += 1) starts.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
  const intervals = starts.slice(1).map((start, i) => start - starts[i]!).sort((a, b) => a - b);
  frameInterval = intervals[Math.floor(intervals.length / 2)]!;
  return { frameInterval };
}

/** Focuses the search box (the bare page's input) and selects its text, so the next key replaces the previous query. */
function selectQuery(): void {
  // The element's search box is in its shadow root: an input of the page's own is the bare page's.
  const bare = document.querySelector<HTMLInputElement>('input');
  if (bare) {
    bare.focus();
    bare.select();
    return;
  }
  desk().focus();
  desk().shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]')?.select();
}

/**
 * The next key event is timed until the listbox shows `expected` (titles in the display locale); with `null`
 * (the bare page), until the first frame after its `input` event is painted.
 */
function arm(expected: readonly string[] | null, timeoutMs: number): void {
  let resolve!: (keystroke: Keystroke) => void;
  const done = new Promise<Keystroke>((settle) => (resolve = settle));
  armed = { expected, timeoutMs, done, resolve };
}

async function result(): Promise<Keystroke> {
  if (!armed) throw new Error('arm() first');
  try {
    return await armed.done;
  } finally {
    armed = undefined;
  }
}

async function loadSrc(url: string, expectedCount: number, timeoutMs: number): Promise<SrcLoad> {
  const element = desk();
  performance.clearResourceTimings();
  const start = performance.now();
  element.src = url;
  while (element.objectionCount !== expectedCount) {
    if (performance.now() - start > timeoutMs) {
      throw new Error(`objectionCount is ${element.objectionCount}, not ${expectedCount}, ${timeoutMs} ms after setting src`);
    }
    await nextFrame();
  }
  const ms = (await afterPaint()) - start;
  const entry = performance.getEntriesByType('resource').find((resource) => resource.name.endsWith(url));
  return { startedAt: start, ms, fetchMs: entry ? entry.duration : undefined, objectionCount: element.objectionCount };
}

/** Fetches and parses a catalog file for {@link setCatalog}; resolves to its objection count. */
async function fetchCatalog(url: string): Promise<number> {
  catalogData = (await (await fetch(url)).json()) as CatalogData;
  return catalogData.objections.length;
}

/** The title of objection `index` of the fetched catalog in `locale`: a query only that catalog answers. */
function catalogTitle(index: number, locale: string): string {
  return catalogData!.objections[index]!.title[locale]!;
}

/** Sets the element's `catalog` property to the fetched catalog, with a heartbeat running from then on. */
function setCatalog(): PropertyLoad {
  const data = catalogData;
  if (!data) throw new Error('fetchCatalog() first');
  clearInterval(heartbeat?.timer);
  const startedAt = performance.now();
  const beat = {
    timer: setInterval(() => {
      const now = performance.now();
      beat.longest = Math.max(beat.longest, now - beat.last - HEARTBEAT_MS);
      beat.last = now;
    }, HEARTBEAT_MS),
    last: startedAt,
    longest: 0,
  };
  heartbeat = beat;
  desk().catalog = data;
  return { startedAt, objections: data.objections.length };
}

/** Resolves after the first painted frame whose first result is `title`, and stops the heartbeat. */
async function firstResult(title: string, timeoutMs: number): Promise<Found> {
  const start = performance.now();
  let matched = false;
  for (;;) {
    await nextFrame();
    const first = desk().shadowRoot?.querySelector('[part~="option"] .option-title');
    matched = normalise(first?.textContent ?? null) === title;
    if (matched || performance.now() - start > timeoutMs) break;
  }
  const end = matched ? await afterPaint() : performance.now();
  const beat = heartbeat;
  clearInterval(beat?.timer);
  heartbeat = undefined;
  // A hold-up still going when the frame came has not ended in a tick yet.
  const longestHoldUpMs = beat ? Math.max(beat.longest, performance.now() - beat.last - HEARTBEAT_MS) : 0;
  return { end, matched, longestHoldUpMs };
}

function startBurst(): void {
  burst = { inputDelays: [], longTasks: [] };
  const current = burst;
  longTaskObserver?.disconnect();
  longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) current.longTasks.push(entry.duration);
  });
  longTaskObserver.observe({ type: 'longtask' });
}

/** Waits for two quiet frames, so the last key's work is included, then stops recording. */
async function stopBurst(): Promise<Burst> {
  await nextFrame();
  await nextFrame();
  longTaskObserver?.disconnect();
  const finished = burst ?? { inputDelays: [], longTasks: [] };
  burst = undefined;
  return finished;
}

/** Ticks of {@link settle}'s timer, and how late one may come while the page counts as quiet. */
const SETTLE_TICK_MS = 20;
const SETTLE_LATE_MS = 3;
/** How long the page must stay quiet for {@link settle}: a load's background work is done by then. */
const SETTLE_QUIET_MS = 500;

/**
 * Resolves once no tick of a 20 ms timer has come more than 3 ms late for half a second: the work a load left
 * for the main thread (an index built in slices after the worker answered first, at 10,000 objections 1–3 s)
 * is done. Resolves to the time waited; rejects after `timeoutMs`.
 */
async function settle(timeoutMs: number): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    let last = start;
    let quietSince = start;
    const timer = setInterval(() => {
      const now = performance.now();
      if (now - last - SETTLE_TICK_MS > SETTLE_LATE_MS) quietSince = now;
      last = now;
      if (now - quietSince >= SETTLE_QUIET_MS) {
        clearInterval(timer);
        resolve(now - start);
      } else if (now - start > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`the page was still busy ${timeoutMs} ms later`));
      }
    }, SETTLE_TICK_MS);
  });
}

/** The JS heap of the page (not of its workers) after a full collection. */
async function usedHeap(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

const api = { ready, settle, selectQuery, arm, result, loadSrc, fetchCatalog, catalogTitle, setCatalog, firstResult, startBurst, stopBurst, usedHeap };
export type ElementProbe = typeof api;
(window as unknown as { probe: ElementProbe }).probe = api;
