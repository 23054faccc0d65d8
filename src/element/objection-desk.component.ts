import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { localize, type CatalogInput, type Objection, type PlaceholderValues } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { LocaleController } from '../ui/locale-controller.js';
import { CatalogNotices } from './catalog-notices.js';
import { ignoredContext, parseContextAttribute } from './context-attribute.js';
import { EngineController } from './controllers/engine-controller.js';
import { DEFAULT_HOTKEY, HotkeyController } from './controllers/hotkey-controller.js';
import { PaneLoader } from './controllers/pane-loader.js';
import { RecentPinnedController } from './controllers/recent-pinned-controller.js';
import { SrcController } from './controllers/src-controller.js';
import { WideLayoutController } from './controllers/wide-layout-controller.js';
import { uiStrings, type FirstPaintStrings, type UiStrings } from './i18n.js';
import { WIDE_LAYOUT_MIN_WIDTH, styles } from './objection-desk.styles.js';
import { DEFAULT_LIMIT, SearchBehaviour } from './search-behaviour.js';
import { SearchField } from './search-field.js';
import { DEFAULT_SRC_DEADLINE, DEFAULT_SRC_MAX_MEGABYTES, DEFAULT_SRC_TIMEOUT } from './src-limits.js';
import type { ScriptPathEntry } from './events.js';
import type { HearOptions, Hearing } from './hearing.js';
import type { CatalogNoticeTemplates, DeskView } from './templates/desk-view.js';
import { renderNotices } from './templates/notices.js';
import { renderNothingOpened } from './templates/nothing-opened.js';
import { renderResults, renderSearchField } from './templates/result-list.js';
// Also brings events.ts's `HTMLElementEventMap` entries to the declarations of `objection-desk/element`.
export type { CatalogErrorDetail, ObjectionDetectDetail, ObjectionGapDetail, ObjectionSelectDetail, ReplyCopyDetail, ReplyOutcomeDetail, ScriptEndDetail, ScriptStepDetail } from './events.js';

