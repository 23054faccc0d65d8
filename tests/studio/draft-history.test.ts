import { describe, expect, it } from 'vitest';
import type { ObjectionInput } from '../../src/core/index.js';
import { applyCommand, emptyDraft, withCatalogLocale, withMode, withObjection, type Draft } from '../../src/studio/draft.js';
import {
  DraftHistory,
  HISTORY_MAX_CHARS,
  HISTORY_MAX_STEPS,
  TYPING_PAUSE_MS,
  storedHistoryOf,
  type DraftState,
} from '../../src/studio/draft-history.js';
import { DraftSession } from '../../src/studio/draft-session.js';

const objection = (id: string, title = id): ObjectionInput => ({ id, title: { ru: title }, triggers: { ru: [title] }, replies: [{ text: { ru: `Ответ: ${title}` } }] });
const draftOf = (...ids: string[]): Draft => ({ mode: 'extend', catalog: { locales: ['ru'], objections: ids.map((id) => objection(id)) } });
const idsOf = (state: DraftState | { draft: Draft }) => state.draft.catalog.objections.map((found) => found.id);
const shown = (draft: Draft, selected = 0): DraftState => ({ draft, selected });

/** The draft after typing `text` into the title of objection `index`, one letter at a time. */
function typeTitle(history: DraftHistory, start: DraftState, index: number, text: string, { from = 0, every = 100 } = {}): DraftState {
  let state = start;
  for (let n = 1; n <= text.length; n += 1) {
    const next = shown(withObjection(state.draft, index, objection(idsOf(state)[index]!, text.slice(0, n))), index);
    history.record(state, next, { field: `objections[${index}].title.ru`, now: from + n * every });
    state = next;
  }
  return state;
}

