import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import { compileCatalogFiles } from '../../src/core/catalog-files.js';
import { parseCatalog } from '../../src/core/index.js';
import type { CatalogExportDetail } from '../../src/studio/events.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import {
  RUSSIAN_OBJECTION,
  addRussianObjection,
  button,
  chooseCategory,
  deskFinds,
  editor,
  field,
  fill,
  freshStorageKey,
  languageButton,
  list,
  noticeText,
  openFile,
  previewDesk,
  problemList,
  problemsUnder,
  studioFixture,
  tester,
  textOf,
  typeInto,
  type FormLabels,
} from './helpers.js';

const fixtureText = async (name: string) => (await fetch(`/tests/fixtures/studio/${name}`)).text();
const listedTitles = (studio: ObjectionStudio) => [...list(studio).querySelectorAll('.item-title')].map(textOf);
const heading = (studio: ObjectionStudio) => textOf(studio.shadowRoot!.querySelector('h1'));

const RUSSIAN_LABELS: FormLabels = {
  addObjection: '+ Новое возражение',
  id: 'Код возражения',
  title: 'Название (ru)',
  triggers: 'Что говорит клиент (ru)',
  firstReply: 'Ответ 1 (ru)',
  noProblems: 'нет',
};

/** Runs `test` on a page whose `<html lang>` is `lang`, then puts the page's own back. */
async function onPageIn(lang: string, test: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const own = root.getAttribute('lang');
  root.lang = lang;
  try {
    await test();
  } finally {
    if (own === null) root.removeAttribute('lang');
    else root.lang = own;
  }
}