/**
 * A catalog of sales objections with fuzzy search and ready replies, for call-center operators. Type a few
 * letters of what the customer said (any keyboard layout), press Enter to open the objection, Enter again to
 * copy a reply with the customer's details filled in. A value typed into a placeholder field the context leaves
 * empty fills that placeholder in every reply, of every objection, for the rest of the call (until `newCall()`).
 * With nothing typed, the pinned objections and those opened in this call are listed first.
 *
 * @summary Searchable catalog of sales objections with ready replies, keyboard-first.
 *
 * @event {{ id: string }} objection-select - The operator opened an objection.
 * @event {{ objectionId: string; replyId: string; text: string; copied: boolean; unfilled: string[] }} reply-copy - The
 *   operator copied a reply; `text` has the placeholders filled in; `copied` is false when the clipboard refused and
 *   the text was selected for manual copy; `unfilled` names the placeholders left empty.
 * @event {{ source: string; problems: Problem[] }} catalog-error - The `src` catalog could not be loaded, or
 *   the `src` or `catalog` catalog has problems. The built-in catalog keeps working.
 * @event {{ objectionId: string; replyId: string; outcome: 'worked' | 'failed'; query: string }} reply-outcome - The
 *   operator marked the reply copied last as worked with the customer, or not; `query` is what they had typed to find it.
 * @event {{ query: string; locale: string; objectionId?: string }} objection-gap - The operator pressed "No answer for
 *   this": under the results (nothing found, or only weak matches, for `query`), or in the opened objection
 *   `objectionId`, whose replies do not fit what the customer said — a gap in the catalog.
 * @event {{ scriptId: string; stepId: string; path: ScriptPathEntry[] }} script-step - The call script shows a step: opened,
 *   an answer chosen, or a step back; `path` is every step from the start to it, each with the answer chosen.
 * @event {{ scriptId: string; outcome: string; path: ScriptPathEntry[] }} script-end - An answer ended the call script.
 * @event {{ id: string; confidence: number; text: string }} objection-detect - A customer's line given to `hear()` sounds
 *   like objection `id`, now suggested on the card above the search box; `text` is the line (never logged).
 *
 * @csspart base - The element's box, holding everything else.
 * @csspart suggestion - The card above the search box suggesting what a customer's line given to `hear()` sounds like.
 * @csspart input - The search box.
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart weak-mark - The "weak match" mark of a result the search is unsure of.
 * @csspart missing-button - The "No answer for this" button: under "Nothing found", and below an opened objection's replies.
 * @csspart outcome-button - The "Worked" / "Did not work" marks of the reply copied last (`aria-pressed` once chosen).
 * @csspart success-rate - With `learn`, a reply's share of "Worked" marks and their count.
 * @csspart group-label - The heading above a group of objections when nothing is typed: pinned, recent, a category.
 * @csspart pin-button - The toggle that pins the opened objection: pinned ones are listed first when nothing is typed.
 * @csspart objection - The opened objection.
 * @csspart back-button - The button that goes back to the results.
 * @csspart reply - One reply, with its copy button.
 * @csspart short - A reply's short line, said first; the copy button copies the reply's full text below it.
 * @csspart reply-fit - Why a reply does not fit the context ("Already known: client name"); such replies follow those that fit.
 * @csspart copy-button - The button that copies a reply.
 * @csspart placeholder - The field for a placeholder the context has no value for.
 * @csspart follow-up - What the customer may say next, with its replies.
 * @csspart tip - One tip for the operator.
 * @csspart highlight - The matched part of a text.
 * @csspart notice - A message about an extra catalog (loading, not loaded, problems), or a call script not found.
 * @csspart script - The call script view, in place of the search while a step is shown.
 * @csspart script-stages - The list of the script's stages; the current one has `aria-current="step"`.
 * @csspart script-stage - One stage.
 * @csspart script-step - The step shown: its text to say (with `placeholder` fields) and copy button; or the end.
 * @csspart script-say - The step's text to say.
 * @csspart script-note - The step's note for the operator.
 * @csspart script-checklist - The step's list of things to check.
 * @csspart script-answer - One of the customer's answers, with its digit.
 * @csspart answer-fit - Why an answer does not fit the context ("Needs: order number"), inside its `script-answer`.
 * @csspart script-end - What the script ended with.
 *
 * @cssproperty --objection-desk-font-family - Font of all text.
 * @cssproperty --objection-desk-font-size - Base font size, in px (default 14px).
 * @cssproperty --objection-desk-background - Background.
 * @cssproperty --objection-desk-foreground - Text color.
 * @cssproperty --objection-desk-muted - Color of secondary text: categories, matched phrases, tips.
 * @cssproperty --objection-desk-border - Color of borders and dividers.
 * @cssproperty --objection-desk-accent - Color of the active reply, buttons and links.
 * @cssproperty --objection-desk-accent-contrast - Text color on the accent color.
 * @cssproperty --objection-desk-highlight-background - Background of matched text.
 * @cssproperty --objection-desk-radius - Corner radius of the box, fields and cards.
 * @cssproperty --objection-desk-active-background - Background of the active result and reply.
 * @cssproperty --objection-desk-focus-ring - Color of the keyboard focus ring.
 * @cssproperty --objection-desk-warning - Color of unfilled placeholder fields and of warnings: fields left unfilled on
 *   copy, a failed copy, a catalog that did not load.
 * @cssproperty --objection-desk-subtle-background - Background of tips, catalog notices, copy buttons and hovered
 *   results.
 * @cssproperty --objection-desk-suggestion-background - Background of the suggestion card (default: a tint of the accent).
 */
