import type { Catalog } from '../core/index.js';
import { applyCommand, emptyDraft, type Draft, type ObjectionCommand } from './draft.js';
import { DraftHistory, type DraftState } from './draft-history.js';
import type { StoredDrafts } from './draft-storage.js';

/** The forms show the first objection of a draft that was just opened, or none when it has none. */
const firstObjectionOf = (draft: Draft): number => (draft.catalog.objections.length > 0 ? 0 : -1);

/**
 * The studio's editing state without its DOM: the draft, the objection the forms show, and the history of
 * its changes for "Undo" and "Redo". Each method is one thing the marketer does; the studio checks, previews
 * and saves the draft after it.
 */
export class DraftSession {
  #draft: Draft;
  #selected: number;
  readonly #history: DraftHistory;

  constructor({ draft, history, previous }: StoredDrafts = { draft: emptyDraft() }) {
    this.#draft = draft;
    this.#selected = firstObjectionOf(draft);
    this.#history = new DraftHistory(history);
    // Stored before the history was: the draft the last open replaced is its one step.
    if (!history && previous) this.#history.record({ draft: previous, selected: firstObjectionOf(previous) }, this.#state);
  }

  get draft(): Draft {
    return this.#draft;
  }

  /** The index of the objection the forms show; -1 when none is. */
  get selected(): number {
    return this.#selected;
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** The id of the change "Undo" would undo, if any: a message about a change offers to undo it while it is this one. */
  get lastStep(): number | undefined {
    return this.#history.lastStep;
  }

  /** What is kept between visits: the draft and its history. */
  get stored(): StoredDrafts {
    const history = this.#history.stored;
    return history.undo.length + history.redo.length > 0 ? { draft: this.#draft, history } : { draft: this.#draft };
  }

  get #state(): DraftState {
    return { draft: this.#draft, selected: this.#selected };
  }

  select(index: number): void {
    this.#selected = index;
    this.#history.seal();
  }

  /**
   * An edit of the draft (a field, a setting); the forms go on showing the same objection. `field` names the text
   * field typed in: keystrokes in it without a pause are one step to undo.
   */
  edit(draft: Draft, field?: string): void {
    this.#change({ draft, selected: this.#selected }, field);
  }

  /** A command of the list or the editor; false when it changed nothing. */
  apply(command: ObjectionCommand, builtin?: Catalog): boolean {
    const next = applyCommand(this.#state, command, builtin);
    if (!next) return false;
    this.#change(next);
    return true;
  }

  /** Replaces the whole draft (an open, a start); "Undo" brings back the one replaced. */
  replace(draft: Draft): void {
    this.#change({ draft, selected: firstObjectionOf(draft) });
  }

  /** Undoes the last change; false when there is none. */
  undo(): boolean {
    return this.#restore(this.#history.undo(this.#state));
  }

  /** Does again the change last undone; false when there is none. */
  redo(): boolean {
    return this.#restore(this.#history.redo(this.#state));
  }

  #change(next: DraftState, field?: string): void {
    this.#history.record(this.#state, next, field === undefined ? {} : { field });
    this.#restore(next);
  }

  #restore(state: DraftState | undefined): boolean {
    if (!state) return false;
    this.#draft = state.draft;
    this.#selected = state.selected;
    return true;
  }
}
