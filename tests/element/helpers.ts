import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { until } from '../browser-wait.js';
import { ObjectionSearch, localize, mergeCatalogs, parseCatalog, type Catalog, type Locale } from '../../src/core/index.js';
import type { CatalogErrorDetail, ObjectionDesk } from '../../src/index.js';
import '../../src/element/define.js';

/** Width of a CRM sidebar: one pane at a time. */
export const NARROW = 320;
/** A wide panel: results and the opened objection side by side. */
export const WIDE = 900;

/** Renders `template` (which holds one `<objection-desk>`) in a box `width` px wide; returns the element. */
export async function deskFixture(template: TemplateResult, width = NARROW): Promise<ObjectionDesk> {
  const box = await fixture<HTMLDivElement>(template);
  box.style.width = `${width}px`;
  const desk = box.localName === 'objection-desk' ? (box as unknown as ObjectionDesk) : box.querySelector('objection-desk')!;
  await desk.updateComplete;
  return desk;
}

export const root = (desk: ObjectionDesk): ShadowRoot => desk.shadowRoot!;
export const searchBox = (desk: ObjectionDesk) => root(desk).querySelector<HTMLInputElement>('[part="input"]')!;
export const options = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLElement>('[role="option"]')];
export const optionTitles = (desk: ObjectionDesk) =>
  options(desk).map((option) => option.querySelector('.option-title')!.textContent!.trim());
export const activeOption = (desk: ObjectionDesk) =>
  root(desk).querySelector<HTMLElement>('[role="option"][aria-selected="true"]');
export const copyButtons = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLButtonElement>('[part="copy-button"]')];
export const focused = (desk: ObjectionDesk) => root(desk).activeElement;
export const objectionTitle = (desk: ObjectionDesk) => root(desk).querySelector('#objection-title')?.textContent?.trim();
export const notice = (desk: ObjectionDesk) => root(desk).querySelector<HTMLElement>('[part="notice"]');
/**
 * The notice's text, null without one: what an assertion that no notice shows compares, and what a failure then
 * reports (tests/browser-assertions.ts turns a failed assertion's nodes into text for the runner).
 */
export const noticeText = (desk: ObjectionDesk): string | null => notice(desk)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

/** Sets `src` and resolves to the `catalog-error` that follows. */
export async function loadFailing(desk: ObjectionDesk, src: string): Promise<CatalogErrorDetail> {
  const failed = oneEvent(desk, 'catalog-error');
  desk.src = src;
  return (await failed).detail;
}

/** Opens the first notice's "Details" as the operator does, and returns its lines once they are rendered. */
export async function openNoticeDetails(desk: ObjectionDesk): Promise<HTMLElement[]> {
  notice(desk)!.querySelector<HTMLElement>('summary')!.click();
  await until(() => notice(desk)!.querySelector('details li'), 'the list of problems was not rendered');
  return [...notice(desk)!.querySelectorAll<HTMLElement>('details li')];
}

/**
 * Has the test server make its generated catalog at `url` (a `/test-catalogs/generated/` address) now, for a
 * `before()` hook: making a big one takes the server seconds on a loaded machine, time a wait in a test would
 * otherwise count against the element.
 */
export async function prepareGeneratedCatalog(url: string): Promise<void> {
  const response = await fetch(`${url}?prepare`);
  if (response.status !== 204) throw new Error(`the test server did not make ${url}: HTTP ${response.status}`);
}

/** The generated catalog at `url`, validated. */
export async function generatedCatalog(url: string): Promise<Catalog> {
  return parseCatalog(await (await fetch(url)).text(), url).catalog;
}

/** How often the heartbeat of {@link heartbeatDuring} ticks, in ms. */
const HEARTBEAT_MS = 10;

/**
 * Runs `work` with a heartbeat on the main thread, a timer every {@link HEARTBEAT_MS}; resolves to how long
 * each tick came after the one before, in ms.
 */
export async function heartbeatDuring(work: () => Promise<void>): Promise<number[]> {
  const gaps: number[] = [];
  let last = performance.now();
  const heartbeat = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, HEARTBEAT_MS);
  try {
    await work();
  } finally {
    clearInterval(heartbeat);
  }
  return gaps;
}

/** How late each tick of a heartbeat came: its gap past {@link HEARTBEAT_MS}. */
function holdUps(gaps: readonly number[]): number[] {
  return gaps.map((gap) => Math.max(0, gap - HEARTBEAT_MS));
}

/** How long indexing `catalog` takes in one task, in ms: the hold-up a load would cause without its slices. */
export function indexingAtOnceMs(catalog: Catalog): number {
  const search = new ObjectionSearch(mergeCatalogs([catalog]));
  const start = performance.now();
  search.prepare();
  return performance.now() - start;
}

/**
 * The most of a load's main-thread work one hold-up may be, by both measures below: a third.
 * Loading the 5,000 generated objections from `src` on a 2-core machine, with the element's slices, the
 * longest hold-up was 0.04 to 0.37 of all of them, and 25 to 106 ms against 1.1 to 4.6 s to index them at once
 * (load average 16); with the same index built in one task among them, 0.60 to 0.66 of all, and as long as
 * indexing at once.
 */
const MAX_HOLD_UP_PART = 1 / 3;

