import { expect, fixture, html } from '@open-wc/testing';

// The one test of the built bundle (run `npx rollup -c` first): a page that loads only this file gets a
// working element. The path is a variable so the type checker does not look for the bundle's types.
const BUNDLE = '/dist/objection-desk.min.js';

describe('objection-desk.min.js', () => {
  it('defines <objection-desk> on its own, with the built-in catalog inside', async () => {
    await import(BUNDLE);
    const desk = await fixture<HTMLElement & { objectionCount: number; updateComplete: Promise<boolean> }>(
      html`<objection-desk locale="en"></objection-desk>`,
    );
    expect(customElements.get('objection-desk')).to.be.a('function');
    await desk.updateComplete;
    expect(desk.objectionCount).to.be.greaterThan(0);
    expect(desk.shadowRoot!.querySelector('[role="combobox"]')).not.to.equal(null);
  });
});
