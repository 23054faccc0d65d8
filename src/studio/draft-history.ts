import type { CatalogInput, ObjectionInput } from '../core/index.js';
import { draftCatalogOf, type Draft, type DraftMode } from './draft.js';

/** The history keeps the last this many changes of the draft… */
export const HISTORY_MAX_STEPS = 100;
/**
 * …and at most about this many characters of them as JSON (a megabyte or two of `localStorage`, which holds
 * five): room for thousands of edits, or for the built-in catalog (200,000 characters) opened and replaced a few
 * times. The newest change is kept whatever its size.
 */
export const HISTORY_MAX_CHARS = 1_000_000;
/** Keystrokes in one field with no longer pause between them are one step, as in a text editor. */
export const TYPING_PAUSE_MS = 1000;

/** A draft and the index of the objection its forms show; -1 when none is. */
export interface DraftState {
  readonly draft: Draft;
  readonly selected: number;
}

/** What the catalog holds besides its objections: languages, categories. */
type CatalogSettings = Omit<CatalogInput, 'objections'>;

/**
 * What one change did to the draft, both ways: from `at`, the objections it took out (`removed`) and those it
 * put in their place (`added`); the mode and settings before and after, when they changed; the objection shown
 * before and after. A typing step holds one objection twice, not the whole draft.
 */
export interface DraftPatch {
  readonly at: number;
  readonly removed: readonly ObjectionInput[];
  readonly added: readonly ObjectionInput[];
  readonly mode?: readonly [DraftMode, DraftMode];
  readonly settings?: readonly [CatalogSettings, CatalogSettings];
  readonly selected: readonly [number, number];
}

/** One step of the history; `id` tells a step apart from the others (a notice's "Undo" undoes its own step only). */
export interface HistoryStep {
  readonly id: number;
  readonly patch: DraftPatch;
}

/** The history as it is stored beside the draft; the newest step of each list is its last. */
export interface StoredHistory {
  readonly undo: readonly HistoryStep[];
  readonly redo: readonly HistoryStep[];
}

export const EMPTY_HISTORY: StoredHistory = { undo: [], redo: [] };

const settingsOf = ({ objections: _objections, ...settings }: CatalogInput): CatalogSettings => settings;
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What changed from `before` to `after`; `undefined` when the draft is the same (another objection shown is no change). */
export function diffDrafts(before: DraftState, after: DraftState): DraftPatch | undefined {
  const old = before.draft.catalog.objections;
  const now = after.draft.catalog.objections;
  let at = 0;
  while (at < old.length && at < now.length && sameJson(old[at], now[at])) at += 1;
  let tail = 0;
  while (tail < old.length - at && tail < now.length - at && sameJson(old[old.length - 1 - tail], now[now.length - 1 - tail])) tail += 1;
  const removed = old.slice(at, old.length - tail);
  const added = now.slice(at, now.length - tail);
  const settings: readonly [CatalogSettings, CatalogSettings] = [settingsOf(before.draft.catalog), settingsOf(after.draft.catalog)];
  const settingsChanged = !sameJson(settings[0], settings[1]);
  const modeChanged = before.draft.mode !== after.draft.mode;
  if (removed.length === 0 && added.length === 0 && !settingsChanged && !modeChanged) return undefined;
  return {
    at,
    removed,
    added,
    ...(modeChanged ? { mode: [before.draft.mode, after.draft.mode] as const } : {}),
    ...(settingsChanged ? { settings } : {}),
    selected: [before.selected, after.selected],
  };
}

/**
 * `state` with `patch` undone (`back`) or done again; `undefined` when the draft does not hold what the patch
 * changed (a history that does not belong to it).
 */
export function applyPatch(state: DraftState, patch: DraftPatch, back: boolean): DraftState | undefined {
  const [from, to] = back ? [patch.added, patch.removed] : [patch.removed, patch.added];
  const objections = state.draft.catalog.objections;
  if (patch.at + from.length > objections.length || !from.every((objection, i) => sameJson(objection, objections[patch.at + i]))) return undefined;
  const next = [...objections.slice(0, patch.at), ...to, ...objections.slice(patch.at + from.length)];
  const settings = patch.settings ? patch.settings[back ? 0 : 1] : settingsOf(state.draft.catalog);
  const mode = patch.mode ? patch.mode[back ? 0 : 1] : state.draft.mode;
  const selected = Math.min(patch.selected[back ? 0 : 1], next.length - 1);
  return { draft: { mode, catalog: { ...settings, objections: next } }, selected };
}

interface Entry {
  readonly step: HistoryStep;
  /** Its length as JSON, for the bound. */
  readonly size: number;
}

const entryOf = (step: HistoryStep): Entry => ({ step, size: JSON.stringify(step).length });

/**
 * Undo and redo over every change of the studio's draft, without its DOM. Each change is recorded as the
 * draft before and after it; keystrokes in one field join one step until the marketer pauses or turns to
 * something else. Bounded by `HISTORY_MAX_STEPS` and `HISTORY_MAX_CHARS`, the oldest steps going first.
 */
export class DraftHistory {
  #undo: Entry[];
  #redo: Entry[];
  #nextId: number;
  /** The step typing in a field goes into, and when its last keystroke came. */
  #typing: { readonly field: string; readonly step: number; readonly time: number } | undefined;

