import { expect, html } from '@open-wc/testing';
import { uiStrings } from '../../src/element/i18n.js';
import type { ObjectionDesk } from '../../src/index.js';
import { HOSTILE_QUERIES, OPERATOR_QUERIES } from '../fixtures/hostile-queries.js';
import { deskFixture, optionTitles, options, root, search, searchBox } from './helpers.js';

const EXPENSIVE_RU = 'Дорого / нашёл дешевле';

/** Puts `text` in the search box as a paste does: all at once, in one input event. */
async function paste(desk: ObjectionDesk, text: string): Promise<void> {
  const box = searchBox(desk);
  box.focus();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await desk.updateComplete;
}

/** Clears the search box as Escape does, with nothing left for the next paste or keystrokes to follow. */
async function clear(desk: ObjectionDesk): Promise<void> {
  await paste(desk, '');
}

/** Collects the page's uncaught errors and unhandled rejections until `stop()`. */
function collectPageErrors(): { readonly errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** True when the results list shows hits, or says that nothing was found. */
const answered = (desk: ObjectionDesk) =>
  options(desk).length > 0 || root(desk).querySelector('.empty-title')?.textContent?.trim() === uiStrings('ru').nothingFound;

describe('<objection-desk> with hostile queries', () => {
  it('answers every pasted and typed hostile query without a page error, then a normal query again', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
    const page = collectPageErrors();
    try {
      for (const [kind, query] of Object.entries(HOSTILE_QUERIES)) {
        await paste(desk, query);
        expect(answered(desk), `pasted ${kind}`).to.equal(true);
        expect(options(desk).length, `pasted ${kind}`).to.be.at.most(desk.limit);
        await clear(desk);
      }
      // Typed key by key: what a keyboard can send (control characters and lone surrogates cannot be typed).
      for (const query of [...OPERATOR_QUERIES, '😀 дорого', '.*+?()[]{}\\', 'יקר מדי']) {
        await search(desk, query);
        expect(answered(desk), `typed ${query}`).to.equal(true);
        await clear(desk);
      }
      for (const query of ['!дорого', '=дорого', '^дор', 'дорого$']) {
        await paste(desk, query);
        expect(optionTitles(desk)[0], `"${query}" reads its operator as punctuation`).to.equal(EXPENSIVE_RU);
        await clear(desk);
      }
      await search(desk, 'ljhjuj');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_RU);
    } finally {
      page.stop();
    }
    expect(page.errors).to.deep.equal([]);
  });
});
