import { expect, html, oneEvent } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { CatalogErrorDetail, CatalogInput, ObjectionDesk } from '../../src/index.js';
import { DEFAULT_SRC_TIMEOUT } from '../../src/element/src-limits.js';
import { deskFixture, loadFailing, notice, noticeText, objectionTitle, openNoticeDetails, openFirst, optionTitles, root, search, searchBox } from './helpers.js';

const EXTRA = '/test-catalogs/element-extra-catalog.json';
const SECOND = '/test-catalogs/element-second-catalog.json';

const INVOICE: CatalogInput = {
  locale: 'en',
  objections: [
    {
      id: 'needs-invoice',
      title: 'Needs an invoice for the company',
      triggers: ['can you send an invoice'],
      replies: [{ text: 'Of course, {clientName}: I will e-mail the invoice within the hour.' }],
    },
  ],
};

/** Clears the search box and types `query`. */
async function searchAgain(desk: ObjectionDesk, query: string): Promise<string[]> {
  searchBox(desk).value = '';
  searchBox(desk).dispatchEvent(new InputEvent('input'));
  await search(desk, query);
  return optionTitles(desk);
}


describe('<objection-desk>', () => {
  describe('catalog property', () => {
    it('finds an objection the catalog property adds', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" .catalog=${INVOICE}></objection-desk>`);
      await search(desk, 'invoice');
      expect(optionTitles(desk)[0]).to.equal('Needs an invoice for the company');
    });

    it('lets the catalog property replace a built-in objection of the same id', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      desk.catalog = {
        locale: 'en',
        objections: [{ id: 'expensive', title: 'Price feels high', triggers: ['expensive'], replies: [{ text: 'Let us compare.' }] }],
      };
      await desk.updateComplete;
      expect(desk.objectionCount).to.equal(builtinCount);
      await openFirst(desk, 'expensive');
      expect(objectionTitle(desk)).to.equal('Price feels high');
    });

    it('hides a built-in objection the catalog property disables', async () => {
      const desk = await deskFixture(
        html`<objection-desk locale="ru" .catalog=${{ objections: [{ id: 'expensive', disabled: true }] }}></objection-desk>`,
      );
      expect(await searchAgain(desk, 'ljhjuj')).not.to.include('Дорого / нашёл дешевле');
    });

    it('shows only its own catalogs with no-builtin', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${INVOICE}></objection-desk>`);
      expect(desk.objectionCount).to.equal(1);
      expect(await searchAgain(desk, 'expensive')).to.deep.equal([]);
      expect(await searchAgain(desk, 'invoice')).to.deep.equal(['Needs an invoice for the company']);
    });

    it('reports problems of the catalog property with catalog-error and keeps its valid objections', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const failed = oneEvent(desk, 'catalog-error');
      desk.catalog = { ...INVOICE, objections: [...INVOICE.objections, { id: 'Bad Id' }] };
      const detail: CatalogErrorDetail = (await failed).detail;
      expect(detail.source).to.equal('catalog');
      expect(detail.problems.map((problem) => problem.code)).to.include('bad-id');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('1 problem');
      expect(await searchAgain(desk, 'invoice')).to.include('Needs an invoice for the company');
    });
  });

  describe('src', () => {
    it('merges a catalog loaded from src over the built-ins', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      desk.src = EXTRA;
      await until(() => desk.objectionCount === builtinCount + 1, 'the src catalog was not merged');
      expect(await searchAgain(desk, 'гарантия точно')).to.include('Сомнения в гарантии');
      expect(await searchAgain(desk, 'ljhjuj')).to.include('Дорого / нашёл дешевле');
      expect(noticeText(desk)).to.equal(null);
    });

    it('merges the catalog property over the src catalog', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      desk.catalog = {
        locale: 'en',
        objections: [{ id: 'warranty-doubts', title: 'Warranty (our wording)', triggers: ['warranty'], replies: [{ text: 'Two years.' }] }],
      };
      desk.src = EXTRA;
      // The loading line comes with the update the properties make: before it, there is none to wait for.
      await desk.updateComplete;
      await until(() => !root(desk).querySelector('.notice.loading'), 'the src catalog did not load');
      await openFirst(desk, 'warranty');
      expect(objectionTitle(desk)).to.equal('Warranty (our wording)');
    });

    it('shows a loading notice while the src catalog is on its way', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      desk.src = `/test-catalogs/slow/element-second-catalog.json?ms=300`;
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Loading the extra catalog');
      await until(() => notice(desk) === null, 'the loading notice stayed');
    });

    it('reports a src that answers 404 with catalog-error and a notice, and keeps the built-ins working', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const detail = await loadFailing(desk, '/test-catalogs/status/404');
      expect(detail.source).to.equal('/test-catalogs/status/404');
      expect(detail.problems).to.have.length(1);
      expect(detail.problems[0]).to.include({ code: 'load-failed', severity: 'error', source: '/test-catalogs/status/404' });
      expect(detail.problems[0]!.message).to.contain('404');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Extra catalog not loaded: the server answered 404.');
      expect((await openNoticeDetails(desk))[0]!.textContent).to.contain('could not be loaded: HTTP 404');
      expect(await searchAgain(desk, 'ljhjuj')).to.include('Too expensive / found it cheaper');
    });

    it('reports a src that answers 500', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      const detail = await loadFailing(desk, '/test-catalogs/status/500');
      expect(detail.problems[0]!.message).to.contain('HTTP 500');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Дополнительный каталог не загружен: сервер ответил 500.');
    });

    it('reports a src that is not valid JSON', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const detail = await loadFailing(desk, '/test-catalogs/not-json');
      expect(detail.problems.map((problem) => problem.code)).to.deep.equal(['not-json']);
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('the file is not a valid catalog');
    });

    it('reports a src that leads to a web page instead of a catalog file, in the operator\'s language', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const detail = await loadFailing(desk, '/test-catalogs/web-page');
      expect(detail.problems[0]).to.include({ code: 'load-failed', severity: 'error' });
      expect(detail.problems[0]!.message).to.contain('web page (text/html)');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('the address leads to a web page, not to a catalog file');
      desk.locale = 'tr';
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('bir web sayfasına çıkıyor');
      expect(await searchAgain(desk, 'ljhjuj')).to.include('Pahalı / daha ucuzunu buldum');
    });

    it('loads a JSON catalog that its server sends as text/plain', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      desk.src = '/test-catalogs/as-text';
      await until(() => desk.objectionCount === builtinCount + 1, 'the catalog sent as text/plain was not merged');
      expect(await searchAgain(desk, 'икс')).to.include('Икс');
      expect(noticeText(desk)).to.equal(null);
    });

    it('reports a src that is JSON but not a catalog, and keeps the built-ins working', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      const detail = await loadFailing(desk, '/test-catalogs/not-a-catalog');
      expect(detail.problems.map((problem) => [problem.severity, problem.message])).to.deep.include([
        'error',
        'must be a JSON object with an "objections" array',
      ]);
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('the file is not a valid catalog');
      expect(desk.objectionCount).to.equal(builtinCount);
      expect(await searchAgain(desk, 'ljhjuj')).to.include('Too expensive / found it cheaper');
    });

    it('gives up on a src that does not answer within src-timeout', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" src-timeout="300"></objection-desk>`);
      const started = performance.now();
      const detail = await loadFailing(desk, '/test-catalogs/never');
      // The attribute's 300 ms ended it, not the default's 8 s: a bound from the element's own clocks, as the
      // time a loaded machine takes to deliver the failure is not the element's.
      expect(performance.now() - started, 'ms until it gave up').to.be.below(DEFAULT_SRC_TIMEOUT);
      expect(detail.problems[0]!.message).to.contain('no answer within 300 ms');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('no answer within 0.3 s');
    });

    it('reports a src server that cannot be reached', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const detail = await loadFailing(desk, 'http://127.0.0.1:9/catalog.json');
      expect(detail.problems[0]!.message).to.contain('network error');
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('the server could not be reached');
    });

    it('uses the valid objections of a src catalog with problems and lists the problems', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const detail = await loadFailing(desk, '/test-catalogs/element-partly-broken-catalog.json');
      expect(detail.problems.map((problem) => problem.code)).to.include.members(['missing-field', 'bad-id']);
      await desk.updateComplete;
      const problems = await openNoticeDetails(desk);
      expect(problems.length).to.equal(detail.problems.length);
      expect(problems[0]!.textContent).to.contain('/test-catalogs/element-partly-broken-catalog.json');
      expect(await searchAgain(desk, 'invoice')).to.include('Needs an invoice for the company');
    });

    it('clears the notice when a later src loads', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await loadFailing(desk, '/test-catalogs/status/404');
      await desk.updateComplete;
      expect(notice(desk)).not.to.equal(null);
      desk.src = SECOND;
      await until(() => notice(desk) === null, 'the notice stayed');
      expect(await searchAgain(desk, 'invoice')).to.include('Needs an invoice for the company');
    });

    it('aborts the previous src request when src changes', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const builtinCount = desk.objectionCount;
      let errors = 0;
      desk.addEventListener('catalog-error', () => errors++);
      desk.src = `/test-catalogs/slow/element-extra-catalog.json?ms=400`;
      await desk.updateComplete;
      desk.src = SECOND;
      await until(() => desk.objectionCount === builtinCount + 1, 'the second src catalog was not merged');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(desk.objectionCount).to.equal(builtinCount + 1);
      expect(await searchAgain(desk, 'warranty')).not.to.include('Doubts about the warranty');
      expect(errors).to.equal(0);
    });

    it('lets the operator dismiss a notice', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await loadFailing(desk, '/test-catalogs/status/404');
      await desk.updateComplete;
      notice(desk)!.querySelector<HTMLButtonElement>('.dismiss-button')!.click();
      await desk.updateComplete;
      expect(noticeText(desk)).to.equal(null);
    });

    it('passes axe with a catalog notice', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await loadFailing(desk, '/test-catalogs/element-partly-broken-catalog.json');
      await desk.updateComplete;
      await openNoticeDetails(desk);
      await expect(desk).to.be.accessible();
    });
  });
});
