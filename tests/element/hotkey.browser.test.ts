import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionDesk } from '../../src/index.js';
import { NARROW, WIDE, copyButtons, focused, objectionTitle, press, searchBox } from './helpers.js';
import '../../src/element/define.js';

const HOTKEY = 'Alt+Shift+KeyO';
const CALL_CONTEXT = JSON.stringify({ clientName: 'Анна', productName: 'Acer Aspire 5' });

/** A CRM page: call notes, then the widget (or `count` of them) in a sidebar; resolves once they are rendered. */
async function crmPage(attributes = '', count = 1): Promise<{ notes: HTMLTextAreaElement; desks: ObjectionDesk[] }> {
  const page = await fixture<HTMLDivElement>(html`<div>
    <label>Call notes <textarea id="notes">Customer hesitates.</textarea></label>
    <aside style="width: ${NARROW}px"></aside>
  </div>`);
  // The attributes as an integrator writes them in the page's HTML, with the call's context: the replies copied
  // here have no field left to fill, which would take the first Enter.
  page.querySelector('aside')!.innerHTML = `<objection-desk locale="ru" context='${CALL_CONTEXT}' ${attributes}></objection-desk>`.repeat(count);
  const desks = [...page.querySelectorAll<ObjectionDesk>('objection-desk')];
  for (const desk of desks) await desk.updateComplete;
  return { notes: page.querySelector('textarea')!, desks };
}

/** Puts the caret at the end of the notes, as an operator typing there. */
function typeInNotes(notes: HTMLTextAreaElement): void {
  notes.focus();
  notes.setSelectionRange(notes.value.length, notes.value.length);
}

