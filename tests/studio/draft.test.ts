import { describe, expect, it } from 'vitest';
import type { Catalog, ObjectionInput } from '../../src/core/index.js';
import { validateCatalog } from '../../src/core/index.js';
import {
  applyCommand,
  catalogFileText,
  emptyDraft,
  openCatalogFile,
  withCatalogLocale,
  withCategoryTitle,
  withMode,
  withObjection,
  type Draft,
  type DraftSelection,
} from '../../src/studio/draft.js';
import { DraftSession } from '../../src/studio/draft-session.js';

const objection = (id: string, title = id): ObjectionInput => ({ id, title: { ru: title }, triggers: { ru: [title] }, replies: [{ text: { ru: `Ответ: ${title}` } }] });

const draftOf = (...ids: string[]): Draft => ({ mode: 'extend', catalog: { locales: ['ru'], objections: ids.map((id) => objection(id)) } });

const idsOf = (draft: Draft) => draft.catalog.objections.map((found) => found.id);

const BUILTIN: Catalog = validateCatalog({
  locales: ['ru'],
  categories: { price: { title: { ru: 'Цена' } } },
  objections: [{ id: 'expensive', category: 'price', title: { ru: 'Дорого' }, triggers: { ru: ['дорого'] }, replies: [{ id: 'value', text: { ru: 'Понимаю.' } }] }],
}, 'builtin').catalog;

/** Applies `command` to a draft of `ids` showing `selected`; fails the test when the command changes nothing. */
function after(ids: string[], selected: number, command: Parameters<typeof applyCommand>[1], builtin?: Catalog): DraftSelection {
  const next = applyCommand({ draft: draftOf(...ids), selected }, command, builtin);
  if (!next) throw new Error(`${command.kind} changed nothing`);
  return next;
}

describe('the studio draft: commands of the list and the editor', () => {
  it('adds a new objection with a free id and one empty reply at the end, and shows it', () => {
    const { draft, selected } = after(['new-objection'], 0, { kind: 'add' });
    expect(idsOf(draft)).toEqual(['new-objection', 'new-objection-2']);
    expect(draft.catalog.objections[1]).toEqual({ id: 'new-objection-2', title: {}, triggers: {}, replies: [{ text: {} }] });
    expect(selected).toBe(1);
  });

  it('duplicates an objection right after it, as a copy with an id of its own, and shows the copy', () => {
    const { draft, selected } = after(['price', 'trust', 'price-copy'], 0, { kind: 'duplicate', index: 0 });
    expect(idsOf(draft)).toEqual(['price', 'price-copy-2', 'trust', 'price-copy']);
    expect(draft.catalog.objections[1]!.replies).toEqual(draft.catalog.objections[0]!.replies);
    expect(draft.catalog.objections[1]!.replies).not.toBe(draft.catalog.objections[0]!.replies);
    expect(selected).toBe(1);
  });

  it('names the copy of an objection without an id "objection-copy"', () => {
    const start: Draft = { mode: 'extend', catalog: { objections: [{ id: '' }] } };
    expect(idsOf(applyCommand({ draft: start, selected: 0 }, { kind: 'duplicate', index: 0 })!.draft)).toEqual(['', 'objection-copy']);
  });

  it('deletes an objection from the draft, keeps the others in order and shows the one before it', () => {
    const { draft, selected } = after(['price', 'trust', 'time'], 2, { kind: 'delete', index: 2 });
    expect(idsOf(draft)).toEqual(['price', 'trust']);
    expect(selected).toBe(1);
  });

  it('shows the new first objection after deleting the first, and none after deleting the last one left', () => {
    expect(after(['price', 'trust'], 0, { kind: 'delete', index: 0 }).selected).toBe(0);
    const emptied = after(['price'], 0, { kind: 'delete', index: 0 });
    expect(idsOf(emptied.draft)).toEqual([]);
    expect(emptied.selected).toBe(-1);
  });

  it('hides an objection and shows it again, keeping its texts and the selection', () => {
    const hidden = after(['price', 'trust'], 0, { kind: 'toggle-hidden', index: 1 });
    expect(hidden.draft.catalog.objections[1]).toEqual({ ...objection('trust'), disabled: true });
    expect(hidden.selected).toBe(0);
    const shown = applyCommand(hidden, { kind: 'toggle-hidden', index: 1 })!;
    expect(shown.draft.catalog.objections[1]).toEqual(objection('trust'));
  });

  it('copies a built-in objection into the draft to change it, in the texts the forms edit, and shows it', () => {
    const { draft, selected } = after(['trust'], 0, { kind: 'override', id: 'expensive' }, BUILTIN);
    expect(idsOf(draft)).toEqual(['trust', 'expensive']);
    expect(draft.catalog.objections[1]).toMatchObject({ id: 'expensive', category: 'price', title: { ru: 'Дорого' }, triggers: { ru: ['дорого'] } });
    expect(selected).toBe(1);
  });

  it('changes nothing when asked to copy a built-in objection that is not there, or before the built-in catalog has loaded', () => {
    expect(applyCommand({ draft: draftOf('trust'), selected: 0 }, { kind: 'override', id: 'nowhere' }, BUILTIN)).toBeUndefined();
    expect(applyCommand({ draft: draftOf('trust'), selected: 0 }, { kind: 'override', id: 'expensive' })).toBeUndefined();
  });

  it('hides a built-in objection by adding a hidden entry of its id, and shows that entry', () => {
    const { draft, selected } = after(['trust'], 0, { kind: 'hide', id: 'expensive' });
    expect(draft.catalog.objections).toEqual([objection('trust'), { id: 'expensive', disabled: true }]);
    expect(selected).toBe(1);
  });

  it('never changes the draft it was given', () => {
    const start = draftOf('price', 'trust');
    const copy = structuredClone(start);
    applyCommand({ draft: start, selected: 0 }, { kind: 'delete', index: 0 });
    applyCommand({ draft: start, selected: 0 }, { kind: 'toggle-hidden', index: 1 });
    expect(start).toEqual(copy);
  });
});