  constructor(stored: StoredHistory = EMPTY_HISTORY) {
    this.#undo = stored.undo.map(entryOf);
    this.#redo = stored.redo.map(entryOf);
    this.#nextId = Math.max(0, ...[...stored.undo, ...stored.redo].map((step) => step.id)) + 1;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** The id of the step "Undo" would undo, if any. */
  get lastStep(): number | undefined {
    return this.#undo.at(-1)?.step.id;
  }

  get stored(): StoredHistory {
    return { undo: this.#undo.map((entry) => entry.step), redo: this.#redo.map((entry) => entry.step) };
  }

  /**
   * Records a change; `field` names the text field typed in, so that keystrokes in it with no pause of
   * `TYPING_PAUSE_MS` make one step. Returns the step's id; `undefined` when nothing changed.
   */
  record(before: DraftState, after: DraftState, { field, now = Date.now() }: { field?: string; now?: number } = {}): number | undefined {
    const typing = this.#typing;
    this.#typing = undefined;
    const last = this.#undo.at(-1);
    const start = last && typing?.step === last.step.id && typing.field === field && now - typing.time < TYPING_PAUSE_MS ? applyPatch(before, last.step.patch, true) : undefined;
    if (start) this.#undo.pop();
    const patch = diffDrafts(start ?? before, after);
    // Typed and erased again: the step is gone.
    if (!patch) return undefined;
    this.#redo = [];
    const id = start ? last!.step.id : this.#nextId++;
    if (field !== undefined) this.#typing = { field, step: id, time: now };
    return this.#push({ id, patch });
  }

  /** The state before the newest step, which can be redone; `undefined` when there is none. */
  undo(current: DraftState): DraftState | undefined {
    return this.#move(current, this.#undo, this.#redo, true);
  }

  /** The state after the step last undone; `undefined` when there is none. */
  redo(current: DraftState): DraftState | undefined {
    return this.#move(current, this.#redo, this.#undo, false);
  }

  /** The next keystroke starts a step of its own. */
  seal(): void {
    this.#typing = undefined;
  }

  #move(current: DraftState, from: Entry[], to: Entry[], back: boolean): DraftState | undefined {
    this.#typing = undefined;
    const entry = from.pop();
    if (!entry) return undefined;
    const state = applyPatch(current, entry.step.patch, back);
    if (!state) {
      // Not this draft's history (edited by hand in storage): drop it rather than undo into nonsense.
      this.#undo = [];
      this.#redo = [];
      return undefined;
    }
    to.push(entry);
    return state;
  }

  #push(step: HistoryStep): number {
    this.#undo.push(entryOf(step));
    const total = () => [...this.#undo, ...this.#redo].reduce((sum, entry) => sum + entry.size, 0);
    while (this.#undo.length > HISTORY_MAX_STEPS) this.#undo.shift();
    while (total() > HISTORY_MAX_CHARS && (this.#redo.length > 0 || this.#undo.length > 1)) {
      if (this.#undo.length > 1) this.#undo.shift();
      else this.#redo.shift();
    }
    return step.id;
  }
}

/** The newest `count` steps that can be undone, and none to redo: a history cut down to fit a full storage. */
export const newestSteps = (history: StoredHistory, count: number): StoredHistory => ({ undo: count > 0 ? history.undo.slice(-count) : [], redo: [] });

/**
 * A stored history, read back through the same shaping as an opened file; anything unexpected gives an empty
 * history, never one that undoes into a broken draft.
 */
export function storedHistoryOf(value: unknown): StoredHistory {
  if (typeof value !== 'object' || value === null) return EMPTY_HISTORY;
  const { undo, redo } = value as { undo?: unknown; redo?: unknown };
  const steps = (list: unknown) => (Array.isArray(list) ? list.map(stepOf) : [undefined]);
  const read = { undo: steps(undo), redo: steps(redo) };
  if ([...read.undo, ...read.redo].some((step) => step === undefined)) return EMPTY_HISTORY;
  return read as StoredHistory;
}

function stepOf(value: unknown): HistoryStep | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, patch } = value as { id?: unknown; patch?: unknown };
  if (!Number.isSafeInteger(id) || typeof patch !== 'object' || patch === null) return undefined;
  const { at, removed, added, mode, settings, selected } = patch as Record<string, unknown>;
  const objections = (list: unknown) => (Array.isArray(list) ? draftCatalogOf({ objections: list })?.objections : undefined);
  const pair = <T>(item: unknown, of: (one: unknown) => T | undefined): readonly [T, T] | undefined => {
    if (!Array.isArray(item) || item.length !== 2) return undefined;
    const [a, b] = [of(item[0]), of(item[1])];
    return a === undefined || b === undefined ? undefined : [a, b];
  };
  const modeOf = (one: unknown) => (one === 'extend' || one === 'replace' ? one : undefined);
  const settingsOfStored = (one: unknown) => {
    const catalog = typeof one === 'object' && one !== null ? draftCatalogOf({ ...one, objections: [] }) : undefined;
    return catalog && settingsOf(catalog);
  };
  const index = (one: unknown) => (Number.isSafeInteger(one) && (one as number) >= -1 ? (one as number) : undefined);
  const shaped = {
    at: index(at),
    removed: objections(removed),
    added: objections(added),
    mode: mode === undefined ? undefined : pair(mode, modeOf),
    settings: settings === undefined ? undefined : pair(settings, settingsOfStored),
    selected: pair(selected, index),
  };
  if (shaped.at === undefined || shaped.at < 0 || !shaped.removed || !shaped.added || !shaped.selected) return undefined;
  if ((mode !== undefined && !shaped.mode) || (settings !== undefined && !shaped.settings)) return undefined;
  const { mode: modes, settings: both, ...rest } = shaped;
  return {
    id: id as number,
    patch: { ...(rest as Pick<DraftPatch, 'at' | 'removed' | 'added' | 'selected'>), ...(modes ? { mode: modes } : {}), ...(both ? { settings: both } : {}) },
  };
}
