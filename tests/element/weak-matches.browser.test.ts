import { expect, html } from '@open-wc/testing';
import { uiStrings } from '../../src/element/i18n.js';
import type { ObjectionDesk, ObjectionGapDetail } from '../../src/index.js';
import { until } from '../browser-wait.js';
import { deskFixture, optionTitles, options, root, search } from './helpers.js';

const EN = uiStrings('en');
const RU = uiStrings('ru');

const nothingFound = (desk: ObjectionDesk) => root(desk).querySelector('.empty-title')?.textContent?.trim();
const missingButton = (desk: ObjectionDesk) => root(desk).querySelector<HTMLButtonElement>('[part="missing-button"]');
const weakMarks = (desk: ObjectionDesk) => [...root(desk).querySelectorAll('[part="weak-mark"]')];

/** Types `text` and waits for the search to answer it: results, or "Nothing found". */
async function searchAndWait(desk: ObjectionDesk, text: string): Promise<void> {
  await search(desk, text);
  await until(() => options(desk).length > 0 || nothingFound(desk), `"${text}" was not answered`);
}

describe('<objection-desk> weak matches', () => {
  it('says "Nothing found" for the gibberish "qwzx", with the loose matches below it marked as weak', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    await searchAndWait(desk, 'qwzx');
    await until(() => nothingFound(desk) === EN.nothingFound, '"Nothing found" was not shown');
    for (const option of options(desk)) {
      // The mark is text inside the option, so it is part of the name a screen reader reads for it.
      expect(option.textContent, 'each loose match says it is weak').to.contain(EN.weakMatch);
    }
    expect(weakMarks(desk)).to.have.length(options(desk).length);
    expect(missingButton(desk)?.textContent?.trim()).to.equal(EN.noAnswer);
    await expect(desk).to.be.accessible();
  });

  it('shows a confident answer plainly: no weak mark on it and no "Nothing found"', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
    await searchAndWait(desk, 'дорого');
    expect(optionTitles(desk)[0]).to.equal('Дорого / нашёл дешевле');
    expect(options(desk)[0]!.textContent).not.to.contain(RU.weakMatch);
    expect(nothingFound(desk)).to.equal(undefined);
    expect(missingButton(desk)).to.equal(null);
  });

  it('does not say "Nothing found" while the first letters of a word are typed', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
    await searchAndWait(desk, 'di');
    expect(options(desk).length).to.be.greaterThan(0);
    expect(nothingFound(desk)).to.equal(undefined);
  });

  it('emits a bubbling, composed objection-gap with the query and locale when "No answer for this" is pressed', async () => {
    const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
    const heard: Array<CustomEvent<ObjectionGapDetail>> = [];
    const listener = (event: CustomEvent<ObjectionGapDetail>) => {
      heard.push(event);
    };
    // Heard outside the element's shadow root and above it: a CRM page listens on its own elements.
    document.body.addEventListener('objection-gap', listener);
    try {
      await searchAndWait(desk, 'кошка спит на диване');
      await until(() => missingButton(desk), '"No answer for this" was not shown');
      expect(missingButton(desk)!.textContent!.trim()).to.equal(RU.noAnswer);
      missingButton(desk)!.click();
      expect(heard).to.have.length(1);
      expect(heard[0]!.detail).to.deep.equal({ query: 'кошка спит на диване', locale: 'ru' });
      expect(heard[0]!.bubbles && heard[0]!.composed).to.equal(true);
    } finally {
      document.body.removeEventListener('objection-gap', listener);
    }
  });
});
