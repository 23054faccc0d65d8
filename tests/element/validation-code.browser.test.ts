// Validating catalogs and checking call scripts is code of its own (src/element/engine/validate.ts, a chunk of the
// drop-in): a page whose catalogs need no checking never loads it. The tests share one page, in this order: the code
// loaded once stays loaded.
import { expect, html } from '@open-wc/testing';
import type { CatalogInput } from '../../src/index.js';
import { deskFixture, optionTitles, search } from './helpers.js';
import { until } from '../browser-wait.js';

const validationLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/element/engine/validate.'));

describe('<objection-desk> validation code', () => {
  it('is not loaded by a page that searches the built-in catalog only', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    await search(desk, 'expensive');
    await until(() => optionTitles(desk).length > 0, 'nothing found');
    await desk.updateComplete;
    expect(validationLoaded()).to.equal(false);
  });

  it('is not loaded when a page with no-builtin takes its catalog property away', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" no-builtin></objection-desk>`);
    await desk.updateComplete;
    desk.catalog = undefined;
    await desk.updateComplete;
    expect(desk.objectionCount).to.equal(0);
    expect(validationLoaded()).to.equal(false);
  });

  it('is loaded for a catalog property to validate', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" no-builtin></objection-desk>`);
    desk.catalog = { locale: 'en', objections: [{ id: 'busy', title: 'Busy', triggers: ['busy'], replies: [{ text: 'When may I call back?' }] }] } as CatalogInput;
    await until(() => desk.objectionCount === 1, 'the catalog was not loaded');
    expect(validationLoaded()).to.equal(true);
  });
});
