import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionDesk, ReplyCopyDetail, ScriptEndDetail, ScriptPathEntry, ScriptStepDetail } from '../../src/index.js';
import { demoFrame } from './demo-page.js';

// The demo CRM page with the built drop-in: the operator takes an incoming call through its script with the keyboard
// alone, turns to an objection the customer raises mid-step and comes back, and the CRM's log shows the way taken.

const deepFocus = (page: Document) => {
  let active = page.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const shadow = (desk: ObjectionDesk) => desk.shadowRoot!;
const step = (desk: ObjectionDesk) => shadow(desk).querySelector<HTMLElement>('[part~="script-step"]');
const answers = (desk: ObjectionDesk) => [...shadow(desk).querySelectorAll<HTMLButtonElement>('[part="script-answer"]')];
const searchBox = (desk: ObjectionDesk) => shadow(desk).querySelector<HTMLInputElement>('[part="input"]')!;
const options = (desk: ObjectionDesk) => [...shadow(desk).querySelectorAll<HTMLElement>('[role="option"]')];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** The digit of the step's answer that reads `label`, as the operator sees it on its button. */
function digitOf(desk: ObjectionDesk, label: string): string {
  const answer = answers(desk).find((button) => text(button.querySelector('span')) === label);
  expect(answer, `the step ${desk.scriptStep} has no answer «${label}»`).to.exist;
  return text(answer!.querySelector('kbd'))!;
}

describe('the demo, walking a call script from the keyboard', () => {
  it('takes an incoming call from the greeting to an order, with a turn to «дорого» and back, and logs the path', async () => {
    const frame = await demoFrame('?lang=ru');
    const page = frame.contentDocument!;
    const desk = page.querySelector<ObjectionDesk>('objection-desk')!;
    const steps: ScriptStepDetail[] = [];
    const ends: ScriptEndDetail[] = [];
    const copies: ReplyCopyDetail[] = [];
    desk.addEventListener('script-step', (event) => steps.push(event.detail));
    desk.addEventListener('script-end', (event) => ends.push(event.detail));
    desk.addEventListener('reply-copy', (event) => copies.push(event.detail));
    const walked: ScriptPathEntry[] = [];

    /** Answers `label` with its digit; the script shows step `next`, focus on it. */
    async function answer(label: string, next: string): Promise<void> {
      const digit = digitOf(desk, label);
      walked.push({ stepId: desk.scriptStep!, answer: Number(digit) - 1 });
      await sendKeys({ press: digit });
      await until(() => desk.scriptStep === next && deepFocus(page) === step(desk), `«${label}» did not show step ${next} with focus`);
    }

    // The CRM's own button opens the script; focus goes to its first step.
    const incoming = [...page.querySelectorAll<HTMLButtonElement>('[data-script]')].find((button) => text(button) === 'Входящий звонок')!;
    incoming.focus();
    await sendKeys({ press: 'Enter' });
    expect(incoming.getAttribute('aria-pressed')).to.equal('true');
    expect(desk.getAttribute('script')).to.equal('incoming-call');
    await until(() => desk.scriptStep === 'greet' && deepFocus(page) === step(desk), 'the greeting did not get focus');
    // The context the CRM passes fills what the step says.
    expect(text(shadow(desk).querySelector('[part="script-say"]'))).to.contain('«ТехноДом», меня зовут Игорь');

    await answer('Хочет купить или подобрать товар', 'ask-name');
    await answer('Называет имя', 'price-range');

    // Mid-step, on an answer, the customer says it is expensive: the operator types it.
    await sendKeys({ press: 'Tab' });
    const left = answers(desk)[0]!;
    expect(deepFocus(page), 'Tab goes to the first answer').to.equal(left);
    await executeServerCommand('russian-keys', { text: 'дорого' });
    await until(() => deepFocus(page) === searchBox(desk) && searchBox(desk).value === 'дорого', 'the letters did not go to the search box');
    await until(() => options(desk).length > 0, 'nothing was found for «дорого»');
    const opened = new Promise<string>((resolve) => desk.addEventListener('objection-select', (event) => resolve(event.detail.id), { once: true }));
    await sendKeys({ press: 'Enter' });
    expect(await opened).to.equal('expensive');
    await until(() => deepFocus(page)?.matches('[part="copy-button"]'), 'the objection’s first reply did not get focus');
    await sendKeys({ press: 'Enter' });
    await until(() => copies.length === 1, 'Enter did not copy the reply');
    expect(copies[0]!.copied).to.equal(true);
    expect(copies[0]!.text).not.to.contain('{');
    expect(desk.scriptStep, 'the step stays while the objection is open').to.equal('price-range');

    // Escape: the same step, focus on the answer it was on, from where a digit still answers.
    await sendKeys({ press: 'Escape' });
    await until(() => deepFocus(page) === left && step(desk)?.checkVisibility(), 'Escape did not come back to the step, focus where it was');
    expect(desk.scriptStep).to.equal('price-range');

    await answer('Хорошо, спрашивайте', 'questions');
    await answer('Отвечает на вопросы', 'summary');
    await answer('Да, всё верно', 'presentation');
    await answer('Подходит, оформляем', 'close');
    await answer('Согласует время и даёт номер', 'wrap-up');
    walked.push({ stepId: 'wrap-up', answer: Number(digitOf(desk, 'Всё, спасибо')) - 1 });
    await sendKeys({ press: digitOf(desk, 'Всё, спасибо') });
    await until(() => ends.length === 1, 'the last answer did not end the script');
    await until(() => deepFocus(page) === step(desk) && text(step(desk))?.includes('заказ оформлен'), 'the end was not shown with focus');

    // What the page was told: each step with the path to it, the objection's turn telling no step, then the end.
    expect(steps.map((detail) => detail.stepId)).to.deep.equal(['greet', 'ask-name', 'price-range', 'questions', 'summary', 'presentation', 'close', 'wrap-up']);
    steps.forEach((detail, index) => {
      expect(detail.scriptId).to.equal('incoming-call');
      expect(detail.path).to.deep.equal([...walked.slice(0, index), { stepId: detail.stepId }]);
    });
    expect(ends[0]).to.deep.equal({ scriptId: 'incoming-call', outcome: 'ordered', path: walked });
    expect(desk.scriptPath).to.deep.equal(walked);

    // The CRM's log, newest first: the end with the whole path, the steps, and the objection between two of them.
    const log = () => [...page.querySelectorAll('#activity > li')];
    await until(
      () =>
        text(log()[0]?.querySelector('.event-path')) ===
        'greet → «Хочет купить или подобрать товар» → ask-name → «Называет имя» → price-range → «Хорошо, спрашивайте» → questions → «Отвечает на вопросы» → summary → «Да, всё верно» → presentation → «Подходит, оформляем» → close → «Согласует время и даёт номер» → wrap-up → «Всё, спасибо»',
      'the log did not show the path with the answers’ labels',
    );
    expect(text(log()[0]!.querySelector('.event-text'))).to.equal('Сценарий «Входящий звонок» завершён: заказ оформлен');
    const entries = log()
      .slice(0, 12)
      .map((item) => text(item.querySelector('.event-text'))!.replace(/^(Скопирован ответ) .+$/, '$1 …'));
    expect(entries.slice(1)).to.deep.equal([
      'Шаг сценария: wrap-up',
      'Шаг сценария: close',
      'Шаг сценария: presentation',
      'Шаг сценария: summary',
      'Шаг сценария: questions',
      'Скопирован ответ …',
      'Открыто: expensive',
      'Шаг сценария: price-range',
      'Шаг сценария: ask-name',
      'Шаг сценария: greet',
      'Входящий звонок начат',
    ]);
    expect(text(log()[5]!.querySelector('.event-quote')), 'a step says the answer that led to it').to.equal('price-range → «Хорошо, спрашивайте»');
    expect(text(log()[10]!.querySelector('.event-quote'))).to.equal('начало: Входящий звонок');
  });

  it('leaves the script from the CRM’s «Без сценария», back to the search', async () => {
    const page = (await demoFrame('?lang=ru&script=order-confirmation')).contentDocument!;
    const desk = page.querySelector<ObjectionDesk>('objection-desk')!;
    await until(() => desk.scriptStep === 'greet', 'the script of ?script= did not open');
    const confirmation = page.querySelector<HTMLButtonElement>('[data-script="order-confirmation"]')!;
    expect(confirmation.getAttribute('aria-pressed')).to.equal('true');
    const none = page.querySelector<HTMLButtonElement>('[data-script=""]')!;
    none.focus();
    await sendKeys({ press: 'Enter' });
    expect(desk.hasAttribute('script')).to.equal(false);
    expect(none.getAttribute('aria-pressed')).to.equal('true');
    expect(confirmation.getAttribute('aria-pressed')).to.equal('false');
    await until(() => deepFocus(page) === searchBox(desk) && searchBox(desk).checkVisibility(), 'the search did not come back with focus');
    expect(new URL(page.defaultView!.location.href).searchParams.has('script')).to.equal(false);
  });
});
