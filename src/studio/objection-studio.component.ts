import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { loadBuiltinCatalog, localize, type Catalog, type ObjectionInput, type Problem } from '../core/index.js';
import { toUiLocale, type UiLocale } from '../ui/locale.js';
import { LocaleController } from '../ui/locale-controller.js';
import type { ListedProblems } from '../ui/problem-details.js';
import {
  builtinDraft,
  draftLocales,
  emptyDraft,
  objectionStatus,
  textMap,
  withCatalogLocale,
  withCategoryTitle,
  withEditedObjection,
  withMode,
  type Draft,
} from './draft.js';
import { CatalogExport } from './catalog-export.js';
import { coverageRows, coverageTable } from './coverage.js';
import { DraftCheckController } from './draft-check-controller.js';
import { DraftSaveController } from './draft-save-controller.js';
import { DraftSession } from './draft-session.js';
import { DraftStorage } from './draft-storage.js';
import { HistoryController, typedField } from './history-controller.js';
import { historyStyles } from './history.styles.js';
import { studioStrings, type StudioStrings } from './i18n.js';
import type { ObjectionList } from './objection-list.component.js';
import { categoryNames } from './category-field.js';
import type { CategoryChangeDetail, FieldTouchDetail, ObjectionCommandDetail, PreviewLocaleChangeDetail, ProblemFixDetail, ScriptsChangeDetail } from './events.js';
import { withScripts } from './draft-scripts.js';
import { scriptStrings } from './script-strings.js';
import { panelId, sectionLabels, sectionTabs, sectionTabsStyles, tabId } from './section-tabs.js';
import type { GapObjectionDetail } from './insights.component.js';
import { gapObjection, insightNames } from './insights.js';
import { fieldPathOf } from './problem-fields.js';
import { StudioNavigation } from './studio-navigation.js';
import { applyFix, problemFix } from './problem-fixes.js';
import type { ProblemPresenter } from './problem-messages.js';
import { problemWorder, validateWords } from './problem-words.js';
import { studioStyles } from './objection-studio.styles.js';
import { emptyEditor, type NoticeMessage, type OpenedExtras } from './objection-studio.templates.js';
import { StudioNotice } from './studio-notice.js';
import { catalogBar, objectionPreview, toolbarTemplate } from './studio-panels.templates.js';
import { FileActions } from './file-actions.js';
import { LocaleAnnouncer } from './locale-announcer.js';
import { SelectionMemory } from './selection-memory.js';
import { baseStyles } from './studio-base.styles.js';
import { studioFilesStyles } from './studio-files.styles.js';

