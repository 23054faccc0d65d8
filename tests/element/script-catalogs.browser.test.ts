// The call scripts come from the catalogs the search merges: a `src` catalog's script replaces the built-in one of
// its id, `disabled: true` hides one, and an answer that opens an objection no catalog has is reported as the
// catalog's problem and offered disabled, with the reason, instead of doing nothing.
import { expect, html, oneEvent } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { CatalogErrorDetail, CatalogInput, ObjectionDesk } from '../../src/index.js';
import { deskFixture, focused, openNoticeDetails, press, root } from './helpers.js';

const SRC = '/test-catalogs/element-src-scripts.json';

const step = (desk: ObjectionDesk) => root(desk).querySelector<HTMLElement>('[part~="script-step"]');
const title = (desk: ObjectionDesk) => root(desk).querySelector('#script-title')?.textContent?.trim();
const say = (desk: ObjectionDesk) => root(desk).querySelector('[part="script-say"]')?.textContent?.replace(/\s+/g, ' ').trim();
const answers = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLButtonElement>('[part="script-answer"]')];
const liveRegion = (desk: ObjectionDesk) => root(desk).querySelector('[aria-live="polite"]')?.textContent ?? '';
const noticeOf = (desk: ObjectionDesk, key: 'src' | 'catalog') => root(desk).querySelector(`[part="notice"][data-source="${key}"]`);
const problemsOf = (detail: CatalogErrorDetail) => detail.problems.map(({ code, path }) => `${code} ${path}`);

/** A catalog property whose one script's second answer opens `objection`. */
const scriptOpening = (objection: string, more: object = {}): CatalogInput =>
  ({
  locale: 'en',
  ...more,
  scripts: [
    {
      id: 'returns',
      kind: 'incoming',
      title: 'Returns',
      start: 'ask',
      steps: [{ id: 'ask', say: 'What is wrong with the item?', answers: [{ label: 'Broken', end: 'resolved' }, { label: 'Costs too much', objection }] }],
    },
  ],
  }) as CatalogInput;

/** Resolves to the detail of the next `catalog-error` from `source`. */
async function nextError(desk: ObjectionDesk, source: string): Promise<CatalogErrorDetail> {
  for (;;) {
    const { detail } = (await oneEvent(desk, 'catalog-error')) as CustomEvent<CatalogErrorDetail>;
    if (detail.source === source) return detail;
  }
}

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

  it('reports an answer of a built-in script that opens an objection the catalog property disables, as that catalog’s error', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    const reported = nextError(desk, 'catalog');
    desk.catalog = { locale: 'en', objections: [{ id: 'found-on-marketplace', disabled: true }] } as CatalogInput;
    desk.script = 'incoming-call';
    const detail = await reported;
    expect(detail.problems).to.have.length(1);
    expect(detail.problems[0]).to.include({ severity: 'error', code: 'unknown-objection', source: 'catalog' });
    expect(detail.problems[0]!.message).to.equal(
      'disables the objection "found-on-marketplace", which answer 9 of step "greet" of the built-in call script "incoming-call" opens; that answer is offered disabled',
    );
    expect(detail.problems[0]!.hint).to.equal('keep the objection, or disable or replace the script "incoming-call" too');
    await until(() => answers(desk)[8]?.getAttribute('aria-disabled') === 'true', 'the answer was not disabled');
    expect(answers(desk)[8]!.textContent).to.contain('“found-on-marketplace” is not in the catalogs');
    await until(() => noticeOf(desk, 'catalog'), 'no notice about the catalog property');

    // Giving the objection back mends the script: the notice goes, with no error.
    desk.catalog = { locale: 'en', objections: [] } as unknown as CatalogInput;
    await until(() => !noticeOf(desk, 'catalog'), 'the notice stayed once the objection was back');
    await until(() => answers(desk)[8] && !answers(desk)[8]!.hasAttribute('aria-disabled'), 'the answer stayed disabled');
  });

  it('reports the src catalog’s script again at once when the catalog property takes away an objection it opens, and mends it', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    const first = nextError(desk, SRC);
    desk.src = SRC;
    expect(problemsOf(await first)).to.deep.equal(['unknown-objection scripts[1].steps[0].answers[1].objection']);

    const again = nextError(desk, SRC);
    desk.catalog = { locale: 'en', objections: [{ id: 'delivery-too-long', disabled: true }] } as CatalogInput;
    expect(problemsOf(await again)).to.deep.equal([
      'unknown-objection scripts[1].steps[0].answers[1].objection',
      'unknown-objection scripts[1].steps[0].answers[2].objection',
    ]);
    expect((await openNoticeDetails(desk)).map((line) => line.textContent).join(' ')).to.contain('delivery-too-long');

    const mended = nextError(desk, SRC);
    desk.catalog = undefined;
    expect(problemsOf(await mended)).to.deep.equal(['unknown-objection scripts[1].steps[0].answers[1].objection']);
    await until(() => !noticeOf(desk, 'src')?.textContent?.includes('delivery-too-long'), 'the mended answer was still listed');
  });

  it('reports the catalog property’s script again at once when src takes away an objection it opens, and takes the notice down when src goes', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    desk.catalog = scriptOpening('expensive');
    await desk.updateComplete;
    expect(noticeOf(desk, 'catalog')?.textContent ?? null).to.equal(null);

    const reported = nextError(desk, 'catalog');
    desk.src = SRC;
    expect(problemsOf(await reported)).to.deep.equal(['unknown-objection scripts[0].steps[0].answers[1].objection']);
    await until(() => noticeOf(desk, 'catalog'), 'no notice about the catalog property');

    desk.src = undefined;
    await until(() => !noticeOf(desk, 'catalog'), 'the notice stayed once src was gone');
  });

  it('caps the script problems with the catalog’s own at 100, counting the others', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    const reported = nextError(desk, 'catalog');
    desk.catalog = scriptOpening('no-such-objection', { objections: Array.from({ length: 120 }, () => 0) });
    const detail = await reported;
    expect(detail.problems).to.have.length(100);
    expect(detail.problems.every(({ code }) => code === 'wrong-type')).to.equal(true);
    expect(detail.omitted).to.deep.equal({ error: 21, warning: 0 });
  });

  it('does not report the catalog property again when a src load leaves its problems as they were', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    const sources: string[] = [];
    desk.addEventListener('catalog-error', (event) => sources.push(event.detail.source));
    desk.catalog = scriptOpening('delivery-too-long', { objections: [0] });
    await until(() => sources.length === 1, 'the catalog property’s problem was not reported');
    desk.src = SRC;
    await until(() => sources.length === 2, 'the src catalog’s problem was not reported');
    await desk.updateComplete;
    expect(sources).to.deep.equal(['catalog', SRC]);
  });
});
