import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import { RUSSIAN_OBJECTION, addRussianObjection, button, editor, field, fill, freshStorageEachTest, list, noticeText, openFile, studioFixture, tester, textOf } from './helpers.js';

const fixtureText = async (name: string) => (await fetch(`/tests/fixtures/studio/${name}`)).text();
const listedTitles = (studio: ObjectionStudio) => [...list(studio).querySelectorAll('.item-title')].map(textOf);
const historyStatus = (studio: ObjectionStudio) => textOf(studio.shadowRoot!.querySelector('.history-status'));
/** The toolbar's button whose text is `label`. */
function toolbarButton(studio: ObjectionStudio, label: string): HTMLButtonElement {
  const found = [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find((candidate) => textOf(candidate) === label);
  if (!found) throw new Error(`no button "${label}" in the toolbar`);
  return found;
}
/** The list item that has the focus, by its title; '' when the focus is not on one. */
const focusedItem = (studio: ObjectionStudio) => {
  const focused = list(studio).activeElement;
  return focused?.classList.contains('item') ? textOf(focused.querySelector('.item-title')) : '';
};

const EXPENSIVE = 'Дорого / нашёл дешевле';

/** A Russian studio with the built-in catalog opened as the draft, its first objection («Дорого…») shown. */
async function studioWithBuiltin(storageKey: string): Promise<ObjectionStudio> {
  const studio = await studioFixture(storageKey, { lang: 'ru' });
  const open = () => button(studio.shadowRoot!, 'Открыть встроенный каталог');
  await until(() => !open().disabled, 'the built-in catalog did not load');
  open().click();
  await until(() => listedTitles(studio)[0] === EXPENSIVE, 'the built-in catalog did not open');
  return studio;
}

describe('<objection-studio> undo and redo', () => {
  const storage = freshStorageEachTest();

  it('deletes one objection when Enter is pressed twice on «Удалить», says so, and moves the focus to the next one', async () => {
    const studio = await studioWithBuiltin(storage());
    const [, second] = listedTitles(studio);
    const count = listedTitles(studio).length;
    button(list(studio), 'Удалить').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focusedItem(studio) === second, `the focus is on «${focusedItem(studio)}», not on the next objection`);
    await sendKeys({ press: 'Enter' });
    await studio.updateComplete;
    expect(listedTitles(studio)).to.have.length(count - 1);
    expect(listedTitles(studio)).not.to.include(EXPENSIVE);
    expect(listedTitles(studio)[0]).to.equal(second);
    const status = studio.shadowRoot!.querySelector('.history-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(status)).to.equal(`Удалено «${EXPENSIVE}». Отменить`);
  });

  it('passes an automated accessibility check with the message of a delete shown', async () => {
    const studio = await studioWithBuiltin(storage());
    button(list(studio), 'Удалить').click();
    await until(() => historyStatus(studio).startsWith('Удалено'), 'no message about the delete');
    await expect(studio).to.be.accessible();
  });

  it('moves the focus to the one before a deleted objection that was the last', async () => {
    const studio = await studioWithBuiltin(storage());
    const titles = listedTitles(studio);
    list(studio).querySelectorAll<HTMLButtonElement>('.item')[titles.length - 1]!.click();
    await studio.updateComplete;
    button(list(studio), 'Удалить').click();
    await until(() => focusedItem(studio) === titles.at(-2), 'the focus is not on the objection before the deleted last one');
  });

  it('brings a deleted objection back with «Отменить» in the message, and deletes it again with «Вернуть»', async () => {
    const studio = await studioWithBuiltin(storage());
    const titles = listedTitles(studio);
    button(list(studio), 'Удалить').click();
    await until(() => historyStatus(studio).startsWith('Удалено'), 'no message about the delete');
    studio.shadowRoot!.querySelector<HTMLButtonElement>('.history-status button')!.click();
    await until(() => listedTitles(studio)[0] === EXPENSIVE, 'Undo in the message did not bring the objection back');
    expect(listedTitles(studio)).to.deep.equal(titles);
    await until(() => focusedItem(studio) === EXPENSIVE, 'the focus is not on the objection that came back');
    const redo = toolbarButton(studio, 'Вернуть');
    expect(redo.disabled).to.equal(false);
    redo.click();
    await studio.updateComplete;
    expect(listedTitles(studio)).not.to.include(EXPENSIVE);
    expect(toolbarButton(studio, 'Вернуть').disabled).to.equal(true);
  });

  it('undoes a delete with Ctrl+Z and does it again with Ctrl+Shift+Z and Ctrl+Y, the focus outside any field', async () => {
    const studio = await studioWithBuiltin(storage());
    button(list(studio), 'Удалить').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !listedTitles(studio).includes(EXPENSIVE), 'Enter did not delete');
    await until(() => focusedItem(studio) !== '', 'the focus did not move to the list');
    await sendKeys({ press: 'Control+z' });
    await until(() => listedTitles(studio)[0] === EXPENSIVE, 'Ctrl+Z did not bring the objection back');
    await sendKeys({ press: 'Control+Shift+z' });
    await until(() => !listedTitles(studio).includes(EXPENSIVE), 'Ctrl+Shift+Z did not delete it again');
    await sendKeys({ press: 'Control+z' });
    await until(() => listedTitles(studio)[0] === EXPENSIVE, 'the second Ctrl+Z did not bring it back');
    await sendKeys({ press: 'Control+y' });
    await until(() => !listedTitles(studio).includes(EXPENSIVE), 'Ctrl+Y did not delete it again');
  });

  it('keeps the history across a reload: Undo still brings back what was deleted', async () => {
    const first = await studioWithBuiltin(storage());
    button(list(first), 'Удалить').click();
    await until(() => !listedTitles(first).includes(EXPENSIVE), 'the delete did not happen');
    fixtureCleanup();
    const studio = await studioFixture(storage(), { lang: 'ru' });
    expect(listedTitles(studio)).not.to.include(EXPENSIVE);
    toolbarButton(studio, 'Отменить').click();
    await studio.updateComplete;
    expect(listedTitles(studio)[0]).to.equal(EXPENSIVE);
    // And further back: before the built-in catalog was opened, the draft was empty.
    toolbarButton(studio, 'Отменить').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal([]);
    expect(toolbarButton(studio, 'Отменить').disabled).to.equal(true);
  });

  it('keeps the draft an open replaced one Undo away, after ×, a reload and a file that could not be opened', async () => {
    const first = await studioFixture(storage());
    await addRussianObjection(first);
    await openFile(first, 'delivery.yaml', await fixtureText('delivery.yaml'));
    await until(() => noticeText(first).startsWith('Opened delivery.yaml'), 'the file did not open');
    button(first.shadowRoot!, '×').click();
    await first.updateComplete;
    fixtureCleanup();
    const studio = await studioFixture(storage());
    expect(listedTitles(studio)).to.deep.equal(['Заказ задерживается']);
    await openFile(studio, 'bad-indent.yaml', await fixtureText('bad-indent.yaml'));
    await until(() => noticeText(studio).includes('could not be opened'), 'no message about the broken file');
    toolbarButton(studio, 'Undo').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title]);
    // «Start empty» then takes nothing for good: the draft it replaced is one Undo away.
    button(studio.shadowRoot!, 'Start empty').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal([]);
    toolbarButton(studio, 'Undo').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title]);
  });

  it('redoes an open undone from its notice, and the notice no longer says the previous draft is back', async () => {
    const studio = await studioFixture(storage());
    await addRussianObjection(studio);
    await openFile(studio, 'delivery.yaml', await fixtureText('delivery.yaml'));
    await until(() => noticeText(studio).startsWith('Opened delivery.yaml'), 'the file did not open');
    studio.shadowRoot!.querySelector<HTMLButtonElement>('.notice button')!.click();
    await studio.updateComplete;
    expect(noticeText(studio)).to.contain('The previous draft is back.');
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title]);
    toolbarButton(studio, 'Redo').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal(['Заказ задерживается']);
    expect(noticeText(studio)).to.equal('');
  });

  it('undoes a word typed into a field in one step with Ctrl+Z outside the field', async () => {
    const studio = await studioFixture(storage());
    await addRussianObjection(studio);
    await fill(studio, 'Title (ru)', 'Рассрочка на год');
    list(studio).querySelector<HTMLButtonElement>('.item')!.focus();
    await sendKeys({ press: 'Control+z' });
    await until(() => field(editor(studio), 'Title (ru)').value === RUSSIAN_OBJECTION.title, 'Ctrl+Z did not bring back the title as it was before the word');
    await sendKeys({ press: 'Control+Shift+z' });
    await until(() => field(editor(studio), 'Title (ru)').value === 'Рассрочка на год', 'Ctrl+Shift+Z did not type the word again');
  });

  it('leaves Ctrl+Z in a text field to the field: the draft is not undone from the phrase tester', async () => {
    const studio = await studioFixture(storage());
    await addRussianObjection(studio);
    button(list(studio), 'Duplicate').click();
    await studio.updateComplete;
    tester(studio).querySelector('input')!.focus();
    await sendKeys({ press: 'Control+z' });
    await studio.updateComplete;
    expect(listedTitles(studio)).to.deep.equal([RUSSIAN_OBJECTION.title, RUSSIAN_OBJECTION.title]);
  });

  it('saves at once when the page is hidden (a switched tab), without waiting for a pause in typing', async () => {
    const studio = await studioFixture(storage());
    button(list(studio), '+ New objection').click();
    await studio.updateComplete;
    await fill(studio, 'Title (ru)', RUSSIAN_OBJECTION.title);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(localStorage.getItem(storage())).to.contain(RUSSIAN_OBJECTION.title);
  });

  it('keeps the draft, and its newest changes to undo, in a storage too full for the whole history', async () => {
    const first = await studioWithBuiltin(storage());
    for (let n = 0; n < 3; n += 1) {
      button(list(first), 'Удалить').click();
      await first.updateComplete;
    }
    const titles = listedTitles(first);
    const setItem = Storage.prototype.setItem;
    // Room for the draft and a few kilobytes more: not for the built-in catalog the first step replaced.
    const room = JSON.stringify({ draft: first.draft }).length + 20_000;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (value.length > room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
    try {
      fixtureCleanup();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    const kept = (JSON.parse(localStorage.getItem(storage())!) as { history: { undo: unknown[] } }).history.undo.length;
    expect(kept).to.be.within(1, 3);
    const studio = await studioFixture(storage(), { lang: 'ru' });
    expect(listedTitles(studio)).to.deep.equal(titles);
    expect(textOf(studio.shadowRoot!.querySelector('.save-state'))).to.equal('Черновик сохранён в этом браузере');
    toolbarButton(studio, 'Отменить').click();
    await studio.updateComplete;
    expect(listedTitles(studio)).to.have.length(titles.length + 1);
  });

  it('keeps every letter typed right before a reload', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 800px';
    frame.src = `/tests/studio/reload-page/index.html?key=${encodeURIComponent(storage())}`;
    const studioIn = () => frame.contentDocument?.querySelector<ObjectionStudio>('objection-studio');
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    let load = loaded();
    document.body.append(frame);
    try {
      await load;
      await until(() => studioIn()?.shadowRoot?.querySelector('objection-studio-list')?.shadowRoot, 'the studio did not start in the frame');
      button(list(studioIn()!), '+ Новое возражение').click();
      await until(() => studioIn()!.shadowRoot!.querySelector('objection-studio-editor')?.shadowRoot?.querySelector('textarea'), 'no form for the new objection');
      const reply = field(editor(studioIn()!), 'Ответ 1 (ru)');
      reply.focus();
      await sendKeys({ type: RUSSIAN_OBJECTION.reply });
      load = loaded();
      // The reload comes at once: no pause for the debounced save.
      frame.contentWindow!.location.reload();
      await load;
      await until(() => studioIn()?.shadowRoot?.querySelector('objection-studio-editor')?.shadowRoot?.querySelector('textarea'), 'the reloaded studio lost the new objection');
      expect(field(editor(studioIn()!), 'Ответ 1 (ru)').value).to.equal(RUSSIAN_OBJECTION.reply);
    } finally {
      frame.remove();
    }
  });
});
