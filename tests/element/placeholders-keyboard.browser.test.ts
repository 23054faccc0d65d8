// An operator on a call copies replies with fields the context leaves empty, with the keyboard alone: Enter goes to
// an empty field first, Enter there copies, and a reply copied half-filled says what it was copied without.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionDesk, ReplyCopyDetail } from '../../src/index.js';
import { NARROW, copyButtons, deskFixture, focused, openFirst, press, root } from './helpers.js';

const fields = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLTextAreaElement>('[part="placeholder"]')];
const field = (desk: ObjectionDesk, reply: number, name: string) =>
  root(desk).querySelector<HTMLTextAreaElement>(`[part="placeholder"][data-reply="${reply}"][data-name="${name}"]`)!;
const liveText = (desk: ObjectionDesk) => root(desk).querySelector('[role="status"]')!.textContent!.trim();
const status = (desk: ObjectionDesk) => root(desk).querySelector('.reply-status')?.textContent?.trim();

/** Records every `reply-copy` of `desk`. */
function copies(desk: ObjectionDesk): ReplyCopyDetail[] {
  const seen: ReplyCopyDetail[] = [];
  desk.addEventListener('reply-copy', (event) => seen.push(event.detail));
  return seen;
}

/** Presses `key` and waits until focus is on `target`. */
async function pressTo(desk: ObjectionDesk, key: string, target: () => Element | null, what: string): Promise<void> {
  await press(desk, key);
  await until(() => focused(desk) === target(), `${key} did not go to ${what}`);
}

