import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionDesk } from '../../src/index.js';
import { deskFixture, focused, objectionTitle, openFirst, press, root, searchBox } from './helpers.js';

/** The groups of the list shown when nothing is typed: each heading (as screen readers name the group) and its titles. */
function groups(desk: ObjectionDesk): Array<[string, string[]]> {
  return [...root(desk).querySelectorAll<HTMLElement>('[role="listbox"] > [role="group"]')].map((group) => [
    root(desk).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim(),
    [...group.querySelectorAll('[role="option"] .option-title')].map((title) => title.textContent!.trim()),
  ]);
}

/** Opens the first result for `query`, then goes back to the list of everything with Escape, Escape. */
async function openAndClear(desk: ObjectionDesk, query: string): Promise<string> {
  await openFirst(desk, query);
  const title = objectionTitle(desk)!;
  await press(desk, 'Escape');
  await press(desk, 'Escape');
  expect(searchBox(desk).value).to.equal('');
  return title;
}

const pinButton = (desk: ObjectionDesk) => root(desk).querySelector<HTMLButtonElement>('[part="pin-button"]')!;

describe('<objection-desk> recent and pinned objections', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('objection-desk-pins')) localStorage.removeItem(key);
  });

  it('lists the objections opened in this call first when nothing is typed, the latest on top, under "Recent"', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
    expect(groups(desk)[0]![0]).not.to.equal('Недавние');
    const expensive = await openAndClear(desk, 'дорого');
    const think = await openAndClear(desk, 'подумаю');
    const [recent, firstCategory] = groups(desk);
    expect(recent).to.deep.equal(['Недавние', [think, expensive]]);
    // Still in its category below.
    expect(groups(desk).some(([heading, titles]) => heading !== 'Недавние' && titles.includes(expensive))).to.equal(true);
    expect(firstCategory![0]).not.to.equal('Недавние');

    // Arrow keys go through them first.
    searchBox(desk).focus();
    await press(desk, 'ArrowDown');
    await press(desk, 'Enter');
    await until(() => objectionTitle(desk) === think, 'the first recent objection did not open');
  });

  it('shows the last five opened, and forgets them when the page starts a new call', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    const opened: string[] = [];
    for (const query of ['expensive', 'think', 'trust', 'delivery', 'cancel', 'cheaper']) opened.unshift(await openAndClear(desk, query));
    expect(groups(desk)[0]).to.deep.equal(['Recent', opened.slice(0, 5)]);

    desk.newCall();
    await desk.updateComplete;
    expect(groups(desk)[0]![0]).not.to.equal('Recent');
  });

  it('lists the page’s pinned objections above the recent ones, under "Pinned"', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" .pinned=${['trust']}></objection-desk>`);
    await until(() => groups(desk)[0]?.[0] === 'Pinned', 'the pinned group was not listed');
    const [pinned] = groups(desk);
    expect(pinned![1]).to.have.length(1);
    const think = await openAndClear(desk, 'think');
    expect(groups(desk).slice(0, 2)).to.deep.equal([pinned, ['Recent', [think]]]);
    await expect(desk).to.be.accessible();
  });

  it('pins the opened objection with its pin button, for this browser, and unpins it', async () => {
    const desk = await deskFixture(html`<objection-desk id="sales" locale="en"></objection-desk>`);
    await openFirst(desk, 'expensive');
    const title = objectionTitle(desk)!;
    expect(pinButton(desk).getAttribute('aria-pressed')).to.equal('false');
    expect(pinButton(desk).textContent!.trim()).to.equal('Pin');
    pinButton(desk).click();
    await desk.updateComplete;
    expect(pinButton(desk).getAttribute('aria-pressed')).to.equal('true');
    expect(focused(desk)).not.to.equal(searchBox(desk));

    // Another widget of the same id on a later page has it; one of another id (another catalog) does not.
    const later = await deskFixture(html`<objection-desk id="sales" locale="en"></objection-desk>`);
    await until(() => groups(later)[0]?.[0] === 'Pinned', 'the pin was not kept');
    expect(groups(later)[0]).to.deep.equal(['Pinned', [title]]);
    const other = await deskFixture(html`<objection-desk id="support" locale="en"></objection-desk>`);
    expect(groups(other)[0]![0]).not.to.equal('Pinned');

    await openFirst(later, 'expensive');
    pinButton(later).click();
    await later.updateComplete;
    expect(pinButton(later).getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await press(later, 'Escape');
    expect(groups(later)[0]![0]).to.equal('Recent');
  });

  it('lets the operator unpin what the page pinned, in this browser', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" .pinned=${['expensive']}></objection-desk>`);
    await openFirst(desk, 'expensive');
    expect(pinButton(desk).getAttribute('aria-pressed')).to.equal('true');
    pinButton(desk).click();
    await desk.updateComplete;
    const later = await deskFixture(html`<objection-desk locale="en" .pinned=${['expensive']}></objection-desk>`);
    expect(groups(later)[0]![0]).not.to.equal('Pinned');
  });
});