describe('DraftHistory', () => {
  it('undoes and redoes a delete, and shows the objection that was deleted again', () => {
    const history = new DraftHistory();
    const before = shown(draftOf('price', 'trust', 'time'), 1);
    const after = applyCommand(before, { kind: 'delete', index: 1 })!;
    history.record(before, after);
    expect(history.canUndo).toBe(true);
    const undone = history.undo(after)!;
    expect(undone).toEqual(before);
    expect(history.canRedo).toBe(true);
    expect(idsOf(history.redo(undone)!)).toEqual(['price', 'time']);
    expect(history.canRedo).toBe(false);
  });

  it('makes one step of a word typed into one field, and a new one after a pause or in another field', () => {
    const history = new DraftHistory();
    const start = shown(draftOf('price', 'trust'));
    const word = typeTitle(history, start, 0, 'Дорого');
    expect(history.stored.undo).toHaveLength(1);
    const paused = typeTitle(history, word, 0, 'Дорого!', { from: 600 + TYPING_PAUSE_MS });
    const other = typeTitle(history, paused, 1, 'Не верю', { from: 5000 });
    expect(history.stored.undo).toHaveLength(3);
    const back = history.undo(history.undo(history.undo(other)!)!)!;
    expect(back.draft).toEqual(start.draft);
  });

  it('drops a typing step that was erased back to where it began', () => {
    const history = new DraftHistory();
    const start = shown(draftOf('price'));
    const typed = typeTitle(history, start, 0, 'pricey');
    history.record(typed, start, { field: 'objections[0].title.ru', now: 700 });
    expect(history.canUndo).toBe(false);
  });

  it('undoes a switch of mode and an unticked language', () => {
    const history = new DraftHistory();
    const start = shown(draftOf('price'));
    const replaced = shown(withMode(start.draft, 'replace'));
    history.record(start, replaced);
    const english = shown(withCatalogLocale(replaced.draft, 'en', true));
    history.record(replaced, english);
    expect(history.undo(english)).toEqual(replaced);
    expect(history.undo(replaced)).toEqual(start);
  });

  it('forgets what could be redone once a new change is made', () => {
    const history = new DraftHistory();
    const start = shown(draftOf('price', 'trust'));
    const deleted = applyCommand(start, { kind: 'delete', index: 0 })!;
    history.record(start, deleted);
    history.undo(deleted);
    history.record(start, applyCommand(start, { kind: 'add' })!);
    expect(history.canRedo).toBe(false);
  });

  it(`keeps the last ${HISTORY_MAX_STEPS} steps`, () => {
    const history = new DraftHistory();
    let state = shown(emptyDraft(), -1);
    for (let n = 0; n < HISTORY_MAX_STEPS + 20; n += 1) {
      const next = applyCommand(state, { kind: 'add' })!;
      history.record(state, next);
      state = next;
    }
    let undone = 0;
    for (let back = history.undo(state); back; back = history.undo(back)) (state = back), (undone += 1);
    expect(undone).toBe(HISTORY_MAX_STEPS);
    expect(state.draft.catalog.objections).toHaveLength(20);
  });

  it('keeps its steps within the size bound, the newest first', () => {
    const history = new DraftHistory();
    const big = (n: number): Draft => ({ mode: 'extend', catalog: { objections: [objection(`big-${n}`, 'а'.repeat(HISTORY_MAX_CHARS / 20))] } });
    let state = shown(big(0));
    for (let n = 1; n <= 4; n += 1) {
      const next = shown(big(n));
      history.record(state, next);
      state = next;
    }
    expect(JSON.stringify(history.stored).length).toBeLessThanOrEqual(HISTORY_MAX_CHARS);
    expect(history.stored.undo).toHaveLength(3);
    expect(idsOf(history.undo(state)!)).toEqual(['big-3']);
  });

  it('reads back a stored history, and none at all from one edited into nonsense', () => {
    const history = new DraftHistory();
    const start = shown(draftOf('price', 'trust'));
    const deleted = applyCommand(start, { kind: 'delete', index: 1 })!;
    history.record(start, deleted);
    const read = storedHistoryOf(JSON.parse(JSON.stringify(history.stored)));
    expect(new DraftHistory(read).undo(deleted)).toEqual(start);
    expect(storedHistoryOf({ undo: [{ id: 1, patch: { at: 'x' } }], redo: [] })).toEqual({ undo: [], redo: [] });
    expect(storedHistoryOf('nonsense')).toEqual({ undo: [], redo: [] });
  });

  it('does not undo into a draft the history does not belong to', () => {
    const history = new DraftHistory();
    typeTitle(history, shown(draftOf('price', 'trust')), 1, 'Не верю');
    expect(history.undo(shown(draftOf('price', 'other')))).toBeUndefined();
    expect(history.canUndo).toBe(false);
  });
});

describe('DraftSession with its history', () => {
  it('brings back, one Undo at a time, the drafts an open and a start replaced, and keeps them in what it stores', () => {
    const session = new DraftSession({ draft: draftOf('price', 'trust') });
    session.replace(draftOf('time'));
    session.replace(emptyDraft());
    const reloaded = new DraftSession(JSON.parse(JSON.stringify(session.stored)));
    expect(reloaded.undo()).toBe(true);
    expect(idsOf(reloaded)).toEqual(['time']);
    expect(reloaded.undo()).toBe(true);
    expect(idsOf(reloaded)).toEqual(['price', 'trust']);
    expect(reloaded.redo()).toBe(true);
    expect(idsOf(reloaded)).toEqual(['time']);
  });

  it('shows the objection after a deleted one, or the one before when it was the last', () => {
    const session = new DraftSession({ draft: draftOf('price', 'trust', 'time') });
    session.select(1);
    session.apply({ kind: 'delete', index: 1 });
    expect(idsOf(session)[session.selected]).toBe('time');
    session.apply({ kind: 'delete', index: 1 });
    expect(idsOf(session)[session.selected]).toBe('price');
    expect(session.undo()).toBe(true);
    expect(session.selected).toBe(1);
  });
});
