import { describe, expect, it } from 'vitest';
import { builtinCatalog, type ObjectionInput } from '../../src/core/index.js';
import { coverageRows } from '../../src/studio/coverage.js';
import { checkDraft, lintSelected } from '../../src/studio/draft-check.js';
import { mergeIntoDraft } from '../../src/studio/draft-merge.js';
import { checkOrder, isStale, notedEdit, withIdClaimed, withTextConfirmed } from '../../src/studio/draft-notes.js';
import { catalogFileText, draftCatalogOf, openCatalogFile, type Draft } from '../../src/studio/draft.js';
import { nearFields, withNearField } from '../../src/studio/near-fields.js';
import { studioStrings } from '../../src/studio/i18n.js';
import { problemWorder } from '../../src/studio/problem-words.js';

const objection = (id: string, ru = 'Да', en = 'Yes'): ObjectionInput => ({
  id,
  title: { ru: `Заголовок ${id}`, en: `Title ${id}` },
  triggers: { ru: ['раз фраза', 'два фраза', 'три фраза'] },
  replies: [{ text: { ru, en } }, { text: { ru: 'Второй', en: 'Second' } }],
});
const draftOf = (...objections: ObjectionInput[]): Draft => ({ mode: 'extend', catalog: { locales: ['ru', 'en'], objections } });
/** `objection` after the marketer typed `text` into its first reply's `locale` text, keystroke by keystroke. */
function typed(start: ObjectionInput, locale: 'ru' | 'en', text: string): ObjectionInput {
  let current = start;
  for (let end = 1; end <= text.length; end += 1) {
    const next = structuredClone(current);
    next.replies![0]!.text = { ...(next.replies![0]!.text as Record<string, string>), [locale]: text.slice(0, end) };
    current = notedEdit(current, next);
  }
  return current;
}

describe('checkOrder', () => {
  it('checks the objection whose id was set first before a later duplicate, wherever the duplicate is', () => {
    const copy = withIdClaimed(objection('expensive'), 2000);
    const original = withIdClaimed(objection('expensive'), 1000);
    expect(checkOrder([objection('a'), copy, original])).to.deep.equal([0, 2, 1]);
    expect(checkOrder([objection('a'), original, copy])).to.deep.equal([0, 1, 2]);
  });

  it('reports the duplicate id at the copy and keeps the earlier objection in the checked catalog', () => {
    const draft = draftOf(objection('a'), withIdClaimed(objection('expensive', 'Копия'), 2000), objection('expensive', 'Оригинал'));
    const check = checkDraft(draft, undefined, 'draft');
    const duplicate = check.problems.find((found) => found.code === 'duplicate-id')!;
    expect(duplicate.path).to.equal('objections[1].id');
    expect(duplicate.message).to.contain('objections[2]');
    // The studio names the objection that has the id by its place in the draft, in the marketer's language.
    expect(problemWorder('ru', studioStrings('ru'), (index) => `№${index}`)(duplicate).message).to.contain('Код «expensive» уже занят: «№2»');
    const kept = check.search.catalog.objections.find((found) => found.id === 'expensive')!;
    expect(kept.replies[0]!.text['ru']).to.equal('Оригинал');
    expect(JSON.stringify(check.catalog)).not.to.contain('$studio');
  });
});

describe('notedEdit', () => {
  it('marks the other languages of a reply after its Russian text changed, and not its own', () => {
    const edited = typed(objection('a'), 'ru', 'Нет');
    expect(isStale(edited, 'replies[0].text.en')).to.equal(true);
    expect(isStale(edited, 'replies[0].text.ru')).to.equal(false);
    expect(isStale(edited, 'replies[1].text.en')).to.equal(false);
    expect(isStale(edited, 'title.en')).to.equal(false);
  });

  it('marks nothing while a translation is written anew', () => {
    const start = { ...objection('a'), replies: [{ text: { ru: 'Да' } }] };
    const translated = typed(start, 'en', 'Yes indeed');
    expect(isStale(translated, 'replies[0].text.ru')).to.equal(false);
  });

  it('takes the mark away when the marked text is edited, without marking the changed one', () => {
    const updated = typed(typed(objection('a'), 'ru', 'Нет'), 'en', 'No');
    expect(isStale(updated, 'replies[0].text.en')).to.equal(false);
    expect(isStale(updated, 'replies[0].text.ru')).to.equal(false);
  });

  it('takes the mark away on Confirm', () => {
    const edited = typed(objection('a'), 'ru', 'Нет');
    expect(isStale(withTextConfirmed(edited, 'replies[0].text.en'), 'replies[0].text.en')).to.equal(false);
  });

  it('moves the marks with their reply when one before it is removed', () => {
    const start = objection('a');
    let edited = structuredClone(start);
    edited.replies![1]!.text = { ru: 'Второй ответ', en: 'Second' };
    edited = notedEdit(start, edited);
    expect(isStale(edited, 'replies[1].text.en')).to.equal(true);
    const removed = structuredClone(edited);
    removed.replies!.splice(0, 1);
    const after = notedEdit(edited, removed);
    expect(isStale(after, 'replies[0].text.en')).to.equal(true);
    expect(isStale(after, 'replies[1].text.en')).to.equal(false);
  });

  it('keeps the marks in a stored draft, and leaves them out of an exported file and an opened one', () => {
    const edited = typed(objection('a'), 'ru', 'Нет');
    const stored = draftCatalogOf(JSON.parse(JSON.stringify({ objections: [edited] })))!;
    expect(isStale(stored.objections[0]!, 'replies[0].text.en')).to.equal(true);
    const file = catalogFileText({ objections: [edited] }, 'json');
    expect(file).not.to.contain('$studio');
    const opened = openCatalogFile('mine.json', JSON.stringify({ objections: [edited] }));
    expect(JSON.stringify(opened.draft)).not.to.contain('$studio');
  });
});

