import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { ObjectionDesk } from '../../src/index.js';
import { NARROW, WIDE, deskFixture, focused, openFirst, root, search, searchBox } from './helpers.js';

/** A careless CRM theme: a reset, then `!important` on everything, huge text, right-to-left. */
const HOSTILE_CSS = new URL('./hostile-page/hostile.css', import.meta.url).href;
/**
 * Share of pixels that may differ. The host's own background (the page's to choose) shows through the base's
 * rounded corners: 48 pixels, 0.03 % of the narrow widget.
 */
const MAX_DIFF_RATIO = 0.001;
/** A CRM sidebar of fixed height: a long list scrolls inside the widget. */
const HEIGHT = 480;
/** The call's context, without the product: the replies show a field to fill it in. */
const NO_PRODUCT = { clientName: 'Anna' };

interface Comparison {
  mismatched: number;
  ratio: number;
  files?: { expected: string; actual: string; diff: string };
}

/**
 * A widget `width` × {@link HEIGHT} px, the size set on the host as an integrator does. The host's own box (its
 * margin, border, padding, background) is the page's to style, like any element of its; `* { box-sizing:
 * content-box }` keeps its content the given size. What must not change is the widget inside it: the base part.
 */
function hostedDesk(width: number, locale: 'ru' | 'en' | 'tr'): Promise<ObjectionDesk> {
  return deskFixture(
    html`<objection-desk locale=${locale} .context=${NO_PRODUCT} style="height: ${HEIGHT}px"></objection-desk>`,
    width,
  );
}

const base = (desk: ObjectionDesk) => root(desk).querySelector<HTMLElement>('[part="base"]')!;

/** A PNG (base64) of the widget's base part as it is on screen. */
function screenshotOfBase(desk: ObjectionDesk): Promise<string> {
  const { x, y, width, height } = base(desk).getBoundingClientRect();
  return executeServerCommand<string, DOMRectInit>('screenshot', { x: x + scrollX, y: y + scrollY, width, height });
}

/** The base part's offset from the top left of its host's content box, and its size. */
function placementOfBase(desk: ObjectionDesk): number[] {
  const host = getComputedStyle(desk);
  const box = desk.getBoundingClientRect();
  const { left, top, width, height } = base(desk).getBoundingClientRect();
  const contentLeft = box.left + parseFloat(host.borderLeftWidth) + parseFloat(host.paddingLeft);
  const contentTop = box.top + parseFloat(host.borderTopWidth) + parseFloat(host.paddingTop);
  return [left - contentLeft, top - contentTop, width, height];
}

/** Compares two screenshots; above `maxRatio`, the server also writes them and their differences to files. */
function compare(name: string, expected: string, actual: string, maxRatio = MAX_DIFF_RATIO): Promise<Comparison> {
  return executeServerCommand<Comparison, object>('compare-screenshots', { name, expected, actual, maxRatio });
}

/** Runs `run` with the hostile stylesheet on the page, after checking that it reaches the host. */
async function underHostileStyles<T>(desk: ObjectionDesk, run: () => Promise<T>): Promise<T> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: HOSTILE_CSS });
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  try {
    await loaded;
    const host = getComputedStyle(desk);
    expect([host.fontSize, host.direction, host.whiteSpace], 'the hostile styles reach the host').to.deep.equal([
      '40px',
      'rtl',
      'pre',
    ]);
    return await run();
  } finally {
    link.remove();
  }
}

/**
 * Screenshots the base part on the clean page, then under the hostile styles, and expects the two to match, and
 * the base to fill its host's content box in both.
 */
async function expectUnchangedByHostileStyles(desk: ObjectionDesk, name: string): Promise<void> {
  const cleanPlacement = placementOfBase(desk);
  const clean = await screenshotOfBase(desk);
  const [hostilePlacement, hostile] = await underHostileStyles(
    desk,
    async () => [placementOfBase(desk), await screenshotOfBase(desk)] as const,
  );
  const { mismatched, ratio, files } = await compare(name, clean, hostile);
  const where = files ? `: clean ${files.expected}, hostile ${files.actual}, differences ${files.diff}` : '';
  expect(ratio, `${mismatched} pixels (${(ratio * 100).toFixed(2)} %) differ${where}`).to.be.at.most(MAX_DIFF_RATIO);
  expect(hostilePlacement, 'where the base is in its host, and its size').to.deep.equal(cleanPlacement);
}

describe('<objection-desk> on a page with hostile global styles', () => {
  // Room for the wide widget beside the hostile page's margins.
  before(() => setViewport({ width: 1200, height: 800 }));

  for (const width of [NARROW, WIDE]) {
    describe(`${width} px wide`, () => {
      it('shows the list before typing as on a clean page', async () => {
        const desk = await hostedDesk(width, 'ru');
        await expectUnchangedByHostileStyles(desk, `list-${width}`);
      });

      it('shows the results for "дорого" as on a clean page', async () => {
        const desk = await hostedDesk(width, 'ru');
        await search(desk, 'дорого');
        await expectUnchangedByHostileStyles(desk, `results-${width}`);
      });

      it('shows an opened objection with its replies and a placeholder field as on a clean page', async () => {
        const desk = await hostedDesk(width, 'en');
        await openFirst(desk, 'expensive');
        await expectUnchangedByHostileStyles(desk, `objection-${width}`);
      });
    });
  }

  it('keeps the capitals of its own language (Turkish İ) under the page\'s styles', async () => {
    const desk = await hostedDesk(NARROW, 'tr');
    const labels = () =>
      [...root(desk).querySelectorAll<HTMLElement>('[part="group-label"]')].map((label) => label.innerText);
    await underHostileStyles(desk, async () => expect(labels()).to.include('SİPARİŞ SÜRECİ'));
  });

  it('is still hidden, unclickable or inert where the page makes it so', async () => {
    const hidden = await deskFixture(
      html`<div style="visibility: hidden; pointer-events: none"><objection-desk locale="en"></objection-desk></div>`,
    );
    const input = getComputedStyle(searchBox(hidden));
    expect([input.visibility, input.pointerEvents]).to.deep.equal(['hidden', 'none']);

    const inert = await deskFixture(html`<div inert><objection-desk locale="en"></objection-desk></div>`);
    inert.focus();
    expect(focused(inert)).to.equal(null);
  });

  it('tells apart a font size one pixel larger: the tolerance does not hide a change of text size', async () => {
    const desk = await hostedDesk(NARROW, 'en');
    await openFirst(desk, 'expensive');
    const usual = await screenshotOfBase(desk);
    desk.style.setProperty('--objection-desk-font-size', '15px');
    await desk.updateComplete;
    const larger = await screenshotOfBase(desk);
    expect((await compare('font-size', usual, larger, 1)).ratio).to.be.above(MAX_DIFF_RATIO);
  });
});
