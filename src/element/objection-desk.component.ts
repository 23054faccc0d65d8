import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fillTemplate, localize, missingPlaceholders, NONE_OMITTED, type CatalogInput, type Objection, type PlaceholderValues, type SearchHit } from '../core/index.js';
import { browsePreview, builtinPreview } from '../core/builtin-preview.js';
import { copyShortcut } from '../ui/clipboard.js';
import { CopyController } from '../ui/copy-controller.js';
import { emit } from '../ui/emit.js';
import { LocaleController } from '../ui/locale-controller.js';
import { CatalogNotices, type CatalogNotice, type NoticeKey } from './catalog-notices.js';
import { parseContextAttribute } from './context-attribute.js';
import { EngineController, type PendingSearch } from './controllers/engine-controller.js';
import { SrcController } from './controllers/src-controller.js';
import { browseList, type ResultsResponse } from './engine/engine-protocol.js';
import { uiStrings, type UiStrings } from './i18n.js';
import { WIDE_LAYOUT_MIN_WIDTH, styles } from './objection-desk.styles.js';
import { ReplyState } from './reply-state.js';
import { SearchSession } from './search-session.js';
import { DEFAULT_SRC_DEADLINE, DEFAULT_SRC_MAX_MEGABYTES, DEFAULT_SRC_TIMEOUT } from './src-limits.js';
import { renderNotices } from './templates/notices.js';
import { renderNothingOpened, renderObjection, replyKey, type ReplyCopy } from './templates/opened-objection.js';
import { optionId, renderResults, renderSearchField } from './templates/result-list.js';

const DEFAULT_LIMIT = 8;

type View = 'search' | 'objection';

/**
 * A catalog of sales objections with fuzzy search and ready replies, for call-center operators. Type a few
 * letters of what the customer said (any keyboard layout), press Enter to open the objection, Enter again to
 * copy a reply with the customer's details filled in. A value typed into a placeholder field the context leaves
 * empty fills that placeholder in every reply, of every objection, for the rest of the session.
 *
 * @summary Searchable catalog of sales objections with ready replies, keyboard-first.
 *
 * @event {{ id: string }} objection-select - The operator opened an objection.
 * @event {{ objectionId: string; replyId: string; text: string; copied: boolean }} reply-copy - The operator
 *   copied a reply; `text` has the placeholders filled in; `copied` is false when the clipboard refused and
 *   the text was selected for manual copy.
 * @event {{ source: string; problems: Problem[] }} catalog-error - The `src` catalog could not be loaded, or
 *   the `src` or `catalog` catalog has problems. The built-in catalog keeps working.
 *
 * @csspart base - The element's box, holding everything else.
 * @csspart input - The search box.
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart group-label - The category heading above its objections when nothing is typed.
 * @csspart objection - The opened objection.
 * @csspart back-button - The button that goes back to the results.
 * @csspart reply - One reply, with its copy button.
 * @csspart copy-button - The button that copies a reply.
 * @csspart placeholder - The field for a placeholder the context has no value for.
 * @csspart follow-up - What the customer may say next, with its replies.
 * @csspart tip - One tip for the operator.
 * @csspart highlight - The matched part of a text.
 * @csspart notice - A message about an extra catalog (loading, not loaded, problems).
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
 */
export class ObjectionDesk extends LitElement {
  static override styles = styles;

  /** Interface and catalog language: `ru`, `en` or `tr`; when unset, the nearest `lang` attribute, else `en`. */
  @property() locale?: 'ru' | 'en' | 'tr';

  /**
   * Values for reply placeholders such as `{clientName}`; the attribute takes a JSON object.
   * Changing a key inside the same object is not seen; assign a new object.
   */
  @property({ attribute: 'context', converter: { fromAttribute: (value) => (value === null ? {} : parseContextAttribute(value)) } })
  context: PlaceholderValues = {};

  /** URL of an extra catalog (JSON), merged over the built-in one; a `data:` URL is refused. */
  @property() src?: string;

  /**
   * How long to wait for the `src` server to answer, in milliseconds (default 8000); a big file keeps loading
   * as long as no such pause comes between two of its parts.
   */
  @property({ attribute: 'src-timeout', type: Number }) srcTimeout: number = DEFAULT_SRC_TIMEOUT;

  /**
   * How long the whole `src` file may take to come, in milliseconds (default 120000): a server that keeps
   * sending a byte now and then is given up at this point.
   */
  @property({ attribute: 'src-deadline', type: Number }) srcDeadline: number = DEFAULT_SRC_DEADLINE;

