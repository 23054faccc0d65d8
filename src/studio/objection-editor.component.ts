import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_CATEGORY, KNOWN_PLACEHOLDERS, type CatalogInput, type FollowUpInput, type ObjectionInput, type Problem, type ReplyInput } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { STATUS_TONE, listMap, textMap, type ListMap, type ObjectionStatus } from './draft.js';
import { WITHIN_STUDIO } from './events.js';
import { studioStrings, type StudioStrings } from './i18n.js';
import { editorStyles } from './objection-editor.styles.js';
import { categoryField } from './category-field.js';
import { controlId, focusFieldAt } from './form-focus.js';
import { listFields, textFields, textInput, type FieldKit, type TextFieldOptions } from './objection-fields.templates.js';
import { FieldTouches } from './field-touches.js';
import { fieldProblems, plainPresenter, type ProblemPresenter } from './problem-messages.js';
import { staleTextMark } from './stale-text.js';
import { baseStyles } from './studio-base.styles.js';

/**
 * The form for one objection of the draft: ID, category, and per language its title, what customers say,
 * extra search words, replies, follow-ups and tips. Each change is sent up whole as `objection-change`; each
 * field shows its own problems under it.
 *
 * @event {{ index: number; objection: ObjectionInput }} objection-change - The marketer changed the objection.
 * @event {{ id: string; title: Record<string, string> }} category-change - The marketer changed the title of a category
 *   of the catalog (an empty map: it has none).
 * @event {{ kind: 'toggle-hidden'; index: number }} objection-command - The marketer showed a hidden objection again.
 * @event {{ path: string }} field-touch - The marketer left a field after editing it: its problems show from now on.
 *
 * @csspart form - The form.
 */
export class ObjectionEditor extends LitElement {
  static override styles = [baseStyles, editorStyles];

  /** The objection to edit, as written in the draft (texts as maps by locale). */
  @property({ attribute: false }) objection?: ObjectionInput;

  /** Its place in the draft's `objections`: the root of the paths of its problems. */
  @property({ type: Number }) index = 0;

  /** The languages to show a field for. */
  @property({ attribute: false }) locales: readonly string[] = [];

  /** Problems of the whole draft by form path (see `problemsByField`). */
  @property({ attribute: false }) problems: ReadonlyMap<string, readonly Problem[]> = new Map();

  /** How the objection meets the built-in catalog. */
  @property() status?: ObjectionStatus;

  /** The catalog's own categories, with their titles as written in the draft. */
  @property({ attribute: false }) categories: NonNullable<CatalogInput['categories']> = {};

  /**
   * Categories the built-in catalog titles, offered first, when the draft is merged over it; any other id the
   * marketer types is a category of their own, and gets title fields.
   */
  @property({ attribute: false }) builtinCategories: readonly string[] = [];

  /** The interface texts, in the studio's language. */
  @property({ attribute: false }) strings: StudioStrings = studioStrings('en');

  /** How problems are worded, and their fixes. */
  @property({ attribute: false }) presenter?: ProblemPresenter;

  /**
   * The categories the menu offers, by id, named in the marketer's language: the built-in ones when the draft
   * is merged over them, then the draft's own.
   */
  @property({ attribute: false }) categoryNames: ReadonlyMap<string, string> = new Map();

  /** The title of the built-in objection this one replaces, when it does. */
  @property() replacedTitle?: string;

  /** Whether the category menu asks for a new category's name. */
  #creatingCategory = false;
  /** Leaving a field after editing it sends `field-touch`. */
  readonly #touches = new FieldTouches(this);

  /** The reply field the placeholder buttons write into. */
  #lastReplyField: HTMLTextAreaElement | undefined;
  /** The form path of a card just added, whose first field takes the focus once it is drawn. */
  #focusAfterAdd: string | undefined;

