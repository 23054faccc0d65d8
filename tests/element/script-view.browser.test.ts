// An operator walks a call script with the keyboard alone: digits answer, Backspace or Alt+ArrowLeft go back, Enter
// copies what to say, a letter searches objections and Escape comes back to the same step.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import SCRIPTS from '../fixtures/element-scripts.json';
import type { ObjectionDesk, ScriptEndDetail, ScriptStepDetail } from '../../src/index.js';
import { NARROW, copyButtons, deskFixture, focused, objectionTitle, press, root, searchBox } from './helpers.js';

const CONTEXT = { clientName: 'Anna', storeName: 'Tech Home', productName: 'the blender' };

const step = (desk: ObjectionDesk) => root(desk).querySelector<HTMLElement>('[part~="script-step"]');
const say = (desk: ObjectionDesk) => root(desk).querySelector('[part="script-say"]')?.textContent?.replace(/\s+/g, ' ').trim();
const answers = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLButtonElement>('[part="script-answer"]')];
const currentStage = (desk: ObjectionDesk) => root(desk).querySelector('[part="script-stage"][aria-current="step"]')?.textContent?.trim();

/** Opens the fixture's script in a 320-px element and waits until its first step has focus. */
async function openScript(context: object = CONTEXT): Promise<ObjectionDesk> {
  const desk = await deskFixture(html`<objection-desk locale="en" .catalog=${SCRIPTS} .context=${context} script="test-call"></objection-desk>`);
  await until(() => step(desk) && focused(desk) === step(desk), 'the first step did not get focus');
  return desk;
}

/** Presses `key` and waits until the step shown is `id` and has focus. */
async function pressTo(desk: ObjectionDesk, key: string, id: string): Promise<void> {
  await press(desk, key);
  await until(() => desk.scriptStep === id && focused(desk) === step(desk), `${key} did not show step ${id} with focus`);
}

