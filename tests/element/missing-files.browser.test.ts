import { expect } from '@open-wc/testing';
import { until } from '../browser-wait.js';

// An integrator who copied only some of the drop-in's files (run `npm run build` first). The test runner
// serves `/copied/<set>/` as such a folder (web-test-runner.config.mjs): `min-only` has objection-desk.min.js
// alone, `no-catalog` everything but the built-in catalog's chunk, `no-objection-pane` everything but the opened
// objection's chunk. Each page is a frame of its own, so each
// loads its own copy of the script from its folder.

interface CopiedPage {
  readonly desk: HTMLElement;
  /** What the page's console.error was given, one string a call. */
  readonly errors: string[];
  readonly folder: string;
}

async function pageWith(set: string, locale: string): Promise<CopiedPage> {
  const folder = `${location.origin}/copied/${set}/`;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html>
    <script>
      window.errors = [];
      const error = console.error.bind(console);
      console.error = (...args) => (window.errors.push(args.join(' ')), error(...args));
    </script>
    <script type="module" src="${folder}objection-desk.min.js"></script>
    <objection-desk locale="${locale}"></objection-desk>`;
  document.body.append(frame);
  await until(() => frame.contentDocument?.querySelector('objection-desk')?.shadowRoot?.querySelector('input'), 'the widget did not render');
  const page = frame.contentWindow as Window & { errors: string[] };
  return { desk: frame.contentDocument!.querySelector('objection-desk')!, errors: page.errors, folder };
}

const alertOf = (desk: HTMLElement) => desk.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';

function type(desk: HTMLElement, text: string): void {
  const input = desk.shadowRoot!.querySelector('input')!;
  for (let length = 1; length <= text.length; length += 1) {
    input.value = text.slice(0, length);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

describe('a drop-in copied without all its files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('says in the widget which file did not load from which folder, and once in the console what to copy', async () => {
    const { desk, errors, folder } = await pageWith('min-only', 'en');
    await until(() => alertOf(desk), 'no alert in the widget');
    expect(alertOf(desk)).to.equal(`Search cannot work: objection-desk-engine.js did not load from ${folder}. Copy all the widget's files there.`);
    type(desk, 'expensive');
    await until(() => errors.some((error) => error.includes('objection-desk-engine.js')), 'nothing said in the console');
    // Every key asked the engine again, and each was answered by the time the update is complete: the console
    // was told once.
    await (desk as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const told = errors.filter((error) => error.includes('<objection-desk>'));
    expect(told).to.have.length(1);
    expect(told[0]).to.include(folder);
    for (const file of ['objection-desk.min.js', 'objection-desk-*.js', 'search-worker.js', 'dist/browser/']) expect(told[0]).to.include(file);
    expect(desk.shadowRoot!.querySelector('.empty-results'), '"nothing found" although nothing was searched').to.equal(null);
  });

  it('names the built-in catalog’s file when only that is missing, in the operator’s language, and never says "nothing found"', async () => {
    const { desk, folder } = await pageWith('no-catalog', 'ru');
    await until(() => alertOf(desk), 'no alert in the widget');
    expect(alertOf(desk)).to.match(/^Поиск не работает: objection-desk-catalog-[\w-]+\.js не загрузился из /);
    expect(alertOf(desk)).to.include(folder);
    type(desk, 'дорого');
    const listbox = desk.shadowRoot!.querySelector('[role="listbox"]')!;
    await until(() => listbox.hasAttribute('hidden') || desk.shadowRoot!.querySelector('.empty-results'), 'the search did not answer');
    expect(desk.shadowRoot!.querySelector('.empty-results'), '"nothing found" although the catalog did not load').to.equal(null);
  });

  it('names the opened objection’s file when Enter cannot open one without it, and the search still answers', async () => {
    const { desk, errors, folder } = await pageWith('no-objection-pane', 'en');
    type(desk, 'expensive');
    const firstTitle = () => desk.shadowRoot!.querySelector('[role="option"] .option-title')?.textContent?.trim();
    await until(() => firstTitle() === 'Too expensive / found it cheaper', 'the search did not answer');
    const input = desk.shadowRoot!.querySelector('input')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await until(() => alertOf(desk), 'Enter opened nothing and said nothing');
    expect(alertOf(desk)).to.match(/^Objections cannot open: objection-desk-objection-pane-[\w-]+\.js did not load from /);
    expect(alertOf(desk)).to.include(folder);
    expect(errors.filter((error) => error.includes('<objection-desk>'))).to.have.length(1);
    expect(desk.shadowRoot!.querySelector('#objection-title'), 'an objection opened without its file').to.equal(null);
  });
});