describe('<objection-desk> hotkey', () => {
  it('focuses the search box from a text field of the page on Alt+Shift+O, which the search box announces', async () => {
    const { notes, desks: [desk] } = await crmPage();
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    expect(focused(desk!)).to.equal(searchBox(desk!));
    // Nothing was typed into the notes.
    expect(notes.value).to.equal('Customer hesitates.');
    expect(searchBox(desk!).getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+O');
    await expect(desk).to.be.accessible();
  });

  it('is found by where the key is, whatever keyboard layout is on (Russian gives "Щ" on that key)', async () => {
    const { notes, desks: [desk] } = await crmPage();
    typeInNotes(notes);
    const russian = new KeyboardEvent('keydown', { key: 'Щ', code: 'KeyO', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true });
    notes.dispatchEvent(russian);
    expect(russian.defaultPrevented).to.equal(true);
    expect(focused(desk!)).to.equal(searchBox(desk!));
  });

  it('leaves keys an input method is composing alone', async () => {
    const { notes, desks: [desk] } = await crmPage();
    typeInNotes(notes);
    notes.dispatchEvent(new KeyboardEvent('keydown', { key: 'O', code: 'KeyO', altKey: true, shiftKey: true, isComposing: true, bubbles: true, composed: true }));
    expect(document.activeElement).to.equal(notes);
    expect(focused(desk!)).to.equal(null);
  });

  it('selects what the search box held, so that typing replaces it, and the reply copied sends focus back to the notes', async () => {
    const { notes, desks: [desk] } = await crmPage();
    desk!.focus();
    await sendKeys({ type: 'ljhjuj' });
    typeInNotes(notes);

    await sendKeys({ press: HOTKEY });
    await sendKeys({ type: 'дорого' });
    await desk!.updateComplete;
    expect(searchBox(desk!).value).to.equal('дорого');
    await press(desk!, 'Enter');
    await until(() => focused(desk!) === copyButtons(desk!)[0], 'the first reply did not get focus');
    const copied = oneEvent(desk!, 'reply-copy');
    await sendKeys({ press: 'Enter' });
    expect((await copied).detail.copied).to.equal(true);

    expect(document.activeElement).to.equal(notes);
    // The caret is where the operator left it: Ctrl+V pastes at the end of the notes.
    expect(notes.selectionStart).to.equal(notes.value.length);
    await sendKeys({ press: 'Control+V' });
    expect(notes.value).to.equal(`Customer hesitates.${(await copied).detail.text}`);
  });

  it('keeps focus on the reply after a copy with return-focus="false"', async () => {
    const { notes, desks: [desk] } = await crmPage('return-focus="false"');
    expect(desk!.returnFocus).to.equal(false);
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    await sendKeys({ type: 'дорого' });
    await press(desk!, 'Enter');
    await until(() => focused(desk!) === copyButtons(desk!)[0], 'the first reply did not get focus');
    const copied = oneEvent(desk!, 'reply-copy');
    await sendKeys({ press: 'Enter' });
    await copied;
    expect(focused(desk!)).to.equal(copyButtons(desk!)[0]);
  });

  it('does not send focus back when the operator came to the widget another way', async () => {
    const { notes, desks: [desk] } = await crmPage();
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    // The operator goes to the notes and back with the mouse or Tab: the hotkey no longer brought them.
    typeInNotes(notes);
    desk!.focus();
    await sendKeys({ type: 'дорого' });
    await press(desk!, 'Enter');
    await until(() => objectionTitle(desk!) !== undefined, 'the objection did not open');
    const copied = oneEvent(desk!, 'reply-copy');
    await sendKeys({ press: 'Enter' });
    await copied;
    expect(focused(desk!)).to.equal(copyButtons(desk!)[0]);
  });

  it('is off with hotkey="", and then announces no shortcut', async () => {
    const { notes, desks: [desk] } = await crmPage('hotkey=""');
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    expect(document.activeElement).to.equal(notes);
    expect(searchBox(desk!).hasAttribute('aria-keyshortcuts')).to.equal(false);
  });

  it('is named among the keyboard hints of the wide layout, and not when it is off', async () => {
    const hints = async (attributes: string) => {
      const desk = await fixture<ObjectionDesk>(html`<objection-desk locale="ru" style="width: ${WIDE}px"></objection-desk>`);
      for (const [name, value] of attributes ? [attributes.split('=') as [string, string]] : []) desk.setAttribute(name, value);
      await desk.updateComplete;
      return [...desk.shadowRoot!.querySelectorAll('.keyboard-hints li')].map((hint) => hint.textContent!.replace(/\s+/g, ' ').trim());
    };
    expect(await hints('')).to.include('Alt+Shift+O поиск из любого места страницы');
    expect(await hints('hotkey=Control+Shift+9')).to.include('Control+Shift+9 поиск из любого места страницы');
    expect((await hints('hotkey=')).join()).not.to.contain('поиск из любого места');
  });

  it('takes another shortcut, and never a key without Control, Alt or Meta', async () => {
    const { notes, desks: [desk] } = await crmPage('hotkey="Control+Shift+9"');
    typeInNotes(notes);
    await sendKeys({ press: 'Control+Shift+Digit9' });
    expect(focused(desk!)).to.equal(searchBox(desk!));

    desk!.hotkey = 'Shift+O';
    await desk!.updateComplete;
    typeInNotes(notes);
    await sendKeys({ press: 'Shift+KeyO' });
    expect(document.activeElement).to.equal(notes);
    expect(notes.value).to.equal('Customer hesitates.O');
    expect(searchBox(desk!).hasAttribute('aria-keyshortcuts')).to.equal(false);
  });

  it('of two widgets, brings the one focused last, else the first visible one', async () => {
    const { notes, desks } = await crmPage('', 2);
    const [first, second] = desks as [ObjectionDesk, ObjectionDesk];
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    expect(focused(first)).to.equal(searchBox(first));

    second.focus();
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    expect(focused(second)).to.equal(searchBox(second));

    // The one focused last is hidden now (a closed panel): the first visible one answers.
    second.style.display = 'none';
    first.style.display = 'none';
    const third = document.createElement('objection-desk');
    notes.closest('div')!.querySelector('aside')!.append(third);
    await third.updateComplete;
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    expect(focused(third)).to.equal(searchBox(third));
  });

  it('stops listening once the widget has left the page', async () => {
    const { notes, desks: [desk] } = await crmPage();
    desk!.remove();
    typeInNotes(notes);
    await sendKeys({ press: HOTKEY });
    expect(document.activeElement).to.equal(notes);
  });
});
