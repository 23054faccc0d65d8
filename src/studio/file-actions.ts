import { html, type TemplateResult } from 'lit';
import { localize } from '../core/index.js';
import type { ListedProblems } from '../ui/problem-details.js';
import { openCatalogFile, textMap, unreadableFile, withObjection, type Draft } from './draft.js';
import { mergeIntoDraft } from './draft-merge.js';
import type { PhrasesImportDetail } from './events.js';
import type { StudioStrings } from './i18n.js';
import { withNearField, type NearField } from './near-fields.js';
import type { Notice, NoticeMessage, OpenedExtras } from './objection-studio.templates.js';
import { importPhrases } from './phrase-import.js';

export interface FileActionsOptions {
  readonly draft: () => Draft;
  /** Replaces the whole draft (one step to undo) and says so, with what the file had wrong. */
  readonly replace: (draft: Draft, message: NoticeMessage, listed: ListedProblems & OpenedExtras) => void;
  /** An edit of the draft, as a field's. */
  readonly edit: (draft: Draft) => void;
  readonly notice: () => Notice | undefined;
  /** Shows a notice: `fresh` for a new one, whose list of a file's problems opens when it is short. */
  readonly setNotice: (notice: Notice, fresh?: boolean) => void;
  /** The language an added file's replaced objections are named in. */
  readonly titleLocale: () => string;
}

/**
 * What the studio does with the marketer's files: opening a catalog (it replaces the draft, unless it cannot be
 * read), adding one to the draft, keeping what a file wrote under a misspelt field, importing customer phrases
 * from a table. Each ends in a notice of what it did.
 */
export class FileActions {
  readonly #host: HTMLElement;
  readonly #options: FileActionsOptions;

  constructor(host: HTMLElement, options: FileActionsOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The toolbar's "Open file…" and "Add from file…", each with its hidden file input. */
  buttons(strings: StudioStrings): TemplateResult {
    const choose = (id: string) => this.#host.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.click();
    return html`<button type="button" @click=${() => choose('open-file')}>${strings.openFile}</button>
      <input id="open-file" class="visually-hidden" type="file" accept=".json,.yaml,.yml" tabindex="-1" aria-label=${strings.openFileLabel} @change=${this.#handleFile} />
      <button type="button" @click=${() => choose('add-file')}>${strings.addFile}</button>
      <input id="add-file" class="visually-hidden" type="file" accept=".json,.yaml,.yml" tabindex="-1" aria-label=${strings.addFileLabel} @change=${this.#handleFile} />`;
  }

  #handleFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // The same file may be opened again after it is fixed.
    input.value = '';
    if (!file) return;
    const opened = await file.text().then((text) => openCatalogFile(file.name, text), () => unreadableFile(file.name));
    if (!opened.draft) {
      this.#options.setNotice({ kind: 'refused', message: (strings) => strings.openRefused(file.name), problems: opened.problems, omitted: opened.omitted }, true);
      return;
    }
    const listed = { problems: opened.problems, omitted: opened.omitted, nearFields: opened.nearFields };
    if (input.id === 'add-file') {
      const merged = mergeIntoDraft(this.#options.draft(), opened.draft.catalog);
      const replaced = merged.replaced.map(({ id, title }) => localize(textMap(title), this.#options.titleLocale()) || id);
      this.#options.replace(merged.draft, (strings) => strings.merged(file.name, merged.added, replaced.length), { ...listed, replaced });
      return;
    }
    const count = opened.draft.catalog.objections.length;
    this.#options.replace(opened.draft, (strings) => strings.opened(file.name, count), listed);
  };

  /** Keeps what an opened file wrote under a misspelt field under the field it meant. */
  useField(near: NearField): void {
    const draft = this.#options.draft();
    const index = draft.catalog.objections.findIndex(({ id }) => id === near.id);
    if (index >= 0) this.#options.edit(withObjection(draft, index, withNearField(draft.catalog.objections[index]!, near)));
    const notice = this.#options.notice();
    if (notice?.kind !== 'replaced') return;
    const nearFields = notice.nearFields?.filter((other) => other !== near);
    this.#options.setNotice({ ...notice, nearFields, used: (strings) => strings.fieldUsed(near.field, near.known, near.id) });
  }

  /** Adds the phrases of a table to the draft's objections, and says what was added and what was left out. */
  importPhrases = ({ detail: { fileName, text } }: CustomEvent<PhrasesImportDetail>): void => {
    const { draft, summary } = importPhrases(this.#options.draft(), text);
    if (summary.added > 0) this.#options.edit(draft);
    this.#options.setNotice({ kind: 'info', message: (strings) => strings.phrasesImported(fileName, summary) });
  };
}
