import { expect, html } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import { deskFixture, loadFailing, notice, openNoticeDetails, optionTitles, root, search } from './helpers.js';

/** Issue 11, item 2: `{"objections":[0,0,…]}`, a million wrong entries (tests/fixtures/hostile/02-million-zeros.mjs). */
const MILLION_ZEROS = '/test-catalogs/hostile/02-million-zeros.json';


describe('<objection-desk>', () => {
  describe('a src catalog with a million problems', () => {
    it('reports the first 100 problems and counts the other 999,900', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const detail = await loadFailing(desk, MILLION_ZEROS);
      expect(detail.problems).to.have.length(100);
      expect(detail.problems[0]).to.include({ severity: 'error', code: 'wrong-type', path: 'objections[0]' });
      expect(detail.omitted).to.deep.equal({ error: 999_900, warning: 0 });
    });

    it('renders the details only once opened, with a line for the problems not listed', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await loadFailing(desk, MILLION_ZEROS);
      await desk.updateComplete;
      expect(notice(desk)!.textContent).to.contain('Extra catalog not loaded');
      expect(notice(desk)!.querySelectorAll('li'), 'lines rendered while closed').to.have.length(0);

      const lines = await openNoticeDetails(desk);
      expect(lines).to.have.length(101);
      expect(lines[0]!.textContent).to.contain('objections[0]: error: must be an object, not a number');
      expect(lines[100]!.textContent).to.equal('… and 999,900 more problems, not listed.');

      notice(desk)!.querySelector<HTMLElement>('summary')!.click();
      await until(() => notice(desk)!.querySelectorAll('li').length === 0, 'the lines stayed after closing');
    });

    it('says how many problems in all, in Russian, and keeps searching the built-in catalog', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await loadFailing(desk, MILLION_ZEROS);
      await desk.updateComplete;
      const lines = await openNoticeDetails(desk);
      expect(lines.at(-1)!.textContent).to.equal(`… и ещё ${new Intl.NumberFormat('ru').format(999_900)} замечаний, не показаны.`);
      await search(desk, 'дорого');
      await until(() => optionTitles(desk).length > 0, 'nothing found');
      expect(optionTitles(desk)[0]).to.contain('Дорого');
      expect(root(desk).querySelector('[part="input"]')).to.equal(root(desk).activeElement);
    });
  });
});
