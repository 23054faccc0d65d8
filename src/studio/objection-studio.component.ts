import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { validateForAuthors } from '../core/authoring-checks.js';
import type { CatalogFormat } from '../core/catalog-text.js';
import {
  ObjectionSearch,
  loadBuiltinCatalog,
  localize,
  searchCatalogs,
  type Catalog,
  type CatalogInput,
  type ObjectionInput,
  type OmittedProblems,
  type Problem,
  NONE_OMITTED,
} from '../core/index.js';
import { emit } from '../element/events.js';
import { UI_LOCALES, toUiLocale, type UiLocale } from '../element/i18n.js';
import { problemCount, problemDetails, type ListedProblems } from '../element/problem-details.js';
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
  unreadableFile,
  type Draft,
  type DraftMode,
} from './draft.js';
import { DraftStorage } from './draft-storage.js';
import type { CategoryChangeDetail, ObjectionCommandDetail } from './events.js';
import { LANGUAGE_NAMES, studioStrings, type StudioStrings } from './i18n.js';
import type { ObjectionEditor } from './objection-editor.component.js';
import { fieldPathOf, objectionIndexOf, problemsByField } from './problem-fields.js';
import { studioStyles } from './objection-studio.styles.js';
import { baseStyles } from './studio-base.styles.js';

/** Checking and previewing wait for a pause in typing this long. */
const CHECK_DELAY_MS = 150;
/** Saving waits a little longer: a draft is a few kilobytes of JSON, but typing should never wait for it. */
const SAVE_DELAY_MS = 400;
const COPIED_STATE_MS = 2000;
/** Languages offered for a catalog; one the draft already has is always listed too. */
const OFFERED_LOCALES = ['ru', 'en', 'tr'];
const DRAFT_SOURCE = 'draft';

/** A notice's text, worded when shown: switching the interface language rewords a notice already up. */
type NoticeMessage = (strings: StudioStrings) => string;

/** What the studio tells about the last open, start or undo. */
type Notice =
  | ({ readonly kind: 'replaced'; readonly message: NoticeMessage } & ListedProblems)
  | ({ readonly kind: 'refused'; readonly message: NoticeMessage } & ListedProblems)
  | { readonly kind: 'info'; readonly message: NoticeMessage };

/** A file's problems are listed at once up to this many; more wait behind their summary until it is opened. */
const FILE_PROBLEMS_SHOWN_OPEN = 10;

