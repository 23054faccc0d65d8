import { expect, fixtureCleanup } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import {
  RUSSIAN_OBJECTION,
  addRussianObjection,
  button,
  deskFinds,
  editor,
  field,
  fill,
  freshStorageEachTest,
  list,
  noticeText,
  openFile,
  previewDesk,
  problemList,
  problemsUnder,
  studioFixture,
  textOf,
  typeInto,
} from './helpers.js';

// Issue 14, points 4, 5, 9 and 10, as a marketer meets them: duplicated ids, adding a file to the draft, the
// search check and coverage, the question before exporting with errors, texts that may need an update.

const fixtureText = async (name: string) => (await fetch(`/tests/fixtures/studio/${name}`)).text();
const listedTitles = (studio: ObjectionStudio) => [...list(studio).querySelectorAll('.item-title')].map(textOf);
const listItem = (studio: ObjectionStudio, title: string) => [...list(studio).querySelectorAll<HTMLButtonElement>('.item')].find((item) => textOf(item.querySelector('.item-title')) === title);

/** Copies the built-in «Дорого / нашёл дешевле» into the draft with "Edit a copy". */
async function overrideExpensive(studio: ObjectionStudio): Promise<void> {
  await until(() => list(studio).querySelector('#builtin-pick option[value="expensive"]'), 'the built-in catalog did not load');
  list(studio).querySelector<HTMLSelectElement>('#builtin-pick')!.value = 'expensive';
  button(list(studio), 'Edit a copy').click();
  await studio.updateComplete;
}

