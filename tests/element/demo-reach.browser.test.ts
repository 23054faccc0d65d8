import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionDesk } from '../../src/index.js';
import { demoFrame } from './demo-page.js';

// The demo CRM page with the built drop-in: an operator in the middle of a call, keyboard only.

const searchBox = (desk: ObjectionDesk) => desk.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]')!;
const deepFocus = (page: Document) => {
  let active = page.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('the demo, from the keyboard', () => {
  it('gives focus back to the widget after a language switch, so that the next keys search', async () => {
    const page = (await demoFrame('?lang=ru')).contentDocument!;
    const desk = page.querySelector<ObjectionDesk>('objection-desk')!;
    const english = page.querySelector<HTMLButtonElement>('[data-locale="en"]')!;
    english.focus();
    await sendKeys({ press: 'Enter' });
    expect(english.getAttribute('aria-pressed')).to.equal('true');
    expect(deepFocus(page)).to.equal(searchBox(desk));
    await sendKeys({ type: 'expensive' });
    await desk.updateComplete;
    expect(searchBox(desk).value).to.equal('expensive');
  });

  it('takes the operator from the call notes to a reply, fills its empty field, and back, with the reply ready to paste', async () => {
    const page = (await demoFrame('?lang=ru')).contentDocument!;
    const desk = page.querySelector<ObjectionDesk>('objection-desk')!;
    // A caller whose name the CRM does not know: the replies ask for it.
    const name = page.querySelector<HTMLInputElement>('#context-clientName')!;
    name.value = '';
    name.dispatchEvent(new Event('input'));
    const notes = page.querySelector<HTMLTextAreaElement>('#notes')!;
    const written = notes.value;
    notes.focus();
    notes.setSelectionRange(written.length, written.length);
    await sendKeys({ type: ' ' });

    await sendKeys({ press: 'Alt+Shift+KeyO' });
    expect(deepFocus(page)).to.equal(searchBox(desk));
    await sendKeys({ type: 'с мужем' });
    await desk.updateComplete;
    const options = () => [...desk.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    await until(() => options()[0]?.textContent?.includes('Я подумаю'), '«Я подумаю» did not come first');
    await sendKeys({ press: 'Enter' });
    await until(() => deepFocus(page)?.matches('[part="copy-button"]'), 'the first reply did not get focus');

    let copies = 0;
    const copied = new Promise<CustomEvent<{ text: string }>>((resolve) =>
      desk.addEventListener('reply-copy', (event) => {
        copies += 1;
        resolve(event as CustomEvent<{ text: string }>);
      }),
    );
    // Enter on a reply with an empty field goes to the field, copying nothing yet.
    await sendKeys({ press: 'Enter' });
    await until(() => deepFocus(page)?.matches('[part="placeholder"]'), 'Enter did not go to the empty field');
    expect(copies, 'copied before the field was filled').to.equal(0);
    expect(page.activeElement).to.equal(desk);
    await sendKeys({ type: 'Анна' });
    await sendKeys({ press: 'Enter' });
    const { text } = (await copied).detail;
    expect(text).to.contain('Анна');
    expect(text).not.to.contain('{');
    await until(() => page.activeElement === notes, 'focus did not go back to the notes');
    await sendKeys({ press: 'Control+V' });
    expect(notes.value).to.equal(`${written} ${text}`);
  });
});
