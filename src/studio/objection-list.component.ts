import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localize, type Objection, type ObjectionInput } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { STATUS_TONE, objectionStatus, textMap, type DraftMode, type ObjectionStatus } from './draft.js';
import { WITHIN_STUDIO } from './events.js';
import { filterObjections } from './objection-filter.js';
import { studioStrings, type StudioStrings } from './i18n.js';
import { listStyles } from './objection-list.styles.js';
import { baseStyles } from './studio-base.styles.js';

/**
 * The objections of the draft, with their problems counted, and what to do with them: add, duplicate, hide
 * or show, delete; in an extension catalog, also change or hide a built-in objection.
 *
 * @event {{ index: number }} objection-pick - The marketer chose an objection to edit.
 * @event {{ kind: string }} objection-command - The marketer asked to add, duplicate, hide, delete or override one.
 *
 * @csspart list - The list of objections.
 */
export class ObjectionList extends LitElement {
  static override styles = [baseStyles, listStyles];

  /** The draft's objections. */
  @property({ attribute: false }) objections: readonly ObjectionInput[] = [];

  /** The index of the objection being edited. */
  @property({ type: Number }) selected = -1;

  /** Whether the draft extends the built-in catalog or replaces it. */
  @property() mode: DraftMode = 'extend';

  /** The built-in objections, to change or hide one in an extension catalog. */
  @property({ attribute: false }) builtin: readonly Objection[] = [];

  /** Errors per objection index. */
  @property({ attribute: false }) errorCounts: ReadonlyMap<number, number> = new Map();

  /** The language titles are shown in. */
  @property() locale = 'ru';

  /** The interface texts, in the studio's language. */
  @property({ attribute: false }) strings: StudioStrings = studioStrings('en');

  /** What the marketer typed in the list's search box. */
  #filter = '';

