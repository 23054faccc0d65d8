import { expect, html, oneEvent } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { CatalogErrorDetail, ObjectionDesk, ReplyCopyDetail } from '../../src/index.js';
import { WIDE, copyButtons, deskFixture, openFirst, root } from './helpers.js';

/**
 * Issue 11, item 4: the clipboard got more than the operator saw. The catalogs are the proofs of concept in
 * tests/fixtures/hostile/: a reply with 63 tag characters and one with zero-width characters
 * (04-tag-characters.json), and digits behind a right-to-left override (04-rlo-digits.json).
 */
const TAGS = '/test-catalogs/hostile/04-tag-characters.json';
const RLO = '/test-catalogs/hostile/04-rlo-digits.json';

/** Renders a desk with only the catalog at `src`, once it has loaded. */
async function deskWith(src: string, context: Record<string, string>): Promise<ObjectionDesk> {
  const desk = await deskFixture(html`<objection-desk locale="en" no-builtin .context=${context} src=${src}></objection-desk>`, WIDE);
  await until(() => desk.objectionCount > 0, 'the catalog did not load');
  return desk;
}

/** Copies reply `index` with its button; resolves to what `reply-copy` says was copied. */
async function copyReply(desk: ObjectionDesk, index: number): Promise<ReplyCopyDetail> {
  const copied = oneEvent(desk, 'reply-copy');
  copyButtons(desk)[index]!.click();
  const { detail } = await copied;
  expect(detail.copied, 'the clipboard refused').to.equal(true);
  return detail;
}

/** The reply as the operator reads it: the rendered text, as `innerText` gives it. */
const shownReply = (desk: ObjectionDesk, index: number) => root(desk).querySelectorAll<HTMLElement>('.reply-text')[index]!.innerText;

/** Where `word` of reply `index` is drawn on screen. */
function placeOf(desk: ObjectionDesk, index: number, word: string): DOMRect {
  const reply = root(desk).querySelectorAll('.reply-text')[index]!;
  const walker = document.createTreeWalker(reply, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${word}" is not in reply ${index}`);
}

/** Whether `first` is read before `second` on a left-to-right screen: above it, or on its line and to its left. */
function readsBefore(first: DOMRect, second: DOMRect): boolean {
  const sameLine = Math.abs(first.top - second.top) < first.height / 2;
  return sameLine ? first.right <= second.left : first.top < second.top;
}

describe('<objection-desk>', () => {
  describe('what is copied is what is shown', () => {
    it('warns of the invisible characters of a src catalog', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" no-builtin></objection-desk>`);
      const reported = oneEvent(desk, 'catalog-error');
      desk.src = TAGS;
      const { detail }: CustomEvent<CatalogErrorDetail> = await reported;
      expect(detail.problems.map((found) => [found.path, found.code])).to.deep.equal([
        ['objections[0].replies[0].text.en', 'invisible-characters'],
        ['objections[0].replies[1].text.en', 'invisible-characters'],
      ]);
    });

    const HIDDEN = [
      { index: 0, hidden: 'the 63 tag characters hidden in it', shown: 'Thanks, Anna, your refund is on its way.' },
      { index: 1, hidden: 'its zero-width characters', shown: 'Your refund was approved today.' },
    ];
    for (const { index, hidden, shown } of HIDDEN) {
      it(`copies a reply without ${hidden}`, async () => {
        const desk = await deskWith(TAGS, { clientName: 'Anna' });
        await openFirst(desk, 'refund status');
        const { text } = await copyReply(desk, index);
        expect(text).to.equal(shown);
        expect(await navigator.clipboard.readText()).to.equal(text);
        expect(shownReply(desk, index)).to.equal(text);
      });
    }

    it('shows digits behind a right-to-left override in the order it copies them', async () => {
      const desk = await deskWith(RLO, {});
      await openFirst(desk, 'card number');
      const { text } = await copyReply(desk, 0);
      expect(text).to.equal('The payment goes to the account ending in 4321 8765.');
      expect(await navigator.clipboard.readText()).to.equal(text);
      expect(shownReply(desk, 0)).to.equal(text);
      expect(readsBefore(placeOf(desk, 0, '4321'), placeOf(desk, 0, '8765')), '"4321" is shown after "8765"').to.equal(true);
    });

    it('isolates a client name ending in U+202E, so the rest of the reply reads as written', async () => {
      const desk = await deskWith(RLO, { clientName: 'Anna\u202E' });
      await openFirst(desk, 'card number');
      const filled = root(desk).querySelectorAll('.reply-text')[1]!.querySelector('.filled')!;
      expect(filled.localName).to.equal('bdi');
      expect(filled.textContent).to.equal('Anna');
      const words = ['Anna', 'your', 'order', '1234', 'ships', 'today'].map((word) => placeOf(desk, 1, word));
      for (let i = 1; i < words.length; i += 1) expect(readsBefore(words[i - 1]!, words[i]!), `word ${i} out of order`).to.equal(true);
      const { text } = await copyReply(desk, 1);
      expect(text).to.equal('Anna, your order 1234 ships today.');
      expect(shownReply(desk, 1)).to.equal(text);
      await until(() => copyButtons(desk)[1]!.textContent!.trim() === 'Copied', 'the second reply did not show "Copied"');
    });
  });
});
