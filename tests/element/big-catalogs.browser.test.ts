import { expect, html, oneEvent } from '@open-wc/testing';
import { TEST_TIMEOUT_MS } from '../browser-test-timeout.mjs';
import { until } from '../browser-wait.js';
import type { CatalogErrorDetail, ObjectionDesk } from '../../src/index.js';
import { SearchClient } from '../../src/element/engine/search-client.js';
import { BROWSE_LIMIT } from '../../src/element/engine/engine-protocol.js';
import {
  deskFixture,
  expectNoLongHoldUp,
  generatedCatalog,
  heartbeatDuring,
  notice,
  options,
  optionTitles,
  prepareGeneratedCatalog,
  recordWorkers,
  root,
  search,
  searchBox,
  stubGlobal,
} from './helpers.js';

const SIZE = 5000;
const BIG = `/test-catalogs/generated/${SIZE}.json`;
/**
 * How long loading the {@link SIZE} generated objections from `src` may take: 0.5 to 1.4 s on the 2-core machine
 * at load average 4, several times that at 12. A test that loads them has this on top of a test's usual time,
 * which the rest of it needs there too (the accessibility check over the capped list alone took 0.4 to 0.9 s).
 */
const BIG_LOAD_MS = 8000;
const EXPENSIVE_EN = 'Too expensive / found it cheaper';
const SECOND = '/test-catalogs/element-second-catalog.json';

/** Keeps every catalog in the worker for one test, as one above the main thread's limit would be. */
function keepInWorker(): () => void {
  const limit = SearchClient.mainThreadMaxObjections;
  SearchClient.mainThreadMaxObjections = 0;
  return () => (SearchClient.mainThreadMaxObjections = limit);
}

/** Silences the warning the element gives when it falls back to the main thread; returns what it said. */
function captureWarnings(): { readonly messages: unknown[][]; restore(): void } {
  const messages: unknown[][] = [];
  const own = Object.getOwnPropertyDescriptor(console, 'warn')!;
  Object.defineProperty(console, 'warn', { value: (...args: unknown[]) => messages.push(args), configurable: true, writable: true });
  return { messages, restore: () => Object.defineProperty(console, 'warn', own) };
}

/** Types `text` one character at a time with input events in one go: no key waits for the results of the last. */
function typeAtOnce(desk: ObjectionDesk, text: string): void {
  const box = searchBox(desk);
  box.focus();
  for (let length = 1; length <= text.length; length += 1) {
    box.value = text.slice(0, length);
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text[length - 1] }));
  }
}

/** A desk with the generated catalog loaded from `src`, on top of the built-in one. */
async function bigDesk(): Promise<ObjectionDesk> {
  const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
  const builtinCount = desk.objectionCount;
  desk.src = BIG;
  await until(() => desk.objectionCount === builtinCount + SIZE, 'the big catalog did not load', { timeout: BIG_LOAD_MS });
  await desk.updateComplete;
  return desk;
}

