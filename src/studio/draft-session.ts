import type { Catalog } from '../core/index.js';
import { applyCommand, emptyDraft, type Draft, type ObjectionCommand } from './draft.js';
import type { StoredDrafts } from './draft-storage.js';

/** The forms show the first objection of a draft that was just opened, or none when it has none. */
const firstObjectionOf = (draft: Draft): number => (draft.catalog.objections.length > 0 ? 0 : -1);

/**
 * The studio's editing state without its DOM: the draft, the objection the forms show, and the draft the last
 * open, start or undo replaced (one level of "Undo"). Each method is one thing the marketer does; the studio
 * checks, previews and saves the draft after it.
 */
export class DraftSession {
  #draft: Draft;
  #previous: Draft | undefined;
  #selected: number;

  constructor({ draft, previous }: StoredDrafts = { draft: emptyDraft() }) {
    this.#draft = draft;
    this.#previous = previous;
    this.#selected = firstObjectionOf(draft);
  }

  get draft(): Draft {
    return this.#draft;
  }

  /** The draft "Undo" brings back, if any. */
  get previous(): Draft | undefined {
    return this.#previous;
  }

  /** The index of the objection the forms show; -1 when none is. */
  get selected(): number {
    return this.#selected;
  }

  /** What is kept between visits: the draft, and the one "Undo" brings back. */
  get stored(): StoredDrafts {
    return this.#previous ? { draft: this.#draft, previous: this.#previous } : { draft: this.#draft };
  }

  select(index: number): void {
    this.#selected = index;
  }

  /** An edit of the draft (a field, a setting); the forms go on showing the same objection. */
  edit(draft: Draft): void {
    this.#draft = draft;
  }

  /** A command of the list or the editor; false when it changed nothing. */
  apply(command: ObjectionCommand, builtin?: Catalog): boolean {
    const next = applyCommand({ draft: this.#draft, selected: this.#selected }, command, builtin);
    if (!next) return false;
    this.#draft = next.draft;
    this.#selected = next.selected;
    return true;
  }

  /** Replaces the whole draft (an open, a start); the one replaced can be brought back once. */
  replace(draft: Draft): void {
    this.#previous = this.#draft;
    this.#draft = draft;
    this.#selected = firstObjectionOf(draft);
  }

  /** Brings back the draft the last open or start replaced; false when there is none. */
  undo(): boolean {
    if (!this.#previous) return false;
    this.#draft = this.#previous;
    this.#previous = undefined;
    this.#selected = firstObjectionOf(this.#draft);
    return true;
  }
}