/**
 * A catalog editor for marketers: open the built-in catalog, a file, or start empty; edit objections in forms
 * with problems shown as they type; try the draft in a live `<objection-desk>` and a phrase tester; export
 * JSON or YAML. The draft is kept in `localStorage` and survives reloads; opening a file that cannot be read
 * never replaces it, and every change (an open too) can be undone and redone, also after a reload. The interface
 * speaks Russian, English and Turkish: the `locale` property, else the marketer's last choice in its switch, else
 * the nearest `lang`, else the browser's language, else English.
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
  static override styles = [baseStyles, studioStyles, historyStyles, studioFilesStyles, sectionTabsStyles];

  /** The `localStorage` key the draft is kept under; two studios on one origin need two keys. */
  @property({ attribute: 'storage-key' }) storageKey = 'objection-desk-studio';

  /** Interface language: `ru`, `en` or `tr`; the switch in the header sets it. */
  @property() locale?: UiLocale;

  #storage: DraftStorage | undefined;
  /** The draft, the objection its forms show, and the history of its changes. */
  #session = new DraftSession();
  #builtin: Catalog | undefined;
  /** The checks of the draft, the preview's catalog and search, and the problems as shown. */
  readonly #checks = new DraftCheckController(this, {
    draft: () => this.#session.draft,
    selected: () => this.#session.selected,
    builtin: () => this.#builtin,
    previewLocale: () => this.#previewLocale,
  });
  #presenter: ProblemPresenter | undefined;
  #previewLocale: UiLocale = 'ru';
  /** The tab shown, and going to the field of a problem on its tab. */
  readonly #navigation = new StudioNavigation(this, (index) => this.#select(index));
  /** Downloads and copies, with a question first when the draft has errors once every problem shows. */
  readonly #export = new CatalogExport(this, {
    catalog: () => this.#session.draft.catalog,
    check: () => this.#checks.checkAll(),
    errors: () => ({
      count: this.#checks.problems.errorCount,
      objections: [...this.#checks.problems.errorCounts.keys()].map((index) => this.#objectionName(index)),
    }),
    showErrors: () => {
      const first = this.#checks.problems.shown.find((found) => found.severity === 'error');
      if (first) void this.#navigation.goToField(fieldPathOf(first));
    },
    clipboardRefused: () => this.#notice.set({ kind: 'info', message: (strings) => strings.clipboardRefused }),
  });
  /** The interface language: the `locale` property, else the nearest `lang`, else the browser's, else English. */
  readonly #uiLocale = new LocaleController(this, () => this.locale, () => toUiLocale(navigator.language) ?? 'en');
  #strings: StudioStrings = studioStrings('en');
  readonly #history = new HistoryController(this, {
    session: () => this.#session,
    strings: () => this.#strings,
    lang: () => this.#uiLocale.value,
    moved: (step, undone) => this.#historyMoved(step, undone),
    list: () => this.renderRoot.querySelector<ObjectionList>('objection-studio-list'),
  });
  /** Saves the draft after a pause in typing, and at once when the page may go. */
  readonly #saver = new DraftSaveController(this, () => this.#storage?.save(this.#session.stored) ?? false);
  /** The objection the forms show, kept for the next visit. */
  readonly #selection = new SelectionMemory(this, {
    key: () => this.storageKey,
    objections: () => this.#session.draft.catalog.objections,
    selected: () => this.#session.selected,
  });
  readonly #files = new FileActions(this, {
    draft: () => this.#session.draft,
    replace: (draft, message, listed) => this.#replaceDraft(draft, message, listed),
    edit: (draft) => this.#edit(draft),
    notice: () => this.#notice.current,
    setNotice: (notice, fresh) => this.#notice.set(notice, fresh),
    titleLocale: () => this.#previewLocale,
  });
  readonly #notice = new StudioNotice(this, {
    lastStep: () => this.#session.lastStep,
    undo: () => this.#history.undo(),
    useField: (near) => this.#files.useField(near),
  });

  constructor() {
    super();
    // The page's lang and title follow the interface language.
    new LocaleAnnouncer(this, () => ({ locale: this.#uiLocale.value, title: this.#strings.studioTitle }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#storage = new DraftStorage(this.storageKey);
    this.locale ??= this.#storage.loadLocale();
    // Connected again with nothing stored (storage refused), the studio goes on with the draft it has.
    this.#session = new DraftSession(this.#storage.load() ?? this.#session.stored);
    const recalled = this.#selection.recall();
    if (recalled !== undefined) this.#session.select(recalled);
    this.#checks.check();
    void loadBuiltinCatalog().then((builtin) => {
      this.#builtin = builtin;
      this.#checks.check();
    });
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
    const strings = this.#strings;
    this.#presenter = {
      word: problemWorder(this.#uiLocale.value, strings, (index) => this.#objectionName(index)),
      fixOf: (found) => problemFix(found, this.#session.draft),
      strings,
    };
  }

  override render(): TemplateResult {
    const strings = this.#strings;
    const lang = this.#uiLocale.value;
    const { draft } = this.#session;
    const objections = draft.catalog.objections;
    const selected = objections[this.#session.selected];
    return html`
      ${toolbarTemplate({
        strings,
        lang,
        onUiLocale: (locale) => this.#setUiLocale(locale),
        onStartEmpty: this.#startEmpty,
        onOpenBuiltin: this.#openBuiltin,
        canOpenBuiltin: this.#builtin !== undefined,
        fileButtons: this.#files.buttons(strings),
        onExport: (kind) => this.#export.request(kind),
        copied: this.#export.copied,
        historyButtons: this.#history.buttons(),
        notSaved: this.#saver.notSaved,
      })}
      ${this.#history.status()} ${this.#export.render(strings, lang)}
      ${this.#notice.render(strings, lang, lang === 'en' ? validateWords : this.#presenter!.word)}
      ${catalogBar({
        strings,
        lang,
        draft,
        builtinCount: this.#builtin?.objections.length,
        onMode: (mode) => this.#edit(withMode(this.#session.draft, mode)),
        onLocale: (locale, on) => this.#edit(withCatalogLocale(this.#session.draft, locale, on)),
      })}
      ${sectionTabs(this.#navigation.section, sectionLabels(scriptStrings(lang), strings.insights.tab), (section) => this.#navigation.choose(section))}
      <div class="workspace" lang=${lang} role="tabpanel" id=${panelId('objections')} aria-labelledby=${tabId('objections')} ?hidden=${this.#navigation.section !== 'objections'}>
        <aside class="panel side" aria-label=${strings.sidePanel}>
          <objection-studio-list
            .objections=${objections}
            .selected=${this.#session.selected}
            .mode=${draft.mode}
            .builtin=${this.#builtin?.objections ?? []}
            .errorCounts=${this.#checks.problems.errorCounts}
            .locale=${this.#previewLocale}
            .strings=${strings}
            @objection-pick=${(event: CustomEvent<{ index: number }>) => this.#select(event.detail.index)}
            @objection-command=${(event: CustomEvent<ObjectionCommandDetail>) => this.#command(event.detail)}
            @phrases-import=${this.#files.importPhrases}
          ></objection-studio-list>
          <objection-studio-problems
            .problems=${this.#checks.problems.shown}
            .unfinished=${this.#checks.problems.unfinished}
            .omitted=${this.#checks.problems.omitted}
            .presenter=${this.#presenter}
            @problem-fix=${this.#handleFix}
            @problems-check=${() => this.#checks.checkAll()}
            .objectionName=${(index: number) => this.#objectionName(index)}
            .scriptName=${(index: number) => this.#scriptName(index)}
            .strings=${strings}
            @problem-pick=${(event: CustomEvent<{ problem: Problem }>) => this.#navigation.goToField(fieldPathOf(event.detail.problem))}
          ></objection-studio-problems>
          ${coverageTable(coverageRows(draft.catalog, draftLocales(draft.catalog), this.#previewLocale), draftLocales(draft.catalog), strings, (index) => this.#select(index))}
        </aside>
        <main class="panel editor" aria-label=${strings.editorPanel}>
          ${selected
            ? html`<h2 class="editor-title">${localize(textMap(selected.title), this.#previewLocale) || selected.id || strings.newObjection}</h2>
                <objection-studio-editor
                  .objection=${selected}
                  .index=${this.#session.selected}
                  .locales=${draftLocales(draft.catalog)}
                  .problems=${this.#checks.problems.byField}
                  .presenter=${this.#presenter}
                  .categoryNames=${this.#categoryNames()}
                  .replacedTitle=${this.#replacedTitle(selected.id)}
                  @field-touch=${this.#handleTouch}
                  @problem-fix=${this.#handleFix}
                  .status=${objectionStatus(selected, draft.mode, this.#builtinIds)}
                  .categories=${draft.catalog.categories ?? {}}
                  .builtinCategories=${draft.mode === 'extend' ? (this.#builtin?.categories.map((category) => category.id) ?? []) : []}
                  .strings=${strings}
                  @objection-change=${(event: CustomEvent<{ index: number; objection: ObjectionInput }>) =>
                    this.#edit(withEditedObjection(this.#session.draft, event.detail.index, event.detail.objection))}
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
        ${objectionPreview({
          strings,
          locale: this.#previewLocale,
          onLocale: (locale) => this.#setPreviewLocale(locale),
          mode: draft.mode,
          search: this.#checks.search,
          ownIds: new Set(objections.map((o) => o.id)),
          catalog: this.#checks.previewCatalog,
        })}
      </div>
      <div class="scripts-panel" lang=${lang} role="tabpanel" id=${panelId('scripts')} aria-labelledby=${tabId('scripts')} ?hidden=${this.#navigation.section !== 'scripts'}>
        ${this.#navigation.section === 'scripts'
          ? html`<objection-studio-scripts .draft=${draft} .problems=${this.#checks.problems.shown} .presenter=${this.#presenter} .preview=${this.#checks.previewCatalog}
              .builtinObjections=${this.#builtin?.objections ?? []} locale=${this.#previewLocale} ui-locale=${lang}
              @scripts-change=${({ detail }: CustomEvent<ScriptsChangeDetail>) => this.#edit(withScripts(this.#session.draft, detail.scripts))}
              @field-touch=${this.#handleTouch}
              @preview-locale-change=${({ detail }: CustomEvent<PreviewLocaleChangeDetail>) => this.#setPreviewLocale(detail.locale)}
            ></objection-studio-scripts>`
          : nothing}
      </div>
      <div class="insights-panel" lang=${lang} role="tabpanel" id=${panelId('insights')} aria-labelledby=${tabId('insights')} ?hidden=${this.#navigation.section !== 'insights'}>
        <objection-studio-insights .strings=${strings.insights} .names=${insightNames({ objections: draft.catalog.objections, merged: this.#checks.search?.catalog, builtin: this.#builtin }, lang, this.#previewLocale)}
          @gap-objection=${({ detail }: CustomEvent<GapObjectionDetail>) => this.#command({ kind: 'insert', objection: gapObjection(detail.group, this.#session.draft.catalog.objections) })}
        ></objection-studio-insights>
      </div>
    `;
  }

  #categoryNames(): ReadonlyMap<string, string> {
    const { mode, catalog } = this.#session.draft;
    return categoryNames(mode === 'extend' ? (this.#builtin?.categories ?? []) : [], catalog.categories ?? {}, this.#uiLocale.value);
  }

  /** The title of the built-in objection `id` replaces, in the marketer's language. */
  #replacedTitle(id: string): string | undefined {
    const builtin = this.#session.draft.mode === 'extend' ? this.#builtin?.objections.find((objection) => objection.id === id) : undefined;
    return builtin && localize(builtin.title, this.#uiLocale.value);
  }

  #objectionName(index: number): string {
    const objection = this.#session.draft.catalog.objections[index];
    return (objection && (localize(textMap(objection.title), this.#previewLocale) || objection.id)) || this.#strings.objectionNumber(index + 1);
  }

  #scriptName(index: number): string {
    const script = this.#session.draft.catalog.scripts?.[index];
    return (script && (localize(textMap(script.title), this.#previewLocale) || script.id)) || `#${index + 1}`;
  }

  // ---- Changing the draft: the session changes it, the studio checks, previews and saves it after a pause ----

  #draftChanged(): void {
    this.#checks.schedule();
    this.#saver.schedule();
    this.#history.changed();
    this.requestUpdate();
  }

  /** An edit of a field (keystrokes in one are one step to undo) or a setting. */
  #edit(draft: Draft): void {
    this.#session.edit(draft, typedField(this.renderRoot as ShadowRoot));
    this.#draftChanged();
  }

  #command(command: ObjectionCommandDetail): void {
    const deleted = command.kind === 'delete' ? this.#objectionName(command.index) : undefined;
    if (!this.#session.apply(command, this.#builtin)) return;
    this.#draftChanged();
    if (deleted !== undefined) this.#history.deleted(deleted);
    // A new objection's form is there to be filled: its first field takes the focus.
    if (command.kind === 'add' || command.kind === 'insert') void this.#navigation.goToField(`objections[${this.#session.selected}]`);
  }

  /** Replaces the whole draft (an open, a start, a file added): one step, which "Undo" takes back. */
  #replaceDraft(draft: Draft, message: NoticeMessage, listed: ListedProblems & OpenedExtras = { problems: [] }): void {
    const last = this.#session.lastStep;
    this.#session.replace(draft);
    // What objections and scripts from a file (or the built-in catalog) lack shows at once; a blank new one waits.
    this.#checks.problems.reset({ objections: draft.catalog.objections.length, scripts: draft.catalog.scripts?.length ?? 0 });
    this.#notice.setOfStep({ kind: 'replaced', message, ...listed }, this.#session.lastStep === last ? undefined : this.#session.lastStep);
    this.#draftChanged();
  }

  #startEmpty = (): void => {
    this.#replaceDraft(emptyDraft(), (strings) => strings.startedEmpty);
  };

  #openBuiltin = (): void => {
    if (!this.#builtin) return;
    this.#replaceDraft(builtinDraft(this.#builtin), (strings) => strings.openedBuiltin);
  };

  /** After Undo or Redo: the notice may answer, then the draft is checked, previewed and saved. */
  #historyMoved(step: number | undefined, undone: boolean): void {
    this.#notice.moved(step, undone);
    this.#draftChanged();
  }

  #select(index: number): void {
    this.#session.select(index);
    this.#checks.selected(index);
    this.requestUpdate();
  }

  /** The marketer's choice in the header switch, kept for the next visit. */
  #setUiLocale(locale: UiLocale): void {
    this.locale = locale;
    this.#storage?.saveLocale(locale);
  }

  #setPreviewLocale(locale: UiLocale): void {
    this.#previewLocale = locale;
    // The search check's notes name other objections by their titles in this language.
    this.#checks.reword();
  }

  /** A field of the objection form or the script form was left after an edit: its problems show from now on. */
  #handleTouch = ({ detail }: CustomEvent<FieldTouchDetail>): void => {
    this.#checks.problems.touch(detail.path);
    this.requestUpdate();
  };

  /** A one-click fix: an edit of the draft, or the field to write in. */
  #handleFix = ({ detail: { fix } }: CustomEvent<ProblemFixDetail>): void => {
    if (fix.kind === 'write-text') void this.#navigation.goToField(fix.fieldPath);
    else this.#edit(applyFix(this.#session.draft, fix));
  };
}
