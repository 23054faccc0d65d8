import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, CatalogInput, ObjectionSearch } from '../core/index.js';
import { emptyDraft, type Draft } from './draft.js';
import { checkDraft, type DraftCheck, type SearchNote } from './draft-check.js';
import { DraftProblems } from './draft-problems.js';
import { SelectedLint, searchNoteProblem } from './search-notes.js';

/** Checking and previewing wait for a pause in typing this long. */
const CHECK_DELAY_MS = 150;

/** The source the draft's problems and the preview's objections are of. */
export const DRAFT_SOURCE = 'draft';

export interface DraftCheckOptions {
  readonly draft: () => Draft;
  /** The index of the objection being edited, which gets the search check. */
  readonly selected: () => number;
  readonly builtin: () => Catalog | undefined;
  /** The preview's language: the search check names other objections by their titles in it. */
  readonly previewLocale: () => string;
}

/**
 * The studio's checks of its draft, a pause after each change: `checkDraft` (validation as the widget and the CLI
 * do it, a duplicated id on the objection whose id was set last), then the search check of the objection being
 * edited (`SelectedLint`). It keeps what the preview shows and the problems as shown (`DraftProblems`: the
 * check's problems and the search check's notes; too few phrases is advice under the field only).
 */
export class DraftCheckController implements ReactiveController {
  /** The draft's problems, as shown: empty fields only once touched or checked. */
  readonly problems = new DraftProblems();
  readonly #host: ReactiveControllerHost;
  readonly #options: DraftCheckOptions;
  readonly #lint: SelectedLint;
  #checked: DraftCheck | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** What the preview widget shows: the draft as of the last check, so it re-indexes once per pause in typing. */
  #previewCatalog: CatalogInput = emptyDraft().catalog;

  constructor(host: ReactiveControllerHost, options: DraftCheckOptions) {
    this.#host = host;
    this.#options = options;
    this.#lint = new SelectedLint(host, () => this.#show());
    host.addController(this);
  }

  get previewCatalog(): CatalogInput {
    return this.#previewCatalog;
  }

  /** The search over the draft as the widget merges it, for the phrase tester. */
  get search(): ObjectionSearch | undefined {
    return this.#checked?.search;
  }

  /** The draft changed: it is checked after a pause in typing. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  /** Checks the draft at once, and its selected objection's phrases a little later. */
  check(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const draft = this.#options.draft();
    this.#checked = checkDraft(draft, this.#options.builtin(), DRAFT_SOURCE);
    this.#previewCatalog = this.#checked.catalog;
    this.#lint.run(this.#checked, draft.catalog, DRAFT_SOURCE, this.#options.selected());
    this.#show();
  }

  /** Every problem shows from now on (the "Check" button, an export), of the draft as it is now. */
  checkAll(): void {
    if (this.#timer !== undefined) this.check();
    this.problems.checkAll();
    this.#host.requestUpdate();
  }

  /** Another objection is being edited: its phrases get the search check. */
  selected(index: number): void {
    if (this.#checked) this.#lint.run(this.#checked, this.#options.draft().catalog, DRAFT_SOURCE, index);
  }

  /** The preview's language changed: the notes name other objections in it. */
  reword(): void {
    this.#show();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #show(): void {
    const checked = this.#checked;
    if (!checked) return;
    const noted = (notes: readonly SearchNote[]) => notes.map((note) => searchNoteProblem(note, this.#options.previewLocale(), DRAFT_SOURCE));
    this.problems.set({ problems: [...checked.problems, ...noted(this.#lint.notes)], omitted: checked.omitted }, noted(checked.notes));
    this.#host.requestUpdate();
  }
}
