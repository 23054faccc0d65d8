// The call scripts come from the catalogs the search merges: a `src` catalog's script replaces the built-in one of
// its id, `disabled: true` hides one, and an answer that opens an objection no catalog has is reported as the
// catalog's problem and offered disabled, with the reason, instead of doing nothing.
import { expect, html, oneEvent } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { CatalogErrorDetail, ObjectionDesk } from '../../src/index.js';
import { deskFixture, focused, openNoticeDetails, press, root } from './helpers.js';

const SRC = '/test-catalogs/element-src-scripts.json';

const step = (desk: ObjectionDesk) => root(desk).querySelector<HTMLElement>('[part~="script-step"]');
const title = (desk: ObjectionDesk) => root(desk).querySelector('#script-title')?.textContent?.trim();
const say = (desk: ObjectionDesk) => root(desk).querySelector('[part="script-say"]')?.textContent?.replace(/\s+/g, ' ').trim();
const answers = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLButtonElement>('[part="script-answer"]')];
const liveRegion = (desk: ObjectionDesk) => root(desk).querySelector('[aria-live="polite"]')?.textContent ?? '';

/** The element with the fixture's `src` catalog and `script`, once the step of `script` has focus. */
async function withSrc(script: string): Promise<ObjectionDesk> {
  const desk = await deskFixture(html`<objection-desk locale="en" src=${SRC} .context=${{ clientName: 'Anna' }} script=${script}></objection-desk>`);
  await until(() => step(desk) && focused(desk) === step(desk), `the step of ${script} did not get focus`);
  return desk;
}

describe('<objection-desk> call scripts from the catalogs', () => {
  it('walks the src catalog’s script in place of the built-in one of its id', async () => {
    const desk = await withSrc('order-confirmation');
    await until(() => title(desk) === 'Order confirmation (our wording)', 'the src catalog’s script was not shown');
    expect(say(desk)).to.equal('Hello Anna, this is Tech Home about your order.');
    expect(answers(desk)).to.have.length(3);
  });

  it('says a built-in script the src catalog disables is in no catalog', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" src=${SRC} script="after-sale"></objection-desk>`);
    const alert = () => root(desk).querySelector('[part="script"] [role="alert"]');
    await until(() => alert(), 'no alert about the disabled script');
    expect(alert()!.textContent).to.contain('No call script “after-sale” in the catalogs.');
    expect(step(desk)).to.equal(null);
  });

  it('reports an answer opening an objection the catalogs lack with catalog-error, and offers it disabled', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    const reported = oneEvent(desk, 'catalog-error');
    desk.src = SRC;
    desk.script = 'order-confirmation';
    const { detail } = (await reported) as CustomEvent<CatalogErrorDetail>;
    expect(detail.source).to.equal(SRC);
    expect(detail.problems.map(({ code, path }) => ({ code, path }))).to.deep.equal([
      { code: 'unknown-objection', path: 'scripts[1].steps[0].answers[1].objection' },
    ]);
    await until(() => answers(desk).length === 3, 'the answers were not shown');
    const [confirms, expensive, delivery] = answers(desk);
    expect(expensive!.getAttribute('aria-disabled')).to.equal('true');
    expect(expensive!.textContent).to.contain('The objection “expensive” is not in the catalogs.');
    expect(confirms!.hasAttribute('aria-disabled')).to.equal(false);
    expect(delivery!.hasAttribute('aria-disabled')).to.equal(false);
    await until(() => focused(desk) === step(desk), 'the step did not get focus');
    await press(desk, '2');
    await until(() => liveRegion(desk).includes('is not in the catalogs'), 'choosing the dead answer said nothing');
    expect(desk.scriptStep).to.equal('hello');
    expect(focused(desk)).to.equal(step(desk));
    expect((await openNoticeDetails(desk)).map((line) => line.textContent).join(' ')).to.contain('expensive');
  });

  it('offers the built-in script’s answer to an objection the src catalog disables disabled, the others as before', async () => {
    const desk = await withSrc('incoming-call');
    await until(() => answers(desk).some((answer) => answer.hasAttribute('aria-disabled')), 'no answer was disabled');
    const disabled = answers(desk).filter((answer) => answer.getAttribute('aria-disabled') === 'true');
    expect(disabled).to.have.length(1);
    expect(disabled[0]!.textContent).to.contain('“online-payment-distrust” is not in the catalogs');
  });

  it('is accessible with a disabled answer', async () => {
    const desk = await withSrc('order-confirmation');
    await until(() => answers(desk)[1]?.hasAttribute('aria-disabled'), 'the dead answer was not disabled');
    await expect(desk).to.be.accessible();
  });
});
