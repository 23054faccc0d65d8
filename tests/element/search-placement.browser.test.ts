import { expect, html } from '@open-wc/testing';
import { TEST_TIMEOUT_MS } from '../browser-test-timeout.mjs';
import { until } from '../browser-wait.js';
import { loadBuiltinCatalog, validateCatalog } from '../../src/core/index.js';
import type { CatalogInput, ObjectionDesk } from '../../src/index.js';
import { SearchClient } from '../../src/element/engine/search-client.js';
import {
  beforeNextTask,
  coreTitles,
  deskFixture,
  expectNoLongHoldUp,
  generatedCatalog,
  heartbeatDuring,
  optionTitles,
  prepareGeneratedCatalog,
  recordWorkers,
  search,
  typeAndSeeEachResult,
  typeKey,
  type WorkerRecord,
} from './helpers.js';

const EXPENSIVE_EN = 'Too expensive / found it cheaper';
/** A few thousand objections: handed over to the main thread. */
const SIZE = 3000;
const GENERATED = `/test-catalogs/generated/${SIZE}.json`;
const BIG = '/test-catalogs/generated/5000.json';
/**
 * How long loading one of these from `src` may take before a test calls it a hang (the 5,000 took 0.5 to 1.4 s on
 * the 2-core machine at load average 4). A test that loads one has this on top of a test's usual time.
 */
const SRC_LOAD_MS = 15_000;

const OWN: CatalogInput = {
  locale: 'en',
  objections: [
    { id: 'needs-invoice', title: 'Needs an invoice', triggers: ['can you send an invoice'], replies: [{ text: 'Of course.' }] },
    { id: 'wants-delivery', title: 'Asks about delivery', triggers: ['when will it arrive'], replies: [{ text: 'Tomorrow.' }] },
  ],
};

/** Sets `src` and waits until the worker that loaded it handed it to the main thread and was stopped. */
async function loadAndHandOver(desk: ObjectionDesk, src: string, workers: readonly WorkerRecord[]): Promise<void> {
  desk.src = src;
  await until(() => workers[0]?.terminated, 'the worker was not stopped', { timeout: SRC_LOAD_MS });
}

describe('<objection-desk>', () => {
  describe('where it searches', () => {
    before(async function () {
      // Only a hang of the test server fails this: the time it takes is the server's, not the element's.
      this.timeout(60_000);
      await prepareGeneratedCatalog(GENERATED);
      await prepareGeneratedCatalog(BIG);
    });

    it('shows the results of each key typed over the built-in catalog in the same update, and starts no worker', async () => {
      const recorded = recordWorkers();
      try {
        const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
        await typeAndSeeEachResult(desk, 'ljhjuj', coreTitles([await loadBuiltinCatalog()]));
        expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_EN);
        expect(recorded.workers).to.have.length(0);
      } finally {
        recorded.restore();
      }
    });

    it('searches the catalog property in the same update too, and starts no worker', async () => {
      const recorded = recordWorkers();
      try {
        const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${OWN}></objection-desk>`);
        await typeAndSeeEachResult(desk, 'invoice', coreTitles([validateCatalog(OWN, 'catalog').catalog]));
        expect(optionTitles(desk)).to.deep.equal(['Needs an invoice']);
        expect(recorded.workers).to.have.length(0);
      } finally {
        recorded.restore();
      }
    });

    it(`searches a src catalog of ${SIZE.toLocaleString('en')} objections on the main thread once indexed there, and stops the worker that loaded it`, async function () {
      this.timeout(SRC_LOAD_MS + TEST_TIMEOUT_MS);
      const recorded = recordWorkers();
      try {
        const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
        const builtinCount = desk.objectionCount;
        await loadAndHandOver(desk, GENERATED, recorded.workers);
        expect(desk.objectionCount).to.equal(builtinCount + SIZE);
        const [worker] = recorded.workers;
        expect(worker!.messages).to.include.members(['loaded', 'handoff']);
        const answered = worker!.messages.length;
        await typeAndSeeEachResult(desk, 'model 1234', coreTitles([await loadBuiltinCatalog(), await generatedCatalog(GENERATED)]));
        expect(optionTitles(desk)[0]).to.match(/^Model 1234:/);
        expect(recorded.workers, 'workers started').to.have.length(1);
        expect(worker!.messages.length, 'messages from the stopped worker').to.equal(answered);
      } finally {
        recorded.restore();
      }
    });

    it('keeps searching a src catalog above the main thread’s limit in the worker, whose results come a task later', async function () {
      this.timeout(SRC_LOAD_MS + TEST_TIMEOUT_MS);
      const recorded = recordWorkers();
      const limit = SearchClient.mainThreadMaxObjections;
      // The limit is 20,000; lowered below this catalog's size, the catalog is one too big for the main thread.
      SearchClient.mainThreadMaxObjections = SIZE - 1;
      try {
        const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
        const builtinCount = desk.objectionCount;
        desk.src = GENERATED;
        await until(() => desk.objectionCount === builtinCount + SIZE, 'the src catalog did not load', { timeout: SRC_LOAD_MS });
        await search(desk, 'model 123');
        const before = optionTitles(desk);
        expect(before[0]).to.match(/^Model 123:/);

        typeKey(desk, '4');
        await beforeNextTask();
        expect(optionTitles(desk), 'before the worker answers').to.deep.equal(before);
        await desk.updateComplete;
        expect(optionTitles(desk)[0], 'once it has').to.match(/^Model 1234:/);

        const [worker] = recorded.workers;
        expect(recorded.workers).to.have.length(1);
        expect(worker!.messages.filter((kind) => kind === 'results').length).to.be.greaterThan(1);
        expect(worker!.messages).not.to.include('handoff');
        expect(worker!.terminated).to.equal(false);
      } finally {
        SearchClient.mainThreadMaxObjections = limit;
        recorded.restore();
      }
    });

    it('never holds the main thread for long while it receives and indexes a src catalog there', async function () {
      this.timeout(SRC_LOAD_MS + TEST_TIMEOUT_MS);
      const recorded = recordWorkers();
      let gaps: number[];
      try {
        const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
        gaps = await heartbeatDuring(() => loadAndHandOver(desk, BIG, recorded.workers));
      } finally {
        recorded.restore();
      }
      expectNoLongHoldUp(gaps, await generatedCatalog(BIG));
    });
  });
});
