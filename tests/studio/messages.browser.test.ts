import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import { button, chooseCategory, editor, field, fill, freshStorageKey, list, noticeText, openFile, problemList, problemsUnder, studioFixture, textOf, typeInto } from './helpers.js';

/** What a Russian and a Turkish marketer read in the studio, for the same steps. */
interface Marketer {
  readonly lang: 'ru' | 'tr';
  readonly addObjection: string;
  readonly id: string;
  readonly title: (locale: string) => string;
  readonly triggers: string;
  readonly firstReply: string;
  readonly category: string;
  readonly trailingComma: string;
  readonly noEnglish: string;
  readonly writeEnglish: string;
  readonly unfinished: string;
  readonly errorWord: string;
  readonly noPhrase: string;
  readonly check: string;
  readonly priceTitle: string;
  readonly newCategoryName: string;
  readonly newCategoryCode: string;
  readonly categoryTitle: string;
  readonly replacesTrust: string;
  readonly placeholderTwin: string;
  readonly fixPlaceholder: string;
  readonly codeTaken: string;
  readonly fixCode: string;
}

const MARKETERS: readonly Marketer[] = [
  {
    lang: 'ru',
    addObjection: '+ Новое возражение',
    id: 'Код возражения',
    title: (locale) => `Название (${locale})`,
    triggers: 'Что говорит клиент (ru)',
    firstReply: 'Ответ 1 (ru)',
    category: 'Категория',
    trailingComma: 'Файл не читается: лишняя запятая перед } или ] (строка 3, столбец 16).',
    noEnglish: 'Нет текста EN',
    writeEnglish: 'Написать текст EN',
    unfinished: '3 поля не заполнены',
    errorWord: 'ошибк',
    noPhrase: 'Нет ни одной фразы клиента',
    check: 'Проверить',
    priceTitle: 'Цена',
    newCategoryName: 'Оплата',
    newCategoryCode: 'oplata',
    categoryTitle: 'Название категории «oplata» (ru)',
    replacesTrust: 'Заменяет встроенное «Можно ли вам доверять?»',
    placeholderTwin: 'может быть, {clientName}?',
    fixPlaceholder: 'Исправить на {clientName}',
    codeTaken: 'Код «new-objection» уже занят',
    fixCode: 'Дать код «new-objection-2»',
  },
  {
    lang: 'tr',
    addObjection: '+ Yeni itiraz',
    id: 'İtiraz kodu',
    title: (locale) => `Başlık (${locale})`,
    triggers: 'Müşteri ne diyor (ru)',
    firstReply: 'Yanıt 1 (ru)',
    category: 'Kategori',
    trailingComma: 'Dosya okunamıyor: } ya da ] öncesinde fazladan bir virgül var (satır 3, sütun 16).',
    noEnglish: 'EN metni yok',
    writeEnglish: 'EN metnini yaz',
    unfinished: '3 alan henüz doldurulmadı',
    errorWord: 'hata',
    noPhrase: 'Henüz müşteri ifadesi yok',
    check: 'Denetle',
    priceTitle: 'Fiyat',
    newCategoryName: 'Ödeme',
    newCategoryCode: 'odeme',
    categoryTitle: '“odeme” kategorisinin adı (ru)',
    replacesTrust: 'Yerleşik «Size güvenebilir miyim?» itirazının yerine geçer',
    placeholderTwin: '{clientName} mı demek istediniz?',
    fixPlaceholder: '{clientName} olarak düzelt',
    codeTaken: '«new-objection» kodu zaten kullanılıyor',
    fixCode: '«new-objection-2» kodunu kullan',
  },
];

