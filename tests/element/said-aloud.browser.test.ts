import { expect, html } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { CatalogInput, ObjectionDesk } from '../../src/index.js';
import { copyButtons, deskFixture, focused, loadFailing, openFirst, press, root, search, typeKey } from './helpers.js';

/** One objection whose first reply has a short line with a placeholder, and whose second has none. */
const SHORT_LINES: CatalogInput = {
  locales: ['en', 'ru'],
  objections: [
    {
      id: 'needs-invoice',
      title: { en: 'Needs an invoice', ru: 'Нужен счёт' },
      triggers: { en: ['send an invoice'], ru: ['пришлите счёт'] },
      replies: [
        {
          id: 'email-invoice',
          short: { en: 'Invoice within the hour, {clientName}', ru: 'Счёт в течение часа, {clientName}' },
          text: {
            en: 'Of course, {clientName}: I will e-mail the invoice within the hour, with our company details on it.',
            ru: 'Конечно, {clientName}: пришлю счёт на почту в течение часа, с реквизитами компании.',
          },
        },
        { id: 'ask-details', text: { en: 'Which company is it for?', ru: 'На какую компанию выставить?' } },
      ],
    },
  ],
};

const live = (desk: ObjectionDesk) => root(desk).querySelector('[role="status"]')!.textContent!.trim();
const shortLines = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLElement>('[part="short"]')];

describe('<objection-desk>', () => {
  describe('a reply said aloud', () => {
    it('shows the short line first, with the values the operator typed, and copies the full text', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${SHORT_LINES}></objection-desk>`);
      await openFirst(desk, 'invoice');
      const [short] = shortLines(desk);
      expect(shortLines(desk)).to.have.length(1);
      expect(short!.textContent!.trim()).to.equal('Invoice within the hour, {client name}');
      // Read before the full text and the copy button, and not a field of its own.
      expect(short!.compareDocumentPosition(root(desk).querySelector('.reply-text')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(short!.querySelector('textarea, input')).to.equal(null);
      const field = root(desk).querySelector<HTMLTextAreaElement>('.reply-text textarea[data-name="clientName"]')!;
      field.value = 'Anna';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await desk.updateComplete;
      expect(short!.textContent!.trim()).to.equal('Invoice within the hour, Anna');
      const copied = new Promise<string>((resolve) => desk.addEventListener('reply-copy', (event) => resolve(event.detail.text), { once: true }));
      copyButtons(desk)[0]!.click();
      expect(await copied).to.match(/^Of course, Anna: I will e-mail the invoice/);
    });

    it('shows the short line in the catalog texts’ language', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" no-builtin .catalog=${SHORT_LINES} .context=${{ clientName: 'Анна' }}></objection-desk>`);
      await openFirst(desk, 'счёт');
      expect(shortLines(desk)[0]!.textContent!.trim()).to.equal('Счёт в течение часа, Анна');
    });

    it('has a short line in every reply of the built-in catalog', async () => {
      const desk = await deskFixture(html`<objection-desk locale="tr"></objection-desk>`);
      await openFirst(desk, 'pahalı');
      expect(shortLines(desk).length).to.equal(copyButtons(desk).length);
      expect(shortLines(desk).every((line) => line.textContent!.trim().length > 0)).to.equal(true);
    });

    it('passes an accessibility check with short lines', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${SHORT_LINES}></objection-desk>`);
      await openFirst(desk, 'invoice');
      await expect(desk).to.be.accessible();
    });
  });

  describe('live region', () => {
    it('says the opened objection: its title and how many replies it has', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${SHORT_LINES}></objection-desk>`);
      await openFirst(desk, 'invoice');
      await until(() => live(desk) === 'Needs an invoice. Replies: 2', `the live region said "${live(desk)}"`);
      expect(focused(desk)).to.equal(copyButtons(desk)[0]);
    });

    it('says it again in the new language after a locale switch', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${SHORT_LINES}></objection-desk>`);
      await openFirst(desk, 'invoice');
      await until(() => live(desk) === 'Needs an invoice. Replies: 2', `the live region said "${live(desk)}"`);
      desk.locale = 'ru';
      await desk.updateComplete;
      expect(live(desk)).to.equal('Нужен счёт. Ответы: 2');
    });

    it('says the result count in the new language after a locale switch', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await search(desk, 'expensive');
      await until(() => /^\d+ results?$/.test(live(desk)), `the live region said "${live(desk)}"`);
      const count = live(desk).split(' ')[0];
      desk.locale = 'tr';
      await desk.updateComplete;
      expect(live(desk)).to.equal(`${count} sonuç`);
    });

    it('says a src catalog that failed (404) assertively, once: not again on each keystroke or render', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await loadFailing(desk, '/test-catalogs/status/404');
      await until(() => root(desk).querySelector('[role="alert"]') !== null, 'no alert for the failed catalog');
      const alert = root(desk).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Extra catalog not loaded: the server answered 404.');
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(root(desk), { subtree: true, childList: true, characterData: true });
      for (const key of 'price') typeKey(desk, key);
      await press(desk, 'ArrowDown');
      await desk.updateComplete;
      observer.disconnect();
      expect(root(desk).querySelectorAll('[role="alert"]')).to.have.length(1);
      expect(root(desk).querySelector('[role="alert"]')).to.equal(alert);
      expect(changes.filter((change) => alert.contains(change.target) || [...change.addedNodes].includes(alert))).to.deep.equal([]);
    });
  });
});
