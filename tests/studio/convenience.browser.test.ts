import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionList } from '../../src/studio/objection-list.component.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import { button, editor, field, fill, freshStorageKey, list, noticeText, studioFixture, tester, textOf, typeInto } from './helpers.js';

// Issue 14, point 11: what saves a marketer time with a long catalog.

const listedTitles = (studio: ObjectionStudio) => [...list(studio).querySelectorAll('.item-title')].map(textOf);
const filterBox = (studio: ObjectionStudio) => list(studio).querySelector<HTMLInputElement>('input[type="search"]')!;
const editorTitle = (studio: ObjectionStudio) => textOf(studio.shadowRoot!.querySelector('.editor-title'));
/** The form of the objection being edited, once it is there. */
const form = (studio: ObjectionStudio) => studio.shadowRoot!.querySelector('objection-studio-editor')?.shadowRoot;
/** Whether the field `label` of the form has the focus; false while there is no such field yet. */
function hasFocus(studio: ObjectionStudio, label: string): boolean {
  const root = form(studio);
  try {
    return root !== null && root !== undefined && focusedElement() === field(root, label);
  } catch {
    return false;
  }
}

/** The element with focus, looked for through the studio's shadow roots. */
function focusedElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function withBuiltinCatalog(storageKey: string): Promise<ObjectionStudio> {
  const studio = await studioFixture(storageKey);
  const open = () => button(studio.shadowRoot!, 'Open built-in catalog');
  await until(() => !open().disabled, 'the built-in catalog did not load');
  open().click();
  await studio.updateComplete;
  return studio;
}

async function filterList(studio: ObjectionStudio, query: string): Promise<string[]> {
  await typeInto(filterBox(studio), query);
  await (list(studio).host as ObjectionList).updateComplete;
  return listedTitles(studio);
}

