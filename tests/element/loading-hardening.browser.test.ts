import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CatalogErrorDetail, ObjectionDesk } from '../../src/index.js';
import { deskFixture, notice, options, optionTitles, recordWorkers, root } from './helpers.js';

const OVERRIDE = '/test-catalogs/element-expensive-override.json';
const BUILTIN_EXPENSIVE_RU = 'Дорого / нашёл дешевле';
const OVERRIDE_EXPENSIVE_RU = 'Дорого: ответ нашего магазина';

/** The list shows the hits of a query, not the catalog by category (which lists "expensive" first too). */
const searched = (desk: ObjectionDesk) => options(desk).length > 0 && !root(desk).querySelector('[role="listbox"] > [role="group"]');

/** The next `catalog-error` of `desk`. */
const catalogError = async (desk: ObjectionDesk) => ((await oneEvent(desk, 'catalog-error')) as CustomEvent<CatalogErrorDetail>).detail;

describe('<objection-desk>', () => {
  describe('while a src catalog loads in its worker', () => {
    afterEach(async () => {
      await fetch('/test-hold/release');
    });

    it('answers a built-in objection at once, then shows the merged results once the src catalog is in', async () => {
      // The worker's script is held back by the test server: to the element, a worker busy with a big catalog.
      await fetch('/test-hold/search-worker');
      const recorded = recordWorkers();
      try {
        const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
        desk.src = OVERRIDE;
        await waitUntil(() => recorded.workers.length === 1, 'the src catalog was not sent to a worker');

        desk.focus();
        await sendKeys({ type: 'дорого' });
        await waitUntil(
          () => searched(desk) && optionTitles(desk)[0] === BUILTIN_EXPENSIVE_RU,
          `"дорого" listed ${JSON.stringify(optionTitles(desk))}`,
        );
        // Answered while the worker has not even started: the src catalog is still loading.
        expect(recorded.workers[0]!.messages, 'messages from the worker').to.deep.equal([]);
        expect(notice(desk)?.textContent).to.contain('Загружаем дополнительный каталог');

        await fetch('/test-hold/release');
        await waitUntil(() => optionTitles(desk)[0] === OVERRIDE_EXPENSIVE_RU, `"дорого" listed ${JSON.stringify(optionTitles(desk))}`);
        expect(optionTitles(desk)).not.to.include(BUILTIN_EXPENSIVE_RU);
        expect(recorded.workers[0]!.messages).to.include.members(['ready', 'loaded']);
        expect(notice(desk)).to.equal(null);
      } finally {
        recorded.restore();
      }
    });
  });

  describe('src-deadline', () => {
    it('gives up on a server that keeps sending a byte now and then, past the deadline', async () => {
      // A byte every 20 ms never lets src-timeout (8 s) run out; the deadline is what ends it.
      const desk = await deskFixture(html`<objection-desk locale="en" src-deadline="400"></objection-desk>`);
      const failed = catalogError(desk);
      desk.src = '/test-catalogs/drip?ms=20';
      const detail = await failed;
      expect(detail.problems[0]!.message).to.contain('not all of it came within 400 ms (src-deadline)');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Extra catalog not loaded: it did not finish loading within 0.4 s.');
      expect(notice(desk)!.textContent).not.to.contain('Loading');
    });

    it('says so in the operator\'s language', async () => {
      for (const [locale, text] of [
        ['ru', 'загрузка не завершилась за 0.4 с'],
        ['tr', 'yükleme 0.4 sn içinde tamamlanmadı'],
      ] as const) {
        const desk = await deskFixture(html`<objection-desk locale=${locale} src-deadline="400"></objection-desk>`);
        const failed = catalogError(desk);
        desk.src = '/test-catalogs/drip?ms=20';
        await failed;
        await desk.updateComplete;
        expect(notice(desk)!.textContent).to.contain(text);
      }
    });

    it('lets a file that comes in time load', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" src-deadline="60000"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      desk.src = '/test-catalogs/element-extra-catalog.json';
      await waitUntil(() => desk.objectionCount === builtinCount + 1, 'the src catalog did not load');
      expect(notice(desk)).to.equal(null);
    });
  });

  describe('a data: URL as src', () => {
    it('is refused with a message naming the attribute, and the built-in objections keep working', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      const catalog = JSON.stringify({ objections: [{ id: 'expensive', title: 'Pay us elsewhere', triggers: ['expensive'], replies: [{ text: 'Send the money to …' }] }] });
      const failed = catalogError(desk);
      desk.src = `data:application/json,${encodeURIComponent(catalog)}`;
      const detail = await failed;
      expect(detail.source).to.equal('data:application/json,…');
      expect(detail.problems[0]!.message).to.contain('the src attribute takes the address of a catalog file, not a data: URL');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Extra catalog not loaded: the src attribute holds a data: URL instead of a file address.');
      expect(notice(desk)!.textContent).not.to.contain('Pay us elsewhere');
      expect(desk.objectionCount).to.equal(builtinCount);

      desk.locale = 'ru';
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('в атрибуте src data:-адрес вместо адреса файла');
      desk.locale = 'tr';
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('src özniteliğinde dosya adresi yerine bir data: URL var');
    });

    it('is refused whatever its case or leading spaces, and a file address after it loads', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      const failed = catalogError(desk);
      desk.src = '  DATA:application/json;base64,eyJvYmplY3Rpb25zIjpbXX0=';
      expect((await failed).source).to.equal('DATA:application/json;base64,…');
      desk.src = '/test-catalogs/element-extra-catalog.json';
      await waitUntil(() => desk.objectionCount === builtinCount + 1, 'the src catalog did not load');
      expect(notice(desk)).to.equal(null);
    });
  });
});
