import { expect, html } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { CatalogInput, ObjectionDesk } from '../../src/index.js';
import { copyButtons, deskFixture, openFirst, optionTitles, press, root, search } from './helpers.js';

declare global {
  interface Window {
    /** Set by the payloads below if the element ever ran one of them. */
    __objectionDeskXss?: string;
  }
}

const IMG = `<img src=x onerror="window.__objectionDeskXss = 'img'">`;
const SVG = `"><svg onload="window.__objectionDeskXss = 'svg'">`;
const JS_URL = `javascript:window.__objectionDeskXss = 'url'`;

const PAYLOADS: CatalogInput = {
  locale: 'en',
  categories: { payloads: { title: IMG } },
  objections: [
    {
      id: 'payloads',
      category: 'payloads',
      title: `Payload ${IMG}`,
      triggers: [`payload ${SVG}`, `<a href="${JS_URL}">link</a>`],
      replies: [{ text: `${IMG} {clientName}` }, { text: `<a href="${JS_URL}">click me</a> ${JS_URL}` }],
      followUps: [{ customer: SVG, replies: [{ text: `<script>window.__objectionDeskXss = 'script'</script>` }] }],
      tips: [`<iframe src="${JS_URL}"></iframe>`],
    },
  ],
};

/** Fails when anything in the shadow root is markup that came from catalog or context text. */
function expectOnlyOwnMarkup(desk: ObjectionDesk): void {
  const shadow = root(desk);
  expect(shadow.querySelectorAll('img, script, iframe, a, object, embed'), 'elements from text').to.have.length(0);
  // The element's own icons are the only SVG, each hidden from assistive technology and free of handlers.
  for (const svg of shadow.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
  expect(shadow.querySelectorAll('.option-title svg, .option-match svg, .reply-text svg, .tip svg, h2 svg, h3 svg')).to.have.length(0);
  const handlers = [...shadow.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name),
  );
  expect(handlers, 'inline event handlers').to.deep.equal([]);
}

/** Gives a payload that did get in the time to run (image errors and SVG loads fire asynchronously). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('<objection-desk>', () => {
  describe('untrusted text', () => {
    beforeEach(() => {
      delete window.__objectionDeskXss;
    });

    it('renders markup in catalog titles, triggers, replies, follow-ups and tips as literal text', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" .catalog=${PAYLOADS}></objection-desk>`);
      await search(desk, 'payload');
      expect(optionTitles(desk)[0]).to.equal(`Payload ${IMG}`);
      expectOnlyOwnMarkup(desk);

      await press(desk, 'Escape');
      await search(desk, 'svg onload');
      expect(root(desk).querySelector('.option-match')!.textContent).to.contain('<svg onload=');

      await press(desk, 'Escape');
      await openFirst(desk, 'payload');
      const shown = root(desk).querySelector('[part="objection"]')!.textContent!;
      expect(shown).to.contain(`<a href="${JS_URL}">click me</a>`);
      expect(shown).to.contain(`<script>window.__objectionDeskXss = 'script'</script>`);
      expect(shown).to.contain(`<iframe src="${JS_URL}"></iframe>`);
      expectOnlyOwnMarkup(desk);
      await settle();
      expect(window.__objectionDeskXss).to.equal(undefined);
    });

    it('renders markup in context values as literal text, and copies it as text', async () => {
      const context = { clientName: IMG, productName: SVG, city: JS_URL };
      const desk = await deskFixture(html`<objection-desk locale="en" .context=${context}></objection-desk>`);
      await openFirst(desk, 'expensive');
      expect(root(desk).querySelector('.reply-text .filled')!.textContent).to.equal(IMG);
      expectOnlyOwnMarkup(desk);
      await press(desk, 'Enter');
      await until(() => copyButtons(desk)[0]!.textContent!.trim() === 'Copied', 'the reply did not show "Copied"');
      expect(await navigator.clipboard.readText()).to.contain(IMG);
      await settle();
      expect(window.__objectionDeskXss).to.equal(undefined);
    });

    it('leaves template tricks in replies and context values as the text they are', async () => {
      const trick = `{{constructor.constructor('window.__objectionDeskXss = "tpl"')()}}`;
      const catalog: CatalogInput = {
        locale: 'en',
        objections: [
          {
            id: 'template-tricks',
            title: 'Template tricks',
            triggers: ['template tricks'],
            replies: [{ text: `{clientName}: {constructor} {__proto__} ${trick} \${window.__objectionDeskXss = 'literal'}` }],
          },
        ],
      };
      const context = { clientName: '{{constructor}} ${1 + 1} {productName}', productName: 'X500' };
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${catalog} .context=${context}></objection-desk>`);
      await openFirst(desk, 'template tricks');
      // {constructor} and {__proto__} are empty fields: the first Enter goes to one, the second copies as it is.
      await press(desk, 'Enter');
      await press(desk, 'Enter');
      await until(() => copyButtons(desk)[0]!.textContent!.trim() === 'Copied', 'the reply did not show "Copied"');
      expect(await navigator.clipboard.readText()).to.equal(
        `{{constructor}} \${1 + 1} {productName}: {constructor} {__proto__} ${trick} \${window.__objectionDeskXss = 'literal'}`,
      );
      expectOnlyOwnMarkup(desk);
      await settle();
      expect(window.__objectionDeskXss).to.equal(undefined);
    });

    it('renders markup in a catalog loaded from src as literal text', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" src="/test-catalogs/element-xss-catalog.json"></objection-desk>`);
      await until(() => !root(desk).querySelector('.notice.loading'), 'the src catalog did not load');
      await openFirst(desk, 'payload');
      expect(root(desk).querySelector('#objection-title')!.textContent).to.contain('<img src=x onerror=');
      expectOnlyOwnMarkup(desk);
      await settle();
      expect(window.__objectionDeskXss).to.equal(undefined);
    });

    it('never turns a query into markup or a pattern', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await search(desk, `(((${IMG}[`);
      expectOnlyOwnMarkup(desk);
      await settle();
      expect(window.__objectionDeskXss).to.equal(undefined);
    });
  });
});