  protected override updated(): void {
    if (this.#focusAfterAdd === undefined || !this.renderRoot.querySelector(`[data-path="${CSS.escape(this.#focusAfterAdd)}"]`)) return;
    this.focusField(this.#focusAfterAdd);
    this.#focusAfterAdd = undefined;
  }

  /** Adds a card with `change`, then focuses its first field, at `path`, once the draft comes back with it. */
  #add(path: string, change: (objection: ObjectionInput) => unknown): void {
    this.#focusAfterAdd = path;
    this.#edit(change);
  }

  /** Focuses the field at a form path (or the nearest group around it) and scrolls it into view. */
  focusField(fieldPath: string): void {
    focusFieldAt(this.renderRoot, fieldPath);
  }

  override render(): TemplateResult {
    const objection = this.objection;
    if (!objection) return html``;
    const strings = this.strings;
    const root = `objections[${this.index}]`;
    return html`
      <form part="form" @submit=${(event: Event) => event.preventDefault()} @input=${this.#touches.handleInput} @focusout=${this.#touches.handleFocusOut} autocomplete="off">
        ${this.status
          ? html`<p class="status ${STATUS_TONE[this.status]}">
              ${this.status === 'override' && this.replacedTitle ? strings.replacesBuiltin(this.replacedTitle) : strings.statusNotes[this.status]}
            </p>`
          : nothing}
        ${this.#fieldProblems(this.problems.get(root), controlId(root))}
        <div class="row">
          <div class="field">
            <label for=${controlId(`${root}.id`)}>${strings.fields.id}</label>
            ${textInput(this.#kit, `${root}.id`, objection.id, (value) => this.#edit((o) => (o.id = value.trim())), strings.idPlaceholder)}
            <p class="help">${strings.idHelp}</p>
            ${this.#fieldProblems(this.problems.get(`${root}.id`), `${controlId(`${root}.id`)}-problems`)}
          </div>
          ${objection.disabled ? nothing : this.#categoryField(root, objection)}
        </div>
        ${objection.disabled ? this.#hiddenNote() : this.#fields(root, objection)}
      </form>
    `;
  }

  #hiddenNote(): TemplateResult {
    return html`<div class="hidden-note">
      <p>${this.strings.hiddenNote}</p>
      <button type="button" @click=${() => emit(this, 'objection-command', { kind: 'toggle-hidden', index: this.index }, WITHIN_STUDIO)}>${this.strings.showAgain}</button>
    </div>`;
  }

