import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';

// In a page of its own: the bundle is loaded once per page. Pages often add a version to a script's URL to
// defeat caches; the bundle's lazily loaded files must not load it again under its plain name.
const BUNDLE_WITH_VERSION = '/dist/browser/objection-desk.min.js?v=1.2.3';

type BuiltDesk = HTMLElement & { objectionCount: number; updateComplete: Promise<boolean> };

describe('objection-desk.min.js loaded with a version in its URL', () => {
  it('searches with its engine and catalog, and is loaded once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(BUNDLE_WITH_VERSION);
      const desk = await fixture<BuiltDesk>(html`<objection-desk locale="en"></objection-desk>`);
      await desk.updateComplete;
      desk.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.focus();
      await sendKeys({ type: 'ljhjuj' });
      const first = () => desk.shadowRoot!.querySelector('[role="option"] .option-title')?.textContent?.trim();
      await until(() => first() === 'Too expensive / found it cheaper', `"ljhjuj" listed "${first()}" first`);
    } finally {
      console.warn = warn;
    }
    const fetched = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.startsWith('/dist/'))
      .map((url) => url.pathname + url.search);
    expect(fetched.filter((file) => file.startsWith('/dist/browser/objection-desk.min.js'))).to.deep.equal([BUNDLE_WITH_VERSION]);
    expect(fetched).to.include('/dist/browser/objection-desk-engine.js');
    expect(warnings, 'console.warn').to.deep.equal([]);
  });
});
