import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localize, type CatalogInput, type ProblemCode } from '../core/index.js';
import { lintSelected, type DraftCheck, type SearchNote, type SearchNoteKind } from './draft-check.js';
import { EN_PROBLEM_WORDS } from './problem-words-en.js';
import { wordNote, type NotedProblem, type NoteWording } from './problem-words.js';

const CODES: Readonly<Record<SearchNoteKind, ProblemCode>> = {
  'few-triggers': 'few-triggers',
  'same-trigger': 'duplicate-trigger',
  'near-trigger': 'near-trigger',
  'found-elsewhere': 'found-elsewhere',
  'found-nothing': 'found-elsewhere',
};

/**
 * A note of the search check as a warning of the draft: it is shown under its phrase list and in the problem
 * list, as the CLI's `lint` prints it, worded by the studio's tables (`StudioProblemWords.notes`); its
 * `message` is the English one. The other objection is named by its title in `locale`.
 */
export function searchNoteProblem(note: SearchNote, locale: string, source: string): NotedProblem {
  const other = note.other && { title: localize(note.other.title, locale) || note.other.id, builtin: note.other.builtin, text: note.other.text };
  const wording: NoteWording = {
    kind: note.kind,
    phrase: note.trigger ?? '',
    locale: note.locale.toUpperCase(),
    count: note.count ?? 0,
    min: note.min ?? 0,
    ...(other ? { other } : {}),
  };
  return { severity: 'warning', source, path: note.path, code: CODES[note.kind], message: wordNote(EN_PROBLEM_WORDS, wording), note: wording };
}

/** The search check waits this long after the draft's check: the preview and the forms come first. */
const LINT_DELAY_MS = 200;

/**
 * Runs `lintSelected` for the objection being edited a little after each check of the draft, and tells the
 * studio its notes; a newer check or another selection cancels a run not yet done.
 */
export class SelectedLint implements ReactiveController {
  readonly #done: (notes: readonly SearchNote[]) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #notes: readonly SearchNote[] = [];
  /** The objection and the draft's size the notes are of. */
  #place = '';

  constructor(host: ReactiveControllerHost, done: (notes: readonly SearchNote[]) => void) {
    host.addController(this);
    this.#done = done;
  }

  /** The notes of the last run, until the next one is done. */
  get notes(): readonly SearchNote[] {
    return this.#notes;
  }

  run(check: DraftCheck, catalog: CatalogInput, source: string, selected: number): void {
    clearTimeout(this.#timer);
    // Notes of another objection, or from before one was added or deleted, would be at the wrong place meanwhile.
    const place = `${selected}/${catalog.objections.length}`;
    if (place !== this.#place) this.#notes = [];
    this.#place = place;
    this.#timer = setTimeout(() => {
      this.#notes = lintSelected(check, catalog, source, selected);
      this.#done(this.#notes);
    }, LINT_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