describe('<objection-desk>', () => {
  describe('big catalogs', () => {
    before(async function () {
      // Only a hang of the test server fails this: the time it takes is the server's, not the element's.
      this.timeout(60_000);
      await prepareGeneratedCatalog(BIG);
    });

    it(`loads a ${SIZE.toLocaleString('en')}-objection catalog from src without blocking the main thread`, async function () {
      this.timeout(BIG_LOAD_MS + TEST_TIMEOUT_MS);
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      const gaps = await heartbeatDuring(async () => {
        desk.src = BIG;
        // Listed as soon as the file is in, searchable once indexed: the loading notice goes then.
        await until(() => desk.objectionCount === builtinCount + SIZE && !notice(desk), 'the big catalog did not load', { timeout: BIG_LOAD_MS });
        await desk.updateComplete;
      });
      expectNoLongHoldUp(gaps, await generatedCatalog(BIG));
      await search(desk, 'ljhjuj');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_EN);
    });

    it('lists at most the capped number of objections for the empty query, with a note to type', async function () {
      this.timeout(BIG_LOAD_MS + TEST_TIMEOUT_MS);
      const desk = await bigDesk();
      expect(searchBox(desk).value).to.equal('');
      expect(options(desk)).to.have.length(BROWSE_LIMIT);
      expect(root(desk).querySelectorAll('[role="listbox"] > [role="group"]').length).to.be.greaterThan(0);
      const more = (desk.objectionCount - BROWSE_LIMIT).toLocaleString('en');
      expect(root(desk).querySelector('.browse-more')!.textContent!.trim()).to.equal(`${more} more — type to search`);
      await expect(desk).to.be.accessible();

      desk.locale = 'ru';
      await desk.updateComplete;
      expect(root(desk).querySelector('.browse-more')!.textContent).to.match(/^Ещё \d/);

      await search(desk, 'model 1234');
      expect(options(desk).length).to.be.within(1, 8);
      expect(optionTitles(desk)[0]).to.contain('1234');
      expect(root(desk).querySelector('.browse-more')).to.equal(null);
    });

    it('shows the results of the last query when keys come faster than results from the worker, never those of an earlier one', async function () {
      this.timeout(BIG_LOAD_MS + TEST_TIMEOUT_MS);
      // Searched in the worker, results come a moment after each key: six keys typed at once are all waiting.
      const restoreLimit = keepInWorker();
      try {
        const desk = await bigDesk();
        const listed = optionTitles(desk).join('\n');
        const shown: string[] = [];
        const observer = new MutationObserver(() => shown.push(optionTitles(desk).join('\n')));
        observer.observe(root(desk), { childList: true, subtree: true, characterData: true });
        try {
          typeAtOnce(desk, 'ljhjuj');
          await desk.updateComplete;
        } finally {
          observer.disconnect();
        }
        expect(searchBox(desk).value).to.equal('ljhjuj');
        expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_EN);
        const final = optionTitles(desk).join('\n');
        for (const titles of shown) expect([listed, final]).to.include(titles);
      } finally {
        restoreLimit();
      }
    });

    it('opens the first result of the query typed when Enter comes before its results from the worker', async () => {
      const restoreLimit = keepInWorker();
      try {
        const desk = await deskFixture(html`<objection-desk locale="en" src=${SECOND}></objection-desk>`);
        await until(() => !notice(desk), 'the src catalog did not load');
        const selected = oneEvent(desk, 'objection-select');
        typeAtOnce(desk, 'ljhjuj');
        searchBox(desk).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
        expect((await selected).detail.id).to.equal('expensive');
      } finally {
        restoreLimit();
      }
    });
  });

  describe('search worker', () => {
    it('loads, indexes and searches a src catalog in a module worker', async () => {
      const recorded = recordWorkers();
      const restoreLimit = keepInWorker();
      try {
        const desk = await deskFixture(html`<objection-desk locale="en" src=${SECOND}></objection-desk>`);
        await until(() => !notice(desk), 'the src catalog did not load');
        await search(desk, 'ljhjuj');
        expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_EN);
        const { workers } = recorded;
        expect(workers).to.have.length(1);
        expect(workers[0]!.url).to.match(/\/search-worker\.js$/);
        expect(workers[0]!.type).to.equal('module');
        expect(workers[0]!.messages).to.include.members(['ready', 'loaded', 'results']);
      } finally {
        restoreLimit();
        recorded.restore();
      }
    });

    it('searches on the main thread when a worker cannot be created', async () => {
      const warnings = captureWarnings();
      const restore = stubGlobal(
        'Worker',
        class {
          constructor() {
            throw new DOMException('Refused by the Content Security Policy', 'SecurityError');
          }
        },
      );
      try {
        const desk = await deskFixture(html`<objection-desk locale="en" src="/test-catalogs/element-second-catalog.json"></objection-desk>`);
        await until(() => !notice(desk), 'the src catalog did not load');
        await search(desk, 'ljhjuj');
        expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_EN);
        searchBox(desk).value = '';
        searchBox(desk).dispatchEvent(new InputEvent('input'));
        await search(desk, 'invoice');
        expect(optionTitles(desk)).to.include('Needs an invoice for the company');
        expect(String(warnings.messages[0]?.[0])).to.contain('search runs on the main thread');
      } finally {
        restore();
        warnings.restore();
      }
    });

    it('searches on the main thread when its worker fails to start', async () => {
      const warnings = captureWarnings();
      const NativeWorker = Worker;
      const restore = stubGlobal(
        'Worker',
        class extends NativeWorker {
          constructor(_url: string | URL, init?: WorkerOptions) {
            // What an integrator's bundler leaves when it did not copy the worker next to the script.
            super('/test-catalogs/status/404', init);
          }
        },
      );
      try {
        // Only a src catalog starts the worker.
        const desk = await deskFixture(html`<objection-desk locale="en" src=${SECOND}></objection-desk>`);
        await until(() => !notice(desk), 'the src catalog did not load');
        expect(desk.objectionCount).to.be.greaterThan(0);
        await search(desk, 'ljhjuj');
        expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_EN);
        expect(warnings.messages).to.have.length(1);
      } finally {
        restore();
        warnings.restore();
      }
    });

    it('keeps its worker when moved in the page, frees it when left out, and loads its catalogs again when put back', async () => {
      const NativeWorker = Worker;
      let started = 0;
      let stopped = 0;
      const restore = stubGlobal(
        'Worker',
        class extends NativeWorker {
          constructor(url: string | URL, init?: WorkerOptions) {
            super(url, init);
            started += 1;
          }
          override terminate(): void {
            stopped += 1;
            super.terminate();
          }
        },
      );
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const restoreLimit = keepInWorker();
      try {
        const desk = await deskFixture(html`<objection-desk locale="en" src=${SECOND}></objection-desk>`);
        await until(() => !notice(desk), 'the src catalog did not load');
        const count = desk.objectionCount;
        const box = desk.parentElement!;
        box.append(desk);
        await pause(1200);
        expect([started, stopped], 'moved').to.deep.equal([1, 0]);

        desk.remove();
        await pause(1200);
        expect([started, stopped], 'left out').to.deep.equal([1, 1]);

        box.append(desk);
        // The src catalog is fetched again, then loaded in a new worker.
        await until(() => started === 2, 'no worker loads the src catalog again');
        await until(() => !notice(desk) && desk.objectionCount === count, 'the catalogs did not load again');
        expect(started).to.equal(2);
        await search(desk, 'invoice');
        expect(optionTitles(desk)).to.include('Needs an invoice for the company');
      } finally {
        restoreLimit();
        restore();
      }
    });

    it('reports the problems of a catalog property a structured clone refuses, such as a reactive proxy', async () => {
      const catalog = new Proxy(
        {
          locale: 'en',
          objections: [{ id: 'needs-invoice', title: 'Needs an invoice', triggers: ['can you send an invoice'], replies: [{ text: 'Of course.' }] }, { id: 'Bad Id' }],
        },
        {},
      );
      // Only a catalog sent to the worker is cloned: a src catalog kept in the worker.
      const restoreLimit = keepInWorker();
      try {
        const desk = await deskFixture(html`<objection-desk locale="en" src=${SECOND}></objection-desk>`);
        await until(() => !notice(desk), 'the src catalog did not load');
        const failed = oneEvent(desk, 'catalog-error');
        desk.catalog = catalog;
        const detail: CatalogErrorDetail = (await failed).detail;
        expect(detail.problems.map((problem) => problem.code)).to.include('bad-id');
        await search(desk, 'invoice');
        expect(optionTitles(desk)).to.include('Needs an invoice');
      } finally {
        restoreLimit();
      }
    });
  });

  describe('a 20 MB src file', () => {
    /** 21,500 generated objections make a 20.2 MB file. */
    const HUGE_SIZE = 21_500;
    /** How long loading it may take before a test calls it a hang; such a test has this on top of a test's usual time. */
    const HUGE_LOAD_MS = 25_000;
    const HUGE = `/test-catalogs/generated/${HUGE_SIZE}.json`;

    before(async function () {
      // Making 20 MB of JSON takes the test server 4 s on a loaded 2-core machine; only a hang fails this.
      this.timeout(60_000);
      await prepareGeneratedCatalog(HUGE);
    });

    it('loads while its parts keep coming, however long that takes past src-timeout, showing how much has come', async function () {
      this.timeout(HUGE_LOAD_MS + TEST_TIMEOUT_MS);
      const desk = await deskFixture(html`<objection-desk locale="en" src-timeout="1000"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      const errors: CatalogErrorDetail[] = [];
      desk.addEventListener('catalog-error', (event) => errors.push(event.detail));
      // Every text the notice shows, however briefly: a wait that polls could miss one.
      const shown: string[] = [];
      const observer = new MutationObserver(() => shown.push(notice(desk)?.textContent ?? ''));
      observer.observe(root(desk), { childList: true, subtree: true, characterData: true });
      const progressShown = () => shown.some((text) => /Loading the extra catalog… [1-9]\d* of 20\.2 MB/.test(text));
      // 20 MB at 8 MB/s: two and a half seconds of download, each part well within the second src-timeout allows.
      desk.src = `${HUGE}?mbps=8`;
      try {
        // Progress is due while the parts still come: the wait ends at the first of progress, the catalog or a
        // failure, and the assertions below tell which; its timeout only stops a run that hangs.
        await until(() => progressShown() || desk.objectionCount !== builtinCount || errors.length > 0, 'neither progress nor the catalog came', {
          timeout: HUGE_LOAD_MS,
        });
      } finally {
        observer.disconnect();
      }
      expect(progressShown(), 'how much has come, shown before the file is all there').to.equal(true);
      expect(desk.objectionCount, 'the big file is still coming').to.equal(builtinCount);
      await search(desk, 'ljhjuj');
      expect(optionTitles(desk)[0], 'the built-in objections are searched meanwhile').to.equal(EXPENSIVE_EN);
      await until(() => desk.objectionCount === builtinCount + HUGE_SIZE, 'the 20 MB catalog did not load', { timeout: HUGE_LOAD_MS });
      await until(() => notice(desk) === null, 'the loading notice stayed');
      expect(errors).to.deep.equal([]);
      searchBox(desk).value = '';
      await search(desk, 'model 21499');
      expect(optionTitles(desk)[0]).to.match(/^Model 21499:/);
    });

    it('reports a file over src-max-megabytes before downloading it, in the operator\'s language, and loads it when the limit is raised', async function () {
      this.timeout(HUGE_LOAD_MS + TEST_TIMEOUT_MS);
      const desk = await deskFixture(html`<objection-desk locale="ru" src-max-megabytes="10"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      const failed = oneEvent(desk, 'catalog-error');
      desk.src = HUGE;
      const { detail } = await failed;
      expect(detail.source).to.equal(HUGE);
      expect(detail.problems).to.have.length(1);
      expect(detail.problems[0]).to.include({ code: 'load-failed', severity: 'error' });
      expect(detail.problems[0]!.message).to.contain('the file is 20.2 MB, over src-max-megabytes (10)');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Дополнительный каталог не загружен: файл весит 20,2 МБ, больше допустимых 10 МБ.');
      await search(desk, 'ljhjuj');
      expect(optionTitles(desk)[0]).to.equal('Дорого / нашёл дешевле');
      desk.srcMaxMegabytes = 64;
      await until(() => desk.objectionCount === builtinCount + HUGE_SIZE, 'raising the limit did not load the file', { timeout: HUGE_LOAD_MS });
      await until(() => notice(desk) === null, 'the notice stayed');
    });

    it('stops reading a file whose server does not say its length once it passes src-max-megabytes', async () => {
      const desk = await deskFixture(html`<objection-desk locale="tr" src-max-megabytes="5"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      const failed = oneEvent(desk, 'catalog-error');
      desk.src = `${HUGE}?unsized`;
      const { detail } = await failed;
      expect(detail.problems[0]!.message).to.contain('the file is more than 5 MB, over src-max-megabytes (5)');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Ek katalog yüklenemedi: dosya izin verilen 5 MB sınırını aşıyor.');
      expect(desk.objectionCount).to.equal(builtinCount);
    });
  });
});