describe('<objection-desk> call script', () => {
  it('opens the script named by the attribute at its start, with the text filled, stages and numbered answers', async () => {
    const desk = await openScript();
    expect(desk.scriptStep).to.equal('greet');
    expect(say(desk)).to.equal('Hello, Anna! This is Tech Home, how can I help?');
    expect(currentStage(desk)).to.equal('Greeting');
    expect(answers(desk).map((answer) => answer.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1Wants to order',
      '2Says it is too expensive',
      '3Not interested',
    ]);
    expect(root(desk).querySelector('[part="script-note"]')!.textContent).to.contain('Smile');
    expect(searchBox(desk).checkVisibility(), 'the search is out of view').to.equal(false);
    await expect(desk).to.be.accessible();
  });

  it('walks the steps with digits and goes back with Backspace and Alt+ArrowLeft, telling each step with its path', async () => {
    const desk = await openScript();
    const steps: ScriptStepDetail[] = [];
    desk.addEventListener('script-step', (event) => steps.push(event.detail));
    await pressTo(desk, '1', 'ask-need');
    expect(currentStage(desk)).to.equal('Needs');
    expect([...root(desk).querySelectorAll('[part="script-checklist"] li')].map((item) => item.textContent)).to.deep.equal(['Model', 'Colour']);
    await pressTo(desk, '1', 'close');
    expect(desk.scriptPath).to.deep.equal([
      { stepId: 'greet', answer: 0 },
      { stepId: 'ask-need', answer: 0 },
      { stepId: 'close' },
    ]);
    await pressTo(desk, 'Backspace', 'ask-need');
    await pressTo(desk, 'Alt+ArrowLeft', 'greet');
    expect(desk.scriptPath).to.deep.equal([{ stepId: 'greet' }]);
    expect(steps.map((detail) => [detail.stepId, detail.path.length])).to.deep.equal([
      ['ask-need', 2],
      ['close', 3],
      ['ask-need', 2],
      ['greet', 1],
    ]);
    expect(steps[0]!.scriptId).to.equal('test-call');
  });

  it('copies the step’s text with its placeholders filled on Enter', async () => {
    const desk = await openScript();
    await press(desk, 'Enter');
    await until(async () => (await navigator.clipboard.readText()) === 'Hello, Anna! This is Tech Home, how can I help?', 'Enter did not copy the filled text');
  });

  it('fills a placeholder the context lacks in place, and keeps the value across steps and scripts', async () => {
    const desk = await openScript({ clientName: 'Anna', storeName: 'Tech Home' });
    await pressTo(desk, '1', 'ask-need');
    await pressTo(desk, '1', 'close');
    await press(desk, 'Enter');
    const field = () => root(desk).querySelector<HTMLTextAreaElement>('.script [part="placeholder"]');
    await until(() => field() && focused(desk) === field(), 'Enter did not go to the empty field');
    await sendKeys({ type: 'the 7 kettles' });
    expect(desk.scriptStep, 'a digit in a field is typed').to.equal('close');
    await press(desk, 'Enter');
    await until(async () => (await navigator.clipboard.readText()) === 'I am placing the order for the 7 kettles now.', 'the filled text was not copied');
    desk.script = 'no-such-script';
    await until(() => root(desk).querySelector('[role="alert"]')?.textContent?.includes('no-such-script'), 'an unknown script was not said');
    desk.script = 'test-call';
    await until(() => desk.scriptStep === 'close', 'switching back did not resume the walk');
    expect(field()!.value, 'the typed value is kept').to.equal('the 7 kettles');
    desk.locale = 'ru';
    await until(() => say(desk)?.startsWith('Оформляю заказ'), 'the step was not shown in the new language');
    expect(desk.scriptStep, 'a switch of language keeps the step').to.equal('close');
    expect(field()!.value, 'and the typed value').to.equal('the 7 kettles');
  });

  it('goes to the search with a letter typed on the step, and Escape comes back to the same step with focus there', async () => {
    const desk = await openScript();
    await pressTo(desk, '1', 'ask-need');
    await press(desk, 'd');
    await until(() => focused(desk) === searchBox(desk) && searchBox(desk).value === 'd', 'the letter did not go to the search box');
    await sendKeys({ type: 'ear1' });
    expect(searchBox(desk).value, 'a digit in the search box is typed').to.equal('dear1');
    expect(desk.scriptStep).to.equal('ask-need');
    await pressTo(desk, 'Escape', 'ask-need');
    expect(step(desk)!.checkVisibility()).to.equal(true);
  });

  it('opens the objection an answer names, and its Back returns to the step', async () => {
    const desk = await openScript();
    const selected = oneEvent(desk, 'objection-select');
    await press(desk, '2');
    expect((await selected).detail.id).to.equal('expensive');
    await until(() => focused(desk) === copyButtons(desk)[0], 'the objection’s first reply did not get focus');
    expect(objectionTitle(desk)).to.be.a('string');
    expect(desk.scriptStep, 'the step stays').to.equal('greet');
    root(desk).querySelector<HTMLButtonElement>('[part="back-button"]')!.click();
    await until(() => focused(desk) === step(desk) && step(desk)!.checkVisibility(), 'Back did not return to the step');
    await press(desk, '2');
    await until(() => focused(desk) === copyButtons(desk)[0], 'the objection did not open again');
    await pressTo(desk, 'Escape', 'greet');
  });

  it('ends with the outcome of the answer chosen', async () => {
    const desk = await openScript();
    await pressTo(desk, '1', 'ask-need');
    const ended = oneEvent(desk, 'script-end');
    await press(desk, '2');
    const detail: ScriptEndDetail = (await ended).detail;
    expect(detail).to.deep.equal({
      scriptId: 'test-call',
      outcome: 'callback',
      path: [
        { stepId: 'greet', answer: 0 },
        { stepId: 'ask-need', answer: 1 },
      ],
    });
    expect(desk.scriptStep).to.equal(undefined);
    await until(() => root(desk).querySelector('[part~="script-end"]')?.textContent?.includes('Call ended: call back'), 'the end was not shown');
    await pressTo(desk, 'Backspace', 'ask-need');
  });

  it('puts focus on the step on focus(), and fits 320 px without sideways scroll', async () => {
    const desk = await openScript();
    searchBox(desk).blur();
    (document.activeElement as HTMLElement | null)?.blur();
    desk.focus();
    expect(focused(desk), 'focus() went to the step at once').to.equal(step(desk));
    await pressTo(desk, '1', 'ask-need');
    const script = root(desk).querySelector<HTMLElement>('[part="script"]')!;
    expect(desk.getBoundingClientRect().width).to.equal(NARROW);
    expect(script.scrollWidth).to.be.at.most(script.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('shows the script’s title again on the next step when the operator scrolled down to click an answer', async () => {
    // A widget lower than the step: its answers are reached by scrolling the script view.
    const desk = await deskFixture(html`<objection-desk locale="en" style="height: 240px" .catalog=${SCRIPTS} .context=${CONTEXT} script="test-call"></objection-desk>`);
    await until(() => step(desk) && focused(desk) === step(desk), 'the first step did not get focus');
    const view = root(desk).querySelector<HTMLElement>('[part="script"]')!;
    const title = root(desk).querySelector<HTMLElement>('#script-title')!;
    answers(desk)[0]!.scrollIntoView({ block: 'end' });
    expect(title.getBoundingClientRect().bottom, 'the title is scrolled away to reach the answers').to.be.below(view.getBoundingClientRect().top);
    answers(desk)[0]!.click();
    await until(() => desk.scriptStep === 'ask-need' && focused(desk) === step(desk), 'the answer did not show the next step with focus');
    expect(title.textContent).to.equal('Incoming call (test)');
    expect(title.getBoundingClientRect().top, 'the title is in view').to.be.at.least(view.getBoundingClientRect().top);
    expect(step(desk)!.getBoundingClientRect().top, 'the step is in view').to.be.below(view.getBoundingClientRect().bottom);
  });

  it('leaves the focus in the page’s field when the page opens a script meanwhile, and takes it when opened from the widget', async () => {
    const page = await fixture<HTMLElement>(html`<div><input id="notes" /><objection-desk locale="en" .catalog=${SCRIPTS} .context=${CONTEXT}></objection-desk></div>`);
    const notes = page.querySelector<HTMLInputElement>('#notes')!;
    const desk = page.querySelector<ObjectionDesk>('objection-desk')!;
    await desk.updateComplete;
    notes.focus();
    desk.script = 'test-call';
    await until(() => desk.scriptStep === 'greet' && step(desk)?.checkVisibility(), 'the script did not show');
    await sendKeys({ type: 'call notes' });
    expect(notes.value, 'the keys went on into the page’s field').to.equal('call notes');
    expect(document.activeElement).to.equal(notes);

    desk.focus();
    desk.script = undefined;
    await until(() => focused(desk) === searchBox(desk), 'the search box did not get focus');
    desk.script = 'test-call';
    await until(() => focused(desk) === step(desk), 'opened from the widget, the step did not take the focus');
  });

  it('puts focus in the search box when the page closes the script the operator is on', async () => {
    const desk = await openScript();
    desk.removeAttribute('script');
    await until(() => desk.scriptStep === undefined && focused(desk) === searchBox(desk) && searchBox(desk).checkVisibility(), 'focus was not moved to the search box');
    // Typing goes on in the widget, not lost on the page.
    await sendKeys({ type: 'price' });
    await until(() => searchBox(desk).value === 'price', 'the keys typed after the script closed did not reach the search box');
  });

  it('shows the widget as it was without `script`', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    expect(root(desk).querySelector('[part="script"]')).to.equal(null);
    expect(searchBox(desk).checkVisibility()).to.equal(true);
  });
});
