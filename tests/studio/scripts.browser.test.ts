import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionDesk } from '../../src/index.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import { button, downloadedText, freshStorageEachTest, noticeText, openFile, problemList, studioFixture, studioFixtureText, textOf, typeInto } from './helpers.js';

const scriptsPart = (studio: ObjectionStudio) => studio.shadowRoot!.querySelector('objection-studio-scripts')!.shadowRoot!;
const scriptForm = (studio: ObjectionStudio) => scriptsPart(studio).querySelector('objection-studio-script-editor')!.shadowRoot!;
const scriptDesk = (studio: ObjectionStudio) => scriptsPart(studio).querySelector<ObjectionDesk>('objection-desk')!;
const stepCards = (studio: ObjectionStudio) => [...(scriptsPart(studio).querySelector('objection-studio-script-editor')?.shadowRoot?.querySelectorAll<HTMLElement>('section.step') ?? [])];
const deskText = (desk: ObjectionDesk) => textOf(desk.shadowRoot?.querySelector('[part~="script-say"]'));

/** Chooses `value` in a `<select>` as a marketer does, and lets its change be seen. */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const sectionTab = (studio: ObjectionStudio, label: string) => [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')].find((candidate) => textOf(candidate) === label)!;
/** The id of the field focused in the script form, or '' when none is. */
const focusedScriptField = (studio: ObjectionStudio) => scriptsPart(studio).querySelector('objection-studio-script-editor')?.shadowRoot?.activeElement?.id ?? '';
const chosenScript = (studio: ObjectionStudio) => textOf(scriptsPart(studio).querySelector('.list [aria-current="true"] .item-title'));
const problemCount = (studio: ObjectionStudio) => textOf(problemList(studio).querySelector('h2 .count'));
/** What the script form says at the field or group of fields at `path`. */
function problemsAt(studio: ObjectionStudio, path: string): string {
  const place = scriptForm(studio).querySelector<HTMLElement>(`[data-path="${path}"]`)!;
  return textOf((place.matches('fieldset') ? place : place.closest('.field')!).querySelector('.problems'));
}

async function openScriptsTab(studio: ObjectionStudio): Promise<void> {
  sectionTab(studio, 'Call scripts').click();
  await until(() => studio.shadowRoot!.querySelector('objection-studio-scripts')?.shadowRoot, 'the scripts part is shown');
}

/** Opens a catalog file of tests/fixtures/studio/ as the marketer would. */
async function openStudioFile(studio: ObjectionStudio, name: string): Promise<void> {
  await openFile(studio, name, await studioFixtureText(name));
  await until(() => noticeText(studio).startsWith(`Opened ${name}`), `${name} opens`);
}

describe('<objection-studio> call scripts', () => {
  const storageKey = freshStorageEachTest();
  afterEach(() => fixtureCleanup());

  it('lets a marketer add a step, point an answer at it, see it unreachable until then, and walk the draft in the preview', async () => {
    const studio = await studioFixture(storageKey());
    await openScriptsTab(studio);
    button(scriptsPart(studio), '+ New script').click();
    await until(() => stepCards(studio).length === 1, 'the new script has its first step');

    // A script without a title is not valid, and the widget walks only valid scripts.
    await typeInto(scriptForm(studio).querySelector<HTMLInputElement>('input[data-path="scripts[0].title.ru"]')!, 'Входящий');
    const [first] = stepCards(studio);
    await typeInto(first!.querySelector<HTMLTextAreaElement>('textarea[data-path$=".say.ru"]')!, 'Здравствуйте, {clientName}!');
    await typeInto(first!.querySelector<HTMLInputElement>('input[data-path$=".answers[0].label.ru"]')!, 'Хочу заказать');

    button(scriptForm(studio), '+ Step').click();
    await until(() => stepCards(studio).length === 2, 'the step is added');
    const added = () => stepCards(studio)[1]!;
    await until(() => textOf(added()).includes('Unreachable: no answer leads here from the first step'), 'the new step is marked unreachable, in words');
    expect(added().classList.contains('flagged')).to.equal(true);
    expect(textOf(stepCards(studio)[0]!.querySelector('.findings'))).to.equal('');

    await typeInto(added().querySelector<HTMLTextAreaElement>('textarea[data-path$=".say.ru"]')!, 'Какой товар вас интересует?');
    await typeInto(added().querySelector<HTMLInputElement>('input[data-path$=".answers[0].label.ru"]')!, 'Ноутбук');

    // The first step's answer leads to the new step instead of ending the call.
    choose(stepCards(studio)[0]!.querySelector<HTMLSelectElement>('select[id$="answers-0-kind"]')!, 'next');
    await until(() => stepCards(studio)[0]!.querySelector('select[id$="answers-0-next"]'), 'a list of the steps to go to');
    const target = stepCards(studio)[0]!.querySelector<HTMLSelectElement>('select[id$="answers-0-next"]')!;
    expect([...target.options].map((option) => option.value)).to.deep.equal(['', 'greeting', 'step']);
    choose(target, 'step');
    await until(() => !textOf(added()).includes('Unreachable'), 'the step is no longer marked once an answer leads to it');
    expect(added().classList.contains('flagged')).to.equal(false);

    // The preview is the real widget, walking the draft.
    const desk = scriptDesk(studio);
    expect(desk.script).to.equal(studio.draft.catalog.scripts![0]!.id);
    // The preview follows the draft once it is valid again: the greeting's start, typed before its placeholder, can
    // still be showing for a moment, so wait for the whole of it.
    await until(() => deskText(desk).startsWith('Здравствуйте, Анна'), `the preview shows the first step with the name filled in (it shows "${deskText(desk)}")`);
    const answer = () => desk.shadowRoot!.querySelector<HTMLButtonElement>('[part~="script-answer"]')!;
    await until(() => textOf(answer()).includes('Хочу заказать'), 'the first step offers the answer typed for it');
    answer().click();
    await until(() => deskText(desk).includes('Какой товар вас интересует?'), 'choosing the answer walks to the added step');
    expect(desk.scriptStep).to.equal('step');
  });

  it('keeps scripts in the exported catalog, and a built-in script can be copied to change it', async () => {
    const studio = await studioFixture(storageKey());
    await openScriptsTab(studio);
    await until(() => scriptsPart(studio).querySelector('#builtin-script option[value="incoming-call"]'), 'the built-in scripts are offered');
    choose(scriptsPart(studio).querySelector<HTMLSelectElement>('#builtin-script')!, 'incoming-call');
    button(scriptsPart(studio), 'Edit a copy').click();
    await until(() => stepCards(studio).length > 5, 'the copy opens with its steps');
    expect(studio.draft.catalog.scripts?.map((script) => script.id)).to.deep.equal(['incoming-call']);
    await until(() => deskText(scriptDesk(studio)) !== '', 'the preview walks the copy');
  });

  it('takes the marketer from a script\'s problem in the side list to its script and field on the scripts tab', async () => {
    const studio = await studioFixture(storageKey());
    await openStudioFile(studio, 'feedback-broken.yaml');
    // The problem is listed under its script's name (in the preview's language), not as the whole catalog's.
    const row = () => [...problemList(studio).querySelectorAll<HTMLButtonElement>('.problem-button')].find((candidate) => textOf(candidate).startsWith('Отзыв о покупке'));
    await until(() => row(), "the script's problem is listed under its name");
    expect(textOf(row())).to.contain('There is no step "thanks" in this script');
    row()!.click();
    await until(() => sectionTab(studio, 'Call scripts').getAttribute('aria-selected') === 'true', 'the scripts tab is chosen');
    // The answer's list of steps to go to, where the step it names is missing.
    await until(() => focusedScriptField(studio) === 'f-scripts-1-steps-0-answers-0-next', `the answer's target takes the focus (focused: "${focusedScriptField(studio)}")`);
    expect(chosenScript(studio)).to.equal('Отзыв о покупке');
    expect(studio.shadowRoot!.querySelector<HTMLElement>('#objections-panel')!.hidden).to.equal(true);
  });

  it('shows what `objection-desk validate` says of a file\'s script, in the Problems list under the script and at each field', async () => {
    const studio = await studioFixture(storageKey());
    await openStudioFile(studio, 'script-gaps.yaml');
    // What a file's script lacks shows at once, as for a file's objections: the answer without a label is an error.
    await until(() => problemCount(studio) === '2 errors, 6 warnings', `the count reads "${problemCount(studio)}"`);
    const rows = [...problemList(studio).querySelectorAll('.problem-button')].map(textOf);
    expect(rows.every((row) => row.startsWith('Звонок о доставке')), rows.join('\n')).to.equal(true);
    expect(rows.filter((row) => row.includes('No EN text'))).to.have.length(6);
    expect(rows.filter((row) => row.includes('delivery-price'))).to.have.length(1);

    await openScriptsTab(studio);
    await until(() => scriptForm(studio).querySelector('.problems'), 'the form shows the problems');
    const untranslated = ['scripts[0].title', 'scripts[0].stages[0].title', 'scripts[0].steps[0].say', 'scripts[0].steps[0].note', 'scripts[0].steps[0].checklist', 'scripts[0].steps[0].answers[0].label'];
    for (const path of untranslated) expect(problemsAt(studio, path), path).to.contain('No EN text');
    expect(problemsAt(studio, 'scripts[0].steps[0].answers[1].objection')).to.contain('delivery-price');
    expect(problemsAt(studio, 'scripts[0].steps[0].answers[2].label')).not.to.equal('');
  });

  it('opens a blank new script without errors, and shows a field\'s problem once it is left empty, as the objection form does', async () => {
    const studio = await studioFixture(storageKey());
    await openScriptsTab(studio);
    button(scriptsPart(studio), '+ New script').click();
    await until(() => stepCards(studio).length === 1, 'the new script has its first step');
    await until(() => problemCount(studio).includes('not filled in yet'), `the count reads "${problemCount(studio)}"`);
    expect(problemCount(studio)).to.equal('3 fields not filled in yet');
    expect(scriptForm(studio).querySelectorAll('.problems').length, 'the blank script shows no problem').to.equal(0);

    const say = scriptForm(studio).querySelector<HTMLTextAreaElement>('textarea[data-path="scripts[0].steps[0].say.ru"]')!;
    await typeInto(say, 'а');
    await sendKeys({ press: 'Backspace' });
    scriptForm(studio).querySelector<HTMLInputElement>('input[data-path="scripts[0].id"]')!.focus();
    await until(() => problemsAt(studio, 'scripts[0].steps[0].say') !== '', 'the text left empty says so');
    expect(scriptForm(studio).querySelectorAll('.problems').length, 'only the field left empty shows a problem').to.equal(1);
    await until(() => problemCount(studio).startsWith('1 error'), `the count reads "${problemCount(studio)}"`);
  });

  it('shows the preview\'s script from its title on the next step, when the marketer scrolled down to click an answer', async () => {
    const studio = await studioFixture(storageKey());
    await openScriptsTab(studio);
    await until(() => scriptsPart(studio).querySelector('#builtin-script option[value="incoming-call"]'), 'the built-in scripts are offered');
    choose(scriptsPart(studio).querySelector<HTMLSelectElement>('#builtin-script')!, 'incoming-call');
    button(scriptsPart(studio), 'Edit a copy').click();
    const desk = () => scriptDesk(studio);
    await until(() => desk()?.shadowRoot?.querySelector('[part~="script-answer"]'), 'the preview walks the copy');
    const view = () => desk().shadowRoot!.querySelector<HTMLElement>('[part="script"]')!;
    const title = () => desk().shadowRoot!.querySelector<HTMLElement>('#script-title')!;
    const answer = desk().shadowRoot!.querySelector<HTMLButtonElement>('[part~="script-answer"]')!;
    answer.scrollIntoView({ block: 'end' });
    expect(title().getBoundingClientRect().bottom, 'the title is scrolled away to reach the answers').to.be.below(view().getBoundingClientRect().top);
    answer.click();
    await until(() => desk().scriptStep !== 'greet', 'the answer walks to the next step');
    expect(title().getBoundingClientRect().top, 'the title is in view').to.be.at.least(view().getBoundingClientRect().top);
  });

  it('downloads JSON and YAML files that keep the scripts, answers\' conditions included, and open as the same draft', async () => {
    const studio = await studioFixture(storageKey());
    await openStudioFile(studio, 'order-call.yaml');
    const draft = structuredClone(studio.draft);
    const loyaltyAnswer = { label: { ru: 'Оформить карту лояльности', en: 'Get a loyalty card' }, when: { loyaltyCard: 'absent' }, next: 'confirm' };

    const json = await downloadedText(studio, 'Download JSON');
    const written = JSON.parse(json) as { scripts: { id: string; steps: { answers: unknown[] }[] }[] };
    expect(written.scripts.map((script) => script.id)).to.deep.equal(['order-call', 'feedback-call']);
    expect(written.scripts[0]!.steps[0]!.answers[1]).to.deep.equal(loyaltyAnswer);

    const yaml = await downloadedText(studio, 'Download YAML');
    expect(yaml).to.match(/^scripts:$/m).and.match(/^ +when:\n +loyaltyCard: absent$/m);

    for (const [name, text] of [['catalog.json', json], ['catalog.yaml', yaml]] as const) {
      await openFile(studio, name, text);
      await until(() => noticeText(studio).startsWith(`Opened ${name}`), `the downloaded ${name} opens`);
      expect(noticeText(studio), `${name} opens without problems`).not.to.contain('problem');
      expect(studio.draft, `${name} opens as the draft it was downloaded from`).to.deep.equal(draft);
    }
  });

  it('switches the script preview between the catalog\'s languages, keeping the step it is on', async () => {
    const studio = await studioFixture(storageKey());
    await openStudioFile(studio, 'order-call.yaml');
    await openScriptsTab(studio);
    const desk = () => scriptDesk(studio);
    await until(() => deskText(desk()).startsWith('Здравствуйте, Анна!'), 'the preview starts the script in Russian');
    [...desk().shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="script-answer"]')].find((answer) => textOf(answer).includes('Удобно говорить'))!.click();
    await until(() => desk().scriptStep === 'confirm', 'the answer walks to the next step');

    // The catalog is in Russian and English: those are the preview's languages.
    const switchButtons = () => [...scriptsPart(studio).querySelectorAll<HTMLButtonElement>('.preview-locale button')];
    expect(switchButtons().map(textOf)).to.deep.equal(['RU', 'EN']);
    expect(scriptsPart(studio).querySelector('.preview-locale')!.getAttribute('aria-label')).to.equal('Preview language');
    switchButtons()[1]!.click();
    await until(() => deskText(desk()) === 'I am confirming delivery for tomorrow.', `the step is said in English (the preview says "${deskText(desk())}")`);
    expect(desk().scriptStep).to.equal('confirm');
    expect(desk().scriptPath.map((step) => step.stepId)).to.deep.equal(['greet', 'confirm']);
    expect(switchButtons().map((choice) => choice.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    expect(chosenScript(studio)).to.equal('Order call');

    // The objections' preview is in the language chosen, too.
    sectionTab(studio, 'Objections').click();
    await until(() => studio.shadowRoot!.querySelector('.preview-locale [aria-pressed="true"]'), 'the objections tab is shown');
    expect(textOf(studio.shadowRoot!.querySelector('.preview-locale [aria-pressed="true"]'))).to.equal('EN');
  });

  it('switches between objections and scripts with the arrow keys, as tabs do, and passes an axe check', async () => {
    const studio = await studioFixture(storageKey());
    const tabs = () => [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => tabs()[1]!.getAttribute('aria-selected') === 'true', 'ArrowRight chooses the scripts tab');
    await until(() => studio.shadowRoot!.activeElement === tabs()[1], 'the focus follows the chosen tab');
    expect(studio.shadowRoot!.querySelector<HTMLElement>('#objections-panel')!.hidden).to.equal(true);
    button(scriptsPart(studio), '+ New script').click();
    await until(() => stepCards(studio).length === 1, 'a script to check');
    // The preview shows what is written: a script with its texts, not blank headings and buttons.
    await typeInto(scriptForm(studio).querySelector<HTMLInputElement>('input[data-path="scripts[0].title.ru"]')!, 'Входящий');
    await typeInto(stepCards(studio)[0]!.querySelector<HTMLTextAreaElement>('textarea[data-path$=".say.ru"]')!, 'Здравствуйте!');
    await typeInto(stepCards(studio)[0]!.querySelector<HTMLInputElement>('input[data-path$=".answers[0].label.ru"]')!, 'Спасибо');
    await until(() => textOf(scriptDesk(studio).shadowRoot?.querySelector('[part~="script-answer"]')).includes('Спасибо'), 'the preview shows the texts');
    await expect(studio).to.be.accessible();
  });
});
