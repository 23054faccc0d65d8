import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { checkForAuthors, hintFor } from '../core/authoring-checks.js';
import { valueAt } from '../core/catalog-files.js';
import type { CatalogFormat } from '../core/catalog-text.js';
import {
  ObjectionSearch,
  loadBuiltinCatalog,
  localize,
  mergeCatalogs,
  validateCatalog,
  type Catalog,
  type CatalogInput,
  type ObjectionInput,
  type Problem,
} from '../core/index.js';
import { emit } from '../element/events.js';
import {
  builtinDraft,
  catalogFileText,
  draftLocales,
  emptyDraft,
  freeId,
  newObjection,
  objectionStatus,
  openCatalogFile,
  textMap,
  type Draft,
  type DraftMode,
} from './draft.js';
import { DraftStorage } from './draft-storage.js';
import type { ObjectionCommandDetail } from './events.js';
import type { ObjectionEditor } from './objection-editor.component.js';
import { fieldPathOf, objectionIndexOf, problemsByField } from './problem-fields.js';
import { studioStyles } from './objection-studio.styles.js';
import { baseStyles } from './studio-base.styles.js';

/** Checking and previewing wait for a pause in typing this long. */
const CHECK_DELAY_MS = 150;
/** Saving waits a little longer: a draft is a few kilobytes of JSON, but typing should never wait for it. */
const SAVE_DELAY_MS = 400;
const COPIED_STATE_MS = 2000;
const PREVIEW_LOCALES = ['ru', 'en', 'tr'] as const;
/** Languages offered for a catalog; one the draft already has is always listed too. */
const OFFERED_LOCALES = ['ru', 'en', 'tr'];
const DRAFT_SOURCE = 'draft';

type PreviewLocale = (typeof PREVIEW_LOCALES)[number];

/** What the studio tells about the last open, start or undo. */
type Notice =
  | { readonly kind: 'replaced'; readonly message: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'refused'; readonly message: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'info'; readonly message: string };

/**
 * A catalog editor for marketers: open the built-in catalog, a file, or start empty; edit objections in forms
 * with problems shown as they type; try the draft in a live `<objection-desk>` and a phrase tester; export
 * JSON or YAML. The draft is kept in `localStorage` and survives reloads; opening a file that cannot be read
 * never replaces it, and the draft an open replaced can be brought back.
 *
 * @summary The catalog studio: edit, check, preview and export an objection catalog without writing JSON.
 *
 * @event {{ format: 'json' | 'yaml'; fileName: string; text: string }} catalog-export - The marketer downloaded
 *   or copied the catalog; `text` is the file.
 *
 * @csspart toolbar - The bar with open and export buttons.
 * @csspart preview - The live `<objection-desk>` with the draft.
 *
 * @cssproperty --objection-studio-font-family - Font of all text.
 * @cssproperty --objection-studio-background - Page background.
 * @cssproperty --objection-studio-surface - Background of panels and fields.
 * @cssproperty --objection-studio-foreground - Text color.
 * @cssproperty --objection-studio-accent - Color of primary buttons, links and the selected objection.
 */
export class ObjectionStudio extends LitElement {
  static override styles = [baseStyles, studioStyles];

  /** The `localStorage` key the draft is kept under; two studios on one origin need two keys. */
  @property({ attribute: 'storage-key' }) storageKey = 'objection-desk-studio';

