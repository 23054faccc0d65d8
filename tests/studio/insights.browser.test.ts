import { expect } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import { button, editor, field, freshStorageEachTest, studioFixture, textOf } from './helpers.js';

const LOGS = ['anna-ru.jsonl', 'john-en.jsonl', 'ayse-tr.jsonl'];

const insights = (studio: ObjectionStudio) => studio.shadowRoot!.querySelector('objection-studio-insights')!.shadowRoot!;
const tab = (studio: ObjectionStudio, label: string) =>
  [...studio.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((one) => textOf(one) === label)!;
/** The rows of the table under the heading `heading`, each as its cells' texts. */
const tableRows = (studio: ObjectionStudio, heading: string) => {
  const section = [...insights(studio).querySelectorAll('section')].find((one) => textOf(one.querySelector('h2')) === heading)!;
  return [...section.querySelectorAll('tbody tr')].map((row) => [...row.children].map(textOf));
};

/** Drops the fixture logs on the Insights tab's drop zone, as a marketer drags them from a folder. */
async function dropLogs(studio: ObjectionStudio, names: readonly string[]): Promise<void> {
  const files = new DataTransfer();
  for (const name of names) files.items.add(new File([await (await fetch(`/tests/fixtures/logs/${name}`)).text()], name));
  insights(studio).querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
}

describe('<objection-studio> Insights', () => {
  const storageKey = freshStorageEachTest();

  it('shows, for dropped logs of three operators, each objection\'s and reply\'s uses and success rate with its count', async () => {
    const studio = await studioFixture(storageKey());
    tab(studio, 'Insights').click();
    await studio.updateComplete;
    expect(tab(studio, 'Insights').getAttribute('aria-selected')).to.equal('true');
    await dropLogs(studio, LOGS);
    await until(() => textOf(insights(studio).querySelector('[role="status"]')).startsWith('3 logs'), 'the dropped logs were not read');
    expect(textOf(insights(studio).querySelector('[role="status"]'))).to.equal('3 logs: 45 records, 9 calls');
    expect(textOf(insights(studio).querySelector('.log-problems summary'))).to.equal('3 lines could not be read');
    await until(() => tableRows(studio, 'Objections')[0]![0]!.startsWith('Too expensive'), 'the built-in titles did not come');
    expect(tableRows(studio, 'Objections')[0]).to.deep.equal(['Too expensive / found it cheaper expensive', '4', '5', '3', '2', '60% of 5', '2', '1']);
    // A reply is named by the start of its text, in the preview's language (Russian at first), its id under it.
    await until(() => tableRows(studio, 'Replies')[1]![1] !== 'discount-for-decision-today', 'the replies\' texts did not come');
    expect(tableRows(studio, 'Replies')[1]).to.deep.equal([
      'Asks for a discount discount',
      'Руководитель разрешает мне скидку {orderDiscount}, если заказ оформляем… discount-for-decision-today',
      '1',
      '0',
      '0',
      'not marked',
    ]);
    expect(tableRows(studio, 'Call scripts')[0]).to.deep.equal(['incoming-call', '2', 'callback 1, ordered 1']);

    button(insights(studio), 'Success rate').click();
    await studio.updateComplete;
    await until(() => tableRows(studio, 'Replies')[0]![1]!.endsWith(' loyalty-card'), 'the replies were not ordered by success rate');
    expect(tableRows(studio, 'Replies').map((row) => row[5])).to.deep.equal(['100% of 1', '100% of 1', '100% of 1', '75% of 4', '0% of 1', '0% of 1', 'not marked']);
    await expect(studio).to.be.accessible();
  });

  it('makes an objection of a group of gap queries, with those queries as its phrases in their language, and opens it', async () => {
    const studio = await studioFixture(storageKey());
    tab(studio, 'Insights').click();
    await dropLogs(studio, LOGS);
    await until(() => insights(studio).querySelectorAll('.gap-group').length === 6, 'the gap groups did not show');
    const russian = [...insights(studio).querySelectorAll('.gap-group')].find((group) => textOf(group.querySelector('h3')) === 'Гарантия на ремонт')!;
    expect(textOf(russian.querySelector('p'))).to.equal('2 times, 1 call');
    expect([...russian.querySelectorAll('.gap-queries li')].map(textOf)).to.deep.equal(['гарантия на ремонт × 1', 'гарантия ремонта × 1']);
    [...russian.querySelectorAll('button')].find((one) => textOf(one) === 'Create an objection from these')!.click();

    await until(() => tab(studio, 'Objections').getAttribute('aria-selected') === 'true', 'the new objection was not opened');
    const added = studio.draft.catalog.objections.at(-1)!;
    expect(added).to.deep.equal({ id: 'garantia-na-remont', title: { ru: 'Гарантия на ремонт' }, triggers: { ru: ['гарантия на ремонт', 'гарантия ремонта'] }, replies: [{ text: {} }] });
    await until(() => textOf(studio.shadowRoot!.querySelector('.editor-title')) === 'Гарантия на ремонт', 'the editor does not show the new objection');
    await until(() => editor(studio).querySelector('textarea') !== null, 'the editor did not draw');
    expect(field(editor(studio), 'What customers say (ru)').value).to.equal('гарантия на ремонт\nгарантия ремонта');
    await expect(studio).to.be.accessible();
  });

  it('names replies by their text in the preview language, and by their id alone when no catalog has them', async () => {
    const studio = await studioFixture(storageKey());
    tab(studio, 'Insights').click();
    await dropLogs(studio, ['john-en.jsonl']);
    const replyCell = (id: string) =>
      [...insights(studio).querySelectorAll('section[aria-labelledby="replies-heading"] tbody tr > :nth-child(2)')].find((cell) => textOf(cell).endsWith(id));
    await until(() => replyCell('compare-whole-offer')?.querySelector('.reply-text'), 'the reply texts did not come');
    const text = replyCell('compare-whole-offer')!.querySelector('.reply-text')!;
    expect(textOf(text)).to.equal('{clientName}, подскажите, где вы видели дешевле? Давайте сравним предложения…');
    expect(text.getAttribute('lang')).to.equal('ru');
    expect(textOf(replyCell('compare-whole-offer')!.querySelector('.reply-id'))).to.equal('compare-whole-offer');

    // The preview in English: the texts follow.
    tab(studio, 'Objections').click();
    await studio.updateComplete;
    [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.preview-locale button')].find((choice) => textOf(choice) === 'EN')!.click();
    tab(studio, 'Insights').click();
    await until(() => textOf(replyCell('compare-whole-offer')!.querySelector('.reply-text')).startsWith('{clientName}, where did you see it cheaper?'), 'the texts did not follow the preview');
    expect(replyCell('compare-whole-offer')!.querySelector('.reply-text')!.getAttribute('lang')).to.equal('en');

    // A reply of another team's catalog: its id is all the studio knows.
    const files = new DataTransfer();
    const record = { v: 1, at: '2026-12-01T10:00:00.000Z', call: 'c1', locale: 'en', kind: 'copy', objectionId: 'expensive', replyId: 'our-own-reply', query: 'expensive' };
    files.items.add(new File([`${JSON.stringify(record)}\n`], 'other-team.jsonl'));
    insights(studio).querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await until(() => replyCell('our-own-reply'), 'the other log was not read');
    expect(replyCell('our-own-reply')!.querySelector('.reply-text')).to.equal(null);
    expect(textOf(replyCell('our-own-reply'))).to.equal('our-own-reply');
    await expect(studio).to.be.accessible();
  });
});
