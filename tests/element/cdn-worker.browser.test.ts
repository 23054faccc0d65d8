import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../browser-wait.js';

// The built drop-in loaded from another origin, as from a CDN: the test server answers as both localhost and
// 127.0.0.1, and sends /dist/ with `Access-Control-Allow-Origin: *` as CDNs do. This file imports nothing of
// src/, so the bundle is what defines <objection-desk> here.
const OTHER_HOST = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const CDN = `${location.protocol}//${OTHER_HOST}:${location.port}`;
const BUNDLE = `${CDN}/dist/browser/objection-desk.min.js`;
const EXTRA = '/test-catalogs/element-extra-catalog.json';

type BuiltDesk = HTMLElement & { objectionCount: number; src?: string; updateComplete: Promise<boolean> };

interface StartedWorker {
  readonly url: string;
  /** The `kind` of each message it posted. */
  readonly messages: string[];
}

/** Records the workers the page starts and what they post, until `restore()`. */
function recordWorkers(): { readonly workers: StartedWorker[]; restore(): void } {
  const NativeWorker = Worker;
  const workers: StartedWorker[] = [];
  globalThis.Worker = class extends NativeWorker {
    constructor(url: string | URL, init?: WorkerOptions) {
      super(url, init);
      const record: StartedWorker = { url: String(url), messages: [] };
      workers.push(record);
      this.addEventListener('message', (event: MessageEvent<{ kind: string }>) => record.messages.push(event.data.kind));
    }
  };
  return { workers, restore: () => (globalThis.Worker = NativeWorker) };
}

describe('objection-desk.min.js from another origin (a CDN)', () => {
  it('runs its search worker through a blob: bootstrap of the page\'s origin', async () => {
    expect(new URL(BUNDLE).origin).not.to.equal(location.origin);
    const recorded = recordWorkers();
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(BUNDLE);
      const desk = await fixture<BuiltDesk>(html`<objection-desk locale="en"></objection-desk>`);
      await desk.updateComplete;
      const builtinCount = desk.objectionCount;
      desk.src = EXTRA;
      await until(() => desk.objectionCount === builtinCount + 1, 'the src catalog was not merged');
      await until(() => recorded.workers[0]?.messages.includes('loaded'), 'the worker did not answer the load');
    } finally {
      console.warn = warn;
      recorded.restore();
    }
    expect(warnings, 'console.warn (a worker refused would say so)').to.deep.equal([]);
    expect(recorded.workers).to.have.length(1);
    const [worker] = recorded.workers;
    expect(worker!.url).to.match(new RegExp(`^blob:${location.origin.replace(/[.]/g, '\\.')}/`));
    // Posted by the worker's own module once it ran, then its answer to the load: the catalog was parsed there.
    expect(worker!.messages.slice(0, 2)).to.deep.equal(['ready', 'loaded']);
  });

  it('searches on the main thread where the page\'s policy refuses blob: workers, and says what to allow', async function () {
    this.timeout(15000);
    // A same-origin page whose policy allows workers from its own origin only: no blob: bootstrap.
    const page = `<!doctype html>
      <meta http-equiv="Content-Security-Policy" content="worker-src 'self'">
      <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
      <script type="module" src="${BUNDLE}"></script>
      <objection-desk locale="en"></objection-desk>`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${page}></iframe>`);
    await until(() => frame.contentWindow?.customElements.get('objection-desk'), 'the bundle did not define <objection-desk>');
    const framed = frame.contentWindow as Window & { warnings: string[] };
    const desk = frame.contentDocument!.querySelector('objection-desk') as BuiltDesk;
    await desk.updateComplete;
    const builtinCount = desk.objectionCount;
    desk.src = new URL(EXTRA, location.href).href;
    await until(() => desk.objectionCount === builtinCount + 1, 'the src catalog was not merged on the main thread');
    expect(framed.warnings).to.have.length(1);
    expect(framed.warnings[0]).to.contain('<objection-desk>: search runs on the main thread, because its worker could not be started');
    expect(framed.warnings[0]).to.contain('must allow blob: in worker-src');
  });
});
