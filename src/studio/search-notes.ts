import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localize, type CatalogInput, type Problem, type ProblemCode } from '../core/index.js';
import { lintSelected, type DraftCheck, type SearchNote, type SearchNoteKind } from './draft-check.js';
import type { StudioStrings } from './i18n.js';

const CODES: Readonly<Record<SearchNoteKind, ProblemCode>> = {
  'few-triggers': 'few-triggers',
  'same-trigger': 'duplicate-trigger',
  'near-trigger': 'near-trigger',
  'found-elsewhere': 'found-elsewhere',
  'found-nothing': 'found-elsewhere',
};

/**
 * A note of the search check as a warning of the draft, worded in the studio's language: it is shown under
 * its phrase list and in the problem list, as the CLI's `lint` prints it. Titles are in `locale`.
 */
export function searchNoteProblem(note: SearchNote, strings: StudioStrings, locale: string, source: string): Problem {
  const title = note.other && (localize(note.other.title, locale) || note.other.id);
  const other = note.other && (note.other.builtin ? strings.builtinObjection(title!) : strings.draftObjection(title!));
  const phrase = note.trigger ?? '';
  const message = (() => {
    switch (note.kind) {
      case 'few-triggers':
        return strings.fewPhrases(note.count ?? 0, note.locale.toUpperCase(), note.min ?? 0);
      case 'same-trigger':
        return strings.samePhrase(phrase, other ?? '');
      case 'near-trigger':
        return strings.nearPhrase(phrase, other ?? '', note.other?.text ?? '');
      case 'found-elsewhere':
        return strings.foundElsewhere(phrase, other ?? '', note.other?.text ?? '');
      case 'found-nothing':
        return strings.foundNothing(phrase);
    }
  })();
  return { severity: 'warning', source, path: note.path, code: CODES[note.kind], message };
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