const count = (studio: ObjectionStudio) => textOf(problemList(studio).querySelector('h2 .count'));
const fixIn = (root: ShadowRoot, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button.fix')].find((candidate) => textOf(candidate) === label);

/** Leaves the focused field, as a marketer moving on does. */
async function leave(studio: ObjectionStudio): Promise<void> {
  (editor(studio).activeElement as HTMLElement | null)?.blur();
  await studio.updateComplete;
}

async function addObjection(studio: ObjectionStudio, marketer: Marketer): Promise<void> {
  button(list(studio), marketer.addObjection).click();
  await studio.updateComplete;
}

for (const marketer of MARKETERS) {
  describe(`<objection-studio> messages, as a ${marketer.lang === 'ru' ? 'Russian' : 'Turkish'} marketer reads them`, () => {
    let storageKey: string;
    let studio: ObjectionStudio;

    beforeEach(async () => {
      storageKey = freshStorageKey();
      studio = await studioFixture(storageKey, { lang: marketer.lang });
      await until(() => !(studio.shadowRoot!.querySelectorAll('.toolbar-group button')[1] as HTMLButtonElement).disabled, 'the built-in catalog did not load');
    });

    afterEach(() => {
      localStorage.removeItem(storageKey);
      localStorage.removeItem(`${storageKey}:locale`);
    });

    it('says where a broken file has its extra comma, in words, by line and column', async () => {
      await openFile(studio, 'broken.json', '{\n  "objections": [\n    {"id": "x",}\n  ]\n}\n');
      const details = () => studio.shadowRoot!.querySelector<HTMLDetailsElement>('.notice details');
      await until(() => details() !== null, 'no notice of the broken file');
      expect(noticeText(studio)).to.contain(marketer.trailingComma);
      expect(noticeText(studio)).not.to.contain('JSON:').and.not.to.contain('position');
    });

    it('names a missing language\'s text and jumps to its field in one click', async () => {
      await addObjection(studio, marketer);
      const english = [...studio.shadowRoot!.querySelectorAll<HTMLLabelElement>('.locales label')].find((label) => textOf(label) === 'EN')!;
      english.querySelector('input')!.click();
      await studio.updateComplete;
      await fill(studio, marketer.title('ru'), 'Рассрочка');
      await leave(studio);
      const title = field(editor(studio), marketer.title('ru')).closest('fieldset')!;
      await until(() => textOf(title.querySelector('.problems')).includes(marketer.noEnglish), `the title says: ${textOf(title.querySelector('.problems'))}`);
      expect(textOf(title.querySelector('.problems'))).not.to.match(/English|locale|"en"/);
      fixIn(editor(studio), marketer.writeEnglish)!.click();
      await until(() => editor(studio).activeElement === field(editor(studio), marketer.title('en')), 'the English title did not get focus');
    });

    it('opens a blank new objection without errors, and shows a field\'s problem once it is left empty', async () => {
      await addObjection(studio, marketer);
      await until(() => count(studio) === marketer.unfinished, `the count reads "${count(studio)}"`);
      expect(count(studio)).not.to.contain(marketer.errorWord);
      expect(editor(studio).querySelectorAll('.problems').length).to.equal(0);
      const triggers = field(editor(studio), marketer.triggers);
      await typeInto(triggers, 'а');
      await sendKeys({ press: 'Backspace' });
      await leave(studio);
      const underPhrases = () => textOf(triggers.closest('fieldset')!.querySelector('.problems'));
      await until(() => underPhrases().includes(marketer.noPhrase), `under the phrases: "${underPhrases()}"`);
      expect(editor(studio).querySelectorAll('.problems').length, 'only the field left empty shows a problem').to.equal(1);
      button(problemList(studio), marketer.check).click();
      await until(() => count(studio).includes(marketer.errorWord), `after the check the count reads "${count(studio)}"`);
    });

    it('offers the categories by their names, makes a new one from its name, and names the built-in a code replaces', async () => {
      await addObjection(studio, marketer);
      const menu = field(editor(studio), marketer.category) as unknown as HTMLSelectElement;
      expect([...menu.options].map(textOf)).to.include(marketer.priceTitle);
      expect(textOf(menu.parentElement!.querySelector('.help'))).not.to.contain(': —');
      await chooseCategory(studio, marketer.category, marketer.newCategoryName);
      await until(() => studio.draft.catalog.objections[0]!.category === marketer.newCategoryCode, `the category is ${studio.draft.catalog.objections[0]!.category}`);
      expect(studio.draft.catalog.categories).to.deep.equal({ [marketer.newCategoryCode]: { title: { ru: marketer.newCategoryName } } });
      expect(field(editor(studio), marketer.categoryTitle).value).to.equal(marketer.newCategoryName);
      await until(() => problemsUnder(field(editor(studio), marketer.category)) === '', 'the category has a problem');
      await fill(studio, marketer.id, 'trust');
      await until(() => textOf(editor(studio).querySelector('.status')) === marketer.replacesTrust, `the banner reads "${textOf(editor(studio).querySelector('.status'))}"`);
    });

    it('suggests the known placeholder a wrong case stands for, and fixes it in one click', async () => {
      await addObjection(studio, marketer);
      const reply = field(editor(studio), marketer.firstReply);
      await typeInto(reply, '{clientname}, добрый день!');
      await leave(studio);
      await until(() => problemsUnder(reply).includes(marketer.placeholderTwin), `under the reply: "${problemsUnder(reply)}"`);
      expect(problemsUnder(reply)).not.to.contain('{orderNumber}');
      fixIn(editor(studio), marketer.fixPlaceholder)!.click();
      await until(() => (studio.draft.catalog.objections[0]!.replies![0]!.text as Record<string, string>)['ru'] === '{clientName}, добрый день!', 'the placeholder was not fixed');
    });

    it('tells a code already taken, by the objection that has it, and makes it unique in one click', async () => {
      await addObjection(studio, marketer);
      await addObjection(studio, marketer);
      await fill(studio, marketer.id, 'new-objection');
      await leave(studio);
      const id = () => field(editor(studio), marketer.id);
      await until(() => problemsUnder(id()).includes(marketer.codeTaken), `under the code: "${problemsUnder(id())}"`);
      expect(problemsUnder(id())).not.to.contain('objections[');
      fixIn(editor(studio), marketer.fixCode)!.click();
      await until(() => studio.draft.catalog.objections.map((objection) => objection.id).join() === 'new-objection,new-objection-2', 'the codes are still the same');
    });
  });
}