  #categoryField(root: string, objection: ObjectionInput): TemplateResult {
    const path = `${root}.category`;
    return categoryField({
      strings: this.strings,
      controlId: controlId(path),
      path,
      value: objection.category,
      names: this.categoryNames,
      creating: this.#creatingCategory,
      onCreating: (creating) => ((this.#creatingCategory = creating), this.requestUpdate()),
      onChoose: (id) => this.#edit((o) => (id ? (o.category = id) : delete o.category)),
      onCreate: (id, name) => {
        this.#creatingCategory = false;
        this.#edit((o) => (o.category = id));
        emit(this, 'category-change', { id, title: { [this.locales[0] ?? 'ru']: name } }, WITHIN_STUDIO);
      },
      problems: this.#fieldProblems(this.problems.get(path), `${controlId(path)}-problems`),
    });
  }

  /**
   * Title fields for the objection's category when the catalog itself must title it: one of its own (the
   * built-in catalog does not know it), or one it already titles. The default "other" needs none.
   */
  #categoryTitleFields(objection: ObjectionInput): TemplateResult | typeof nothing {
    const id = objection.category?.trim();
    if (!id || !(Object.hasOwn(this.categories, id) || (id !== DEFAULT_CATEGORY && !this.builtinCategories.includes(id)))) return nothing;
    const title = textMap(this.categories[id]?.title);
    return this.#textFields(this.strings.categoryTitle(id), this.strings.categoryTitleHelp, `categories.${id}.title`, title, (changed) =>
      emit(this, 'category-change', { id, title: changed }, WITHIN_STUDIO),
    );
  }

  #fields(root: string, objection: ObjectionInput): TemplateResult {
    const strings = this.strings;
    const { fields } = strings;
    return html`
      ${this.#categoryTitleFields(objection)}
      ${this.#textFields(fields.title, strings.titleHelp, `${root}.title`, textMap(objection.title), (title) => this.#edit((o) => (o.title = title)))}
      ${this.#listFields(
        fields.triggers,
        strings.triggersHelp,
        `${root}.triggers`,
        listMap(objection.triggers),
        (o, triggers) => (o.triggers = triggers),
      )}
      ${this.#listFields(
        strings.optional(fields.tags),
        strings.tagsHelp,
        `${root}.tags`,
        listMap(objection.tags),
        (o, tags) => (Object.keys(tags).length > 0 ? (o.tags = tags) : delete o.tags),
        true,
      )}
      <section class="group">
        <h3>${fields.replies}</h3>
        <p class="help">${strings.repliesHelp}</p>
        ${this.#placeholderButtons()}
        ${this.#fieldProblems(this.problems.get(`${root}.replies`), `${controlId(`${root}.replies`)}-problems`)}
        ${this.#replies(`${root}.replies`, objection.replies ?? [], (o) => (o.replies ??= []))}
      </section>
      <section class="group">
        <h3>${strings.optional(fields.followUps)}</h3>
        <p class="help">${strings.followUpsHelp}</p>
        ${this.#fieldProblems(this.problems.get(`${root}.followUps`), `${controlId(`${root}.followUps`)}-problems`)}
        ${(objection.followUps ?? []).map((followUp, k) => this.#followUp(`${root}.followUps[${k}]`, followUp, k))}
        <button type="button" @click=${() => this.#add(`${root}.followUps[${objection.followUps?.length ?? 0}].customer`, (o) => (o.followUps ??= []).push({ customer: {}, replies: [{ text: {} }] }))}>
          ${strings.addFollowUp}
        </button>
      </section>
      <section class="group">
        <h3>${strings.optional(fields.tips)}</h3>
        <p class="help">${strings.tipsHelp}</p>
        ${this.#fieldProblems(this.problems.get(`${root}.tips`), `${controlId(`${root}.tips`)}-problems`)}
        ${(objection.tips ?? []).map(
          (tip, t) => html`<div class="card" data-path=${`${root}.tips[${t}]`}>
            ${this.#textFields(strings.tip(t + 1), '', `${root}.tips[${t}]`, textMap(tip), (text) => this.#edit((o) => (o.tips![t] = text)))}
            <button type="button" class="quiet danger" @click=${() => this.#edit((o) => (o.tips!.splice(t, 1), o.tips!.length === 0 && delete o.tips))}>${strings.removeTip(t + 1)}</button>
          </div>`,
        )}
        <button type="button" @click=${() => this.#add(`${root}.tips[${objection.tips?.length ?? 0}]`, (o) => (o.tips ??= []).push({}))}>${strings.addTip}</button>
      </section>
    `;
  }

  #followUp(path: string, followUp: FollowUpInput, k: number): TemplateResult {
    const strings = this.strings;
    return html`<div class="card" data-path=${path}>
      <div class="card-head">
        <h4>${strings.followUp(k + 1)}</h4>
        <button type="button" class="quiet danger" @click=${() => this.#edit((o) => (o.followUps!.splice(k, 1), o.followUps!.length === 0 && delete o.followUps))}>
          ${strings.removeFollowUp(k + 1)}
        </button>
      </div>
      ${this.#fieldProblems(this.problems.get(path), `${controlId(path)}-problems`)}
      ${this.#textFields(strings.fields.customer, '', `${path}.customer`, textMap(followUp.customer), (text) =>
        this.#edit((o) => (o.followUps![k]!.customer = text)),
      )}
      ${this.#fieldProblems(this.problems.get(`${path}.replies`), `${controlId(`${path}.replies`)}-problems`)}
      ${this.#replies(`${path}.replies`, followUp.replies, (o) => o.followUps![k]!.replies)}
    </div>`;
  }

  /** Reply cards; `repliesOf` finds the same list in the copy being edited. */
  #replies(path: string, replies: readonly ReplyInput[], repliesOf: (o: ObjectionInput) => ReplyInput[]): TemplateResult {
    return html`
      ${replies.map(
        (reply, j) => html`<div class="card reply" data-path=${`${path}[${j}]`}>
          ${this.#fieldProblems(this.problems.get(`${path}[${j}]`), `${controlId(`${path}[${j}]`)}-problems`)}
          ${this.#textFields(this.strings.reply(j + 1), '', `${path}[${j}].text`, textMap(reply.text), (text) => this.#edit((o) => (repliesOf(o)[j]!.text = text)), {
            multiline: true,
            reply: true,
          })}
          ${this.#textFields(this.strings.optional(this.strings.fields.short), this.strings.shortHelp, `${path}[${j}].short`, textMap(reply.short), (short) =>
            this.#edit((o) => {
              const edited = repliesOf(o)[j]!;
              if (Object.keys(short).length > 0) edited.short = short;
              else delete edited.short;
            }),
          )}
          <button type="button" class="quiet danger" @click=${() => this.#edit((o) => repliesOf(o).splice(j, 1))}>${this.strings.removeReply(j + 1)}</button>
        </div>`,
      )}
      <button type="button" @click=${() => this.#add(`${path}[${replies.length}]`, (o) => repliesOf(o).push({ text: {} }))}>${this.strings.addReply}</button>
    `;
  }

  #placeholderButtons(): TemplateResult {
    return html`<div class="placeholders" role="group" aria-label=${this.strings.insertPlaceholder}>
      ${KNOWN_PLACEHOLDERS.map(
        (name) => html`<button
          type="button"
          class="chip"
          title=${this.strings.insertPlaceholderInto(`{${name}}`)}
          @mousedown=${(event: MouseEvent) => event.preventDefault()}
          @click=${() => this.#insertPlaceholder(name)}
        >
          {${name}}
        </button>`,
      )}
    </div>`;
  }

  #insertPlaceholder(name: string): void {
    const field = this.#lastReplyField?.isConnected ? this.#lastReplyField : this.renderRoot.querySelector<HTMLTextAreaElement>('textarea[data-reply]');
    if (!field) return;
    field.focus();
    field.setRangeText(`{${name}}`, field.selectionStart, field.selectionEnd, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }

  /** What the fields need of this form: its problems, languages, and the placeholder buttons' target. */
  get #kit(): FieldKit {
    return {
      strings: this.strings,
      locales: this.locales,
      problems: this.problems,
      problemsAt: (path) => this.#fieldProblems(this.problems.get(path), `${controlId(path)}-problems`),
      staleMark: (path, label) =>
        this.objection
          ? staleTextMark(this.objection, this.index, path, label, this.strings, (objection) => emit(this, 'objection-change', { index: this.index, objection }, WITHIN_STUDIO))
          : nothing,
      replyFocused: (field) => (this.#lastReplyField = field),
    };
  }

  #textFields(legend: string, hint: string, path: string, text: Record<string, string>, change: (text: Record<string, string>) => void, options: TextFieldOptions = {}): TemplateResult {
    return textFields(this.#kit, legend, hint, path, text, change, options);
  }

  /** List fields whose change `assign`s the list to the copy of the objection being edited. */
  #listFields(legend: string, hint: string, path: string, list: ListMap, assign: (o: ObjectionInput, list: ListMap) => void, short = false): TemplateResult {
    return listFields(this.#kit, legend, hint, path, list, (changed) => this.#edit((o) => assign(o, changed)), short);
  }

  #fieldProblems(problems: readonly Problem[] | undefined, id: string): TemplateResult | typeof nothing {
    return fieldProblems(problems, id, this.presenter ?? plainPresenter(this.strings), this);
  }

  /** Edits a copy of the objection and sends it up. */
  #edit(change: (objection: ObjectionInput) => unknown): void {
    if (!this.objection) return;
    const next = structuredClone(this.objection);
    change(next);
    emit(this, 'objection-change', { index: this.index, objection: next }, WITHIN_STUDIO);
  }
}
