import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localize, type Objection, type ObjectionInput } from '../core/index.js';
import { emit } from '../element/events.js';
import { STATUS_TONE, objectionStatus, textMap, type DraftMode, type ObjectionStatus } from './draft.js';
import { listStyles } from './objection-list.styles.js';
import { baseStyles } from './studio-base.styles.js';

const STATUS_LABEL: Readonly<Record<ObjectionStatus, string>> = { new: 'new', override: 'changes built-in', hidden: 'hidden' };

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

  override render(): TemplateResult {
    const builtinIds = new Set(this.builtin.map((objection) => objection.id));
    const selected = this.objections[this.selected];
    return html`
      <div class="head">
        <h2 id="list-title">Objections <span class="muted">${this.objections.length}</span></h2>
        <button type="button" class="primary" @click=${() => emit(this, 'objection-command', { kind: 'add' })}>+ New objection</button>
      </div>
      ${this.objections.length === 0
        ? html`<p class="empty muted">No objections in this catalog yet.</p>`
        : html`<ul part="list" class="list" aria-labelledby="list-title">
            ${this.objections.map((objection, index) => this.#item(objection, index, objectionStatus(objection, this.mode, builtinIds)))}
          </ul>`}
      ${selected
        ? html`<div class="actions" role="group" aria-label="Selected objection">
            <button type="button" @click=${() => this.#command('duplicate')}>Duplicate</button>
            <button type="button" @click=${() => this.#command('toggle-hidden')}>${selected.disabled ? 'Show' : 'Hide'}</button>
            <button type="button" class="danger" @click=${() => this.#command('delete')}>Delete</button>
          </div>`
        : nothing}
      ${this.mode === 'extend' && this.builtin.length > 0 ? this.#builtinPicker(new Set(this.objections.map((o) => o.id))) : nothing}
    `;
  }

  #item(objection: ObjectionInput, index: number, status: ObjectionStatus | undefined): TemplateResult {
    const title = localize(textMap(objection.title), this.locale) || this.builtin.find((o) => o.id === objection.id)?.title[this.locale] || 'Untitled';
    const errors = this.errorCounts.get(index) ?? 0;
    return html`<li>
      <button
        type="button"
        class="item ${objection.disabled ? 'is-hidden' : ''}"
        aria-current=${index === this.selected ? 'true' : 'false'}
        @click=${() => emit(this, 'objection-pick', { index })}
      >
        <span class="item-title">${title}</span>
        <span class="item-meta">
          <code>${objection.id || '—'}</code>
          ${status ? html`<span class="badge ${STATUS_TONE[status]}">${STATUS_LABEL[status]}</span>` : nothing}
          ${errors > 0 ? html`<span class="badge tone-error">${errors} ${errors === 1 ? 'error' : 'errors'}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  #builtinPicker(draftIds: ReadonlySet<string>): TemplateResult {
    const available = this.builtin.filter((objection) => !draftIds.has(objection.id));
    const pick = (kind: 'override' | 'hide') => {
      const select = this.renderRoot.querySelector<HTMLSelectElement>('#builtin-pick')!;
      if (select.value) emit(this, 'objection-command', { kind, id: select.value });
    };
    return html`<div class="builtin">
      <label for="builtin-pick">Change a built-in objection</label>
      <select id="builtin-pick" ?disabled=${available.length === 0}>
        ${available.map((objection) => html`<option value=${objection.id}>${localize(objection.title, this.locale)} (${objection.id})</option>`)}
      </select>
      <div class="builtin-actions">
        <button type="button" ?disabled=${available.length === 0} @click=${() => pick('override')}>Edit a copy</button>
        <button type="button" ?disabled=${available.length === 0} @click=${() => pick('hide')}>Hide it</button>
      </div>
    </div>`;
  }

  #command(kind: 'duplicate' | 'toggle-hidden' | 'delete'): void {
    emit(this, 'objection-command', { kind, index: this.selected });
  }
}