  #storage: DraftStorage | undefined;
  #draft: Draft = emptyDraft();
  /** The draft the last open, start or undo replaced: one level of "Undo". */
  #previous: Draft | undefined;
  #selected = -1;
  #builtin: Catalog | undefined;
  #problems: readonly Problem[] = [];
  #problemsByField: ReadonlyMap<string, readonly Problem[]> = new Map();
  #errorCounts: ReadonlyMap<number, number> = new Map();
  /** What the preview widget shows: the draft as of the last check, so it re-indexes once per pause in typing. */
  #previewCatalog: CatalogInput = emptyDraft().catalog;
  #search: ObjectionSearch | undefined;
  #previewLocale: PreviewLocale = 'ru';
  #notice: Notice | undefined;
  /** Storage refused the draft: said once, in the toolbar, until a save works again. */
  #notSaved = false;
  #copied = false;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #copyTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#storage = new DraftStorage(this.storageKey);
    const stored = this.#storage.load();
    if (stored) {
      this.#draft = stored.draft;
      this.#previous = stored.previous;
    }
    this.#selected = this.#draft.catalog.objections.length > 0 ? 0 : -1;
    this.#check();
    void loadBuiltinCatalog().then((builtin) => {
      this.#builtin = builtin;
      this.#check();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A reload or a closed tab must not lose the last keystrokes.
    if (this.#saveTimer !== undefined) this.#save();
    clearTimeout(this.#checkTimer);
    clearTimeout(this.#copyTimer);
  }

  /** The draft as it is now: the catalog to export, and whether it extends or replaces the built-in one. */
  get draft(): Draft {
    return this.#draft;
  }

  get #locales(): string[] {
    return draftLocales(this.#draft.catalog);
  }

  get #builtinIds(): ReadonlySet<string> {
    return new Set(this.#builtin?.objections.map((objection) => objection.id) ?? []);
  }

  override render(): TemplateResult {
    const objections = this.#draft.catalog.objections;
    const selected = objections[this.#selected];
    return html`
      <header part="toolbar" class="toolbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">OD</span>
          <div>
            <h1>Catalog studio</h1>
            <p class="muted small">objection-desk · <a href="./">demo CRM page</a></p>
          </div>
        </div>
        <div class="toolbar-group" role="group" aria-label="Open">
          <button type="button" @click=${this.#startEmpty}>Start empty</button>
          <button type="button" @click=${this.#openBuiltin} ?disabled=${!this.#builtin}>Open built-in catalog</button>
          <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#open-file')!.click()}>Open file…</button>
          <input id="open-file" class="visually-hidden" type="file" accept=".json,.yaml,.yml" tabindex="-1" aria-label="Open a catalog file" @change=${this.#handleFile} />
        </div>
        <div class="toolbar-group" role="group" aria-label="Export">
          <button type="button" class="primary" @click=${() => this.#download('json')}>Download JSON</button>
          <button type="button" @click=${() => this.#download('yaml')}>Download YAML</button>
          <button type="button" @click=${this.#copyJson}>${this.#copied ? 'Copied' : 'Copy JSON'}</button>
        </div>
        <p class="save-state small ${this.#notSaved ? 'not-saved' : ''}" role="status">
          ${this.#notSaved
            ? 'This browser cannot keep the draft (storage is off or full): it is not saved. Download it to keep your work.'
            : 'Draft saved in this browser'}
        </p>
      </header>
      ${this.#renderNotice()}
      <section class="catalog-bar" aria-label="Catalog settings">
        ${this.#renderMode()} ${this.#renderLocales()}
        <p class="how-to small muted">
          Use the exported <code>catalog.json</code>: put it next to your CRM page and set
          <code>&lt;objection-desk src="catalog.json"${this.#draft.mode === 'replace' ? ' no-builtin' : ''}&gt;</code>, or try it in the demo:
          save it into <code>demo/</code> and open <a href="./?src=catalog.json${this.#draft.mode === 'replace' ? '&no-builtin' : ''}">demo/?src=catalog.json</a>.
        </p>
      </section>
      <div class="workspace">
        <aside class="panel side" aria-label="Objections and problems">
          <objection-studio-list
            .objections=${objections}
            .selected=${this.#selected}
            .mode=${this.#draft.mode}
            .builtin=${this.#builtin?.objections ?? []}
            .errorCounts=${this.#errorCounts}
            .locale=${this.#previewLocale}
            @objection-pick=${(event: CustomEvent<{ index: number }>) => this.#select(event.detail.index)}
            @objection-command=${(event: CustomEvent<ObjectionCommandDetail>) => this.#command(event.detail)}
          ></objection-studio-list>
          <objection-studio-problems
            .problems=${this.#problems}
            .objectionName=${(index: number) => this.#objectionName(index)}
            @problem-pick=${(event: CustomEvent<{ problem: Problem }>) => this.#goToProblem(event.detail.problem)}
          ></objection-studio-problems>
        </aside>
        <main class="panel editor" aria-label="Objection">
          ${selected
            ? html`<h2 class="editor-title">${localize(textMap(selected.title), this.#previewLocale) || selected.id || 'New objection'}</h2>
                <objection-studio-editor
                  .objection=${selected}
                  .index=${this.#selected}
                  .locales=${this.#locales}
                  .problems=${this.#problemsByField}
                  .status=${objectionStatus(selected, this.#draft.mode, this.#builtinIds)}
                  .categories=${Object.keys(this.#draft.catalog.categories ?? {})}
                  @objection-change=${(event: CustomEvent<{ index: number; objection: ObjectionInput }>) =>
                    this.#replaceObjection(event.detail.index, event.detail.objection)}
                  @objection-command=${(event: CustomEvent<ObjectionCommandDetail>) => this.#command(event.detail)}
                ></objection-studio-editor>`
            : this.#renderEmptyEditor()}
        </main>
        <aside class="panel preview" aria-label="Preview">
          <div class="preview-head">
            <h2>Preview</h2>
            <div class="segmented" role="group" aria-label="Preview language">
              ${PREVIEW_LOCALES.map(
                (locale) => html`<button type="button" aria-pressed=${this.#previewLocale === locale ? 'true' : 'false'} @click=${() => this.#setPreviewLocale(locale)}>
                  ${locale.toUpperCase()}
                </button>`,
              )}
            </div>
          </div>
          <objection-studio-tester .search=${this.#search} .ownIds=${new Set(objections.map((o) => o.id))} .locale=${this.#previewLocale}></objection-studio-tester>
          <p class="muted small">The widget as operators will see it, with this draft${this.#draft.mode === 'extend' ? ' merged over the built-in catalog' : ' alone'}:</p>
          <objection-desk
            part="preview"
            class="desk"
            locale=${this.#previewLocale}
            ?no-builtin=${this.#draft.mode === 'replace'}
            limit="6"
            .catalog=${this.#previewCatalog}
            .context=${{ clientName: 'Анна', storeName: 'ТехноДом', managerName: 'Игорь' }}
          ></objection-desk>
        </aside>
      </div>
    `;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.#notice;
    if (!notice) return nothing;
    return html`<div class="notice ${notice.kind}" role=${notice.kind === 'refused' ? 'alert' : 'status'}>
      <p>
        ${notice.message}
        ${notice.kind === 'replaced' && this.#previous ? html`<button type="button" @click=${this.#undo}>Undo</button>` : nothing}
        <button type="button" class="quiet" aria-label="Dismiss" @click=${() => ((this.#notice = undefined), this.requestUpdate())}>×</button>
      </p>
      ${notice.kind !== 'info' && notice.problems.length > 0
        ? html`<ul class="file-problems">
            ${notice.problems.map(
              (found) => html`<li class=${found.severity}>
                <code>${found.source}${found.line === undefined ? '' : `:${found.line}:${found.column ?? 1}`}</code>
                ${found.path ? html`<code class="muted">${found.path}</code>` : nothing} ${found.message}${found.hint ? ` → ${found.hint}` : ''}
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  #renderMode(): TemplateResult {
    const option = (mode: DraftMode, label: string, help: string) => html`<label class="mode-option">
      <input type="radio" name="mode" .checked=${this.#draft.mode === mode} @change=${() => this.#setMode(mode)} />
      <span><strong>${label}</strong> <span class="muted">${help}</span></span>
    </label>`;
    return html`<fieldset class="mode">
      <legend>This catalog</legend>
      ${option('extend', 'extends the built-in one', `— your objections are added to the ${this.#builtin?.objections.length ?? ''} built-in ones`)}
      ${option('replace', 'replaces the built-in one', '— only these objections (no-builtin)')}
    </fieldset>`;
  }

  #renderLocales(): TemplateResult {
    const locales = this.#draft.catalog.locales ?? [];
    return html`<fieldset class="locales">
      <legend>Languages</legend>
      ${[...new Set([...OFFERED_LOCALES, ...locales])].map(
        (locale) => html`<label class="locale-option">
          <input type="checkbox" .checked=${locales.includes(locale)} @change=${(event: Event) => this.#setLocale(locale, (event.target as HTMLInputElement).checked)} />
          ${locale.toUpperCase()}
        </label>`,
      )}
    </fieldset>`;
  }

  #renderEmptyEditor(): TemplateResult {
    return html`<div class="empty-editor">
      <h2>${this.#draft.catalog.objections.length === 0 ? 'This catalog is empty' : 'Choose an objection to edit'}</h2>
      <p class="muted">
        Add an objection customers raise, with the phrases they use and what the operator answers. It is found by the widget
        ${this.#draft.mode === 'extend' ? 'together with the built-in objections' : 'on its own'}.
      </p>
      <div class="empty-actions">
        <button type="button" class="primary" @click=${() => this.#command({ kind: 'add' })}>+ New objection</button>
        <button type="button" @click=${this.#openBuiltin} ?disabled=${!this.#builtin}>Open built-in catalog</button>
      </div>
    </div>`;
  }

  #objectionName(index: number): string {
    const objection = this.#draft.catalog.objections[index];
    if (!objection) return `Objection ${index + 1}`;
    return localize(textMap(objection.title), this.#previewLocale) || objection.id || `Objection ${index + 1}`;
  }

  // ---- Changing the draft ----

  /** Every edit goes through here: the draft is checked, previewed and saved after a pause. */
  #setDraft(draft: Draft): void {
    this.#draft = draft;
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => this.#check(), CHECK_DELAY_MS);
    this.#scheduleSave();
    this.requestUpdate();
  }

  #setCatalog(catalog: CatalogInput): void {
    this.#setDraft({ ...this.#draft, catalog });
  }

  #setObjections(objections: ObjectionInput[], selected = this.#selected): void {
    this.#selected = Math.min(selected, objections.length - 1);
    this.#setCatalog({ ...this.#draft.catalog, objections });
  }

  #replaceObjection(index: number, objection: ObjectionInput): void {
    this.#setObjections(this.#draft.catalog.objections.map((current, i) => (i === index ? objection : current)));
  }

  /** Replaces the whole draft (an open, a start, an undo); the one replaced can be brought back once. */
  #replaceDraft(draft: Draft, message: string, problems: readonly Problem[] = []): void {
    this.#previous = this.#draft;
    this.#selected = draft.catalog.objections.length > 0 ? 0 : -1;
    this.#notice = { kind: 'replaced', message, problems };
    this.#setDraft(draft);
  }

  #startEmpty = (): void => {
    this.#replaceDraft(emptyDraft(), 'Started an empty catalog that extends the built-in one.');
  };

  #openBuiltin = (): void => {
    if (!this.#builtin) return;
    this.#replaceDraft(builtinDraft(this.#builtin), 'Opened a copy of the built-in catalog: it replaces the built-in one (no-builtin).');
  };

  #handleFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // The same file may be opened again after it is fixed.
    input.value = '';
    if (!file) return;
    const opened = openCatalogFile(file.name, await file.text());
    if (!opened.draft) {
      this.#notice = { kind: 'refused', message: `${file.name} could not be opened; your draft is unchanged.`, problems: opened.problems };
      this.requestUpdate();
      return;
    }
    const count = opened.draft.catalog.objections.length;
    this.#replaceDraft(opened.draft, `Opened ${file.name}: ${count} ${count === 1 ? 'objection' : 'objections'}.`, opened.problems);
  };

  #undo = (): void => {
    if (!this.#previous) return;
    const previous = this.#previous;
    this.#previous = undefined;
    this.#selected = previous.catalog.objections.length > 0 ? 0 : -1;
    this.#notice = { kind: 'info', message: 'The previous draft is back.' };
    this.#setDraft(previous);
  };

  #setMode(mode: DraftMode): void {
    this.#setDraft({ ...this.#draft, mode });
  }

  #setLocale(locale: string, on: boolean): void {
    const current = this.#draft.catalog.locales ?? [];
    const locales = on ? [...current, locale] : current.filter((code) => code !== locale);
    const { locales: _dropped, ...rest } = this.#draft.catalog;
    this.#setCatalog(locales.length > 0 ? { ...rest, locales } : rest);
  }

  #command(command: ObjectionCommandDetail): void {
    const objections = this.#draft.catalog.objections;
    switch (command.kind) {
      case 'add':
        this.#setObjections([...objections, newObjection(objections)], objections.length);
        break;
      case 'duplicate': {
        const copy = { ...structuredClone(objections[command.index]!), id: freeId(`${objections[command.index]!.id || 'objection'}-copy`, objections) };
        this.#setObjections([...objections.slice(0, command.index + 1), copy, ...objections.slice(command.index + 1)], command.index + 1);
        break;
      }
      case 'toggle-hidden': {
        const { disabled, ...objection } = objections[command.index]!;
        this.#replaceObjection(command.index, disabled ? objection : { ...objection, disabled: true });
        break;
      }
      case 'delete':
        this.#setObjections(objections.filter((_, i) => i !== command.index), Math.max(0, command.index - 1));
        break;
      case 'override': {
        const builtin = this.#builtin?.objections.find((objection) => objection.id === command.id);
        if (!builtin) return;
        const copy = builtinDraft({ ...this.#builtin!, objections: [builtin] }).catalog.objections[0]!;
        this.#setObjections([...objections, copy], objections.length);
        break;
      }
      case 'hide':
        this.#setObjections([...objections, { id: command.id, disabled: true }], objections.length);
        break;
    }
  }

  #select(index: number): void {
    this.#selected = index;
    this.requestUpdate();
  }

  #setPreviewLocale(locale: PreviewLocale): void {
    this.#previewLocale = locale;
    this.requestUpdate();
  }

  async #goToProblem(found: Problem): Promise<void> {
    const fieldPath = fieldPathOf(found);
    const index = objectionIndexOf(fieldPath);
    if (index === undefined) return;
    this.#select(index);
    await this.updateComplete;
    const editor = this.renderRoot.querySelector<ObjectionEditor>('objection-studio-editor');
    await editor?.updateComplete;
    editor?.focusField(fieldPath);
  }

  // ---- Checking, previewing, saving ----

  /** Validates the draft as the widget and the CLI would, and rebuilds the preview and the phrase tester. */
  #check(): void {
    const { catalog: input, mode } = this.#draft;
    const validation = validateCatalog(input, DRAFT_SOURCE);
    const locales = input.locales ?? [];
    this.#problems = [...validation.problems, ...checkForAuthors(input, DRAFT_SOURCE)].map((found) => {
      const hint = found.hint ?? hintFor(found, valueAt(input, found.path), locales);
      return hint === undefined ? found : { ...found, hint };
    });
    this.#problemsByField = problemsByField(this.#problems);
    const errorCounts = new Map<number, number>();
    for (const found of this.#problems) {
      const index = objectionIndexOf(found.path);
      if (found.severity === 'error' && index !== undefined) errorCounts.set(index, (errorCounts.get(index) ?? 0) + 1);
    }
    this.#errorCounts = errorCounts;
    this.#previewCatalog = input;
    const catalogs = mode === 'extend' && this.#builtin ? [this.#builtin, validation.catalog] : [validation.catalog];
    this.#search = new ObjectionSearch(mergeCatalogs(catalogs));
    this.requestUpdate();
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), SAVE_DELAY_MS);
  }

  #save(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const saved = this.#storage?.save(this.#previous ? { draft: this.#draft, previous: this.#previous } : { draft: this.#draft }) ?? false;
    if (saved === !this.#notSaved) return;
    this.#notSaved = !saved;
    this.requestUpdate();
  }

  // ---- Export ----

  #exportText(format: CatalogFormat): string {
    const text = catalogFileText(this.#draft.catalog, format);
    emit(this, 'catalog-export', { format, fileName: `catalog.${format}`, text });
    return text;
  }

  #download(format: CatalogFormat): void {
    const text = this.#exportText(format);
    const type = format === 'json' ? 'application/json' : 'application/yaml';
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `catalog.${format}` });
    link.click();
    // The download has started from the URL by the next task; it can go then.
    setTimeout(() => URL.revokeObjectURL(url));
  }

  #copyJson = async (): Promise<void> => {
    const text = this.#exportText('json');
    try {
      await navigator.clipboard.writeText(text);
      this.#copied = true;
      clearTimeout(this.#copyTimer);
      this.#copyTimer = setTimeout(() => ((this.#copied = false), this.requestUpdate()), COPIED_STATE_MS);
    } catch {
      this.#notice = { kind: 'info', message: 'The browser refused the clipboard: use Download JSON instead.' };
    }
    this.requestUpdate();
  };
}
