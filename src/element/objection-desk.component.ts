import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  NONE_OMITTED,
  fillTemplate,
  fillTemplateRanges,
  groupByCategory,
  localize,
  messageOf,
  missingPlaceholders,
  parseTemplate,
  placeholderValue,
  prefetchBuiltinCatalog,
  type CatalogInput,
  type Category,
  type CategoryGroup,
  type Objection,
  type PlaceholderValues,
  type Reply,
  type SearchHit,
  type SearchMatch,
  type TextRange,
} from '../core/index.js';
import { browsePreview, builtinPreview } from '../core/builtin-preview.js';
import { isJsonObject } from '../core/json-object.js';
import { COPIED_STATE_MS, copyText } from '../ui/clipboard.js';
import { emit } from '../ui/emit.js';
import { highlight } from '../ui/highlight.js';
import type { UiLocale } from '../ui/locale.js';
import { LocaleController } from '../ui/locale-controller.js';
import { problemCount, problemDetails, type ListedProblems } from '../ui/problem-details.js';
import { formatMegabytes, placeholderLabel, uiStrings, type LoadFailure, type SrcFailure, type UiStrings } from './i18n.js';
import { WIDE_LAYOUT_MIN_WIDTH, styles } from './objection-desk.styles.js';
import { SearchClient } from './engine/search-client.js';
import type { SrcFile } from './src-fetch.js';
import { BYTES_PER_MEGABYTE, DEFAULT_SRC_DEADLINE, DEFAULT_SRC_MAX_MEGABYTES, DEFAULT_SRC_TIMEOUT, loadFailed, type SrcProgress } from './src-limits.js';
import {
  browseList,
  CATALOG_PROPERTY_SOURCE,
  type EngineResponse,
  type LoadRequest,
  type LoadedResponse,
  type ObjectionResponse,
  type ResultsResponse,
  type SearchRequest,
  type SrcBody,
} from './engine/engine-protocol.js';

const DEFAULT_LIMIT = 8;
/**
 * How long a disconnected element keeps its search engine: a move in the page (disconnected and connected
 * again at once) keeps the catalogs; an element that stays out of the page frees them, their index and any
 * worker.
 */
const DISCONNECTED_ENGINE_MS = 1000;
/** The latest the engine starts after the first render, if no frame is painted before. */
const ENGINE_START_MAX_DELAY_MS = 100;
/** A matched reply is shown as an excerpt of about this many characters around the match. */
const EXCERPT_LENGTH = 96;
/** How many characters of context an excerpt keeps before the match. */
const EXCERPT_LEAD = 24;
const LISTBOX_ID = 'results';

type View = 'search' | 'objection';

/** Something wrong with one extra catalog, shown under the results until it is fixed or dismissed. */
interface CatalogNotice extends ListedProblems {
  /** Set when the catalog could not be used at all. */
  readonly failure?: LoadFailure;
}

interface SrcRequest {
  readonly url: string;
  readonly controller: AbortController;
}

/** The search the element is waiting for: an answer to any other is stale and dropped. */
interface PendingSearch {
  readonly id: number;
  readonly query: string;
  readonly keepActive: boolean;
  readonly announce: boolean;
}

/** The outcome of the last copy, shown on the reply it was for. */
interface CopyState {
  readonly key: string;
  readonly copied: boolean;
  readonly unfilled: number;
  /** The text to copy by hand when the clipboard refused. */
  readonly text: string;
}

