import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { CatalogErrorDetail, ObjectionDesk } from '../../src/index.js';
import { WIDE, deskFixture, notice, noticeText, objectionTitle, options, optionTitles, recordWorkers, replyText, root, stubGlobal } from './helpers.js';

const OVERRIDE = '/test-catalogs/element-expensive-override.json';
const BUILTIN_EXPENSIVE_RU = 'Дорого / нашёл дешевле';
const OVERRIDE_EXPENSIVE_RU = 'Дорого: ответ нашего магазина';

/** The list shows the hits of a query, not the catalog by category (which lists "expensive" first too). */
const searched = (desk: ObjectionDesk) => options(desk).length > 0 && !root(desk).querySelector('[role="listbox"] > [role="group"]');

/**
 * Replaces `Worker` with one that takes no message from the page until `release()`: to the element, a worker
 * busy with a big catalog (as one parsing the 2.6 MB catalog of issue 11, item 3 was for 20 s). `waiting()`
 * counts the messages held.
 */
function busyWorkers(): { waiting(): number; release(): void; restore(): void } {
  const Base = globalThis.Worker;
  const held: Array<() => void> = [];
  let busy = true;
  const restore = stubGlobal(
    'Worker',
    class extends Base {
      override postMessage(...args: [unknown, (StructuredSerializeOptions | Transferable[])?]): void {
        const post = () => super.postMessage(...(args as [unknown, StructuredSerializeOptions?]));
        if (busy) held.push(post);
        else post();
      }
    },
  );
  return {
    waiting: () => held.length,
    release: () => {
      busy = false;
      for (const post of held.splice(0)) post();
    },
    restore,
  };
}

/** The next `catalog-error` of `desk`. */
const catalogError = async (desk: ObjectionDesk) => ((await oneEvent(desk, 'catalog-error')) as CustomEvent<CatalogErrorDetail>).detail;

describe('<objection-desk>', () => {
  describe('while a src catalog loads in its worker', () => {
    let recorded: ReturnType<typeof recordWorkers>;
    let busy: ReturnType<typeof busyWorkers>;

    beforeEach(() => {
      recorded = recordWorkers();
      busy = busyWorkers();
    });

    afterEach(() => {
      busy.restore();
      recorded.restore();
    });

    /** A desk sent the override catalog from `src`, which its worker is busy with; "дорого" typed. */
    async function deskTypingWhileBusy(width?: number): Promise<ObjectionDesk> {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`, width);
      desk.src = OVERRIDE;
      await until(() => busy.waiting() > 0, 'the src catalog was not sent to a worker');
      desk.focus();
      await sendKeys({ type: 'дорого' });
      return desk;
    }

    it('answers a built-in objection at once, then shows the merged results once the src catalog is in', async () => {
      const desk = await deskTypingWhileBusy();
      await until(() => searched(desk) && optionTitles(desk)[0] === BUILTIN_EXPENSIVE_RU, `"дорого" listed ${JSON.stringify(optionTitles(desk))}`);
      // Answered while the worker has not even seen the catalog: it is still loading.
      expect(recorded.workers).to.have.length(1);
      expect(recorded.workers[0]!.messages, 'messages from the worker').not.to.include('loaded');
      expect(notice(desk)?.textContent).to.contain('Загружаем дополнительный каталог');

      busy.release();
      await until(() => optionTitles(desk)[0] === OVERRIDE_EXPENSIVE_RU, `"дорого" listed ${JSON.stringify(optionTitles(desk))}`);
      expect(optionTitles(desk)).not.to.include(BUILTIN_EXPENSIVE_RU);
      expect(recorded.workers[0]!.messages).to.include.members(['ready', 'loaded']);
      expect(noticeText(desk)).to.equal(null);
    });

    it('refreshes an objection opened from the built-in answer once the src catalog replaces it', async () => {
      const desk = await deskTypingWhileBusy(WIDE);
      await until(() => searched(desk) && optionTitles(desk)[0] === BUILTIN_EXPENSIVE_RU, 'the built-in answer was not listed');
      await sendKeys({ press: 'Enter' });
      await until(() => objectionTitle(desk) === BUILTIN_EXPENSIVE_RU, `opened ${objectionTitle(desk)}`);

      busy.release();
      await until(() => objectionTitle(desk) === OVERRIDE_EXPENSIVE_RU, `the opened objection stayed ${objectionTitle(desk)}`);
      expect(replyText(desk, 0)).to.contain('пришлите ссылку на цену');
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
      await until(() => desk.objectionCount === builtinCount + 1, 'the src catalog did not load');
      expect(noticeText(desk)).to.equal(null);
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
      await until(() => desk.objectionCount === builtinCount + 1, 'the src catalog did not load');
      expect(noticeText(desk)).to.equal(null);
    });
  });
});
