import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';

// The one test of the built bundle (run `npm run build` first): a page that loads only this file gets a
// working element, which fetches the built-in catalog, and its worker for a src catalog, from next to it. The
// path is a variable so the type checker does not look for the bundle's types.
const BUNDLE = '/dist/browser/objection-desk.min.js';

type BuiltDesk = HTMLElement & { objectionCount: number; src?: string; updateComplete: Promise<boolean> };

describe('objection-desk.min.js', () => {
  /** The kinds of the messages each worker the bundle starts posts, by worker URL. */
  const workers = new Map<string, string[]>();
  let NativeWorker: typeof Worker;

  before(() => {
    NativeWorker = Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, init?: WorkerOptions) {
        super(url, init);
        const messages: string[] = [];
        workers.set(String(url), messages);
        this.addEventListener('message', (event: MessageEvent<{ kind: string }>) => messages.push(event.data.kind));
      }
    };
  });

  after(() => {
    window.Worker = NativeWorker;
  });

  // First: the page has not fetched the catalog chunk yet, and the test runner holds it back until told.
  it("shows the built-in catalog's list before its catalog chunk has loaded, and opens the one chosen once it has", async () => {
    const chunkLoaded = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/dist/browser/objection-desk-catalog-'));
    await fetch('/test-hold/catalog-chunk');
    try {
      await import(BUNDLE);
      const desk = document.createElement('objection-desk') as BuiltDesk;
      desk.setAttribute('locale', 'en');
      (await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`)).append(desk);
      const titles = () => [...desk.shadowRoot!.querySelectorAll('[role="option"] .option-title')].map((title) => title.textContent!.trim());
      await until(() => titles().length > 0, 'nothing listed while the catalog chunk was held back');
      const first = titles();
      expect(first[0]).to.equal('Too expensive / found it cheaper');
      expect(desk.objectionCount).to.equal(first.length);
      desk.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')[1]!.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(desk.shadowRoot!.querySelector('#objection-title'), 'opened without its catalog').to.equal(null);
      expect(chunkLoaded(), 'the catalog chunk was not held back').to.equal(false);

      await fetch('/test-hold/release');
      await until(() => desk.shadowRoot!.querySelector('#objection-title')?.textContent?.trim() === first[1], 'the chosen objection did not open');
      expect(chunkLoaded()).to.equal(true);
      expect(titles()).to.deep.equal(first);
      expect(desk.shadowRoot!.querySelectorAll('[part="reply"]').length).to.be.greaterThan(0);
    } finally {
      await fetch('/test-hold/release');
    }
  });

  it('defines <objection-desk> on its own, with the built-in catalog inside', async () => {
    await import(BUNDLE);
    const desk = await fixture<BuiltDesk>(html`<objection-desk locale="en"></objection-desk>`);
    expect(customElements.get('objection-desk')).to.be.a('function');
    await desk.updateComplete;
    expect(desk.objectionCount).to.be.greaterThan(0);
    expect(desk.shadowRoot!.querySelector('[role="combobox"]')).not.to.equal(null);
  });

  it('finds "expensive" for "ljhjuj" in the lazily loaded catalog beside it, on the main thread', async () => {
    await import(BUNDLE);
    const desk = await fixture<BuiltDesk>(html`<objection-desk locale="en"></objection-desk>`);
    await desk.updateComplete;
    desk.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
    await sendKeys({ type: 'ljhjuj' });
    await desk.updateComplete;
    const first = desk.shadowRoot!.querySelector('[role="option"] .option-title')?.textContent?.trim();
    expect(first).to.equal('Too expensive / found it cheaper');
    expect(workers.size, 'workers started').to.equal(0);
  });

  it('loads a src catalog with its worker beside it, which hands the catalog over to the main thread', async () => {
    await import(BUNDLE);
    const desk = await fixture<BuiltDesk>(html`<objection-desk locale="en"></objection-desk>`);
    await desk.updateComplete;
    const builtinCount = desk.objectionCount;
    desk.src = '/test-catalogs/element-second-catalog.json';
    await until(() => desk.objectionCount > builtinCount, 'the src catalog did not load');
    const worker = () => [...workers].find(([url]) => new URL(url).pathname === '/dist/browser/search-worker.js');
    await until(() => worker()?.[1].includes('handoff'), 'dist/browser/search-worker.js did not hand the catalog over');
    expect(worker()![1]).to.include.members(['ready', 'loaded']);
  });
});