  /**
   * The largest `src` file read, in megabytes of 1,000,000 bytes (default 128). A larger one is reported and not
   * read: a wrong address (a data dump, a log) cannot fill the page's memory. Raising it retries the file.
   */
  @property({ attribute: 'src-max-megabytes', type: Number }) srcMaxMegabytes: number = DEFAULT_SRC_MAX_MEGABYTES;

  /** An extra catalog object in the catalog file format, merged last. */
  @property({ attribute: false }) catalog?: CatalogInput;

  /** Leaves out the built-in catalog: only the `src` and `catalog` objections are shown. */
  @property({ attribute: 'no-builtin', type: Boolean }) noBuiltin: boolean = false;

  /** Most results shown for a query (default 8). */
  @property({ type: Number }) limit: number = DEFAULT_LIMIT;

  /** Colors: `auto` (default) follows `prefers-color-scheme`; `light` or `dark` forces one, for a CRM's own switch. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The `src` catalog: fetched here, parsed and indexed by the engine. */
  readonly #src = new SrcController(this, (source, notice) => this.#report('src', source, notice));
  readonly #engine = new EngineController(this, this.#src, {
    results: (response, search) => this.#showResults(response, search),
    objection: (objection, purpose) => this.#showLookup(objection, purpose),
    loaded: () => this.#catalogsLoaded(),
    problems: (key, source, notice) => this.#report(key, source, notice),
  });
  /** The `locale` property, else the nearest `lang` up the tree (across shadow roots), if the UI speaks it. */
  readonly #uiLocale = new LocaleController(this, () => this.locale);
  readonly #copy = new CopyController<ReplyCopy>(this);
  readonly #session = new SearchSession();
  readonly #replies = new ReplyState();
  readonly #notices = new CatalogNotices();
  #view: View = 'search';
  #scrolledTo = -1;
  /** The element is wide enough for results and objection side by side (the styles' container query). */
  #wide = false;
  #resizeObserver = new ResizeObserver((entries) => this.#handleResize(entries));

  /** Number of objections in the merged catalogs, as of the last catalog load; before the first, of the built-in one. */
  get objectionCount(): number {
    return this.#engine.objectionCount;
  }

  /** Moves focus to the search box. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  /** Also waits for the search or catalog load in progress, and for the update that shows its outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    await this.#engine.settle(async () => (complete = await super.getUpdateComplete()));
    return complete;
  }

  /** The element's own awaits need only the next render: waiting for a big catalog's indexing would delay focus. */
  #rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  override attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    // Lit would replace `context` with whatever the converter returns; bad JSON must keep the last good value.
    if (name === 'context' && value !== null && parseContextAttribute(value) === undefined) {
      console.warn('<objection-desk>: the context attribute is not a JSON object and is ignored:', value);
      return;
    }
    super.attributeChangedCallback(name, oldValue, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#uiLocale.update();
    if (changed.has('context')) this.#replies.setContext(this.context);
    if (changed.has('src') || (changed.has('srcMaxMegabytes') && this.#notices.shown.get('src')?.failure?.kind === 'too-big')) {
      this.#src.load();
    }
    const engine = this.#engine;
    if (changed.has('catalog') || changed.has('noBuiltin')) engine.markStale();
    // A disconnected element starts no worker: it would outlive the element.
    if (engine.stale && !this.hasUpdated && this.#previewFits) {
      // The first paint lists the preview alone; the engine starts once it is painted, or at first use.
      this.#showPreview();
      engine.startAfterPaint();
    } else if (engine.stale && (engine.running || this.isConnected)) {
      engine.load(changed.has('catalog'), this.#replies.opened);
      this.#search({ keepActive: true });
    } else if (changed.has('limit')) {
      this.#search({ keepActive: true });
    }
  }

  protected override firstUpdated(): void {
    this.#observeSize();
  }

  protected override updated(): void {
    const { active } = this.#session;
    if (this.#listboxShown && active !== this.#scrolledTo) {
      this.#scrolledTo = active;
      this.renderRoot.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  get #strings(): UiStrings {
    return uiStrings(this.#uiLocale.value);
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[role="combobox"]');
  }

  get #limit(): number {
    return Number.isFinite(this.limit) && this.limit >= 1 ? Math.floor(this.limit) : DEFAULT_LIMIT;
  }

  /** In a narrow element the opened objection takes the place of the results; the search box stays. */
  get #listboxShown(): boolean {
    return this.#session.hits.length > 0 && (this.#view === 'search' || this.#wide);
  }

  #observeSize(): void {
    const base = this.renderRoot.querySelector('.base');
    if (base) this.#resizeObserver.observe(base);
  }

  #handleResize(entries: ResizeObserverEntry[]): void {
    const entry = entries.at(-1);
    if (!entry) return;
    // The container query measures the same content box.
    const width = entry.contentBoxSize[0]?.inlineSize ?? entry.contentRect.width;
    const wide = width >= WIDE_LAYOUT_MIN_WIDTH;
    if (wide !== this.#wide) {
      this.#wide = wide;
      this.requestUpdate();
    }
  }

  // ---- Catalogs ----

  /** Shows or takes down the notice about catalog `key`; a problem shown is also told as `catalog-error`. */
  #report(key: NoticeKey, source: string, notice: CatalogNotice | undefined): void {
    this.#notices.set(key, notice);
    if (notice) emit(this, 'catalog-error', { source, problems: notice.problems, omitted: notice.omitted ?? NONE_OMITTED });
    this.requestUpdate();
  }

  #catalogsLoaded(): void {
    const engine = this.#engine;
    // The search that waited for these catalogs is answered now, on the main thread, and shown in the same update.
    if (engine.searching && engine.searchesNow) {
      this.#search();
    } else if (this.#session.interim && !engine.searching) {
      // Interim results (the built-in objections, while a `src` catalog loaded) give way to the merged ones.
      this.#search({ keepActive: true });
      if (this.#replies.opened) engine.lookup(this.#replies.opened.id, 'refresh');
    }
  }

  /**
   * Nothing is listed yet, and the first catalogs will be the built-in one alone: its preview lists exactly
   * what they will. (A `src` catalog comes later, merged over a list already shown.)
   */
  get #previewFits(): boolean {
    return this.#engine.nothingLoaded && !this.noBuiltin && !this.catalog && !this.#src.engineHasSrc;
  }

  /**
   * Lists the built-in catalog from its preview, bundled with the element, while the catalog chunk loads: the
   * first render shows the list. The same titles in the same order replace it once the catalog is searched.
   */
  #showPreview(): void {
    const preview = builtinPreview();
    this.#session.preview = true;
    this.#engine.showCatalog(preview.objections.length, preview.categories);
    this.#session.showByCategory(browseList(browsePreview(preview)), preview.categories);
  }

  // ---- Search ----

  /** Asks for the hits of the query: shown in this update when the main thread answers at once. */
  #search(options?: { keepActive?: boolean; announce?: boolean }): void {
    const { query } = this.#session;
    if (!this.#engine.search(query, this.#limit, options)) return;
    if (this.#engine.searching && query.trim() === '' && this.#previewFits) this.#showPreview();
  }

  #showResults(response: ResultsResponse, search: PendingSearch): void {
    const session = this.#session;
    session.interim = response.interim === true;
    session.preview = false;
    session.show(search.query, response, this.#engine.categories, search.keepActive);
    if (search.announce) session.announceCount((count) => (count === 0 ? this.#strings.nothingFound : this.#strings.results(count)));
    this.requestUpdate();
    if (this.#engine.openWhenAnswered) {
      this.#engine.openWhenAnswered = false;
      const hit = session.activeHit;
      if (hit) void this.#open(hit.objection);
    }
  }

  #setQuery(query: string): void {
    this.#session.query = query;
    // A new query replaces an objection chosen from the preview and not opened yet.
    this.#engine.cancelOpen();
    this.#search({ announce: true });
    this.requestUpdate();
  }

  #handleSearchInput(event: InputEvent): void {
    // Typing while an objection is open searches again: back to the results.
    this.#view = 'search';
    this.#engine.openWhenAnswered = false;
    this.#setQuery((event.target as HTMLInputElement).value);
  }

  /** Shows the results the opened objection hides in a narrow element; false when they were in view. */
  #revealResults(): boolean {
    if (this.#view === 'search' || this.#wide) return false;
    this.#view = 'search';
    this.requestUpdate();
    return true;
  }

  #handleSearchKeydown(event: KeyboardEvent): void {
    if (event.isComposing || event.keyCode === 229) return;
    const session = this.#session;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (session.hits.length === 0) return;
        event.preventDefault();
        // Like a combobox whose popup is closed: the first arrow shows the results, on the opened objection.
        if (!this.#revealResults() && session.move(event.key === 'ArrowDown' ? 1 : -1)) this.requestUpdate();
        return;
      case 'Enter': {
        // Typed and Enter pressed before the hits came: Enter is for the query as typed, not the hits shown.
        if (this.#engine.searching && session.query.trim() !== '') {
          event.preventDefault();
          this.#engine.openWhenAnswered = true;
          return;
        }
        const hit = session.activeHit;
        if (!hit) return;
        // Also keeps the keypress from reaching the reply button that gets focus next, which would copy it.
        event.preventDefault();
        this.#choose(hit);
        return;
      }
      case 'Escape':
        // The first Escape shows hidden results with the query kept, as Escape on a reply does; the next
        // clears. With nothing to clear, Escape is left to the page (it may close the panel the element is in).
        if (this.#revealResults()) {
          event.preventDefault();
        } else if (session.query !== '') {
          event.preventDefault();
          this.#setQuery('');
        }
        return;
    }
  }

  #handleClear(): void {
    this.#view = 'search';
    this.#setQuery('');
    this.#input?.focus();
  }

  #handleOptionClick(event: MouseEvent): void {
    const hit = this.#session.hits[Number((event.currentTarget as HTMLElement).dataset['index'])];
    if (hit) this.#choose(hit);
  }

  /**
   * Opens the objection of a result. One listed from the preview has only its title: it is active at once and
   * opens once the catalog has loaded (the engine answers the lookup after the load).
   */
  #choose(hit: SearchHit): void {
    if (!this.#session.preview) {
      void this.#open(hit.objection);
      return;
    }
    this.#session.active = this.#session.hits.indexOf(hit);
    this.#engine.lookup(hit.objection.id, 'open');
    this.requestUpdate();
  }

  // ---- Objection ----

  #showLookup(objection: Objection | undefined, purpose: 'open' | 'refresh'): void {
    if (purpose === 'open') {
      if (objection) void this.#open(objection);
    } else if (this.#replies.opened) {
      if (objection) this.#showObjection(objection);
      else this.#closeObjection();
      this.requestUpdate();
    }
  }

  async #open(objection: Objection): Promise<void> {
    this.#showObjection(objection);
    this.#replies.active = 0;
    this.#view = 'objection';
    this.#session.active = Math.max(0, this.#session.indexOf(objection.id));
    emit(this, 'objection-select', { id: objection.id });
    this.requestUpdate();
    await this.#rendered();
    this.renderRoot.querySelector('.objection-pane')?.scrollTo({ top: 0 });
    this.#focusReply(0);
  }

  #showObjection(objection: Objection): void {
    if (this.#replies.opened?.id !== objection.id) this.#copy.forget();
    this.#replies.show(objection);
  }

  #closeObjection(): void {
    this.#replies.close();
    this.#copy.forget();
    this.#view = 'search';
  }

  /** Back to the results with the query kept; in the wide layout the objection stays in view. */
  async #back(query?: string): Promise<void> {
    this.#view = 'search';
    if (query !== undefined) this.#setQuery(query);
    this.requestUpdate();
    await this.#rendered();
    this.#input?.focus();
  }

  #focusReply(index: number): void {
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-reply="${index}"]`)?.focus();
  }

  #handleObjectionKeydown(event: KeyboardEvent): void {
    if (event.isComposing || event.keyCode === 229) return;
    const target = event.composedPath()[0];
    const isField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    const replies = this.#replies;
    const count = replies.replies.length;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (replies.active + 1) % count;
        break;
      case 'ArrowUp':
        next = (replies.active - 1 + count) % count;
        break;
      case 'Home':
      case 'End':
        if (isField) return;
        next = event.key === 'Home' ? 0 : count - 1;
        break;
      case 'Escape':
        event.preventDefault();
        void this.#back();
        return;
      case 'Enter':
        if (target instanceof HTMLInputElement && target.dataset['reply'] !== undefined) {
          event.preventDefault();
          void this.#copyReply(Number(target.dataset['reply']));
        }
        return;
      default:
        // Typing a letter on a reply starts a new search with it, so the operator never has to go back first.
        if (!isField && isPrintable(event)) {
          event.preventDefault();
          void this.#back(event.key);
        }
        return;
    }
    if (count === 0 || target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    replies.active = next;
    this.requestUpdate();
    this.#focusReply(next);
  }

  #handleObjectionFocusin(event: FocusEvent): void {
    const index = (event.composedPath()[0] as HTMLElement).dataset?.['reply'];
    if (index !== undefined && Number(index) !== this.#replies.active) {
      this.#replies.active = Number(index);
      this.requestUpdate();
    }
  }

  #handleCopyClick(event: MouseEvent): void {
    void this.#copyReply(Number((event.currentTarget as HTMLElement).dataset['reply']));
  }

  #handleReplyTextClick(event: MouseEvent): void {
    // Clicks on a placeholder field edit it, and a drag that selected text is for copying a part by hand.
    if (event.composedPath()[0] instanceof HTMLInputElement) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const index = Number((event.currentTarget as HTMLElement).dataset['reply']);
    this.#focusReply(index);
    void this.#copyReply(index);
  }

  #handlePlaceholderInput(event: InputEvent): void {
    const field = event.target as HTMLInputElement;
    this.#replies.type(field.dataset['name']!, field.value);
    // Every other field for the same placeholder, in this reply and the others, follows.
    this.requestUpdate();
  }

  async #copyReply(index: number): Promise<void> {
    const { opened, replies } = this.#replies;
    const reply = replies[index];
    if (!opened || !reply) return;
    const template = localize(reply.text, this.#uiLocale.value);
    const values = this.#replies.values;
    const text = fillTemplate(template, values);
    const unfilled = missingPlaceholders(template, values).length;
    this.#replies.active = index;
    const { copied } = await this.#copy.copy(text, (copied) => ({ key: replyKey(opened.id, reply.id), copied, unfilled, text }));
    const strings = this.#strings;
    const status = copied ? strings.copied : strings.copyFailed(copyShortcut());
    this.#session.announce(unfilled > 0 ? `${status}. ${strings.unfilled(unfilled)}` : status);
    emit(this, 'reply-copy', { objectionId: opened.id, replyId: reply.id, text, copied });
    this.requestUpdate();
    if (!copied) {
      await this.#rendered();
      const manual = this.renderRoot.querySelector<HTMLTextAreaElement>('.manual-copy');
      manual?.focus();
      manual?.select();
    }
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const locale = this.#uiLocale.value;
    const categoryTitle = (id: string) => {
      const category = this.#engine.category(id);
      return category ? localize(category.title, locale) : strings.categoryFallback;
    };
    const results = {
      strings,
      locale,
      session: this.#session,
      listboxShown: this.#listboxShown,
      openedId: this.#replies.opened?.id,
      values: this.#replies.values,
      categoryTitle,
      onInput: this.#handleSearchInput,
      onKeydown: this.#handleSearchKeydown,
      onClear: this.#handleClear,
      onOptionClick: this.#handleOptionClick,
    };
    const { opened } = this.#replies;
    // No text beside the top element: under a page's "white-space: pre" it would be lines above the widget.
    return html`<div class="isolation">
        <div part="base" class="base" lang=${locale} dir="ltr" data-view=${this.#view}>
          <div class="layout">
            <section class="search-pane">${renderSearchField(results)} ${renderResults(results)}</section>
            <div class="objection-pane" @keydown=${this.#handleObjectionKeydown} @focusin=${this.#handleObjectionFocusin}>
              ${opened
                ? renderObjection(opened, {
                    strings,
                    locale,
                    replies: this.#replies,
                    copy: this.#copy.outcome,
                    categoryTitle,
                    copyShortcut: copyShortcut(),
                    onBack: () => void this.#back(),
                    onReplyTextClick: this.#handleReplyTextClick,
                    onCopyClick: this.#handleCopyClick,
                    onPlaceholderInput: this.#handlePlaceholderInput,
                  })
                : renderNothingOpened(strings)}
            </div>
          </div>
          ${renderNotices({
            strings,
            locale,
            src: this.#src,
            notices: this.#notices,
            onDismiss: (key) => {
              this.#notices.dismiss(key);
              this.requestUpdate();
            },
            onToggleDetails: (key, open) => {
              if (this.#notices.toggleDetails(key, open)) this.requestUpdate();
            },
          })}
          <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#session.announcement}</div>
        </div>
      </div>`;
  }
}

/** A key press that types a character (not a shortcut, not Space, which presses the focused button). */
function isPrintable(event: KeyboardEvent): boolean {
  return [...event.key].length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
