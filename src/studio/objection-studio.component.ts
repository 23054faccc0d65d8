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
import { emit } from '../ui/emit.js';
import { CopyController, type CopyOutcome } from '../ui/copy-controller.js';
import { toUiLocale, type UiLocale } from '../ui/locale.js';
import { LocaleController } from '../ui/locale-controller.js';
import { problemCount, type ListedProblems } from '../ui/problem-details.js';
import {
  builtinDraft,
  catalogFileText,
  draftLocales,
  emptyDraft,
  objectionStatus,
  openCatalogFile,
  textMap,
  unreadableFile,
  withCatalogLocale,
  withCategoryTitle,
  withMode,
  withObjection,
  type Draft,
} from './draft.js';
import { DraftSession } from './draft-session.js';
import { DraftStorage } from './draft-storage.js';
import type { CategoryChangeDetail, ObjectionCommandDetail, PhrasesImportDetail } from './events.js';
import { studioStrings, type StudioStrings } from './i18n.js';
import type { ObjectionEditor } from './objection-editor.component.js';
import { fieldPathOf, objectionIndexOf, problemsByField } from './problem-fields.js';
import { studioStyles } from './objection-studio.styles.js';
import { importPhrases } from './phrase-import.js';
import { SelectionMemory } from './selection-memory.js';
import { emptyEditor, languageSwitch, localesFieldset, modeFieldset, noticeTemplate, type Notice, type NoticeMessage } from './objection-studio.templates.js';
import { baseStyles } from './studio-base.styles.js';