/**
 * A catalog editor for marketers: open the built-in catalog, a file, or start empty; edit objections in forms
 * with problems shown as they type; try the draft in a live `<objection-desk>` and a phrase tester; export
 * JSON or YAML. The draft is kept in `localStorage` and survives reloads; opening a file that cannot be read
 * never replaces it, and the draft an open replaced can be brought back. The interface speaks Russian, English
 * and Turkish: the `locale` property, else the marketer's last choice in its switch, else the nearest `lang`,
 * else the browser's language, else English.
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

  /** Interface language: `ru`, `en` or `tr`; the switch in the header sets it. */
  @property() locale?: UiLocale;

  #storage: DraftStorage | undefined;
  #draft: Draft = emptyDraft();
  /** The draft the last open, start or undo replaced: one level of "Undo". */
  #previous: Draft | undefined;
  #selected = -1;
  #builtin: Catalog | undefined;
  #problems: readonly Problem[] = [];
  #omitted: OmittedProblems = NONE_OMITTED;
  /** Whether the notice's list of a file's problems is open. */
  #fileProblemsOpen = false;
  #problemsByField: ReadonlyMap<string, readonly Problem[]> = new Map();
  #errorCounts: ReadonlyMap<number, number> = new Map();
  /** What the preview widget shows: the draft as of the last check, so it re-indexes once per pause in typing. */
  #previewCatalog: CatalogInput = emptyDraft().catalog;
  #search: ObjectionSearch | undefined;
  #previewLocale: UiLocale = 'ru';
  #notice: Notice | undefined;
  /** Storage refused the draft: said once, in the toolbar, until a save works again. */
  #notSaved = false;
  #copied = false;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #copyTimer: ReturnType<typeof setTimeout> | undefined;
  #uiLocale: UiLocale = 'en';
  #strings: StudioStrings = studioStrings('en');
  #langObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#storage = new DraftStorage(this.storageKey);
    this.locale ??= this.#storage.loadLocale();
    this.#langObserver = new MutationObserver(() => {
      if (this.#resolveLocale() !== this.#uiLocale) this.requestUpdate();
    });
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
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
    this.#langObserver?.disconnect();
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

  /** The interface language: the `locale` property, else the nearest `lang`, else the browser's, else English. */
  #resolveLocale(): UiLocale {
    return toUiLocale(this.locale) ?? toUiLocale(this.closest('[lang]')?.getAttribute('lang')) ?? toUiLocale(navigator.language) ?? 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#uiLocale = this.#resolveLocale();
    this.#strings = studioStrings(this.#uiLocale);
  }

  override render(): TemplateResult {
    const strings = this.#strings;
    const lang = this.#uiLocale;
    const objections = this.#draft.catalog.objections;
    const selected = objections[this.#selected];
    const noBuiltin = this.#draft.mode === 'replace';
    return html`
      <header part="toolbar" class="toolbar" lang=${lang}>
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">OD</span>
          <div>
            <h1>${strings.studioTitle}</h1>
            <p class="muted small">objection-desk · <a href="./">${strings.demoPage}</a></p>
          </div>
          ${this.#languageSwitch('ui-locale', strings.interfaceLanguage, lang, (locale) => this.#setUiLocale(locale), true)}
        </div>
        <div class="toolbar-group" role="group" aria-label=${strings.openGroup}>
          <button type="button" @click=${this.#startEmpty}>${strings.startEmpty}</button>
          <button type="button" @click=${this.#openBuiltin} ?disabled=${!this.#builtin}>${strings.openBuiltin}</button>
          <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#open-file')!.click()}>${strings.openFile}</button>
          <input id="open-file" class="visually-hidden" type="file" accept=".json,.yaml,.yml" tabindex="-1" aria-label=${strings.openFileLabel} @change=${this.#handleFile} />
        </div>
        <div class="toolbar-group" role="group" aria-label=${strings.exportGroup}>
          <button type="button" class="primary" @click=${() => this.#download('json')}>${strings.downloadJson}</button>
          <button type="button" @click=${() => this.#download('yaml')}>${strings.downloadYaml}</button>
          <button type="button" @click=${this.#copyJson}>${this.#copied ? strings.copied : strings.copyJson}</button>
        </div>
        <p class="save-state small ${this.#notSaved ? 'not-saved' : ''}" role="status">${this.#notSaved ? strings.draftNotSaved : strings.draftSaved}</p>
      </header>
      ${this.#renderNotice()}
      <section class="catalog-bar" aria-label=${strings.catalogSettings} lang=${lang}>
        ${this.#renderMode()} ${this.#renderLocales()}
        <p class="how-to small muted">
          ${strings.exportHowTo({
            file: html`<code>catalog.json</code>`,
            tag: html`<code>&lt;objection-desk src="catalog.json"${noBuiltin ? ' no-builtin' : ''}&gt;</code>`,
            folder: html`<code>demo/</code>`,
            demoLink: html`<a href="./?src=catalog.json${noBuiltin ? '&no-builtin' : ''}">demo/?src=catalog.json</a>`,
          })}
        </p>
      </section>
      <div class="workspace" lang=${lang}>
        <aside class="panel side" aria-label=${strings.sidePanel}>
          <objection-studio-list
            .objections=${objections}
            .selected=${this.#selected}
            .mode=${this.#draft.mode}
            .builtin=${this.#builtin?.objections ?? []}
            .errorCounts=${this.#errorCounts}
            .locale=${this.#previewLocale}
            .strings=${strings}
            @objection-pick=${(event: CustomEvent<{ index: number }>) => this.#select(event.detail.index)}
            @objection-command=${(event: CustomEvent<ObjectionCommandDetail>) => this.#command(event.detail)}
          ></objection-studio-list>
          <objection-studio-problems
            .problems=${this.#problems}
            .omitted=${this.#omitted}
            .objectionName=${(index: number) => this.#objectionName(index)}
            .strings=${strings}
            @problem-pick=${(event: CustomEvent<{ problem: Problem }>) => this.#goToProblem(event.detail.problem)}
          ></objection-studio-problems>
        </aside>
        <main class="panel editor" aria-label=${strings.editorPanel}>
          ${selected
            ? html`<h2 class="editor-title">${localize(textMap(selected.title), this.#previewLocale) || selected.id || strings.newObjection}</h2>
                <objection-studio-editor
                  .objection=${selected}
                  .index=${this.#selected}
                  .locales=${this.#locales}
                  .problems=${this.#problemsByField}
                  .status=${objectionStatus(selected, this.#draft.mode, this.#builtinIds)}
                  .categories=${this.#draft.catalog.categories ?? {}}
                  .builtinCategories=${this.#draft.mode === 'extend' ? (this.#builtin?.categories.map((category) => category.id) ?? []) : []}
                  .strings=${strings}
                  @objection-change=${(event: CustomEvent<{ index: number; objection: ObjectionInput }>) =>
                    this.#replaceObjection(event.detail.index, event.detail.objection)}
                  @objection-command=${(event: CustomEvent<ObjectionCommandDetail>) => this.#command(event.detail)}
                  @category-change=${(event: CustomEvent<CategoryChangeDetail>) => this.#setCategoryTitle(event.detail)}
                ></objection-studio-editor>`
            : this.#renderEmptyEditor()}
        </main>
        <aside class="panel preview" aria-label=${strings.preview}>
          <div class="preview-head">
            <h2>${strings.preview}</h2>
            ${this.#languageSwitch('preview-locale', strings.previewLanguage, this.#previewLocale, (locale) => this.#setPreviewLocale(locale))}
          </div>
          <objection-studio-tester
            .search=${this.#search}
            .ownIds=${new Set(objections.map((o) => o.id))}
            .locale=${this.#previewLocale}
            .strings=${strings}
          ></objection-studio-tester>
          <p class="muted small">${strings.previewNote(this.#draft.mode)}</p>
          <objection-desk
            part="preview"
            class="desk"
            locale=${this.#previewLocale}
            ?no-builtin=${noBuiltin}
            limit="6"
            .catalog=${this.#previewCatalog}
            .context=${{ clientName: 'Анна', storeName: 'ТехноДом', managerName: 'Игорь' }}
          ></objection-desk>
        </aside>
      </div>
    `;
  }

  /** RU / EN / TR buttons, the pressed one `current`; the interface switch names each language in itself. */
  #languageSwitch(className: string, label: string, current: string, choose: (locale: UiLocale) => void, named = false): TemplateResult {
    return html`<div class="segmented ${className}" role="group" aria-label=${label}>
      ${UI_LOCALES.map(
        (locale) => html`<button
          type="button"
          lang=${named ? locale : nothing}
          title=${named ? LANGUAGE_NAMES[locale] : nothing}
          aria-pressed=${current === locale ? 'true' : 'false'}
          @click=${() => choose(locale)}
        >
          ${locale.toUpperCase()}
        </button>`,
      )}
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.#notice;
    if (!notice) return nothing;
    const strings = this.#strings;
    return html`<div class="notice ${notice.kind}" role=${notice.kind === 'refused' ? 'alert' : 'status'} lang=${this.#uiLocale}>
      <p>
        ${notice.message(strings)}
        ${notice.kind === 'replaced' && this.#previous ? html`<button type="button" @click=${this.#undo}>${strings.undo}</button>` : nothing}
        <button type="button" class="quiet" aria-label=${strings.dismiss} @click=${() => ((this.#notice = undefined), this.requestUpdate())}>×</button>
      </p>
      ${notice.kind !== 'info' && notice.problems.length > 0
        ? problemDetails(notice, {
            open: this.#fileProblemsOpen,
            onToggle: (open) => {
              this.#fileProblemsOpen = open;
              this.requestUpdate();
            },
            summary: strings.fileProblems(problemCount(notice)),
            moreProblems: strings.moreProblems,
            className: 'file-problems',
            item: (found) => html`<code>${found.source}${found.line === undefined ? '' : `:${found.line}:${found.column ?? 1}`}</code>
              ${found.path ? html`<code class="muted">${found.path}</code>` : nothing} ${found.message}${found.hint ? ` → ${found.hint}` : ''}`,
          })
        : nothing}
    </div>`;
  }

  #renderMode(): TemplateResult {
    const strings = this.#strings;
    const option = (mode: DraftMode, label: string, help: string) => html`<label class="mode-option">
      <input type="radio" name="mode" .checked=${this.#draft.mode === mode} @change=${() => this.#setMode(mode)} />
      <span><strong>${label}</strong> <span class="muted">${help}</span></span>
    </label>`;
    return html`<fieldset class="mode">
      <legend>${strings.modeLegend}</legend>
      ${option('extend', strings.extendLabel, strings.extendHelp(this.#builtin?.objections.length))}
      ${option('replace', strings.replaceLabel, strings.replaceHelp)}
    </fieldset>`;
  }

  #renderLocales(): TemplateResult {
    const locales = this.#draft.catalog.locales ?? [];
    return html`<fieldset class="locales">
      <legend>${this.#strings.languagesLegend}</legend>
      ${[...new Set([...OFFERED_LOCALES, ...locales])].map(
        (locale) => html`<label class="locale-option">
          <input type="checkbox" .checked=${locales.includes(locale)} @change=${(event: Event) => this.#setLocale(locale, (event.target as HTMLInputElement).checked)} />
          ${locale.toUpperCase()}
        </label>`,
      )}
    </fieldset>`;
  }

  #renderEmptyEditor(): TemplateResult {
    const strings = this.#strings;
    return html`<div class="empty-editor">
      <h2>${this.#draft.catalog.objections.length === 0 ? strings.emptyCatalog : strings.chooseObjection}</h2>
      <p class="muted">${strings.emptyHelp(this.#draft.mode)}</p>
      <div class="empty-actions">
        <button type="button" class="primary" @click=${() => this.#command({ kind: 'add' })}>${strings.addObjection}</button>
        <button type="button" @click=${this.#openBuiltin} ?disabled=${!this.#builtin}>${strings.openBuiltin}</button>
      </div>
    </div>`;
  }

  #objectionName(index: number): string {
    const objection = this.#draft.catalog.objections[index];
    return (objection && (localize(textMap(objection.title), this.#previewLocale) || objection.id)) || this.#strings.objectionNumber(index + 1);
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

  /** A category's title in the draft; one left without any text is taken out of `categories`. */
  #setCategoryTitle({ id, title }: CategoryChangeDetail): void {
    const { categories = {}, objections, ...settings } = this.#draft.catalog;
    const next = { ...categories };
    if (Object.keys(title).length > 0) next[id] = { ...next[id], title: { ...title } };
    else delete next[id];
    // Categories before the objections, where a reader of the exported file looks for them.
    this.#setCatalog({ ...settings, ...(Object.keys(next).length > 0 ? { categories: next } : {}), objections });
  }

  #setObjections(objections: ObjectionInput[], selected = this.#selected): void {
    this.#selected = Math.min(selected, objections.length - 1);
    this.#setCatalog({ ...this.#draft.catalog, objections });
  }

  #replaceObjection(index: number, objection: ObjectionInput): void {
    this.#setObjections(this.#draft.catalog.objections.map((current, i) => (i === index ? objection : current)));
  }

  /** Replaces the whole draft (an open, a start, an undo); the one replaced can be brought back once. */
  #replaceDraft(draft: Draft, message: NoticeMessage, listed: ListedProblems = { problems: [] }): void {
    this.#previous = this.#draft;
    this.#selected = draft.catalog.objections.length > 0 ? 0 : -1;
    this.#showNotice({ kind: 'replaced', message, ...listed });
    this.#setDraft(draft);
  }

  /** Shows a notice of an open, its file's problems listed at once only when there are a few. */
  #showNotice(notice: Notice & ListedProblems): void {
    this.#notice = notice;
    this.#fileProblemsOpen = problemCount(notice) <= FILE_PROBLEMS_SHOWN_OPEN;
    this.requestUpdate();
  }

  #startEmpty = (): void => {
    this.#replaceDraft(emptyDraft(), (strings) => strings.startedEmpty);
  };

  #openBuiltin = (): void => {
    if (!this.#builtin) return;
    this.#replaceDraft(builtinDraft(this.#builtin), (strings) => strings.openedBuiltin);
  };

  #handleFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // The same file may be opened again after it is fixed.
    input.value = '';
    if (!file) return;
    const opened = await file.text().then((text) => openCatalogFile(file.name, text), () => unreadableFile(file.name));
    if (!opened.draft) {
      this.#showNotice({ kind: 'refused', message: (strings) => strings.openRefused(file.name), problems: opened.problems, omitted: opened.omitted });
      this.requestUpdate();
      return;
    }
    const count = opened.draft.catalog.objections.length;
    this.#replaceDraft(opened.draft, (strings) => strings.opened(file.name, count), { problems: opened.problems, omitted: opened.omitted });
  };

  #undo = (): void => {
    if (!this.#previous) return;
    const previous = this.#previous;
    this.#previous = undefined;
    this.#selected = previous.catalog.objections.length > 0 ? 0 : -1;
    this.#notice = { kind: 'info', message: (strings) => strings.undone };
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

  /** The marketer's choice in the header switch, kept for the next visit. */
  #setUiLocale(locale: UiLocale): void {
    this.locale = locale;
    this.#storage?.saveLocale(locale);
  }

  #setPreviewLocale(locale: UiLocale): void {
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
    const validation = validateForAuthors(input, DRAFT_SOURCE);
    this.#problems = validation.problems;
    this.#omitted = validation.omitted;
    this.#problemsByField = problemsByField(this.#problems);
    const errorCounts = new Map<number, number>();
    for (const found of this.#problems) {
      const index = objectionIndexOf(found.path);
      if (found.severity === 'error' && index !== undefined) errorCounts.set(index, (errorCounts.get(index) ?? 0) + 1);
    }
    this.#errorCounts = errorCounts;
    this.#previewCatalog = input;
    this.#search = searchCatalogs([validation.catalog], mode === 'extend' ? this.#builtin : undefined);
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
      this.#notice = { kind: 'info', message: (strings) => strings.clipboardRefused };
    }
    this.requestUpdate();
  };
}