/** The `context` attribute as an object, or `undefined` when it is not a JSON object. */
function parseContextAttribute(value: string): PlaceholderValues | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const replyKey = (objectionId: string, replyId: string) => `${objectionId}/${replyId}`;

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

  /** The `context` object last read, and a copy of it as it was then. */
  #contextSource: unknown;
  #contextCopy: PlaceholderValues = {};

  /** Loads, indexes and searches the catalogs, on the main thread or in a worker; made on the first update. */
  #engine: SearchClient | undefined;
  #engineTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the engine put off after the first paint is asked to start; unset once it is. */
  #engineStart: Promise<void> | undefined;
  #requestId = 0;
  #pendingSearch: PendingSearch | undefined;
  /** The results shown are interim: from the catalogs of before a load the worker is still on. */
  #interimResults = false;
  /** The request for the fresh copy of the opened objection after the catalogs changed. */
  #pendingLookup: number | undefined;
  /** Enter was pressed before the results of the query were in: the first of them opens when they are. */
  #openWhenAnswered = false;
  /** The list shown is the built-in catalog's preview, listed before the catalog itself has loaded. */
  #previewShown = false;
  /** The lookup of an objection chosen from the preview: it opens when the engine answers, after the catalog. */
  #pendingOpen: number | undefined;
  #objectionCount = 0;
  #categoryList: readonly Category[] = [];
  #categories = new Map<string, Category>();
  #catalogsChanged = true;
  #srcRequest: SrcRequest | undefined;
  /** How much of a big `src` file has come, while it is downloaded. */
  #srcProgress: SrcProgress | undefined;
  /** The texts of `src` fetch failures, which come with the code that fetches it. */
  #srcFailureText: ((locale: UiLocale, failure: SrcFailure) => string) | undefined;
  /** The fetched `src` catalog for the next load; `null` drops the one the engine has. */
  #srcBody: SrcBody | null | undefined;
  /** The engine has the `src` catalog, or it is on its way there. */
  #srcSent = false;
  /** The load that carries the `src` catalog, until it is answered: the loading notice stays up meanwhile. */
  #srcLoad: { readonly id: number; readonly url: string } | undefined;
  /** The latest load that carries a changed `catalog` property: only its problems are reported. */
  #catalogLoadId: number | undefined;
  /** The load whose catalogs are shown: an older one answered late (by an engine since replaced) is not. */
  #shownLoadId = 0;
  /** The `src` load was cut short by a disconnection and starts again on reconnection. */
  #srcInterrupted = false;
  #notices = new Map<'src' | 'catalog', CatalogNotice>();
  /** Notices whose "Details" are open: only those render their list of problems. */
  readonly #openDetails = new Set<'src' | 'catalog'>();

  /** The `locale` property, else the nearest `lang` up the tree (across shadow roots), if the UI speaks it. */
  readonly #uiLocale = new LocaleController(this, () => this.locale);

  #query = '';
  #hits: SearchHit[] = [];
  /** The hits by category, when the query is empty. */
  #groups: CategoryGroup[] | undefined;
  /** How many objections the list for the empty query leaves out. */
  #more = 0;
  #activeIndex = -1;
  #scrolledToIndex = -1;
  #announcement = '';
  /** The result count the live region says last; unset once it says something else. */
  #announcedCount: number | undefined;

  #view: View = 'search';
  /** The element is wide enough for results and objection side by side (the styles' container query). */
  #wide = false;
  #resizeObserver = new ResizeObserver((entries) => this.#handleResize(entries));
  #opened: Objection | undefined;
  /** Replies of the opened objection in the order the arrow keys move through them: its own, then follow-ups'. */
  #replies: Reply[] = [];
  #activeReply = 0;
  /**
   * What the operator typed for placeholders, by placeholder name: one value fills that placeholder in every
   * reply of every objection for the session, wherever the context has no value for it.
   */
  #typed = new Map<string, string>();
  #copyState: CopyState | undefined;
  #copyTimer: ReturnType<typeof setTimeout> | undefined;

  /** Number of objections in the merged catalogs, as of the last catalog load; before the first, of the built-in one. */
  get objectionCount(): number {
    return this.#objectionCount;
  }

  /** Moves focus to the search box. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    clearTimeout(this.#engineTimer);
    if (this.hasUpdated && !this.#engine) this.requestUpdate();
    if (this.#srcInterrupted) {
      this.#srcInterrupted = false;
      this.#loadSrc();
      this.requestUpdate();
    }
    if (this.hasUpdated) this.#observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    clearTimeout(this.#copyTimer);
    if (this.#srcRequest) {
      this.#srcRequest.controller.abort();
      this.#srcRequest = undefined;
      this.#srcInterrupted = true;
    }
    this.#engineTimer = setTimeout(() => this.#stopEngine(), DISCONNECTED_ENGINE_MS);
  }

  /** Also waits for the search or catalog load in progress, and for the update that shows its outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.#engineStart) {
      await this.#engineStart;
      complete = await super.getUpdateComplete();
    }
    for (let settled = this.#engine?.settled; settled; settled = this.#engine?.settled) {
      await settled;
      complete = await super.getUpdateComplete();
    }
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
    if (changed.has('src') || (changed.has('srcMaxMegabytes') && this.#notices.get('src')?.failure?.kind === 'too-big')) {
      this.#loadSrc();
    }
    if (changed.has('catalog') || changed.has('noBuiltin')) this.#catalogsChanged = true;
    // A disconnected element starts no worker: it would outlive the element.
    if (this.#catalogsChanged && !this.hasUpdated && this.#previewFits) {
      // The first paint lists the preview alone; the engine starts once it is painted, or at first use.
      this.#showPreview();
      this.#startEngineAfterPaint();
    } else if (this.#catalogsChanged && (this.#engine || this.isConnected)) {
      this.#catalogsChanged = false;
      this.#sendCatalogs(changed.has('catalog'));
      this.#runSearch({ keepActive: true });
    } else if (changed.has('limit')) {
      this.#runSearch({ keepActive: true });
    }
  }

  protected override firstUpdated(): void {
    this.#observeSize();
  }

  protected override updated(): void {
    if (this.#listboxShown && this.#activeIndex !== this.#scrolledToIndex) {
      this.#scrolledToIndex = this.#activeIndex;
      this.renderRoot.querySelector(`#${this.#optionId(this.#activeIndex)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** The `src` catalog is being fetched, or parsed and indexed. */
  get #srcLoading(): boolean {
    return this.#srcRequest !== undefined || Boolean(this.#srcBody) || this.#srcLoad !== undefined;
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

  /** `context` as it was when assigned: Lit compares it with strict equality, so copying and showing agree. */
  get #context(): PlaceholderValues {
    if (this.context !== this.#contextSource) {
      this.#contextSource = this.context;
      this.#contextCopy = isJsonObject(this.context) ? { ...this.context } : {};
    }
    return this.#contextCopy;
  }

  /** In a narrow element the opened objection takes the place of the results; the search box stays. */
  get #listboxShown(): boolean {
    return this.#hits.length > 0 && (this.#view === 'search' || this.#wide);
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

  /**
   * Starting the engine (its worker or its index, the catalog chunk) costs the first paint a fifth of its time:
   * it is started right after, in a task of its own.
   */
  #startEngineAfterPaint(): void {
    let start!: () => void;
    const started = new Promise<void>((resolve) => {
      start = () => {
        if (this.#engineStart === started) {
          this.#engineStart = undefined;
          this.requestUpdate();
        }
        resolve();
      };
    });
    this.#engineStart = started;
    // A task queued from a frame callback runs once that frame is painted; the timer is for a page that paints
    // no frames (a hidden tab).
    requestAnimationFrame(() => setTimeout(start));
    setTimeout(start, ENGINE_START_MAX_DELAY_MS);
  }

  /**
   * The engine to ask; one put off past the first paint starts now (the operator typed or chose before it
   * started). None before the first update or once freed.
   */
  #engineToAsk(): SearchClient | undefined {
    if (this.#engine || !this.#engineStart) return this.#engine;
    this.#engineStart = undefined;
    this.#catalogsChanged = false;
    this.#sendCatalogs(false);
    return this.#engine;
  }

  #startEngine(): SearchClient {
    this.#engine ??= new SearchClient((response) => this.#handleEngineResponse(response));
    return this.#engine;
  }

  /** Frees the engine of an element that stayed out of the page; everything is sent again on reconnection. */
  #stopEngine(): void {
    if (!this.#engine) return;
    this.#engine.dispose();
    this.#engine = undefined;
    this.#pendingSearch = undefined;
    this.#pendingLookup = undefined;
    this.#pendingOpen = undefined;
    this.#openWhenAnswered = false;
    this.#catalogLoadId = undefined;
    this.#catalogsChanged = true;
    // The fetched `src` catalog went with the engine: fetch it again.
    if (this.#srcSent || this.#srcLoad) {
      this.#srcSent = false;
      this.#srcLoad = undefined;
      this.#srcInterrupted = true;
    }
  }

  /**
   * Sends the catalogs to the engine to merge and index; the `catalog` property when it changed, and with a
   * `src` catalog, which may start the worker: that one has to be sent every catalog.
   */
  #sendCatalogs(catalogChanged: boolean): void {
    // Fetched while the engine's code, which reads it, is fetched too; the load that needs it reports a failure.
    if (!this.noBuiltin) prefetchBuiltinCatalog();
    const fresh = !this.#engine;
    const engine = this.#startEngine();
    const request: LoadRequest = {
      kind: 'load',
      id: ++this.#requestId,
      builtin: !this.noBuiltin,
      ...((catalogChanged || fresh || this.#srcBody) && { catalog: this.catalog ?? null }),
      ...(this.#srcBody !== undefined && { src: this.#srcBody }),
    };
    if (catalogChanged || fresh) this.#catalogLoadId = request.id;
    if (request.src !== undefined) {
      this.#srcLoad = request.src ? { id: request.id, url: request.src.url } : undefined;
      this.#srcSent = request.src !== null;
      this.#srcBody = undefined;
    }
    this.#sendLoad(engine, request);
    if (this.#opened) {
      this.#pendingLookup = ++this.#requestId;
      engine.send({ kind: 'objection', id: this.#pendingLookup, objectionId: this.#opened.id });
    }
  }

  #sendLoad(engine: SearchClient, request: LoadRequest): void {
    try {
      engine.send(request);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'DataCloneError') || !request.catalog) throw error;
      // A structured clone refuses some objects, such as a framework's reactive proxies; their JSON is the same catalog.
      const copy = jsonCopy(request.catalog);
      if (copy === undefined) {
        this.#catalogLoadId = undefined;
        this.#reportProblems('catalog', CATALOG_PROPERTY_SOURCE, {
          problems: [loadFailed(CATALOG_PROPERTY_SOURCE, 'it is not plain data (JSON) and cannot be copied to the search worker')],
        });
      }
      engine.send({ ...request, catalog: copy ?? null });
    }
  }

  #handleEngineResponse(response: EngineResponse): void {
    switch (response.kind) {
      case 'loaded':
        this.#applyCatalogs(response);
        break;
      case 'results':
        this.#applyResults(response);
        break;
      case 'objection':
        this.#applyLookup(response);
        break;
      case 'skipped':
        break;
      case 'failed':
        console.error('<objection-desk>: the search engine failed:', response.message);
        if (response.id === this.#pendingSearch?.id) this.#pendingSearch = undefined;
        if (response.id === this.#srcLoad?.id) {
          const { url } = this.#srcLoad;
          this.#srcLoad = undefined;
          this.#reportProblems('src', url, { failure: { kind: 'invalid' }, problems: [loadFailed(url, response.message)] });
        }
        this.requestUpdate();
        break;
    }
  }

  #applyCatalogs(response: LoadedResponse): void {
    if (response.id > this.#shownLoadId) {
      this.#shownLoadId = response.id;
      this.#objectionCount = response.objectionCount;
      this.#categoryList = response.categories;
      this.#categories = new Map(response.categories.map((category) => [category.id, category]));
    }
    if (response.builtinError !== undefined) {
      console.error('<objection-desk>: the built-in catalog could not be loaded:', response.builtinError);
    }
    if (response.id === this.#catalogLoadId && response.catalog) {
      this.#catalogLoadId = undefined;
      this.#notices.delete('catalog');
      const { problems, omitted } = response.catalog;
      if (problems.length > 0) this.#reportProblems('catalog', CATALOG_PROPERTY_SOURCE, { problems, omitted });
    }
    if (response.id === this.#srcLoad?.id && response.src) {
      const { url } = this.#srcLoad;
      this.#srcLoad = undefined;
      const { problems, omitted, rejected } = response.src;
      if (problems.length > 0) this.#reportProblems('src', url, rejected ? { failure: { kind: 'invalid' }, problems, omitted } : { problems, omitted });
    }
    // The search that waited for these catalogs is answered now, on the main thread, and shown in the same update.
    if (this.#pendingSearch && this.#engine?.searchesNow) this.#runSearch();
    // Interim results (the built-in objections, while a `src` catalog loaded) give way to the merged ones.
    else if (this.#interimResults && !this.#pendingSearch) this.#leaveInterim();
    this.requestUpdate();
  }

  /** Searches again in the merged catalogs, and refreshes an objection opened from the interim results. */
  #leaveInterim(): void {
    this.#runSearch({ keepActive: true });
    if (!this.#opened || !this.#engine) return;
    this.#pendingLookup = ++this.#requestId;
    this.#engine.send({ kind: 'objection', id: this.#pendingLookup, objectionId: this.#opened.id });
  }

  #applyLookup(response: ObjectionResponse): void {
    if (response.id === this.#pendingOpen) {
      this.#pendingOpen = undefined;
      if (response.objection) void this.#open(response.objection);
      return;
    }
    if (response.id !== this.#pendingLookup) return;
    this.#pendingLookup = undefined;
    if (!this.#opened) return;
    if (response.objection) this.#showObjection(response.objection);
    else this.#closeObjection();
    this.requestUpdate();
  }

  /** Starts loading `src`, dropping the catalog of the previous `src` and aborting its request. */
  #loadSrc(): void {
    this.#srcRequest?.controller.abort();
    this.#srcRequest = undefined;
    this.#srcProgress = undefined;
    this.#srcInterrupted = false;
    this.#srcLoad = undefined;
    this.#notices.delete('src');
    if (this.#srcSent || this.#srcBody) {
      this.#srcBody = null;
      this.#catalogsChanged = true;
    }
    const url = this.src?.trim();
    if (!url) return;
    const request: SrcRequest = { url, controller: new AbortController() };
    this.#srcRequest = request;
    void this.#fetchSrc(request);
  }

  /** Fetches `src`; its body goes to the engine unread, to be parsed and validated off the main thread. */
  async #fetchSrc(request: SrcRequest): Promise<void> {
    const limits = { timeout: this.srcTimeout, deadline: this.srcDeadline, maxMegabytes: this.srcMaxMegabytes };
    const onProgress = (progress: SrcProgress) => {
      if (this.#srcRequest !== request) return;
      this.#srcProgress = progress;
      this.requestUpdate();
    };
    let file: SrcFile;
    try {
      const { fetchSrcFile, srcFailureText } = await import('./src-fetch.js');
      this.#srcFailureText = srcFailureText;
      file = await fetchSrcFile(request.url, request.controller, limits, onProgress);
    } catch (error) {
      file = { kind: 'failed', source: request.url, failure: { kind: 'network' }, problems: [loadFailed(request.url, messageOf(error))] };
    }
    // A newer `src` or a disconnection ended this request on purpose: nothing to report.
    if (this.#srcRequest !== request) return;
    this.#srcRequest = undefined;
    this.#srcProgress = undefined;
    if (file.kind === 'loaded') {
      this.#srcBody = { url: request.url, body: file.body };
      this.#catalogsChanged = true;
    } else {
      this.#reportProblems('src', file.source, { failure: file.failure, problems: file.problems });
    }
    this.requestUpdate();
  }

  #reportProblems(key: 'src' | 'catalog', source: string, notice: CatalogNotice): void {
    this.#notices.set(key, notice);
    emit(this, 'catalog-error', { source, problems: notice.problems, omitted: notice.omitted ?? NONE_OMITTED });
  }

  // ---- Search ----

  /**
   * Asks the engine for the hits of the query. On the main thread they are computed at once and shown in this
   * update; from a worker, or behind a catalog load, they are shown when they come, if no newer search was asked.
   */
  #runSearch({ keepActive = false, announce = false } = {}): void {
    const engine = this.#engineToAsk();
    if (!engine) return;
    const pending = this.#pendingSearch;
    const search: PendingSearch = {
      id: ++this.#requestId,
      query: this.#query,
      // A search replaced before it was answered still owes what it was asked for.
      keepActive: keepActive || (pending?.keepActive ?? false),
      announce: announce || (pending?.announce ?? false),
    };
    this.#pendingSearch = search;
    const request: SearchRequest = { kind: 'search', id: search.id, query: search.query, limit: this.#limit };
    const answer = engine.searchNow(request);
    if (answer) {
      this.#handleEngineResponse(answer);
      return;
    }
    engine.send(request);
    if (search.query.trim() === '' && this.#previewFits) this.#showPreview();
  }

  /**
   * Nothing is listed yet, and the first catalogs will be the built-in one alone: its preview lists exactly
   * what they will. (A `src` catalog comes later, merged over a list already shown.)
   */
  get #previewFits(): boolean {
    return this.#shownLoadId === 0 && !this.noBuiltin && !this.catalog && !this.#srcSent;
  }

  /**
   * Lists the built-in catalog from its preview, bundled with the element, while the catalog chunk loads: the
   * first render shows the list. The same titles in the same order replace it once the catalog is searched.
   */
  #showPreview(): void {
    const preview = builtinPreview();
    const hits = browsePreview(preview);
    this.#previewShown = true;
    this.#objectionCount = preview.objections.length;
    this.#categoryList = preview.categories;
    this.#categories = new Map(preview.categories.map((category) => [category.id, category]));
    this.#showByCategory(browseList(hits));
  }

  /** Lists the empty query's hits under their category titles. */
  #showByCategory({ hits, more }: { readonly hits: readonly SearchHit[]; readonly more: number }): void {
    this.#groups = groupByCategory(hits, this.#categoryList);
    this.#hits = this.#groups.flatMap((group) => group.hits);
    this.#more = more;
  }

  #applyResults(response: ResultsResponse): void {
    const search = this.#pendingSearch;
    if (response.id !== search?.id) return;
    this.#pendingSearch = undefined;
    this.#interimResults = response.interim === true;
    this.#previewShown = false;
    const previous = search.keepActive ? this.#hits[this.#activeIndex]?.objection.id : undefined;
    if (search.query.trim() === '') {
      this.#showByCategory(response);
    } else {
      this.#groups = undefined;
      this.#hits = [...response.hits];
      this.#more = 0;
    }
    const kept = previous === undefined ? -1 : this.#hits.findIndex((hit) => hit.objection.id === previous);
    // The first result is active as soon as something is typed, so Enter opens it.
    this.#activeIndex = kept >= 0 ? kept : this.#groups || this.#hits.length === 0 ? -1 : 0;
    if (search.announce && this.#hits.length !== this.#announcedCount) {
      const count = this.#hits.length;
      this.#announce(count === 0 ? this.#strings.nothingFound : this.#strings.results(count), count);
    }
    this.requestUpdate();
    if (this.#openWhenAnswered) {
      this.#openWhenAnswered = false;
      const hit = this.#hits[this.#activeIndex];
      if (hit) void this.#open(hit.objection);
    }
  }

  #setQuery(query: string): void {
    this.#query = query;
    // A new query replaces an objection chosen from the preview and not opened yet.
    this.#pendingOpen = undefined;
    this.#runSearch({ announce: true });
    this.requestUpdate();
  }

  /**
   * Says `message` in the live region; `count` is the result count it tells. A count is said again only after
   * something else was said (a copy): the operator's next search is heard, every keystroke of it is not.
   */
  #announce(message: string, count?: number): void {
    this.#announcedCount = count;
    // A repeated message is changed invisibly so that screen readers read it again.
    this.#announcement = message === this.#announcement ? `${message}\u00a0` : message;
  }

  #optionId(index: number): string {
    return `option-${index}`;
  }

  #moveActive(step: 1 | -1): void {
    const count = this.#hits.length;
    if (count === 0) return;
    if (this.#activeIndex < 0) this.#activeIndex = step === 1 ? 0 : count - 1;
    else this.#activeIndex = (this.#activeIndex + step + count) % count;
    this.requestUpdate();
  }

  #handleSearchInput(event: InputEvent): void {
    // Typing while an objection is open searches again: back to the results.
    this.#view = 'search';
    this.#openWhenAnswered = false;
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
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (this.#hits.length === 0) return;
        event.preventDefault();
        // Like a combobox whose popup is closed: the first arrow shows the results, on the opened objection.
        if (!this.#revealResults()) this.#moveActive(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        // Typed and Enter pressed before the hits came: Enter is for the query as typed, not the hits shown.
        if (this.#pendingSearch && this.#query.trim() !== '') {
          event.preventDefault();
          this.#openWhenAnswered = true;
          return;
        }
        const hit = this.#hits[this.#activeIndex];
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
        } else if (this.#query !== '') {
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
    const option = (event.currentTarget as HTMLElement).dataset['index'];
    const hit = this.#hits[Number(option)];
    if (hit) this.#choose(hit);
  }

  /**
   * Opens the objection of a result. One listed from the preview has only its title: it is active at once and
   * opens once the catalog has loaded (the engine answers the lookup after the load).
   */
  #choose(hit: SearchHit): void {
    if (!this.#previewShown) {
      void this.#open(hit.objection);
      return;
    }
    this.#activeIndex = this.#hits.indexOf(hit);
    this.#pendingOpen = ++this.#requestId;
    this.#engineToAsk()?.send({ kind: 'objection', id: this.#pendingOpen, objectionId: hit.objection.id });
    this.requestUpdate();
  }

  // ---- Objection ----

  async #open(objection: Objection): Promise<void> {
    this.#showObjection(objection);
    this.#activeReply = 0;
    this.#view = 'objection';
    this.#activeIndex = Math.max(0, this.#hits.findIndex((hit) => hit.objection.id === objection.id));
    emit(this, 'objection-select', { id: objection.id });
    this.requestUpdate();
    await this.#rendered();
    this.renderRoot.querySelector('.objection-pane')?.scrollTo({ top: 0 });
    this.#focusReply(0);
  }

  #showObjection(objection: Objection): void {
    if (this.#opened?.id !== objection.id) this.#copyState = undefined;
    this.#opened = objection;
    this.#replies = [...objection.replies, ...objection.followUps.flatMap((followUp) => followUp.replies)];
    this.#activeReply = Math.min(this.#activeReply, this.#replies.length - 1);
  }

  #closeObjection(): void {
    this.#opened = undefined;
    this.#replies = [];
    this.#copyState = undefined;
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
    const count = this.#replies.length;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (this.#activeReply + 1) % count;
        break;
      case 'ArrowUp':
        next = (this.#activeReply - 1 + count) % count;
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
          void this.#copy(Number(target.dataset['reply']));
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
    this.#activeReply = next;
    this.requestUpdate();
    this.#focusReply(next);
  }

  #handleObjectionFocusin(event: FocusEvent): void {
    const index = (event.composedPath()[0] as HTMLElement).dataset?.['reply'];
    if (index !== undefined && Number(index) !== this.#activeReply) {
      this.#activeReply = Number(index);
      this.requestUpdate();
    }
  }

  #handleCopyClick(event: MouseEvent): void {
    void this.#copy(Number((event.currentTarget as HTMLElement).dataset['reply']));
  }

  #handleReplyTextClick(event: MouseEvent): void {
    // Clicks on a placeholder field edit it, and a drag that selected text is for copying a part by hand.
    if (event.composedPath()[0] instanceof HTMLInputElement) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const index = Number((event.currentTarget as HTMLElement).dataset['reply']);
    this.#focusReply(index);
    void this.#copy(index);
  }

  #handlePlaceholderInput(event: InputEvent): void {
    const field = event.target as HTMLInputElement;
    const name = field.dataset['name']!;
    if (field.value === '') this.#typed.delete(name);
    else this.#typed.set(name, field.value);
    // Every other field for the same placeholder, in this reply and the others, follows.
    this.requestUpdate();
  }

  /** Context values, completed with what the operator typed for the placeholders the context leaves unfilled. */
  get #values(): PlaceholderValues {
    const context = this.#context;
    const values: Record<string, unknown> = { ...context };
    for (const [name, value] of this.#typed) {
      if (placeholderValue(context, name) === undefined) values[name] = value;
    }
    return values;
  }

  async #copy(index: number): Promise<void> {
    const objection = this.#opened;
    const reply = this.#replies[index];
    if (!objection || !reply) return;
    const key = replyKey(objection.id, reply.id);
    const template = localize(reply.text, this.#uiLocale.value);
    const values = this.#values;
    const text = fillTemplate(template, values);
    const unfilled = missingPlaceholders(template, values).length;
    this.#activeReply = index;
    const copied = await copyText(text, this.renderRoot as ShadowRoot);
    this.#copyState = { key, copied, unfilled, text };
    const strings = this.#strings;
    const status = copied ? strings.copied : strings.copyFailed(copyShortcut());
    this.#announce(unfilled > 0 ? `${status}. ${strings.unfilled(unfilled)}` : status);
    clearTimeout(this.#copyTimer);
    if (copied) {
      this.#copyTimer = setTimeout(() => {
        if (this.#copyState?.key === key) this.#copyState = undefined;
        this.requestUpdate();
      }, COPIED_STATE_MS);
    }
    emit(this, 'reply-copy', { objectionId: objection.id, replyId: reply.id, text, copied });
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
    // No text beside the top element: under a page's "white-space: pre" it would be lines above the widget.
    return html`<div class="isolation">
        <div part="base" class="base" lang=${this.#uiLocale.value} dir="ltr" data-view=${this.#view}>
          <div class="layout">
            <section class="search-pane">${this.#renderSearchField(strings)} ${this.#renderResults(strings)}</section>
            <div class="objection-pane" @keydown=${this.#handleObjectionKeydown} @focusin=${this.#handleObjectionFocusin}>
              ${this.#opened ? this.#renderObjection(this.#opened, strings) : this.#renderNothingOpened(strings)}
            </div>
          </div>
          ${this.#renderNotices(strings)}
          <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
        </div>
      </div>`;
  }

  #renderSearchField(strings: UiStrings): TemplateResult {
    const shown = this.#listboxShown;
    const active = shown && this.#activeIndex >= 0 ? this.#optionId(this.#activeIndex) : undefined;
    return html`
      <div class="search-field">
        <label class="visually-hidden" for="search">${strings.searchLabel}</label>
        <svg class="search-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
        <input
          id="search"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="go"
          aria-autocomplete="list"
          aria-controls=${LISTBOX_ID}
          aria-expanded=${shown ? 'true' : 'false'}
          aria-activedescendant=${ifDefined(active)}
          placeholder=${strings.searchPlaceholder}
          .value=${live(this.#query)}
          @input=${this.#handleSearchInput}
          @keydown=${this.#handleSearchKeydown}
        />
        ${this.#query
          ? html`<button class="icon-button clear-button" type="button" tabindex="-1" aria-label=${strings.clearSearch} @click=${this.#handleClear}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg>
            </button>`
          : nothing}
      </div>
    `;
  }

  #renderResults(strings: UiStrings): TemplateResult {
    const empty = this.#hits.length === 0;
    return html`
      <div class="results">
        <div id=${LISTBOX_ID} part="listbox" class="listbox" role="listbox" aria-label=${strings.resultsLabel} ?hidden=${empty}>
          ${this.#groups ? this.#renderGroups(this.#groups) : this.#hits.map((hit, index) => this.#renderOption(hit, index, true))}
        </div>
        ${this.#groups && this.#more > 0 ? html`<p class="browse-more">${strings.browseMore(this.#more)}</p>` : nothing}
        ${empty
          ? html`<div class="empty-results">
              <p class="empty-title">${strings.nothingFound}</p>
              ${this.#query.trim() ? html`<p class="empty-hint">${strings.nothingFoundHint}</p>` : nothing}
            </div>`
          : nothing}
      </div>
    `;
  }

  #renderGroups(groups: readonly CategoryGroup[]): TemplateResult[] {
    let index = 0;
    return groups.map((group, groupIndex) => {
      const labelId = `group-${groupIndex}`;
      return html`
        <div role="group" class="group" aria-labelledby=${labelId}>
          <div id=${labelId} part="group-label" class="group-label">${this.#categoryTitle(group.category.id)}</div>
          ${group.hits.map((hit) => this.#renderOption(hit, index++, false))}
        </div>
      `;
    });
  }

  #renderOption(hit: SearchHit, index: number, showCategory: boolean): TemplateResult {
    const title = localize(hit.objection.title, this.#uiLocale.value);
    const match = hit.match;
    const titleMatched = match?.field === 'title' && match.text === title;
    const current = this.#opened?.id === hit.objection.id;
    return html`
      <div
        id=${this.#optionId(index)}
        part="option"
        class="option ${current ? 'current' : ''}"
        role="option"
        aria-selected=${index === this.#activeIndex ? 'true' : 'false'}
        data-index=${index}
        @mousedown=${preventDefault}
        @click=${this.#handleOptionClick}
      >
        <span class="option-line">
          <span class="option-title">${titleMatched ? highlight(title, match.ranges) : title}</span>
          ${showCategory ? html`<span class="option-category">${this.#categoryTitle(hit.objection.category)}</span>` : nothing}
        </span>
        ${match && !titleMatched ? this.#renderMatch(match) : nothing}
      </div>
    `;
  }

  #renderMatch(match: SearchMatch): TemplateResult {
    const [open, close] = this.#strings.quotes;
    // A matched reply is previewed as the operator would say it: placeholders filled from the context and
    // from what the operator typed.
    const filled = match.field === 'reply' ? fillTemplateRanges(match.text, this.#values, match.ranges) : match;
    const shown = excerpt(filled.text, filled.ranges);
    return html`<span class="option-match" lang=${match.locale}>${open}${highlight(shown.text, shown.ranges)}${close}</span>`;
  }

  #categoryTitle(id: string): string {
    const category = this.#categories.get(id);
    return category ? localize(category.title, this.#uiLocale.value) : this.#strings.categoryFallback;
  }

  #renderNothingOpened(strings: UiStrings): TemplateResult {
    return html`
      <div class="nothing-opened">
        <p>${strings.pickObjection}</p>
        <ul class="keyboard-hints">
          ${strings.keyboardHints.map(
            ([keys, action]) => html`<li>${keys.map((key) => html`<kbd>${key}</kbd>`)} ${action}</li>`,
          )}
        </ul>
      </div>
    `;
  }

  #renderObjection(objection: Objection, strings: UiStrings): TemplateResult {
    const locale = this.#uiLocale.value;
    const context = this.#context;
    const hasMissing = this.#replies.some((reply) => missingPlaceholders(localize(reply.text, locale), context).length > 0);
    return html`
      <article part="objection" class="objection" aria-labelledby="objection-title">
        <div class="objection-header">
          <button part="back-button" class="back-button" type="button" @click=${() => void this.#back()}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" /></svg>
            ${strings.back}
          </button>
          <span class="chip">${this.#categoryTitle(objection.category)}</span>
        </div>
        <h2 id="objection-title" class="objection-title">${localize(objection.title, locale)}</h2>
        <section class="section" aria-labelledby="replies-heading">
          <h3 id="replies-heading" class="section-heading">${strings.replies}</h3>
          ${hasMissing ? html`<p class="unfilled-note">${strings.unfilledNote}</p>` : nothing}
          <ul class="replies">${objection.replies.map((reply) => this.#renderReply(objection, reply, strings))}</ul>
        </section>
        ${objection.followUps.map(
          (followUp, index) => html`
            <section part="follow-up" class="section follow-up" aria-labelledby="follow-up-${index}">
              <h3 id="follow-up-${index}" class="section-heading follow-up-heading">
                ${strings.ifCustomerSays(localize(followUp.customer, locale))}
              </h3>
              <ul class="replies">${followUp.replies.map((reply) => this.#renderReply(objection, reply, strings))}</ul>
            </section>
          `,
        )}
        ${objection.tips.length > 0
          ? html`
              <section class="section tips" aria-labelledby="tips-heading">
                <h3 id="tips-heading" class="section-heading">${strings.tips}</h3>
                <ul class="tip-list">
                  ${objection.tips.map((tip) => html`<li part="tip" class="tip">${localize(tip, locale)}</li>`)}
                </ul>
              </section>
            `
          : nothing}
      </article>
    `;
  }

  #renderReply(objection: Objection, reply: Reply, strings: UiStrings): TemplateResult {
    const index = this.#replies.indexOf(reply);
    const key = replyKey(objection.id, reply.id);
    const active = index === this.#activeReply;
    const state = this.#copyState?.key === key ? this.#copyState : undefined;
    const textId = `reply-text-${index}`;
    return html`
      <li part="reply" class="reply ${active ? 'active' : ''} ${state?.copied ? 'copied' : ''}">
        <p id=${textId} class="reply-text" data-reply=${index} @click=${this.#handleReplyTextClick}>${this.#renderTemplate(reply, index, strings)}</p>
        <div class="reply-footer">
          ${state ? html`<span class="reply-status ${state.unfilled > 0 || !state.copied ? 'warning' : ''}">${this.#statusText(state, strings)}</span>` : nothing}
          <button
            part="copy-button"
            class="copy-button"
            type="button"
            tabindex=${active ? '0' : '-1'}
            aria-describedby=${textId}
            data-reply=${index}
            @click=${this.#handleCopyClick}
          >
            ${state?.copied ? CHECK_ICON : COPY_ICON}${state?.copied ? strings.copied : strings.copy}
          </button>
        </div>
        ${state && !state.copied
          ? html`<textarea class="manual-copy" readonly rows="3" aria-label=${strings.copyFailed(copyShortcut())} .value=${state.text}></textarea>`
          : nothing}
      </li>
    `;
  }

  #statusText(state: CopyState, strings: UiStrings): string {
    if (!state.copied) return strings.copyFailed(copyShortcut());
    return state.unfilled > 0 ? strings.unfilled(state.unfilled) : '';
  }

  /** The reply with context values in place and a field for each placeholder the context has no value for. */
  #renderTemplate(reply: Reply, index: number, strings: UiStrings): Array<string | TemplateResult> {
    const context = this.#context;
    return parseTemplate(localize(reply.text, this.#uiLocale.value)).map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const label = placeholderLabel(strings, segment.name);
      const value = placeholderValue(context, segment.name);
      // Isolated, so that a value in another direction (an Arabic name) cannot reorder the reply around it.
      if (value !== undefined) return html`<bdi class="filled" title=${label}>${value}</bdi>`;
      return html`<input
        part="placeholder"
        class="placeholder"
        type="text"
        autocomplete="off"
        spellcheck="false"
        placeholder=${label}
        aria-label=${label}
        data-reply=${index}
        data-name=${segment.name}
        .value=${live(this.#typed.get(segment.name) ?? '')}
        @input=${this.#handlePlaceholderInput}
      />`;
    });
  }

  #renderNotices(strings: UiStrings): TemplateResult | typeof nothing {
    const notices = [...this.#notices];
    const loading = this.#srcLoading;
    if (!loading && notices.length === 0) return nothing;
    return html`
      <div class="notices">
        ${loading
          ? html`<div part="notice" class="notice loading"><span class="spinner" aria-hidden="true"></span>${this.#loadingMessage(strings)}</div>`
          : nothing}
        ${notices.map(([key, notice]) => this.#renderNotice(key, notice, strings))}
      </div>
    `;
  }

  #loadingMessage(strings: UiStrings): string {
    const progress = this.#srcProgress;
    if (!progress) return strings.catalogLoading;
    const loaded = formatMegabytes(this.#uiLocale.value, Math.floor(progress.loaded / BYTES_PER_MEGABYTE));
    const total = progress.total === undefined ? undefined : formatMegabytes(this.#uiLocale.value, progress.total / BYTES_PER_MEGABYTE);
    return strings.catalogLoadingProgress(loaded, total);
  }

  #failureText(failure: LoadFailure, strings: UiStrings): string {
    if (failure.kind === 'network' || failure.kind === 'invalid') return strings.catalogFailed(failure);
    // A fetch failure comes from the module that has its texts, so they are here.
    return this.#srcFailureText?.(this.#uiLocale.value, failure) ?? strings.catalogFailed({ kind: 'network' });
  }

  #renderNotice(key: 'src' | 'catalog', notice: CatalogNotice, strings: UiStrings): TemplateResult {
    const message = notice.failure
      ? `${this.#failureText(notice.failure, strings)} ${strings.builtinStillWorks}`
      : strings.catalogProblems(problemCount(notice));
    return html`
      <div part="notice" class="notice ${notice.failure ? 'failed' : ''}" data-source=${key}>
        <div class="notice-line">
          <svg class="notice-icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M8 4.75v4M8 11.25v.01" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
          </svg>
          <span class="notice-message">${message}</span>
          <button class="icon-button dismiss-button" type="button" aria-label=${strings.dismiss} @click=${() => this.#dismissNotice(key)}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 4.5l7 7M11.5 4.5l-7 7" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg>
          </button>
        </div>
        ${problemDetails(notice, {
          open: this.#openDetails.has(key),
          onToggle: (open) => this.#toggleDetails(key, open),
          summary: strings.details,
          moreProblems: strings.moreProblems,
          className: 'notice-details',
        })}
      </div>
    `;
  }

  #dismissNotice(key: 'src' | 'catalog'): void {
    this.#notices.delete(key);
    this.#openDetails.delete(key);
    this.requestUpdate();
  }

  #toggleDetails(key: 'src' | 'catalog', open: boolean): void {
    if (open === this.#openDetails.has(key)) return;
    if (open) this.#openDetails.add(key);
    else this.#openDetails.delete(key);
    this.requestUpdate();
  }
}

const COPY_ICON = html`<svg viewBox="0 0 16 16" aria-hidden="true"><rect x="5.25" y="5.25" width="8" height="8" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M10.75 3.25v-.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" stroke-width="1.5" /></svg>`;
const CHECK_ICON = html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3.5 8.5 6.5 11.5 12.5 4.5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" /></svg>`;

const preventDefault = (event: Event) => event.preventDefault();

/** `value` through JSON, or `undefined` when it has no JSON form (a cycle, a BigInt). */
function jsonCopy(value: CatalogInput): CatalogInput | undefined {
  try {
    return JSON.parse(JSON.stringify(value)) as CatalogInput;
  } catch {
    return undefined;
  }
}

/** A key press that types a character (not a shortcut, not Space, which presses the focused button). */
function isPrintable(event: KeyboardEvent): boolean {
  return [...event.key].length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function copyShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
}

/** A long matched text cut to a window around its first match, with the ranges moved to match. */
function excerpt(text: string, ranges: readonly TextRange[]): { text: string; ranges: TextRange[] } {
  if (text.length <= EXCERPT_LENGTH) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - EXCERPT_LEAD);
  if (start > 0) {
    const wordStart = text.indexOf(' ', start);
    start = wordStart >= 0 && wordStart < first ? wordStart + 1 : start;
  }
  const end = Math.min(text.length, start + EXCERPT_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  const shifted: TextRange[] = [];
  for (const [from, to] of ranges) {
    const clippedFrom = Math.max(from, start);
    const clippedTo = Math.min(to, end);
    if (clippedTo > clippedFrom) shifted.push([clippedFrom + shift, clippedTo + shift]);
  }
  return { text: `${prefix}${text.slice(start, end).trimEnd()}${end < text.length ? '…' : ''}`, ranges: shifted };
}
