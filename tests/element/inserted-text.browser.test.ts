import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ObjectionDesk } from '../../src/index.js';
import { WIDE, deskFixture, optionTitles, searchBox } from './helpers.js';

const EXPENSIVE_RU = 'Дорого / нашёл дешевле';

/**
 * Inserts `text` at the search box's caret with no key events, as an input method's commit, dictation, an
 * on-screen keyboard or a text expander does; resolves once the element has shown what it found.
 */
async function insert(desk: ObjectionDesk, text: string): Promise<void> {
  await executeServerCommand('insert-text', { text });
  await desk.updateComplete;
}

/** The search box's text with `|` where its caret is. */
function withCaret(desk: ObjectionDesk): string {
  const box = searchBox(desk);
  expect(box.selectionStart, 'nothing is selected').to.equal(box.selectionEnd);
  return `${box.value.slice(0, box.selectionStart!)}|${box.value.slice(box.selectionStart!)}`;
}

async function focusedDesk(width?: number): Promise<ObjectionDesk> {
  const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`, width);
  desk.focus();
  return desk;
}

describe('<objection-desk>', () => {
  describe('text inserted without key presses (input methods, dictation, on-screen keyboards)', () => {
    it('searches "дорого" inserted a letter at a time, each letter after the one before', async () => {
      const desk = await focusedDesk();
      for (const letter of 'дорого') {
        await insert(desk, letter);
        expect(withCaret(desk).endsWith(`${letter}|`), `"${letter}" went in at the caret`).to.equal(true);
      }
      expect(withCaret(desk)).to.equal('дорого|');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_RU);
    });

    it('keeps words inserted one after another in their order, in a wide panel too', async () => {
      const desk = await focusedDesk(WIDE);
      await insert(desk, 'слишком');
      await insert(desk, ' дорого');
      expect(withCaret(desk)).to.equal('слишком дорого|');
      expect(optionTitles(desk)).to.include(EXPENSIVE_RU);
    });

    it('inserts where the operator moved the caret with the arrow keys', async () => {
      const desk = await focusedDesk();
      await insert(desk, 'дрого');
      for (let step = 0; step < 4; step++) await sendKeys({ press: 'ArrowLeft' });
      expect(withCaret(desk)).to.equal('д|рого');
      await insert(desk, 'о');
      expect(withCaret(desk)).to.equal('до|рого');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_RU);
    });

    it('searches what an input method commits after showing it letter by letter', async () => {
      const desk = await focusedDesk();
      let composed = '';
      for (const letter of 'дорого') {
        composed += letter;
        await executeServerCommand('ime-composition', { text: composed });
      }
      await insert(desk, 'дорого');
      expect(withCaret(desk)).to.equal('дорого|');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_RU);
      await insert(desk, ' слишком');
      expect(withCaret(desk)).to.equal('дорого слишком|');
    });
  });
});