describe('<objection-studio> files and checks', () => {
  const storage = freshStorageEachTest();

  it('reports a duplicated id on the copy being edited, and keeps the earlier «Дорого / нашёл дешевле» in the preview', async () => {
    const studio = await studioFixture(storage());
    await addRussianObjection(studio);
    await overrideExpensive(studio);
    // The copy of the first objection is put right after it: before «Дорого» in the list.
    listItem(studio, RUSSIAN_OBJECTION.title)!.click();
    await studio.updateComplete;
    button(list(studio), 'Duplicate').click();
    await studio.updateComplete;
    await fill(studio, 'ID', 'expensive');
    const id = () => field(editor(studio), 'ID');
    await until(() => problemsUnder(id()).includes('expensive'), 'no error under the ID of the copy');
    expect(id().getAttribute('aria-invalid')).to.equal('true');
    const original = listItem(studio, 'Дорого / нашёл дешевле')!;
    expect(textOf(original)).not.to.contain('error');
    const items = [...list(studio).querySelectorAll('.item')];
    expect(textOf(items[1])).to.contain('1 error');
    await until(async () => (await deskFinds(previewDesk(studio), 'дорого у вас'))[0] === 'Дорого / нашёл дешевле', 'the preview lost «Дорого / нашёл дешевле»');
    // The same after a reload: the copy is still the duplicate.
    fixtureCleanup();
    const reloaded = await studioFixture(storage());
    await until(() => textOf([...list(reloaded).querySelectorAll('.item')][1]).includes('1 error'), 'after a reload, the error is not on the copy');
    expect(textOf(listItem(reloaded, 'Дорого / нашёл дешевле'))).not.to.contain('error');
  });

  it('adds a file to the draft with "Add from file…", lists the objection it replaced, and takes it back on Undo', async () => {
    const studio = await studioFixture(storage());
    await addRussianObjection(studio);
    await overrideExpensive(studio);
    await openFile(studio, 'expensive-and-delivery.yaml', await fixtureText('expensive-and-delivery.yaml'), '#add-file');
    await until(() => noticeText(studio).startsWith('Added 2 objections from expensive-and-delivery.yaml'), 'the file was not added');
    expect(noticeText(studio)).to.contain('1 of them replaced').and.contain('Replaced (same code): Дорого / нашёл дешевле');
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title, 'Дорого (наш ответ)', 'Курьер опаздывает']);
    await expect(studio).to.be.accessible();
    button(studio.shadowRoot!, 'Undo').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title, 'Дорого / нашёл дешевле']);
  });

  it('keeps the phrases of a misspelt "tigger" when the marketer uses it as "triggers"', async () => {
    const studio = await studioFixture(storage());
    await openFile(studio, 'tigger.yaml', await fixtureText('tigger.yaml'));
    await until(() => noticeText(studio).startsWith('Opened tigger.yaml'), 'the file did not open');
    expect(field(editor(studio), 'What customers say (ru)').value).to.equal('');
    button(studio.shadowRoot!, 'Use "tigger" as "triggers" (installment)').click();
    await until(() => field(editor(studio), 'What customers say (ru)').value === 'а рассрочка есть\nможно в рассрочку\nкредит без переплаты', 'the phrases were not kept');
    expect(noticeText(studio)).to.contain('"tigger" is used as "triggers" in "installment"');
    await until(() => textOf(problemList(studio).querySelector('h2 .count')) === 'none', 'the objection still has problems');
  });

  it('warns under the phrases, in Russian, when a language has fewer than three', async () => {
    const studio = await studioFixture(storage(), { lang: 'ru' });
    button(list(studio), '+ Новое возражение').click();
    await studio.updateComplete;
    await fill(studio, 'Код возражения', 'installment');
    const phrases = () => field(editor(studio), 'Что говорит клиент (ru)');
    await typeInto(phrases(), 'а рассрочка есть');
    await until(() => problemsUnder(phrases()).includes('Всего 1 фраза на RU: добавьте хотя бы 3'), 'no warning for one phrase');
    await typeInto(phrases(), 'а рассрочка есть\nможно в рассрочку\nкредит без переплаты');
    await until(() => !problemsUnder(phrases()).includes('Всего'), 'the warning stays with three phrases');
  });

  it('tells that a phrase finds the built-in «Сейчас нет денег» first, or is a phrase of «Дорого / нашёл дешевле»', async () => {
    const studio = await studioFixture(storage());
    await addRussianObjection(studio);
    const phrases = () => field(editor(studio), 'What customers say (ru)');
    await typeInto(phrases(), `${RUSSIAN_OBJECTION.trigger}\nнет денег\nдорого`);
    await until(() => problemsUnder(phrases()).includes('Searching for "нет денег" finds "Сейчас нет денег" (built-in) first'), 'no note on a phrase found elsewhere');
    expect(problemsUnder(phrases())).to.contain('"дорого" is already a phrase of "Дорого / нашёл дешевле" (built-in)');
    expect(textOf(problemList(studio))).to.contain('Searching for "нет денег" finds');
  });

  it('shows every objection\'s phrases and replies per language in one table', async () => {
    const studio = await studioFixture(storage());
    await openFile(studio, 'installment.yaml', await fixtureText('installment.yaml'));
    await until(() => noticeText(studio).startsWith('Opened installment.yaml'), 'the file did not open');
    const table = studio.shadowRoot!.querySelector('.coverage')!;
    expect(textOf(table.querySelector('summary'))).to.equal('Coverage by language');
    expect(textOf(table.querySelector('td[data-locale="ru"]'))).to.equal('3 phrases 1 of 1 replies');
    const english = table.querySelector('td[data-locale="en"]')!;
    expect(textOf(english)).to.equal('1 phrase 1 of 1 replies');
    expect(english.classList.contains('tone-warning')).to.equal(true);
    table.querySelector('summary')!.click();
    await expect(studio).to.be.accessible();
  });

  it('asks before exporting a draft with errors, and can take the marketer to them instead', async () => {
    const studio = await studioFixture(storage());
    await addRussianObjection(studio);
    button(list(studio), '+ New objection').click();
    await studio.updateComplete;
    // Its empty fields are not errors yet, only "not filled in": the export checks everything, and counts them.
    await until(() => textOf(problemList(studio).querySelector('h2 .count')).includes('not filled in yet'), 'the blank objection is not listed as unfinished');
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL.call(URL, blob));
    try {
      button(studio.shadowRoot!, 'Download JSON').click();
      const dialog = () => studio.shadowRoot!.querySelector<HTMLDialogElement>('dialog.export-question')!;
      await until(() => dialog().open, 'no question before the download');
      expect(textOf(dialog())).to.match(/The catalog has \d+ errors\. Export anyway\?/).and.contain('new-objection');
      // The question counts the errors the problem list now shows.
      const errors = /(\d+) errors/.exec(textOf(dialog()))![1];
      await until(() => textOf(problemList(studio).querySelector('h2 .count')).includes(`${errors} errors`), 'the list does not show the errors counted');
      expect(blobs).to.have.length(0);
      await expect(studio).to.be.accessible();
      button(studio.shadowRoot!, 'Show the errors').click();
      await until(() => !dialog().open, 'the question stays open');
      await until(() => editor(studio).activeElement !== null, 'no field of the errors has focus');
      expect(blobs).to.have.length(0);
      button(studio.shadowRoot!, 'Download JSON').click();
      await until(() => dialog().open, 'no question on the second download');
      button(studio.shadowRoot!, 'Export anyway').click();
      await until(() => blobs.length === 1, 'no download after "Export anyway"');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
  });

  it('marks the English reply "may need an update" after the Russian one changed, across a reload, until confirmed', async () => {
    const studio = await studioFixture(storage());
    await openFile(studio, 'installment.yaml', await fixtureText('installment.yaml'));
    await until(() => noticeText(studio).startsWith('Opened installment.yaml'), 'the file did not open');
    await fill(studio, 'Reply 1 (ru)', 'Да, рассрочка на 24 месяца.');
    const english = () => field(editor(studio), 'Reply 1 (en)');
    const stale = (control: HTMLElement) => textOf(control.parentElement!.querySelector('.stale-text'));
    await until(() => stale(english()).includes('May need an update'), 'the English reply is not marked');
    expect(stale(field(editor(studio), 'Reply 1 (ru)'))).to.equal('');
    expect(stale(field(editor(studio), 'Title (en)'))).to.equal('');
    fixtureCleanup();
    const reloaded = await studioFixture(storage());
    const englishAgain = () => field(editor(reloaded), 'Reply 1 (en)');
    await until(() => stale(englishAgain()).includes('May need an update'), 'the mark is gone after a reload');
    await expect(reloaded).to.be.accessible();
    button(editor(reloaded), 'Confirm').click();
    await until(() => stale(englishAgain()) === '', 'the mark stays after Confirm');
    // Editing the marked text counts as an update too: changing the Russian one again marks it anew.
    await fill(reloaded, 'Reply 1 (ru)', 'Да, рассрочка на 36 месяцев.');
    await until(() => stale(englishAgain()) !== '', 'the English reply is not marked again');
    await typeInto(englishAgain(), 'Yes, 36 months of installments.');
    await until(() => stale(englishAgain()) === '', 'the mark stays on the updated English reply');
    expect(stale(field(editor(reloaded), 'Reply 1 (ru)'))).to.equal('');
  });
});