describe('mergeIntoDraft', () => {
  it('puts a file\'s objection in place of the draft\'s of the same id, adds the others at the end, and tells which it replaced', () => {
    const merged = mergeIntoDraft(draftOf(objection('a'), objection('expensive', 'Старый')), {
      locales: ['ru', 'tr'],
      objections: [objection('expensive', 'Новый'), objection('b')],
    });
    expect(merged.draft.catalog.objections.map(({ id }) => id)).to.deep.equal(['a', 'expensive', 'b']);
    expect(merged.draft.catalog.objections[1]!.replies![0]!.text).to.deep.include({ ru: 'Новый' });
    expect(merged.replaced.map(({ replies }) => replies![0]!.text)).to.deep.equal([{ ru: 'Старый', en: 'Yes' }]);
    expect(merged.added).to.equal(2);
    expect(merged.draft.catalog.locales).to.deep.equal(['ru', 'en', 'tr']);
    expect(merged.draft.mode).to.equal('extend');
  });
});

describe('nearFields', () => {
  it('offers the phrases of "tigger" as "triggers", and adds them to those already there', () => {
    const [near, ...others] = nearFields({ locale: 'ru', objections: [{ id: 'x', title: 'X', tigger: ['раз', 'два'], replies: [{ text: 'Да' }] }] });
    expect(others).to.have.length(0);
    expect(near).to.deep.include({ id: 'x', field: 'tigger', known: 'triggers', value: { triggers: { ru: ['раз', 'два'] } } });
    expect(withNearField({ id: 'x', triggers: { ru: ['два', 'три'] } }, near!).triggers).to.deep.equal({ ru: ['два', 'три', 'раз'] });
  });

  it('offers nothing for a field no known name is near', () => {
    expect(nearFields({ objections: [{ id: 'x', zzzzzzzzzzzz: 1 }] })).to.deep.equal([]);
  });
});

describe('the search check', () => {
  const builtin = builtinCatalog();
  const mine = (phrases: string[]): Draft => ({
    mode: 'extend',
    catalog: { locales: ['ru'], objections: [{ id: 'installment', title: { ru: 'Рассрочка' }, triggers: { ru: phrases }, replies: [{ text: { ru: 'Да' } }] }] },
  });

  it('tells of two phrases where three are asked for', () => {
    const check = checkDraft(mine(['рассрочка на год', 'кредит без переплаты']), builtin, 'draft');
    expect(check.notes).to.deep.equal([{ kind: 'few-triggers', index: 0, locale: 'ru', path: 'objections[0].triggers.ru', count: 2, min: 3 }]);
  });

  it('tells of a phrase that finds «Сейчас нет денег» first, and of one a built-in objection already has', () => {
    const draft = mine(['рассрочка на год', 'нет денег', 'дорого']);
    const notes = lintSelected(checkDraft(draft, builtin, 'draft'), draft.catalog, 'draft', 0);
    expect(notes.map(({ kind, path, other }) => [kind, path, other?.id, other?.builtin])).to.deep.equal([
      ['found-elsewhere', 'objections[0].triggers.ru[1]', 'no-money-now', true],
      ['same-trigger', 'objections[0].triggers.ru[2]', 'expensive', true],
    ]);
  });
});

describe('coverageRows', () => {
  it('counts each objection\'s title, phrases and written replies per language', () => {
    const [row] = coverageRows({ objections: [{ ...objection('a'), replies: [{ text: { ru: 'Да' } }, { text: { ru: 'Нет', en: 'No' } }] }] }, ['ru', 'en'], 'ru');
    expect(row!.name).to.equal('Заголовок a');
    expect(row!.byLocale).to.deep.equal({
      ru: { title: true, phrases: 3, written: 2, replies: 2 },
      en: { title: true, phrases: 0, written: 1, replies: 2 },
    });
  });
});