  /**
   * Focuses the objection at `index` of the draft, or the one the search box shows next after it, or the last shown;
   * the button that adds one when none is shown.
   */
  focusItem(index: number): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item')];
    const item = items.find((button) => Number(button.dataset['index']) >= index) ?? items.at(-1);
    (item ?? this.renderRoot.querySelector<HTMLButtonElement>('.head button'))?.focus();
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const builtinIds = new Set(this.builtin.map((objection) => objection.id));
    const selected = this.objections[this.selected];
    const shown = filterObjections(this.objections, this.#filter, (objection) => this.#builtinTitle(objection.id));
    return html`
      <div class="head">
        <h2 id="list-title">${strings.objections} <span class="muted">${this.objections.length}</span></h2>
        <button type="button" class="primary" @click=${() => emit(this, 'objection-command', { kind: 'add' }, WITHIN_STUDIO)}>${strings.addObjection}</button>
      </div>
      ${this.objections.length === 0 ? html`<p class="empty muted">${strings.noObjections}</p>` : this.#filtered(shown, builtinIds)}
      ${selected
        ? html`<div class="actions" role="group" aria-label=${strings.selectedObjection}>
            <button type="button" @click=${() => this.#command('duplicate')}>${strings.duplicate}</button>
            <button type="button" @click=${() => this.#command('toggle-hidden')}>${selected.disabled ? strings.show : strings.hide}</button>
            <button type="button" class="danger" @click=${() => this.#command('delete')}>${strings.delete}</button>
          </div>`
        : nothing}
      ${this.mode === 'extend' && this.builtin.length > 0 ? this.#builtinPicker(new Set(this.objections.map((o) => o.id))) : nothing}
      ${this.objections.length > 0 ? this.#phraseImport() : nothing}
    `;
  }

  #phraseImport(): TemplateResult {
    return html`<div class="phrase-import">
      <button type="button" aria-describedby="phrase-import-help" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#phrase-file')!.click()}>
        ${this.strings.importPhrases}
      </button>
      <input id="phrase-file" class="visually-hidden" type="file" accept=".csv,.tsv,.txt,text/csv" tabindex="-1" aria-label=${this.strings.importPhrases} @change=${this.#handlePhraseFile} />
      <p id="phrase-import-help" class="small muted">${this.strings.importPhrasesHelp}</p>
    </div>`;
  }

  #handlePhraseFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // The same file may be imported again after it is fixed.
    input.value = '';
    if (file) emit(this, 'phrases-import', { fileName: file.name, text: await file.text() }, WITHIN_STUDIO);
  };

  /** The search box, and the objections it keeps, each with its index in the draft. */
  #filtered(shown: readonly number[], builtinIds: ReadonlySet<string>): TemplateResult {
    const strings = this.strings;
    const filtering = this.#filter.trim() !== '';
    return html`
      <div class="filter">
        <label class="visually-hidden" for="filter">${strings.filterObjections}</label>
        <input
          id="filter"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${strings.filterPlaceholder}
          .value=${this.#filter}
          @input=${this.#handleFilterInput}
        />
        <span class="filter-count muted small" role="status">${filtering ? strings.filterCount(shown.length, this.objections.length) : ''}</span>
      </div>
      ${shown.length === 0
        ? html`<p class="empty muted">${strings.filterNothing}</p>`
        : html`<ul part="list" class="list" aria-labelledby="list-title">
            ${shown.map((index) => this.#item(this.objections[index]!, index, objectionStatus(this.objections[index]!, this.mode, builtinIds)))}
          </ul>`}
    `;
  }

  #handleFilterInput = (event: InputEvent): void => {
    this.#filter = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  };

  #builtinTitle(id: string): string | undefined {
    return this.builtin.find((o) => o.id === id)?.title[this.locale];
  }

  #item(objection: ObjectionInput, index: number, status: ObjectionStatus | undefined): TemplateResult {
    const title = localize(textMap(objection.title), this.locale) || this.#builtinTitle(objection.id) || this.strings.untitled;
    const errors = this.errorCounts.get(index) ?? 0;
    return html`<li>
      <button
        type="button"
        class="item ${objection.disabled ? 'is-hidden' : ''}"
        data-index=${index}
        aria-current=${index === this.selected ? 'true' : 'false'}
        @click=${() => emit(this, 'objection-pick', { index }, WITHIN_STUDIO)}
      >
        <span class="item-title">${title}</span>
        <span class="item-meta">
          <code>${objection.id || '—'}</code>
          ${status ? html`<span class="badge ${STATUS_TONE[status]}">${this.strings.statusBadges[status]}</span>` : nothing}
          ${errors > 0 ? html`<span class="badge tone-error">${this.strings.errors(errors)}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  #builtinPicker(draftIds: ReadonlySet<string>): TemplateResult {
    const available = this.builtin.filter((objection) => !draftIds.has(objection.id));
    const pick = (kind: 'override' | 'hide') => {
      const select = this.renderRoot.querySelector<HTMLSelectElement>('#builtin-pick')!;
      if (select.value) emit(this, 'objection-command', { kind, id: select.value }, WITHIN_STUDIO);
    };
    return html`<div class="builtin">
      <label for="builtin-pick">${this.strings.changeBuiltin}</label>
      <select id="builtin-pick" ?disabled=${available.length === 0}>
        ${available.map((objection) => html`<option value=${objection.id}>${localize(objection.title, this.locale)} (${objection.id})</option>`)}
      </select>
      <div class="builtin-actions">
        <button type="button" ?disabled=${available.length === 0} @click=${() => pick('override')}>${this.strings.editCopy}</button>
        <button type="button" ?disabled=${available.length === 0} @click=${() => pick('hide')}>${this.strings.hideBuiltin}</button>
      </div>
    </div>`;
  }

  #command(kind: 'duplicate' | 'toggle-hidden' | 'delete'): void {
    emit(this, 'objection-command', { kind, index: this.selected }, WITHIN_STUDIO);
  }
}
