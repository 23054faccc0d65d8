import { expect } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import { zeros } from '../fixtures/hostile/02-million-zeros.mjs';
import { freshStorageKey, noticeText, openFile, problemList, studioFixture, textOf } from './helpers.js';

describe('<objection-studio>', () => {
  describe('a file with thousands of problems', () => {
    it('lists its problems only when the marketer opens them, the first 100 and a count of the rest', async () => {
      const studio = await studioFixture(freshStorageKey());
      await openFile(studio, 'zeros.json', zeros(2000));
      await until(() => noticeText(studio).startsWith('Opened zeros.json'), 'the file did not open');
      const details = studio.shadowRoot!.querySelector<HTMLDetailsElement>('.notice .file-problems')!;
      expect(textOf(details.querySelector('summary'))).to.equal('2,000 problems in the file');
      expect(details.querySelectorAll('li'), 'lines rendered while closed').to.have.length(0);

      details.querySelector('summary')!.click();
      await until(() => details.querySelectorAll('li').length > 0, 'the list was not rendered');
      const lines = [...details.querySelectorAll('li')].map(textOf);
      expect(lines).to.have.length(101);
      expect(lines[0]).to.contain('zeros.json:1:16').and.contain('must be an object, not a number');
      expect(lines[100]).to.equal('… and 1,900 more problems, not listed.');
    });

    it('counts every problem of the draft, and lists the first 100', async () => {
      const studio = await studioFixture(freshStorageKey());
      // 150 objections with only an ID: each lacks a title, triggers and replies.
      const objections = Array.from({ length: 150 }, (_, i) => ({ id: `bare-${i}` }));
      await openFile(studio, 'bare.json', JSON.stringify({ locale: 'ru', objections }));
      await until(() => noticeText(studio).startsWith('Opened bare.json'), 'the file did not open');
      const panel = problemList(studio);
      await until(() => textOf(panel.querySelector('h2 .count')) === '450 errors, 0 warnings', 'the count is not of every problem');
      const rows = panel.querySelectorAll('[part="list"] > li');
      expect(rows).to.have.length(101);
      expect(textOf(rows[100])).to.equal('… and 350 more problems, not listed.');
    });
  });
});