describe('the studio draft: edits of fields and settings', () => {
  it('replaces one objection as the marketer edited it and keeps the others', () => {
    const edited = withObjection(draftOf('price', 'trust'), 1, objection('trust', 'Не доверяет'));
    expect(edited.catalog.objections).toEqual([objection('price'), objection('trust', 'Не доверяет')]);
  });

  it('switches between extending and replacing the built-in catalog', () => {
    expect(withMode(draftOf('price'), 'replace')).toEqual({ ...draftOf('price'), mode: 'replace' });
  });

  it('adds a language to the catalog, and drops "locales" altogether when the last one is unticked', () => {
    const both = withCatalogLocale(draftOf('price'), 'en', true);
    expect(both.catalog.locales).toEqual(['ru', 'en']);
    const none = withCatalogLocale(withCatalogLocale(both, 'ru', false), 'en', false);
    expect(none.catalog).not.toHaveProperty('locales');
    expect(idsOf(none)).toEqual(['price']);
  });

  it('gives a category a title, written before the objections as a reader of the file expects', () => {
    const titled = withCategoryTitle(draftOf('price'), 'delivery', { ru: 'Доставка' });
    expect(titled.catalog.categories).toEqual({ delivery: { title: { ru: 'Доставка' } } });
    expect(Object.keys(titled.catalog)).toEqual(['locales', 'categories', 'objections']);
  });

  it('takes a category left without any title out of the catalog, and "categories" with the last one', () => {
    const titled = withCategoryTitle(withCategoryTitle(draftOf('price'), 'delivery', { ru: 'Доставка' }), 'price', { ru: 'Цена' });
    const one = withCategoryTitle(titled, 'delivery', {});
    expect(one.catalog.categories).toEqual({ price: { title: { ru: 'Цена' } } });
    expect(withCategoryTitle(one, 'price', {}).catalog).not.toHaveProperty('categories');
  });
});

describe('DraftSession', () => {
  it('starts with an empty catalog that extends the built-in one, no objection shown and nothing to undo', () => {
    const session = new DraftSession();
    expect(session.draft).toEqual(emptyDraft());
    expect(session.selected).toBe(-1);
    expect(session.canUndo).toBe(false);
    expect(session.undo()).toBe(false);
  });

  it('opens a draft stored before the history was at its first objection, with the draft "Undo" brings back', () => {
    const session = new DraftSession({ draft: draftOf('price', 'trust'), previous: draftOf('time') });
    expect(session.selected).toBe(0);
    expect(session.undo()).toBe(true);
    expect(session.draft).toEqual(draftOf('time'));
  });

  it('brings back the draft an open replaced, at the objection it showed', () => {
    const session = new DraftSession({ draft: draftOf('price', 'trust') });
    session.select(1);
    session.replace(draftOf('time'));
    expect(idsOf(session.draft)).toEqual(['time']);
    expect(session.selected).toBe(0);
    expect(session.undo()).toBe(true);
    expect(idsOf(session.draft)).toEqual(['price', 'trust']);
    expect(session.selected).toBe(1);
    expect(session.undo()).toBe(false);
  });

  it('keeps showing the same objection while its fields are edited', () => {
    const session = new DraftSession({ draft: draftOf('price', 'trust') });
    session.select(1);
    session.edit(withObjection(session.draft, 1, objection('trust', 'Не доверяет')));
    expect(session.selected).toBe(1);
  });

  it('applies a command with the built-in catalog, and tells when it changed nothing', () => {
    const session = new DraftSession({ draft: draftOf('trust') });
    expect(session.apply({ kind: 'override', id: 'expensive' }, BUILTIN)).toBe(true);
    expect(idsOf(session.draft)).toEqual(['trust', 'expensive']);
    expect(session.selected).toBe(1);
    expect(session.apply({ kind: 'override', id: 'nowhere' }, BUILTIN)).toBe(false);
    expect(idsOf(session.draft)).toEqual(['trust', 'expensive']);
  });
});

describe('the studio draft of a file with conditions', () => {
  it('keeps a reply\'s `when`, which no form edits, in the file it saves', () => {
    const file = { locale: 'en', objections: [{ id: 'discount', title: 'Discount', triggers: ['discount'], replies: [{ text: 'A loyalty card?', when: { loyaltyDiscount: 'absent' } }] }] };
    const opened = openCatalogFile('mine.json', JSON.stringify(file));
    expect(opened.draft!.catalog.objections[0]!.replies![0]!.when).toEqual({ loyaltyDiscount: 'absent' });
    expect(JSON.parse(catalogFileText(opened.draft!.catalog, 'json')).objections[0].replies[0].when).toEqual({ loyaltyDiscount: 'absent' });
  });
});