describe('<objection-desk> placeholder fields with the keyboard', () => {
  it('goes to the empty field on Enter and says what it is for, and copies the filled reply on Enter there', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru" .context=${{ clientName: 'Анна' }}></objection-desk>`);
    const copied = copies(desk);
    await openFirst(desk, 'ljhjuj');
    const product = () => field(desk, 0, 'productName');
    await pressTo(desk, 'Enter', product, 'the empty field');
    expect(product().getAttribute('aria-label')).to.equal('товар');
    expect(product().value, 'the Enter that moved there typed nothing').to.equal('');
    await until(() => liveText(desk).startsWith('Впишите: товар'), 'the live region did not say which field the reply needs');
    expect(copied, 'nothing was copied').to.deep.equal([]);

    await sendKeys({ type: 'пылесос' });
    const copy = oneEvent(desk, 'reply-copy');
    await press(desk, 'Enter');
    const { detail } = await copy;
    expect(detail.text).to.match(/^Анна, давайте уточню: .* в «пылесос» вас устраивает/);
    expect(detail.unfilled).to.deep.equal([]);
    expect(await navigator.clipboard.readText()).to.equal(detail.text);
    await desk.updateComplete;
    expect(liveText(desk)).to.equal('Скопировано');
    expect(product().value, 'Enter in the field added no line to it').to.equal('пылесос');
  });

  it('goes on to the next empty field when Enter is pressed in a filled one', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    await openFirst(desk, 'expensive');
    await pressTo(desk, 'Enter', () => field(desk, 0, 'clientName'), 'the first empty field');
    await until(() => liveText(desk).startsWith('Fill in: client name.'), 'the first field was not announced');
    await sendKeys({ type: 'Anna' });
    await pressTo(desk, 'Enter', () => field(desk, 0, 'productName'), 'the next empty field');
    await until(() => liveText(desk).startsWith('Fill in: product.'), 'the next field was not announced');
    await sendKeys({ type: 'the blender' });
    const copy = oneEvent(desk, 'reply-copy');
    await press(desk, 'Enter');
    const { detail } = await copy;
    expect(detail.text).to.match(/^Anna, just so I understand: .* about the blender right for you/);
    expect(await navigator.clipboard.readText()).to.equal(detail.text);
  });

  it('copies a half-filled reply at the second Enter, and says and tells what it was copied without', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
    const copied = copies(desk);
    await openFirst(desk, 'ljhjuj');
    await pressTo(desk, 'Enter', () => field(desk, 0, 'clientName'), 'the first empty field');
    const copy = oneEvent(desk, 'reply-copy');
    await press(desk, 'Enter');
    const { detail } = await copy;
    expect(copied).to.have.length(1);
    expect(detail.text).to.match(/^\{clientName\}, давайте уточню: .*«\{productName\}»/);
    expect(detail.unfilled).to.deep.equal(['clientName', 'productName']);
    expect(await navigator.clipboard.readText()).to.equal(detail.text);
    await desk.updateComplete;
    expect(status(desk)).to.equal('Скопировано без: имя клиента, товар');
    expect(liveText(desk)).to.equal('Скопировано без: имя клиента, товар');
  });

  it('copies the reply as it is when it is pressed again after Enter sent the operator to its field', async () => {
    const desk = await deskFixture(html`<objection-desk locale="tr" .context=${{ clientName: 'Ayşe' }}></objection-desk>`);
    await openFirst(desk, 'pahalı');
    await pressTo(desk, 'Enter', () => field(desk, 0, 'productName'), 'the empty field');
    await pressTo(desk, 'ArrowDown', () => copyButtons(desk)[0]!, 'the reply');
    const copy = oneEvent(desk, 'reply-copy');
    await press(desk, 'Enter');
    const { detail } = await copy;
    expect(detail.unfilled).to.deep.equal(['productName']);
    await desk.updateComplete;
    expect(status(desk)).to.equal('ürün olmadan kopyalandı');
  });

  it('reaches every field with ArrowDown and ArrowUp, each reply’s fields before its copy button', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
    await openFirst(desk, 'ljhjuj');
    const buttons = copyButtons(desk);
    await pressTo(desk, 'ArrowDown', () => field(desk, 1, 'clientName'), 'the second reply’s field');
    expect(root(desk).querySelectorAll('.reply')[1]!.classList.contains('active'), 'the field’s reply is the active one').to.equal(true);
    await pressTo(desk, 'ArrowDown', () => buttons[1]!, 'the second reply');
    await pressTo(desk, 'ArrowUp', () => field(desk, 1, 'clientName'), 'the second reply’s field');
    await pressTo(desk, 'ArrowUp', () => buttons[0]!, 'the first reply');
    await pressTo(desk, 'ArrowUp', () => field(desk, 0, 'productName'), 'the first reply’s second field');
    await pressTo(desk, 'ArrowUp', () => field(desk, 0, 'clientName'), 'the first reply’s first field');
    await pressTo(desk, 'ArrowUp', () => buttons.at(-1)!, 'the last reply, round the list');
    await pressTo(desk, 'Home', () => buttons[0]!, 'the first reply');
  });

  it('keeps only the active reply’s fields and copy button in the Tab order', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
    await openFirst(desk, 'ljhjuj');
    const tabbable = () => [...fields(desk), ...copyButtons(desk)].filter((element) => element.tabIndex === 0).map((element) => element.dataset['reply']);
    expect(tabbable()).to.deep.equal(['0', '0', '0']);
    await pressTo(desk, 'Shift+Tab', () => field(desk, 0, 'productName'), 'the first reply’s last field');
    await pressTo(desk, 'ArrowDown', () => copyButtons(desk)[0]!, 'the first reply');
    await pressTo(desk, 'ArrowDown', () => field(desk, 1, 'clientName'), 'the second reply’s field');
    expect(tabbable()).to.deep.equal(['1', '1']);
  });

  it('passes an accessibility check with a field focused and a reply copied half-filled', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    await openFirst(desk, 'expensive');
    await pressTo(desk, 'Enter', () => field(desk, 0, 'clientName'), 'the first empty field');
    await expect(desk).to.be.accessible();
    const copy = oneEvent(desk, 'reply-copy');
    await press(desk, 'Enter');
    await copy;
    await desk.updateComplete;
    expect(status(desk)).to.equal('Copied without: client name, product');
    await expect(desk).to.be.accessible();
  });

  describe('long values', () => {
    const VALUE = 'Робот-пылесос Xiaomi Mi Robot Vacuum Mop 2 Pro'.slice(0, 45);
    for (const width of [NARROW, 340]) {
      for (const [locale, query] of [['ru', 'ljhjuj'], ['en', 'expensive'], ['tr', 'pahalı']] as const) {
        it(`wraps a 45-character value inside the reply at ${width} px in ${locale}, with nothing scrolling sideways`, async () => {
          const desk = await deskFixture(html`<objection-desk locale=${locale}></objection-desk>`, width);
          await openFirst(desk, query);
          const product = field(desk, 0, 'productName');
          const lineHeight = product.getBoundingClientRect().height;
          product.focus();
          await sendKeys({ type: VALUE });
          await desk.updateComplete;
          expect(VALUE).to.have.length(45);
          expect(product.value).to.equal(VALUE);
          expect(product.getBoundingClientRect().height, 'the field grew in height').to.be.greaterThan(lineHeight * 1.5);
          const pane = root(desk).querySelector<HTMLElement>('.objection-pane')!;
          expect(pane.scrollWidth, 'the pane scrolls sideways').to.be.at.most(pane.clientWidth);
          for (const reply of root(desk).querySelectorAll<HTMLElement>('[part="reply"]')) {
            expect(reply.scrollWidth, 'a reply scrolls sideways').to.be.at.most(reply.clientWidth);
            expect(reply.getBoundingClientRect().left, 'a reply lost its left edge').to.be.at.least(pane.getBoundingClientRect().left);
          }
          expect(product.getBoundingClientRect().right).to.be.at.most(root(desk).querySelector('[part="reply"]')!.getBoundingClientRect().right);
        });
      }
    }

    it('wraps a long field label, of a placeholder the interface has no label for, at 320 px', async () => {
      const catalog = {
        locale: 'en',
        objections: [{ id: 'address', title: 'Where is it?', triggers: ['where'], replies: [{ text: 'We send it to {deliveryAddressWithTheApartmentAndTheFloorNumber} today.' }] }],
      };
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .catalog=${catalog}></objection-desk>`);
      await openFirst(desk, 'where');
      const address = fields(desk)[0]!;
      expect(address.getAttribute('aria-label')).to.equal('delivery address with the apartment and the floor number');
      const pane = root(desk).querySelector<HTMLElement>('.objection-pane')!;
      expect(pane.scrollWidth).to.be.at.most(pane.clientWidth);
      const reply = root(desk).querySelector<HTMLElement>('[part="reply"]')!;
      expect(reply.scrollWidth).to.be.at.most(reply.clientWidth);
      expect(address.getBoundingClientRect().right).to.be.at.most(reply.getBoundingClientRect().right);
    });
  });
});