/**
 * Asserts that no pause of the heartbeat `gaps` was a load's work done in one task, which would be both a big
 * share of all its pauses and a big part of indexing `catalog` at once (measured now, on the same machine). Either
 * measure alone misreads the machine: on a loaded one the system stops the whole page now and then (115 to 336
 * ms seen) — long, but a small share of the many long pauses around it; on a quiet one a load is so quick that a
 * fixed cost of a few tens of ms (a garbage collection, the first number format) is a third of all its pauses,
 * yet a small part of the index. How long the tasks are is the bench's to time (`npm run bench:hostile`).
 */
export function expectNoLongHoldUp(gaps: readonly number[], catalog: Catalog): void {
  expect(gaps.length, 'the heartbeat ticked').to.be.greaterThan(10);
  const pauses = holdUps(gaps);
  const longest = Math.max(...pauses);
  const share = longest / pauses.reduce((sum, pause) => sum + pause, 0);
  if (share < MAX_HOLD_UP_PART) return;
  const atOnce = indexingAtOnceMs(catalog);
  expect(
    longest,
    `the longest pause of the main thread, ${longest.toFixed(0)} ms, was ${share.toFixed(2)} of all its pauses and ` +
      `over a third of indexing the catalog at once (${atOnce.toFixed(0)} ms)`,
  ).to.be.below(atOnce * MAX_HOLD_UP_PART);
}

/** Types `text` into the search box with real key presses. */
export async function search(desk: ObjectionDesk, text: string): Promise<void> {
  desk.focus();
  await sendKeys({ type: text });
  await desk.updateComplete;
}

/** Types `character` at the end of the search box: the input event of a key press, in the caller's task. */
export function typeKey(desk: ObjectionDesk, character: string): void {
  const box = searchBox(desk);
  box.focus();
  box.value += character;
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: character }));
}

/**
 * Resolves once the microtasks queued now, and those they queue, have run, and before any other task: an
 * answer from a worker, a message, cannot come in between, while a Lit update can.
 */
export async function beforeNextTask(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

/** The titles the core finds for `query` in `catalogs` merged, as the element lists them (8 at most, in `locale`). */
export function coreTitles(catalogs: readonly Catalog[], locale: Locale = 'en'): (query: string) => string[] {
  const core = new ObjectionSearch(mergeCatalogs(catalogs));
  return (query) => core.search(query, { limit: 8 }).map((hit) => localize(hit.objection.title, locale));
}

/**
 * Types `text` key by key; after each key, before any other task runs, the element shows what the core finds
 * for the text typed so far.
 */
export async function typeAndSeeEachResult(desk: ObjectionDesk, text: string, titlesFor: (query: string) => string[]): Promise<void> {
  for (const character of text) {
    typeKey(desk, character);
    await beforeNextTask();
    const query = searchBox(desk).value;
    expect(optionTitles(desk), `the results for "${query}"`).to.deep.equal(titlesFor(query));
  }
}

/** Presses one key (Playwright names: `Enter`, `ArrowDown`, `Escape`…) and waits for the element to settle. */
export async function press(desk: ObjectionDesk, key: string): Promise<void> {
  await sendKeys({ press: key });
  await desk.updateComplete;
  // Focus moves after the update that follows a key (opening, going back).
  await desk.updateComplete;
}

/** Searches and opens the first result with Enter; resolves once the first reply has focus. */
export async function openFirst(desk: ObjectionDesk, query: string): Promise<void> {
  await search(desk, query);
  await press(desk, 'Enter');
  await until(() => focused(desk) === copyButtons(desk)[0], 'the first reply did not get focus');
}

/** The reply text as shown (placeholder fields left out). */
export const replyText = (desk: ObjectionDesk, index: number) =>
  root(desk).querySelectorAll('.reply-text')[index]!.textContent!.replace(/\s+/g, ' ').trim();

/** Replaces a global for one test; the returned function puts it back. */
export function stubGlobal<K extends keyof typeof globalThis>(key: K, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(globalThis, key)!;
  Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  return () => Object.defineProperty(globalThis, key, own);
}

/** One worker a page started, as {@link recordWorkers} saw it. */
export interface WorkerRecord {
  readonly url: string;
  readonly type: string | undefined;
  /** The `kind` of each message it posted, in order. */
  readonly messages: string[];
  terminated: boolean;
}

/**
 * Replaces `Worker` with a subclass that records each worker started: its URL, the kinds of the messages it
 * posts and whether it was terminated. `restore()` puts the real `Worker` back.
 */
export function recordWorkers(): { readonly workers: WorkerRecord[]; restore(): void } {
  const NativeWorker = Worker;
  const workers: WorkerRecord[] = [];
  const restore = stubGlobal(
    'Worker',
    class extends NativeWorker {
      readonly #record: WorkerRecord;

      constructor(url: string | URL, init?: WorkerOptions) {
        super(url, init);
        const record: WorkerRecord = { url: String(url), type: init?.type, messages: [], terminated: false };
        this.#record = record;
        workers.push(record);
        this.addEventListener('message', (event: MessageEvent<{ kind: string }>) => record.messages.push(event.data.kind));
      }

      override terminate(): void {
        this.#record.terminated = true;
        super.terminate();
      }
    },
  );
  return { workers, restore };
}

/**
 * Empties the local call log: the records of the test before written, then the database deleted (the element's
 * connection gives way on versionchange). For a `beforeEach`.
 */
export async function clearCallLog(): Promise<void> {
  await (await import('../../src/element/call-log.js')).exportLog();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('objection-desk');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
}
