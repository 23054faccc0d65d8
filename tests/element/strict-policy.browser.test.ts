import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The built drop-in on a page served with `default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'`, in a same-origin iframe so the test can look in.
const STRICT_PAGE = '/tests/element/strict-page/index.html';
const EXTRA = '/test-catalogs/element-extra-catalog.json';

type StrictWindow = Window & typeof globalThis & { violations: string[] };
type BuiltDesk = HTMLElement & { objectionCount: number; src?: string; updateComplete: Promise<boolean> };

describe('objection-desk.min.js under a strict Content Security Policy with Trusted Types', () => {
  it('searches, loads a src catalog in its worker and reports no violation', async function () {
    this.timeout(15000);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${STRICT_PAGE} style="width: 400px; height: 600px"></iframe>`);
    await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'the strict page did not load');
    const page = frame.contentWindow as unknown as StrictWindow;
    await waitUntil(() => page.customElements.get('objection-desk'), 'the bundle did not define <objection-desk>');
    const desk = frame.contentDocument!.querySelector('objection-desk') as BuiltDesk;
    await desk.updateComplete;
    const builtinCount = desk.objectionCount;

    const box = desk.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
    box.value = 'ljhjuj';
    box.dispatchEvent(new page.InputEvent('input', { bubbles: true, composed: true }));
    const firstTitle = () => desk.shadowRoot!.querySelector('[role="option"] .option-title')?.textContent?.trim();
    await waitUntil(() => firstTitle() === 'Too expensive / found it cheaper', `"ljhjuj" listed "${firstTitle()}" first`);

    const warnings: unknown[][] = [];
    const warn = page.console.warn;
    page.console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      desk.src = EXTRA;
      await waitUntil(() => desk.objectionCount === builtinCount + 1, 'the src catalog was not merged');
    } finally {
      page.console.warn = warn;
    }
    expect(warnings, 'console.warn (a worker refused would say so)').to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });
});