/** Checking and previewing wait for a pause in typing this long. */
const CHECK_DELAY_MS = 150;
/** Saving waits a little longer: a draft is a few kilobytes of JSON, but typing should never wait for it. */
const SAVE_DELAY_MS = 400;
const DRAFT_SOURCE = 'draft';

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
 * @event {{ locale: 'ru' | 'en' | 'tr'; title: string }} ui-locale-change - The interface language, once settled
 *   and on each switch, with the studio's title in it: the page's `lang` and title can follow.
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
  /** The draft, the objection its forms show, and the draft "Undo" brings back. */
  #session = new DraftSession();
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
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last copy of the catalog's JSON, while its button says so. */
  readonly #copy = new CopyController<CopyOutcome>(this);
  /** The interface language: the `locale` property, else the nearest `lang`, else the browser's, else English. */
  readonly #uiLocale = new LocaleController(this, () => this.locale, () => toUiLocale(navigator.language) ?? 'en');
  #strings: StudioStrings = studioStrings('en');
  /** The objection the forms show, kept for the next visit. */
  #selection: SelectionMemory | undefined;
  /** The interface language the page was last told of. */
  #toldLocale: UiLocale | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#storage = new DraftStorage(this.storageKey);
    this.locale ??= this.#storage.loadLocale();
    // Connected again with nothing stored (storage refused), the studio goes on with the draft it has.
    this.#session = new DraftSession(this.#storage.load() ?? this.#session.stored);
    this.#selection = new SelectionMemory(this.storageKey);
    const recalled = this.#selection.recall(this.#session.draft.catalog.objections);
    if (recalled !== undefined) this.#session.select(recalled);
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
  }

  /** The draft as it is now: the catalog to export, and whether it extends or replaces the built-in one. */
  get draft(): Draft {
    return this.#session.draft;
  }

  get #builtinIds(): ReadonlySet<string> {
    return new Set(this.#builtin?.objections.map((objection) => objection.id) ?? []);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#strings = studioStrings(this.#uiLocale.update());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#selection?.remember(this.#session.draft.catalog.objections, this.#session.selected);
    if (this.#toldLocale === this.#uiLocale.value) return;
    this.#toldLocale = this.#uiLocale.value;
    emit(this, 'ui-locale-change', { locale: this.#toldLocale, title: this.#strings.studioTitle });
  }

  override render(): TemplateResult {
    const strings = this.#strings;
    const lang = this.#uiLocale.value;
    const { draft } = this.#session;
    const objections = draft.catalog.objections;
    const selected = objections[this.#session.selected];
    const noBuiltin = draft.mode === 'replace';
    return html`
      <header part="toolbar" class="toolbar" lang=${lang}>
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">OD</span>
          <div>
            <h1>${strings.studioTitle}</h1>
            <p class="muted small">objection-desk · <a href="./">${strings.demoPage}</a></p>
          </div>
          ${languageSwitch('ui-locale', strings.interfaceLanguage, lang, (locale) => this.#setUiLocale(locale), true)}
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
          <button type="button" @click=${this.#copyJson}>${this.#copy.outcome?.copied ? strings.copied : strings.copyJson}</button>
        </div>
        <p class="save-state small ${this.#notSaved ? 'not-saved' : ''}" role="status">${this.#notSaved ? strings.draftNotSaved : strings.draftSaved}</p>
      </header>
      ${this.#notice
        ? noticeTemplate(this.#notice, {
            strings,
            lang,
            canUndo: this.#session.previous !== undefined,
            onUndo: this.#undo,
            onDismiss: () => ((this.#notice = undefined), this.requestUpdate()),
            problemsOpen: this.#fileProblemsOpen,
            onToggleProblems: (open) => {
              this.#fileProblemsOpen = open;
              this.requestUpdate();
            },
          })
        : nothing}
      <section class="catalog-bar" aria-label=${strings.catalogSettings} lang=${lang}>
        ${modeFieldset(draft.mode, this.#builtin?.objections.length, strings, (mode) => this.#edit(withMode(this.#session.draft, mode)))}
        ${localesFieldset(draft.catalog.locales ?? [], strings, (locale, on) => this.#edit(withCatalogLocale(this.#session.draft, locale, on)))}
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
            .selected=${this.#session.selected}
            .mode=${draft.mode}
            .builtin=${this.#builtin?.objections ?? []}
            .errorCounts=${this.#errorCounts}
            .locale=${this.#previewLocale}
            .strings=${strings}
            @objection-pick=${(event: CustomEvent<{ index: number }>) => this.#select(event.detail.index)}
            @objection-command=${(event: CustomEvent<ObjectionCommandDetail>) => this.#command(event.detail)}
            @phrases-import=${({ detail }: CustomEvent<PhrasesImportDetail>) => this.#importPhrases(detail)}
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
                  .index=${this.#session.selected}
                  .locales=${draftLocales(draft.catalog)}
                  .problems=${this.#problemsByField}
                  .status=${objectionStatus(selected, draft.mode, this.#builtinIds)}
                  .categories=${draft.catalog.categories ?? {}}
                  .builtinCategories=${draft.mode === 'extend' ? (this.#builtin?.categories.map((category) => category.id) ?? []) : []}
                  .strings=${strings}
                  @objection-change=${(event: CustomEvent<{ index: number; objection: ObjectionInput }>) =>
                    this.#edit(withObjection(this.#session.draft, event.detail.index, event.detail.objection))}
                  @objection-command=${(event: CustomEvent<ObjectionCommandDetail>) => this.#command(event.detail)}
                  @category-change=${({ detail }: CustomEvent<CategoryChangeDetail>) => this.#edit(withCategoryTitle(this.#session.draft, detail.id, detail.title))}
                ></objection-studio-editor>`
            : emptyEditor({
                strings,
                mode: draft.mode,
                emptyCatalog: objections.length === 0,
                canOpenBuiltin: this.#builtin !== undefined,
                onAdd: () => this.#command({ kind: 'add' }),
                onOpenBuiltin: this.#openBuiltin,
              })}
        </main>
        <aside class="panel preview" aria-label=${strings.preview}>
          <div class="preview-head">
            <h2>${strings.preview}</h2>
            ${languageSwitch('preview-locale', strings.previewLanguage, this.#previewLocale, (locale) => this.#setPreviewLocale(locale))}
          </div>
          <objection-studio-tester
            .search=${this.#search}
            .ownIds=${new Set(objections.map((o) => o.id))}
            .locale=${this.#previewLocale}
            .strings=${strings}
          ></objection-studio-tester>
          <p class="muted small">${strings.previewNote(draft.mode)}</p>
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

  #objectionName(index: number): string {
    const objection = this.#session.draft.catalog.objections[index];
    return (objection && (localize(textMap(objection.title), this.#previewLocale) || objection.id)) || this.#strings.objectionNumber(index + 1);
  }

  // ---- Changing the draft: the session changes it, the studio checks, previews and saves it after a pause ----

  #draftChanged(): void {
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => this.#check(), CHECK_DELAY_MS);
    this.#scheduleSave();
    this.requestUpdate();
  }

  /** An edit of a field or a setting. */
  #edit(draft: Draft): void {
    this.#session.edit(draft);
    this.#draftChanged();
  }

  #command(command: ObjectionCommandDetail): void {
    if (this.#session.apply(command, this.#builtin)) this.#draftChanged();
    // A new objection's form is there to be filled: its first field takes the focus.
    if (command.kind === 'add') void this.#focusEditorField(`objections[${this.#session.selected}]`);
  }

  /** Replaces the whole draft (an open, a start); the one replaced can be brought back once. */
  #replaceDraft(draft: Draft, message: NoticeMessage, listed: ListedProblems = { problems: [] }): void {
    this.#session.replace(draft);
    this.#showNotice({ kind: 'replaced', message, ...listed });
    this.#draftChanged();
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

  /** Adds the phrases of a table to the draft's objections, and says what was added and what was left out. */
  #importPhrases({ fileName, text }: PhrasesImportDetail): void {
    const { draft, summary } = importPhrases(this.#session.draft, text);
    if (summary.added > 0) this.#edit(draft);
    this.#notice = { kind: 'info', message: (strings) => strings.phrasesImported(fileName, summary) };
    this.requestUpdate();
  }

  #undo = (): void => {
    if (!this.#session.undo()) return;
    this.#notice = { kind: 'info', message: (strings) => strings.undone };
    this.#draftChanged();
  };

  #select(index: number): void {
    this.#session.select(index);
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
    await this.#focusEditorField(fieldPath);
  }

  /** Focuses a field of the form once it is drawn (see `ObjectionEditor.focusField`). */
  async #focusEditorField(fieldPath: string): Promise<void> {
    await this.updateComplete;
    const editor = this.renderRoot.querySelector<ObjectionEditor>('objection-studio-editor');
    await editor?.updateComplete;
    editor?.focusField(fieldPath);
  }

  // ---- Checking, previewing, saving ----

  /** Validates the draft as the widget and the CLI would, and rebuilds the preview and the phrase tester. */
  #check(): void {
    const { catalog: input, mode } = this.#session.draft;
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
    const saved = this.#storage?.save(this.#session.stored) ?? false;
    if (saved === !this.#notSaved) return;
    this.#notSaved = !saved;
    this.requestUpdate();
  }

  // ---- Export ----

  #exportText(format: CatalogFormat): string {
    const text = catalogFileText(this.#session.draft.catalog, format);
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
    const { copied } = await this.#copy.copy(text, (copied) => ({ copied }));
    if (!copied) {
      this.#notice = { kind: 'info', message: (strings) => strings.clipboardRefused };
      this.requestUpdate();
    }
  };
}
