// An operator whose CRM already shows what a reply would ask (the name, a loyalty card) sees the replies that fit
// the call first; the others stay, after them, marked with why, and copyable all the same.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { CatalogInput } from '../../src/core/index.js';
import type { ObjectionDesk } from '../../src/index.js';
import { NARROW, copyButtons, deskFixture, focused, openFirst, press, root } from './helpers.js';

const CATALOG: CatalogInput = {
  locale: 'en',
  objections: [
    {
      id: 'discount',
      title: 'Asks for a discount',
      triggers: ['discount please'],
      replies: [
        { id: 'card', text: 'We have a loyalty card with {loyaltyDiscount} off. Shall I set one up, {clientName}?', when: { loyaltyDiscount: 'absent' } },
        { id: 'volume', text: 'How many units are you thinking of?' },
        { id: 'holder', text: 'Your card already gives you {loyaltyDiscount} off this order.', when: { loyaltyDiscount: 'present' } },
        { id: 'ask-name', text: 'Sure! And may I have your name?', when: { clientName: 'absent' } },
      ],
      followUps: [
        { id: 'wait', customer: 'I will wait for a sale', replies: [{ id: 'now', text: 'The card gives {loyaltyDiscount} on every purchase.', when: { loyaltyDiscount: 'absent' } }, { id: 'stock', text: 'It is in stock today.' }] },
      ],
    },
  ],
  scripts: [
    {
      id: 'call',
      kind: 'incoming',
      title: 'Call',
      start: 'greet',
      steps: [
        {
          id: 'greet',
          say: 'Hello!',
          answers: [
            { label: 'Gives an order number', when: { orderNumber: 'present' }, end: 'resolved' },
            { label: 'Wants a loyalty card', when: { loyaltyDiscount: 'absent' }, end: 'ordered' },
            { label: 'Asks for a discount', objection: 'discount' },
          ],
        },
      ],
    },
  ],
};

/** The replies as shown, in order: their text, and the mark of those that do not fit (empty for those that do). */
const shown = (desk: ObjectionDesk) =>
  [...root(desk).querySelectorAll('[part~="reply"]')].map((reply) => [
    reply.querySelector('.reply-text')!.textContent!.replace(/\s+/g, ' ').trim(),
    reply.querySelector('[part="reply-fit"]')?.textContent?.trim() ?? '',
  ]);

describe('<objection-desk> replies that fit the context', () => {
  it('shows the replies that fit a loyalty-card holder first, marks the others with why, and copies them all the same', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" .catalog=${CATALOG} .context=${{ loyaltyDiscount: '5%', clientName: 'Anna' }}></objection-desk>`);
    await openFirst(desk, 'discount please');
    expect(shown(desk)).to.deep.equal([
      ['How many units are you thinking of?', ''],
      ['Your card already gives you 5% off this order.', ''],
      ['We have a loyalty card with 5% off. Shall I set one up, Anna?', 'Already known: loyalty discount'],
      ['Sure! And may I have your name?', 'Already known: client name'],
      // A follow-up's replies are put in order among themselves.
      ['It is in stock today.', ''],
      ['The card gives 5% on every purchase.', 'Already known: loyalty discount'],
    ]);
    // A screen reader hears the mark with the copy button, after the reply's text.
    const button = copyButtons(desk)[2]!;
    const described = button.getAttribute('aria-describedby')!.split(' ').map((id) => root(desk).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(described).to.deep.equal(['We have a loyalty card with 5% off. Shall I set one up, Anna?', 'Already known: loyalty discount']);

    // The arrows go down the replies as shown; Enter copies one that does not fit like any other.
    await press(desk, 'End');
    await press(desk, 'ArrowUp');
    await press(desk, 'ArrowUp');
    await until(() => focused(desk) === copyButtons(desk)[3], 'the arrows did not reach the fourth reply as shown');
    const copy = oneEvent(desk, 'reply-copy');
    await press(desk, 'Enter');
    expect((await copy).detail).to.include({ replyId: 'ask-name', text: 'Sure! And may I have your name?' });
    await expect(desk).to.be.accessible();
  });

  it('counts a value the operator typed as known: the marks follow at once, the order stays while typing', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru" .catalog=${CATALOG}></objection-desk>`, NARROW);
    await openFirst(desk, 'discount please');
    expect(shown(desk).map(([, mark]) => mark)).to.deep.equal(['', '', '', 'Нужно знать: скидка по карте', '', '']);
    const name = root(desk).querySelector<HTMLTextAreaElement>('[part="placeholder"][data-name="clientName"]')!;
    name.focus();
    await sendKeys({ type: 'Анна' });
    await until(() => shown(desk)[2]![1] === 'Уже известно: имя клиента', 'typing the name did not mark the reply that asks it');
    expect(shown(desk)[2]![0], 'the reply that asks the name did not move').to.equal('Sure! And may I have your name?');
    expect(focused(desk)).to.equal(name);
  });

  it('puts the replies in order again when the page gives a new context', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" .catalog=${CATALOG}></objection-desk>`);
    await openFirst(desk, 'discount please');
    expect(shown(desk)[0]![0]).to.match(/^We have a loyalty card/);
    desk.context = { loyaltyDiscount: '7%' };
    await until(() => shown(desk)[0]![0] === 'How many units are you thinking of?', 'the new context did not put the card offer after the others');
    // The name, which the context lacks, is a field: the text as shown leaves it out.
    expect(shown(desk)[3]).to.deep.equal(['We have a loyalty card with 7% off. Shall I set one up, ?', 'Already known: loyalty discount']);
  });

  it('marks a script answer that does not fit, keeping its place and its digit', async () => {
    const desk = await deskFixture(html`<objection-desk locale="tr" .catalog=${CATALOG} .context=${{ loyaltyDiscount: '5%' }} script="call"></objection-desk>`);
    const step = () => root(desk).querySelector<HTMLElement>('[part~="script-step"]');
    await until(() => step() && focused(desk) === step(), 'the first step did not get focus');
    const answers = [...root(desk).querySelectorAll<HTMLButtonElement>('[part="script-answer"]')];
    expect(answers.map((answer) => answer.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1Gives an order number. Gerekli: sipariş numarası',
      '2Wants a loyalty card. Zaten biliniyor: sadakat indirimi',
      '3Asks for a discount',
    ]);
    const ended = oneEvent(desk, 'script-end');
    await sendKeys({ press: '2' });
    expect((await ended).detail.outcome).to.equal('ordered');
    await expect(desk).to.be.accessible();
  });
});