/** Imports tests/fixtures/studio/phrases.csv as if chosen in the list's file dialog, and waits for its summary. */
async function importPhrases(studio: ObjectionStudio): Promise<void> {
  const input = list(studio).querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([await (await fetch('/tests/fixtures/studio/phrases.csv')).text()], 'phrases.csv', { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await until(() => noticeText(studio).startsWith('phrases.csv'), 'no summary of the import');
}

describe('<objection-studio> conveniences', () => {
  let storageKey: string;

  beforeEach(() => {
    storageKey = freshStorageKey();
  });

  afterEach(() => {
    localStorage.removeItem(storageKey);
    localStorage.removeItem(`${storageKey}:selected`);
  });

  it('filters the objection list by title, ID or customer phrase, in any language and layout of letters', async () => {
    const studio = await withBuiltinCatalog(storageKey);
    const all = listedTitles(studio);
    expect(all.length).to.be.greaterThan(10);
    for (const query of ['дорого', 'ДОРОГО', 'dorogo', 'expensive', 'too expens', 'pahalı']) {
      const shown = await filterList(studio, query);
      expect(shown, query).to.include('Дорого / нашёл дешевле');
      expect(shown.length, query).to.be.lessThan(all.length);
    }
    expect(await filterList(studio, 'zzzqqq')).to.deep.equal([]);
    expect(textOf(list(studio).querySelector('.empty'))).to.equal('Nothing matches.');
    // Picking a found objection edits that one, not the one at its place in the filtered list.
    await filterList(studio, 'дорого');
    const item = [...list(studio).querySelectorAll<HTMLButtonElement>('.item')].find((candidate) => textOf(candidate.querySelector('.item-title')) === 'Дорого / нашёл дешевле')!;
    item.click();
    await studio.updateComplete;
    expect(editorTitle(studio)).to.equal('Дорого / нашёл дешевле');
    expect(await filterList(studio, ' ')).to.deep.equal(all);
  });

  it('opens the objection last edited after a reload', async () => {
    const first = await withBuiltinCatalog(storageKey);
    const third = [...list(first).querySelectorAll<HTMLButtonElement>('.item')][2]!;
    const title = textOf(third.querySelector('.item-title'));
    third.click();
    await first.updateComplete;
    expect(editorTitle(first)).to.equal(title);
    fixtureCleanup();
    const studio = await studioFixture(storageKey);
    expect(editorTitle(studio)).to.equal(title);
    expect(textOf(list(studio).querySelector('.item[aria-current="true"] .item-title'))).to.equal(title);
  });

  it('makes one phrase per line of a paste with line breaks, as a list from a brief or a chat is written', async () => {
    const studio = await studioFixture(storageKey);
    button(list(studio), '+ New objection').click();
    await until(() => hasFocus(studio, 'ID'), 'the new form did not get the focus');
    const phrases = field(editor(studio), 'What customers say (ru)');
    await typeInto(phrases, 'дорого у вас');
    await navigator.clipboard.writeText('• Дорого у вас\r\n2. «а подешевле есть?»\n\n  - "у конкурентов дешевле"  \n3) за такие деньги?\n');
    await sendKeys({ press: 'Control+V' });
    const expected = ['дорого у вас', 'а подешевле есть?', 'у конкурентов дешевле', 'за такие деньги?'];
    const pasted = () => (studio.draft.catalog.objections[0]?.triggers as Record<string, string[]> | undefined)?.['ru'] ?? [];
    await until(() => pasted().length === expected.length, 'the paste did not reach the draft');
    expect(studio.draft.catalog.objections[0]!.triggers).to.deep.equal({ ru: expected });
    expect(phrases.value).to.equal(expected.join('\n'));
  });

  it('puts the focus in the new form after «+ New objection», and in the new tip after «+ Add a tip»', async () => {
    const studio = await studioFixture(storageKey);
    button(list(studio), '+ New objection').click();
    await until(() => hasFocus(studio, 'ID'), 'the ID field of the new objection did not get the focus');
    await fill(studio, 'Title (ru)', 'Нет времени');
    button(editor(studio), '+ Add a tip').click();
    await until(() => hasFocus(studio, 'Tip 1 (ru)'), 'the new tip did not get the focus');
    button(editor(studio), '+ Add a reply').click();
    await until(() => hasFocus(studio, 'Reply 2 (ru)'), 'the new reply did not get the focus');
  });

  it('adds the phrases of a CSV file to the objections they name, and says what it added and left out', async () => {
    const studio = await withBuiltinCatalog(storageKey);
    const triggers = (id: string) => studio.draft.catalog.objections.find((objection) => objection.id === id)!.triggers as Record<string, string[]>;
    const before = structuredClone(triggers('expensive'));
    await importPhrases(studio);
    expect(noticeText(studio)).to.contain(
      'phrases.csv: 3 phrases added to 2 objections; 1 already there; no objection has the ID no-such-objection; lines 7 lack an ID, a language or a phrase.',
    );
    expect(triggers('expensive')['ru']).to.deep.equal([...before['ru']!, 'дороговато, если честно']);
    expect(triggers('expensive')['en']).to.deep.equal([...before['en']!, 'a bit steep for me']);
    expect(triggers('too-cheap')['tr']).to.include('bu kadar ucuz olur mu');
    await typeInto(tester(studio).querySelector('input')!, 'a bit steep for me');
    await until(() => textOf(tester(studio).querySelector('.hit')).includes('Дорого / нашёл дешевле'), 'the tester does not find the imported phrase');
  });

  it('takes an import of phrases back with one Undo', async () => {
    const studio = await withBuiltinCatalog(storageKey);
    const before = structuredClone(studio.draft.catalog);
    await importPhrases(studio);
    expect(studio.draft.catalog).not.to.deep.equal(before);
    button(studio.shadowRoot!, 'Undo').click();
    await until(() => JSON.stringify(studio.draft.catalog) === JSON.stringify(before), 'Undo did not take the imported phrases back');
  });

  it('puts the focus on the next objection the filtered list shows after a delete', async () => {
    const studio = await withBuiltinCatalog(storageKey);
    const all = listedTitles(studio);
    const shown = await filterList(studio, 'заказ');
    expect(shown.length, 'the filter keeps a few objections').to.be.greaterThan(2);
    expect(all.indexOf(shown[1]!), 'the second one found is further down the whole list').to.be.greaterThan(1);
    [...list(studio).querySelectorAll<HTMLButtonElement>('.item')][1]!.click();
    await studio.updateComplete;
    button(list(studio), 'Delete').click();
    const focused = () => textOf(list(studio).activeElement?.closest('.item')?.querySelector('.item-title'));
    await until(() => focused() === shown[2], `the focus is on "${focused()}", not on "${shown[2]}"`);
  });

  describe('at 800 px', () => {
    before(() => setViewport({ width: 800, height: 700 }));
    after(() => setViewport({ width: 1280, height: 800 }));

    it('keeps the phrase tester in view while the marketer edits the end of a long form', async () => {
      const studio = await withBuiltinCatalog(storageKey);
      const addTip = button(editor(studio), '+ Add a tip');
      const form = editor(studio).host.getBoundingClientRect();
      expect(form.height, 'the form is longer than the window').to.be.greaterThan(innerHeight * 2);
      addTip.scrollIntoView({ block: 'end' });
      const box = tester(studio).querySelector('input')!.getBoundingClientRect();
      expect(addTip.getBoundingClientRect().bottom, 'the end of the form is in view').to.be.at.most(innerHeight + 1);
      expect(box.top, 'the tester is not above the window').to.be.at.least(0);
      expect(box.bottom, 'the tester is not below the window').to.be.at.most(innerHeight);
      await typeInto(tester(studio).querySelector('input')!, 'дорого');
      await until(() => textOf(tester(studio).querySelector('.hit')).includes('Дорого / нашёл дешевле'), 'the tester found nothing');
    });
  });
});
