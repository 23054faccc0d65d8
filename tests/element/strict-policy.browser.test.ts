import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';

// The built drop-in on a page served with the Content-Security-Policy header the README gives
// (web-test-runner.config.mjs reads it from there: `default-src 'self'; …; require-trusted-types-for 'script';
// trusted-types lit-html objection-desk`), in a same-origin iframe so the test can look in.
const STRICT_PAGE = '/tests/element/strict-page/index.html';
const EXTRA = '/test-catalogs/element-extra-catalog.json';

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}
type StrictWindow = Window & typeof globalThis & { violations: string[]; trustedTypes: TrustedTypePolicyFactory };
type BuiltDesk = HTMLElement & { objectionCount: number; src?: string; updateComplete: Promise<boolean> };

/** The strict page in a frame, once the bundle has defined `<objection-desk>` in it. */
async function strictPage(): Promise<{ page: StrictWindow; desk: BuiltDesk }> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${STRICT_PAGE} style="width: 400px; height: 600px"></iframe>`);
  await until(() => frame.contentDocument?.readyState === 'complete', 'the strict page did not load');
  const page = frame.contentWindow as unknown as StrictWindow;
  await until(() => page.customElements.get('objection-desk'), 'the bundle did not define <objection-desk>');
  const desk = frame.contentDocument!.querySelector('objection-desk') as BuiltDesk;
  await desk.updateComplete;
  return { page, desk };
}

/** Sets `src` to the extra catalog and waits until it is merged; returns what the page's console.warn said meanwhile. */
async function loadExtra(page: StrictWindow, desk: BuiltDesk, builtinCount: number): Promise<unknown[][]> {
  const warnings: unknown[][] = [];
  const warn = page.console.warn;
  page.console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    desk.src = EXTRA;
    await until(() => desk.objectionCount === builtinCount + 1, 'the src catalog was not merged');
  } finally {
    page.console.warn = warn;
  }
  return warnings;
}

describe('objection-desk.min.js under a strict Content Security Policy with Trusted Types', () => {
  it('searches, opens, copies, loads a src catalog in its worker and reports no violation', async function () {
    this.timeout(15000);
    const { page, desk } = await strictPage();
    const builtinCount = desk.objectionCount;

    const box = desk.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
    box.value = 'ljhjuj';
    box.dispatchEvent(new page.InputEvent('input', { bubbles: true, composed: true }));
    const firstTitle = () => desk.shadowRoot!.querySelector('[role="option"] .option-title')?.textContent?.trim();
    await until(() => firstTitle() === 'Too expensive / found it cheaper', `"ljhjuj" listed "${firstTitle()}" first`);

    // The operator opens it and copies the first reply with the keyboard.
    box.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => desk.shadowRoot!.activeElement?.matches('[part="copy-button"]'), 'Enter did not open the objection');
    // Enter goes to the reply's empty field first (code of a chunk of its own, loaded under the policy too); then copies.
    await sendKeys({ press: 'Enter' });
    await until(() => desk.shadowRoot!.activeElement?.matches('[part="placeholder"]'), 'Enter did not go to the empty field');
    const copied = oneEvent(desk, 'reply-copy');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await copied) as CustomEvent<{ text: string; copied: boolean }>;
    expect(detail.copied).to.equal(true);
    expect(await navigator.clipboard.readText()).to.equal(detail.text);
    // Its styles came through: the copy button is laid out as the element's stylesheet says, not as a bare button.
    expect(getComputedStyle(desk.shadowRoot!.querySelector('[part="copy-button"]')!).cursor).to.equal('pointer');

    expect(await loadExtra(page, desk, builtinCount), 'console.warn (a worker refused would say so)').to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });

  it('has its Trusted Types policy before any later page script can take the name, and its worker still runs', async function () {
    this.timeout(15000);
    const { page, desk } = await strictPage();
    const builtinCount = desk.objectionCount;
    // A script of the page that runs after the widget's, before any src is set, tries to take the allowed name.
    expect(() => page.trustedTypes.createPolicy('objection-desk', { createScriptURL: (url) => url })).to.throw(/objection-desk/);

    expect(await loadExtra(page, desk, builtinCount), 'console.warn (a worker refused would say so)').to.deep.equal([]);
    // The page's own attempt, reported; the widget's worker caused none.
    expect(page.violations).to.deep.equal(['trusted-types: trusted-types-policy objection-desk']);
  });
});