export class ObjectionDesk extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: the first script then needs no decorator helpers.
  static override properties = {
    locale: {},
    context: { attribute: 'context', converter: { fromAttribute: (value: string | null) => (value === null ? {} : parseContextAttribute(value)) } },
    src: {},
    srcTimeout: { attribute: 'src-timeout', type: Number },
    srcDeadline: { attribute: 'src-deadline', type: Number },
    srcMaxMegabytes: { attribute: 'src-max-megabytes', type: Number },
    catalog: { attribute: false },
    noBuiltin: { attribute: 'no-builtin', type: Boolean },
    limit: { type: Number },
    theme: { reflect: true },
    strings: { attribute: false },
    hotkey: {},
    pinned: { attribute: false },
    returnFocus: { attribute: 'return-focus', converter: (value: string | null) => value !== 'false' },
    script: {},
    log: {},
    learn: { type: Boolean },
  };

  /** Language of the catalog texts (`ru`, `de`, `pt-BR`…) and of the interface (`ru`/`en`/`tr`, else English); else the nearest `lang`. */
  locale?: string;

  /** Interface texts to use instead of the built-in ones, any of them: another language, or other words. */
  strings?: Partial<UiStrings>;

  /**
   * Values for reply placeholders such as `{clientName}`; the attribute takes a JSON object.
   * Changing a key inside the same object is not seen; assign a new object.
   */
  context: PlaceholderValues = {};

  /** URL of an extra catalog (JSON), merged over the built-in one; a `data:` URL is refused. */
  src?: string;

  /**
   * How long to wait for the `src` server to answer, in milliseconds (default 8000); a big file keeps loading
   * as long as no such pause comes between two of its parts.
   */
  srcTimeout: number = DEFAULT_SRC_TIMEOUT;

  /**
   * How long the whole `src` file may take to come, in milliseconds (default 120000): a server that keeps
   * sending a byte now and then is given up at this point.
   */
  srcDeadline: number = DEFAULT_SRC_DEADLINE;

  /**
   * The largest `src` file read, in megabytes of 1,000,000 bytes (default 128). A larger one is reported and not
   * read: a wrong address (a data dump, a log) cannot fill the page's memory. Raising it retries the file.
   */
  srcMaxMegabytes: number = DEFAULT_SRC_MAX_MEGABYTES;

  /**
   * An extra catalog object in the catalog file format, merged last. A big one is validated and indexed between
   * frames; meanwhile keys are answered from the catalogs indexed before, and the progress is shown.
   */
  catalog?: CatalogInput;

  /** Leaves out the built-in catalog: only the `src` and `catalog` objections are shown. */
  noBuiltin: boolean = false;

  /** Most results shown for a query (default 8). */
  limit: number = DEFAULT_LIMIT;

  /** Colors: `auto` (default) follows `prefers-color-scheme`; `light` or `dark` forces one, for a CRM's own switch. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Keys that focus the search box from anywhere on the page, in `aria-keyshortcuts` form (default `Alt+Shift+O`;
   * Control, Alt or Meta required; letters by their place on the keyboard, in any layout); `""` turns it off.
   */
  hotkey: string = DEFAULT_HOTKEY;

  /**
   * Ids of objections listed first when nothing is typed, above the objections the operator pinned (kept per
   * browser) and those opened in this call. The operator may unpin them, in this browser.
   */
  pinned?: readonly string[];

  /** Id of a call script (the built-in ones, or the `catalog`'s `scripts`) to walk the operator through; none shows the search. */
  script?: string;

  /** After a copy, focus goes back to where the hotkey took it from (default); `return-focus="false"` keeps it here. */
  returnFocus: boolean = true;

  /** `off` keeps no local call log in this browser (see `exportLog()`); what was kept stays. */
  log?: string;

  /** Orders an opened objection's replies with 20 or more "Worked" / "Did not work" marks in the local log by their share of "Worked". */
  learn?: boolean;

  readonly #notices = new CatalogNotices(this, (): Promise<CatalogNoticeTemplates> => import('./templates/catalog-notice.js'));
  /** The `src` catalog: fetched here, parsed and indexed by the engine. */
  readonly #src = new SrcController(this, (source, notice) => this.#notices.report('src', source, notice));
  readonly #engine = new EngineController(this, this.#src, this.#notices, {
    results: (response, search) => this.#search.showResults(response, search),
    objection: (objection, purpose) => this.#showLookup(objection, purpose),
    loaded: () => {
      const opened = this.#pane.opened;
      if (this.#search.catalogsLoaded() && opened) this.#engine.lookup(opened.id, 'refresh');
    },
  });
  readonly #search = new SearchBehaviour(this, this.#engine, this.#src, (objection) => void this.#open(objection));
  readonly #recentPinned = new RecentPinnedController(this, this.#search.session, () => this.#pane.opened);
  /** The `locale` property, else the nearest `lang` up the tree (across shadow roots). */
  readonly #uiLocale = new LocaleController(this, () => this.locale);
  #strings: FirstPaintStrings = uiStrings('en');
  /** The opened objection, in a chunk loaded after the first paint. */
  readonly #pane = new PaneLoader(this, this.#notices, {
    languages: this.#uiLocale,
    strings: () => this.#strings,
    announce: (message) => this.#search.session.announce(message),
    engine: this.#engine,
    query: () => this.#search.session.query,
    back: (query) => void this.#back(query),
    rendered: () => this.#rendered(),
  });
  /** The search box and results: their keys, and whether the element is wide enough for results and objection side by side. */
  readonly #field = new SearchField(this, this.#search, this.#engine, this.#pane, new WideLayoutController(this, '.base', WIDE_LAYOUT_MIN_WIDTH));
  readonly #hotkey = new HotkeyController(this);
  /** The lines heard and the suggestion card (`hear()`), once their chunk, loaded by the first line, has come. */
  #hearing: Promise<Hearing> | undefined;
  #heard: Hearing | undefined;

  /** Number of objections in the merged catalogs, as of the last catalog load; before the first, of the built-in one. */
  get objectionCount(): number {
    return this.#engine.objectionCount;
  }

  /** The id of the call script's step shown; undefined with no script, or once it ended. */
  get scriptStep(): string | undefined {
    return this.#pane.script?.step;
  }

  /** The call script's steps walked so far, each with the answer chosen on it; the last is the step shown. */
  get scriptPath(): readonly ScriptPathEntry[] {
    return this.#pane.script?.path ?? [];
  }

  /** Moves focus to the search box; with a call script, back to its step. */
  override focus(options?: FocusOptions): void {
    if (!this.#pane.script?.resume()) this.#field.input?.focus(options);
  }

  /** Starts a new call: forgets the objections opened (listed as recent) and the placeholder values typed. */
  newCall(): void {
    this.#recentPinned.newCall();
    this.#pane.typed.forgetTyped();
    this.#pane.script?.newCall();
    this.#pane.pane?.newCall();
    this.#heard?.newCall();
    this.requestUpdate();
  }

  /**
   * Hears a line of the call's speech-to-text, on this device: a customer's line that sounds like objections suggests up
   * to three above the search box ("Sounds like: … Alt+1"), never moving focus; the operator's never do. `final: false`
   * for an interim fragment; the final one settles the line. Resolves once it is handled; `''` prepares at idle.
   */
  hear(text: string, options: HearOptions): Promise<void> {
    this.#hearing ??= Promise.all([import('./hearing.js'), this.#pane.load()]).then(
      ([{ Hearing }]) => (this.#heard = new Hearing(this, this.#engine, this.#search.session, this.#uiLocale, this.#hotkey, () => this.#strings)),
    );
    return this.#hearing.then((hearing) => hearing.hear(text, options));
  }

  /** The local call log (newest 10,000 records, kept in this browser) as JSON Lines, oldest first. */
  exportLog(): Promise<string> {
    return import('./call-log.js').then((log) => log.exportLog());
  }

  /** Also waits for the search or catalog load in progress, and for the update that shows its outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const rendered = async () => (complete = await super.getUpdateComplete());
    await this.#engine.settle(rendered);
    // A notice's template comes with the first notice; an objection opened early waits for its chunk.
    await this.#notices.loading?.then(rendered);
    await this.#pane.opening?.then(rendered);
    return complete;
  }

  /** The element's own awaits need only the next render: waiting for a big catalog's indexing would delay focus. */
  #rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  override attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    // Lit would replace `context` with whatever the converter returns; bad JSON must keep the last good value.
    if (!(name === 'context' && ignoredContext(value))) super.attributeChangedCallback(name, oldValue, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Once an update, not at each use: the texts of the interface language with the page's `strings` over them.
    this.#strings = { ...uiStrings(this.#uiLocale.update()), ...this.strings };
    this.#search.session.reword(this.#strings, this.#uiLocale.tag);
    if (changed.has('context')) this.#pane.typed.setContext(this.context);
    if (changed.has('pinned')) this.#search.session.regroup();
    if (changed.has('script')) this.#pane.openScript(this.script);
    if (changed.has('src') || (changed.has('srcMaxMegabytes') && this.#notices.shown.get('src')?.failure?.kind === 'too-big')) {
      this.#src.load();
    }
    const engine = this.#engine;
    // The loading line's text comes with the notices' template.
    if (this.#src.loading || engine.progress) this.#notices.load();
    if (changed.has('catalog') || changed.has('noBuiltin')) engine.markStale();
    // A disconnected element starts no worker: it would outlive the element.
    if (engine.stale && !this.hasUpdated && this.#search.previewFits) {
      // The first paint lists the preview alone; the engine starts once it is painted, or at first use.
      this.#search.showPreview();
      engine.startAfterPaint();
    } else if (engine.stale && (engine.running || this.isConnected)) {
      engine.load(changed.has('catalog'), this.#pane.opened);
      this.#search.search({ keepActive: true });
    } else if (changed.has('limit')) {
      this.#search.search({ keepActive: true });
    }
  }

  // ---- Objection ----

  #showLookup(objection: Objection | undefined, purpose: 'open' | 'refresh'): void {
    if (purpose === 'open') {
      if (objection) void this.#open(objection);
    } else if (this.#pane.refresh(objection)) {
      this.#field.view = 'search';
    }
  }

  #open(objection: Objection): Promise<void> {
    return this.#pane.open(objection, () => {
      this.#field.view = 'objection';
      this.#search.session.active = Math.max(0, this.#search.session.indexOf(objection.id));
      emit(this, 'objection-select', { id: objection.id });
    });
  }

  /** Back to the results with the query kept; in the wide layout the objection stays in view. */
  async #back(query?: string): Promise<void> {
    if (query === undefined && this.#pane.script?.resume()) return;
    this.#field.view = 'search';
    if (query !== undefined) this.#search.setQuery(query);
    this.requestUpdate();
    await this.#rendered();
    this.#field.input?.focus();
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const textLocale = this.#uiLocale.tag;
    const view: DeskView = {
      strings,
      locale: this.#uiLocale.value,
      textLocale,
      categoryTitle: (id) => {
        const category = this.#engine.category(id);
        return category ? localize(category.title, textLocale) : strings.categoryFallback;
      },
      session: this.#search.session,
      searching: this.#engine.searching,
      listboxShown: this.#field.listboxShown,
      keyshortcuts: this.#hotkey.shortcuts.join(' '),
      openedId: this.#pane.opened?.id,
      values: this.#pane.typed.values,
      pins: this.#recentPinned,
      src: this.#src,
      progress: this.#engine.progress,
      notices: this.#notices,
      onSearchInput: this.#field.handleInput,
      onSearchKeydown: this.#field.handleKeydown,
      onClear: this.#field.handleClear,
      onMissing: () => this.#pane.gap({ query: this.#search.session.query.trim(), locale: textLocale }),
      onOptionClick: this.#field.handleOptionClick,
    };
    const { pane } = this.#pane;
    // No text beside the top element: under a page's "white-space: pre" it would be lines above the widget.
    return html`<div class="isolation">
        <div part="base" class="base" lang=${textLocale} dir="ltr" data-view=${this.#pane.script?.shown ? 'script' : this.#field.view}>
          <div class="layout">
            <section class="search-pane">${this.#heard?.render(view)} ${renderSearchField(view)} ${renderResults(view)}</section>
            <div class="objection-pane" @keydown=${pane?.handleKeydown} @focusin=${pane?.handleFocusin}>
              ${pane?.render(view) ?? renderNothingOpened(strings, this.#hotkey.shortcuts[0])}
            </div>
          </div>
          ${this.#pane.script?.render(view)} ${renderNotices(view)}
          <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${view.session.announcement}</div>
        </div>
      </div>`;
  }
}