describe('<objection-studio>', () => {
  let storageKey: string;

  beforeEach(() => {
    storageKey = freshStorageKey();
  });

  afterEach(() => {
    localStorage.removeItem(storageKey);
    localStorage.removeItem(`${storageKey}:locale`);
  });

  it('starts empty, as a catalog that extends the built-in one', async () => {
    const studio = await studioFixture(storageKey);
    expect(textOf(studio.shadowRoot!.querySelector('.empty-editor h2'))).to.equal('This catalog is empty');
    const extend = studio.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"]')!;
    expect(extend.checked).to.equal(true);
    expect(textOf(extend.parentElement)).to.contain('extends the built-in one');
    expect(previewDesk(studio).noBuiltin).to.equal(false);
  });

  it('finds a new Russian objection in the preview by its phrase, and still finds "expensive" first for "дорого у вас"', async () => {
    const studio = await studioFixture(storageKey);
    await addRussianObjection(studio);
    const desk = previewDesk(studio);
    await until(async () => (await deskFinds(desk, RUSSIAN_OBJECTION.trigger))[0] === RUSSIAN_OBJECTION.title, 'the preview does not find the new objection');
    expect((await deskFinds(desk, 'дорого у вас'))[0]).to.equal('Дорого / нашёл дешевле');
  });

  it('shows which entries a test phrase hits, with the matched text', async () => {
    const studio = await studioFixture(storageKey);
    await addRussianObjection(studio);
    await typeInto(tester(studio).querySelector('input')!, RUSSIAN_OBJECTION.trigger);
    const hits = () => [...tester(studio).querySelectorAll('.hit')];
    // The tester answers as the phrase is typed: a prefix may list another objection first for a moment.
    const firstTitle = () => textOf(hits()[0]?.querySelector('.hit-title'));
    await until(() => firstTitle() === RUSSIAN_OBJECTION.title, 'the tester does not list the new objection first');
    expect(textOf(hits()[0])).to.contain('your draft').and.contain(RUSSIAN_OBJECTION.trigger);
    expect(hits().length).to.be.at.most(3);
    await typeInto(tester(studio).querySelector('input')!, 'дорого у вас');
    await until(() => textOf(hits()[0]?.querySelector('.hit-title')) === 'Дорого / нашёл дешевле', 'the tester does not find "expensive" first');
    expect(textOf(hits()[0])).to.contain('built-in');
  });

  it('shows an error under a bad ID as it is typed, and takes it away once fixed', async () => {
    const studio = await studioFixture(storageKey);
    button(list(studio), '+ New objection').click();
    await studio.updateComplete;
    await fill(studio, 'ID', 'Рассрочка');
    const id = () => field(editor(studio), 'ID');
    await until(() => problemsUnder(id()).includes('Has the id "Рассрочка"'), 'no error under the ID');
    expect(id().getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(problemList(studio))).to.contain('ID');
    await fill(studio, 'ID', 'installment');
    await until(() => problemsUnder(id()) === '', 'the error stays under the fixed ID');
    expect(id().getAttribute('aria-invalid')).to.equal('false');
  });

  it('takes the marketer to the field of a problem they click', async () => {
    const studio = await studioFixture(storageKey);
    button(list(studio), '+ New objection').click();
    await studio.updateComplete;
    const missingTitle = () => [...problemList(studio).querySelectorAll('button')].find((row) => textOf(row).includes('Title'));
    await until(() => missingTitle() !== undefined, 'the empty title is not listed as a problem');
    missingTitle()!.click();
    await until(() => editor(studio).activeElement === field(editor(studio), 'Title (ru)'), 'the title field did not get focus');
  });

  it('downloads a catalog.json that parses without errors and holds the new objection', async () => {
    const studio = await studioFixture(storageKey);
    await addRussianObjection(studio);
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL.call(URL, blob));
    try {
      const exported = oneEvent(studio, 'catalog-export');
      button(studio.shadowRoot!, 'Download JSON').click();
      const detail: CatalogExportDetail = (await exported).detail;
      expect(detail.fileName).to.equal('catalog.json');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    const { catalog, problems } = parseCatalog(await blobs[0]!.text(), 'catalog.json');
    expect(problems.filter((found) => found.severity === 'error')).to.deep.equal([]);
    const objection = catalog.objections.find((candidate) => candidate.id === RUSSIAN_OBJECTION.id)!;
    expect(objection.title['ru']).to.equal(RUSSIAN_OBJECTION.title);
    expect(objection.triggers['ru']).to.deep.equal([RUSSIAN_OBJECTION.trigger]);
  });

  it('asks for the title of a category of the marketer\'s own, shows it in the preview and exports it', async () => {
    const studio = await studioFixture(storageKey);
    await addRussianObjection(studio);
    const categoryTitle = 'Title of the category “installments” (ru)';
    // Which categories are built in is known once the built-in catalog, loaded after the first render, is there.
    await until(() => !button(studio.shadowRoot!, 'Open built-in catalog').disabled, 'the built-in catalog did not load');
    await chooseCategory(studio, 'Category', 'price');
    expect(() => field(editor(studio), categoryTitle), 'a built-in category has its title').to.throw();
    await chooseCategory(studio, 'Category', 'installments');
    await fill(studio, categoryTitle, 'Рассрочка');
    const desk = previewDesk(studio);
    const groupLabels = () => [...desk.shadowRoot!.querySelectorAll('[part="group-label"]')].map(textOf);
    await until(() => groupLabels().includes('Рассрочка'), `the preview lists ${JSON.stringify(groupLabels())}`);
    const exported = oneEvent(studio, 'catalog-export');
    button(studio.shadowRoot!, 'Copy JSON').click();
    const { text } = (await exported).detail as CatalogExportDetail;
    const { catalog, problems } = parseCatalog(text, 'catalog.json');
    expect(problems.filter((found) => found.severity === 'error')).to.deep.equal([]);
    expect(catalog.categories).to.deep.equal([{ id: 'installments', title: { ru: 'Рассрочка' } }]);
    expect(Object.keys(JSON.parse(text) as object)).to.deep.equal(['$schema', 'locales', 'categories', 'objections']);
    // A title emptied again leaves no category behind.
    const emptied = field(editor(studio), categoryTitle);
    emptied.focus();
    emptied.select();
    await sendKeys({ press: 'Backspace' });
    await until(() => studio.draft.catalog.categories === undefined, 'the emptied category stayed in the draft');
  });

  it('tells the page of its exports only: the events between its own parts stay inside it', async () => {
    const studio = await studioFixture(storageKey);
    const internal = ['objection-pick', 'objection-change', 'objection-command', 'category-change', 'problem-pick'];
    const heard: string[] = [];
    const hear = (event: Event) => heard.push(event.type);
    for (const name of internal) document.addEventListener(name, hear);
    try {
      await addRussianObjection(studio);
      await chooseCategory(studio, 'Category', 'installments');
      await fill(studio, 'Title of the category “installments” (ru)', 'Рассрочка');
      button(list(studio), '+ New objection').click();
      await studio.updateComplete;
      const missingTitle = () => [...problemList(studio).querySelectorAll('button')].find((row) => textOf(row).includes('Title'));
      await until(() => missingTitle() !== undefined, 'the empty title is not listed as a problem');
      missingTitle()!.click();
      list(studio).querySelector<HTMLButtonElement>('.item')!.click();
      await until(() => field(editor(studio), 'ID').value === RUSSIAN_OBJECTION.id, 'the first objection was not picked');
      expect(studio.draft.catalog.categories).to.deep.equal({ installments: { title: { ru: 'Рассрочка' } } });
      const exported = oneEvent(document, 'catalog-export');
      button(studio.shadowRoot!, 'Copy JSON').click();
      // The new objection is still blank: the studio asks before exporting a draft with errors.
      await until(() => studio.shadowRoot!.querySelector('dialog.export-question[open]'), 'no question before exporting with errors');
      button(studio.shadowRoot!, 'Export anyway').click();
      expect((await exported).detail.fileName).to.equal('catalog.json');
    } finally {
      for (const name of internal) document.removeEventListener(name, hear);
    }
    expect(heard).to.deep.equal([]);
  });

  it('exports YAML that reads back to the same catalog, the reply as a block', async () => {
    const studio = await studioFixture(storageKey);
    await openFile(studio, 'delivery.yaml', await fixtureText('delivery.yaml'));
    await until(() => noticeText(studio).startsWith('Opened delivery.yaml'), 'the file did not open');
    const exported = oneEvent(studio, 'catalog-export');
    button(studio.shadowRoot!, 'Download YAML').click();
    const { text }: CatalogExportDetail = (await exported).detail;
    expect(text).to.contain('ru: |-');
    const read = compileCatalogFiles([{ name: 'catalog.yaml', text }], 'catalog.yaml');
    expect(read.problems).to.deep.equal([]);
    expect(read.catalog.objections[0]!.replies[0]!.text['ru']).to.equal('{clientName}, простите за ожидание.\nЗаказ {orderNumber} уже в пути.');
  });

  it('keeps the draft across a reload', async () => {
    const first = await studioFixture(storageKey);
    await addRussianObjection(first);
    // The page goes away (a reload) right after the last keystroke.
    fixtureCleanup();
    const studio = await studioFixture(storageKey);
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title]);
    expect(field(editor(studio), 'ID').value).to.equal(RUSSIAN_OBJECTION.id);
    expect(field(editor(studio), 'What customers say (ru)').value).to.equal(RUSSIAN_OBJECTION.trigger);
    expect(field(editor(studio), 'Reply 1 (ru)').value).to.equal(RUSSIAN_OBJECTION.reply);
  });

  it('does not replace the draft with a file that cannot be read, and says where it is broken', async () => {
    const studio = await studioFixture(storageKey);
    await addRussianObjection(studio);
    await openFile(studio, 'bad-indent.yaml', await fixtureText('bad-indent.yaml'));
    await until(() => noticeText(studio).includes('could not be opened'), 'no message about the broken file');
    expect(noticeText(studio)).to.contain('your draft is unchanged').and.match(/bad-indent\.yaml:4:\d+/);
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title]);
    expect(field(editor(studio), 'ID').value).to.equal(RUSSIAN_OBJECTION.id);
  });

  it('opens a readable file in place of the draft, and brings the draft back on Undo', async () => {
    const studio = await studioFixture(storageKey);
    await addRussianObjection(studio);
    await openFile(studio, 'delivery.yaml', await fixtureText('delivery.yaml'));
    await until(() => noticeText(studio).startsWith('Opened delivery.yaml'), 'the file did not open');
    expect(listedTitles(studio)).to.deep.equal(['Заказ задерживается']);
    button(studio.shadowRoot!, 'Undo').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title]);
  });

  it('keeps working, and says so once, when the browser refuses to store the draft', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const studio = await studioFixture(storageKey);
      await addRussianObjection(studio);
      const status = () => textOf(studio.shadowRoot!.querySelector('.save-state'));
      await until(() => status().includes('not saved'), 'the studio does not say the draft is not saved');
      expect(studio.shadowRoot!.querySelectorAll('.not-saved')).to.have.length(1);
      const desk = previewDesk(studio);
      await until(async () => (await deskFinds(desk, RUSSIAN_OBJECTION.trigger))[0] === RUSSIAN_OBJECTION.title, 'the preview stopped working');
      // The language switch cannot be remembered either, and still works.
      languageButton(studio, 'RU').click();
      await until(() => status().startsWith('Браузер не может сохранить черновик'), 'the switch to Russian did not work without storage');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('opens a copy of the built-in catalog that replaces it in the preview', async () => {
    const studio = await studioFixture(storageKey);
    const open = () => button(studio.shadowRoot!, 'Open built-in catalog');
    await until(() => !open().disabled, 'the built-in catalog did not load');
    open().click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.include('Дорого / нашёл дешевле');
    expect(previewDesk(studio).noBuiltin).to.equal(true);
    const replace = [...studio.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="mode"]')][1]!;
    expect(replace.checked).to.equal(true);
  });

  it('speaks Russian on a page in Russian: the «Новое возражение» button and the title field', async () => {
    await onPageIn('ru', async () => {
      const studio = await studioFixture(storageKey, { lang: null });
      expect(heading(studio)).to.equal('Студия каталога');
      button(list(studio), '+ Новое возражение').click();
      await studio.updateComplete;
      const title = field(editor(studio), 'Название (ru)');
      expect(textOf(title.closest('fieldset')!.querySelector('legend'))).to.equal('Название');
      expect(textOf(studio.shadowRoot!.querySelector('.save-state'))).to.equal('Черновик сохранён в этом браузере');
      expect(languageButton(studio, 'RU').getAttribute('aria-pressed')).to.equal('true');
    });
  });

  it('switches to Turkish from the header, and keeps the choice when the studio is opened again', async () => {
    const first = await studioFixture(storageKey, { lang: 'ru' });
    expect(button(list(first), '+ Новое возражение')).to.exist;
    languageButton(first, 'TR').click();
    await until(() => heading(first) === 'Katalog stüdyosu', 'the header did not switch to Turkish');
    button(list(first), '+ Yeni itiraz').click();
    await first.updateComplete;
    expect(field(editor(first), 'Başlık (ru)')).to.exist;
    expect(field(editor(first), 'Müşteri ne diyor (ru)')).to.exist;
    expect(languageButton(first, 'TR').getAttribute('aria-pressed')).to.equal('true');
    fixtureCleanup();
    const studio = await studioFixture(storageKey, { lang: 'ru' });
    expect(heading(studio)).to.equal('Katalog stüdyosu');
    expect(field(editor(studio), 'Başlık (ru)')).to.exist;
  });

  it('lets a marketer add an objection through the Russian form', async () => {
    const studio = await studioFixture(storageKey, { lang: 'ru' });
    await addRussianObjection(studio, RUSSIAN_LABELS);
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title]);
    expect(textOf(problemList(studio).querySelector('.ok-text'))).to.equal('Каталог готов к экспорту.');
    const desk = previewDesk(studio);
    await until(async () => (await deskFinds(desk, RUSSIAN_OBJECTION.trigger))[0] === RUSSIAN_OBJECTION.title, 'the preview does not find the new objection');
  });

  it('passes an automated accessibility check', async () => {
    const studio = await studioFixture(storageKey);
    await addRussianObjection(studio);
    await expect(studio).to.be.accessible();
  });
});
