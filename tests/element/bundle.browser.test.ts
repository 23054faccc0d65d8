import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

// The one test of the built bundle (run `npm run build` first): a page that loads only this file gets a
// working element, which fetches the built-in catalog, and its worker for a src catalog, from next to it. The
// path is a variable so the type checker does not look for the bundle's types.
const BUNDLE = '/dist/objection-desk.min.js';

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
    await waitUntil(() => desk.objectionCount > builtinCount, 'the src catalog did not load');
    const worker = () => [...workers].find(([url]) => new URL(url).pathname === '/dist/search-worker.js');
    await waitUntil(() => worker()?.[1].includes('handoff'), 'dist/search-worker.js did not hand the catalog over');
    expect(worker()![1]).to.include.members(['ready', 'loaded']);
  });
});
