import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { localize } from '../core/index.js';
import { emit } from '../ui/emit.js';
import type { LocaleController } from '../ui/locale-controller.js';
import { addStyles } from './added-styles.js';
import { openedVia } from './call-recorder.js';
import type { EngineController } from './controllers/engine-controller.js';
import { answering, type HotkeyController } from './controllers/hotkey-controller.js';
import type { HeardObjection } from './engine/engine-protocol.js';
import type { FirstPaintStrings } from './i18n.js';
import type { SearchSession } from './search-session.js';
import type { DeskView } from './templates/desk-view.js';
import { renderSuggestion, suggestionKeys, suggestionStyles } from './templates/suggestion-card.js';
import { suggestionStrings } from './templates/suggestion-text.js';

// The element's `hear()`, a chunk of its own (`objection-desk-hearing-*.js`) loaded by the first line heard: the
// suggestion card, its keys, and the rule that keeps it from repeating itself. The lines' words are matched where
// the search runs (the engine's `detect` request); they never leave the page and are never logged.

/** Who said a line, and whether speech-to-text is done with it. */
export interface HearOptions {
  /** Only the customer's lines are matched; the operator's never suggest anything. */
  readonly speaker: 'customer' | 'operator';
  /** False for an interim fragment of a line still being said (it grows, then comes once more as final); default true. */
  readonly final?: boolean;
}

/** The element, as its hearing needs it. */
export interface HearingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The widgets hearing a call; of those showing a suggestion, the one focused last answers Alt+1, else the first visible. */
const hearings = new Set<Hearing>();

/**
 * How sure a detection in an interim fragment must be to show: on the demo's calls, the first words of fragments raised
 * wrong suggestions (store-info, return-order, call-back-later) at up to 0.87; every one at 0.9 or more was right.
 */
const INTERIM_CONFIDENCE = 0.9;
/** A suggestion beside a better one shows only when at least this share as sure as the best. */
const RUNNER_UP_SHARE = 0.75;
/** The longest a preparation (`hear('')`) waits for the browser to be idle, in ms. */
const PREPARE_MAX_DELAY_MS = 1000;

/**
 * The lines of a call heard by the element, and the card suggesting the objections they raise. The rule against
 * repeats: a line's objections are suggested, except those the last customer line that raised any raised too — so
 * an objection said twice in a row is suggested once, and again once something else was said in between (ordinary
 * talk, which raises nothing, is not something else). Interim fragments of a line are matched as they come; each
 * replaces what the line's earlier fragment suggested, and the final fragment settles it.
 */
export class Hearing implements ReactiveController {
  readonly #host: HearingHost;
  readonly #engine: Pick<EngineController, 'send' | 'lookup' | 'listener'>;
  readonly #session: Pick<SearchSession, 'announce'>;
  /** The interface's language, and the catalog texts' (`tag`): the customer's. */
  readonly #languages: Pick<LocaleController, 'value' | 'tag'>;
  readonly #hotkey: Pick<HotkeyController, 'summon'>;
  /** The interface texts, the page's `strings` over them. */
  readonly #strings: () => FirstPaintStrings;
  /** The objections the card shows, best first; none while it is hidden. */
  #shown: readonly HeardObjection[] = [];
  /** The objections of the last customer line that raised any: the next line does not suggest them again. */
  #previous = new Set<string>();
  /**
   * The line still being said, once a fragment of it was matched: the objections it told the page of, those the
   * operator dismissed or opened (its next fragments do not bring them back), and whether it shows the card.
   */
  #line: { readonly told: Set<string>; readonly gone: Set<string>; shows: boolean } | undefined;
  /** Lines are handled one at a time, in the order heard. */
  #queue: Promise<void> = Promise.resolve();
  #fragments = 0;
  /** The engine's answers waited for, by request id. */
  readonly #waiting = new Map<number, (detected: readonly HeardObjection[]) => void>();

  /** The element's parts it works with: the lines are matched by its `engine`, a suggestion opened as the `hotkey` focuses. */
  constructor(
    host: HearingHost,
    engine: Pick<EngineController, 'send' | 'lookup' | 'listener'>,
    session: Pick<SearchSession, 'announce'>,
    languages: Pick<LocaleController, 'value' | 'tag'>,
    hotkey: Pick<HotkeyController, 'summon'>,
    strings: () => FirstPaintStrings,
  ) {
    this.#host = host;
    this.#engine = engine;
    this.#session = session;
    this.#languages = languages;
    this.#hotkey = hotkey;
    this.#strings = strings;
    engine.listener = (response) => {
      const waiting = this.#waiting.get(response.id);
      if (!waiting || (response.kind !== 'detected' && response.kind !== 'failed')) return;
      this.#waiting.delete(response.id);
      waiting(response.kind === 'detected' ? response.detected : []);
    };
    addStyles(host.renderRoot as ShadowRoot, suggestionStyles);
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', handleKeydown, true);
    hearings.add(this);
  }

  hostDisconnected(): void {
    hearings.delete(this);
    // An element that stays out of the page frees its engine, which answers nothing more: the lines heard go unanswered.
    for (const waiting of this.#waiting.values()) waiting([]);
    this.#waiting.clear();
  }

  /** Matches a line of the call (see `ObjectionDesk.hear`); settles once the card shows what it raised. */
  hear(text: string, { speaker, final = true }: HearOptions): Promise<void> {
    text = String(text);
    // No text: a hint that a call starts; the detection's tables are built while the browser is idle.
    if (text.trim() === '') return idle().then(async () => void (await this.#detect('')));
    if (speaker !== 'customer') return this.#queue;
    const fragment = ++this.#fragments;
    return (this.#queue = this.#queue.then(async () => {
      // An interim fragment a newer one followed before its turn: the newer says all it said.
      if (!final && fragment !== this.#fragments) return;
      this.#heard(text, await this.#detect(text), final);
    }));
  }

  #heard(text: string, detected: readonly HeardObjection[], final: boolean): void {
    const line = (this.#line ??= { told: new Set(), gone: new Set(), shows: false });
    // A line still being said is matched on its first words, whose sense its next ones often change ("а вот доставка"
    // is a question about delivery until "…три дня это долго"): a fragment adds only near-certain suggestions, and
    // keeps those it had; the final line is matched in full.
    // Beside a likely objection, a far weaker one is the line's other words heard as something ("i had another look"
    // as call-back-later beside "too expensive"): it shows only when nearly as likely.
    const least = (detected[0]?.confidence ?? 0) * RUNNER_UP_SHARE;
    const fresh = detected.filter(
      ({ id, confidence }) =>
        confidence >= least && (final || confidence >= INTERIM_CONFIDENCE || line.told.has(id)) && !this.#previous.has(id) && !line.gone.has(id),
    );
    if (fresh.length > 0 || line.shows) {
      this.#show(fresh);
      line.shows = fresh.length > 0;
    }
    for (const { id, confidence } of fresh) {
      if (line.told.has(id)) continue;
      line.told.add(id);
      emit(this.#host, 'objection-detect', { id, confidence, text });
    }
    if (final) {
      if (detected.length > 0) this.#previous = new Set(detected.map(({ id }) => id));
      this.#line = undefined;
    }
  }

  /** Shows `heard` on the card (nothing hides it), said politely when it changes what is best. */
  #show(heard: readonly HeardObjection[]): void {
    const [best] = heard;
    if (best && best.id !== this.#shown[0]?.id) {
      const languages = this.#languages;
      this.#session.announce(suggestionStrings(languages.value, this.#strings()).heard(localize(best.title, languages.tag), suggestionKeys(0)));
    }
    this.#shown = heard;
    this.#host.requestUpdate();
  }

  /** A new call: the card goes, and nothing said before counts against a repeat. */
  newCall(): void {
    this.#previous = new Set();
    this.#line = undefined;
    this.#show([]);
  }

  /** Hides the card the operator is done with: the line being said does not show its suggestions again. */
  #dismiss(): void {
    for (const { id } of this.#shown) this.#line?.gone.add(id);
    this.#show([]);
  }

  /** Opens the suggestion at `index`; false when the card has none there. */
  open(index: number): boolean {
    const heard = this.#shown[index];
    if (!heard) return false;
    this.#dismiss();
    openedVia.set(this.#host, { via: 'detect', objectionId: heard.id });
    // Focus goes to the objection, and back where it was after a copy, as after the hotkey.
    this.#hotkey.summon();
    this.#engine.lookup(heard.id, 'open');
    return true;
  }

  /** The card, while it shows a suggestion. */
  render(view: DeskView): TemplateResult | undefined {
    if (this.#shown.length === 0) return undefined;
    return renderSuggestion(view, {
      heard: this.#shown,
      onOpenClick: (event) => this.open(Number((event.currentTarget as HTMLElement).dataset['index'])),
      onDismiss: () => this.#dismiss(),
      onKeydown: (event) => {
        if (event.key !== 'Escape' || event.isComposing) return;
        event.preventDefault();
        this.#dismiss();
        // The card had focus: the search box takes it.
        this.#host.focus();
      },
    });
  }

  /** The objections `text` raises, in the catalogs searched, said in the catalog texts' language. */
  #detect(text: string): Promise<readonly HeardObjection[]> {
    return new Promise((detected) => {
      const id = this.#engine.send({ kind: 'detect', text, locale: this.#languages.tag });
      if (id === undefined) detected([]);
      else this.#waiting.set(id, detected);
    });
  }

  get #visible(): boolean {
    return this.#shown.length > 0 && this.#host.checkVisibility();
  }

  /** Alt+1…3 from anywhere on the page: the widget's suggestion, if it shows one there. */
  static choose(index: number): Hearing | undefined {
    return answering(
      [...hearings].filter((hearing) => hearing.#shown.length > index && hearing.#visible),
      (hearing) => hearing.#host,
    );
  }
}

function handleKeydown(event: KeyboardEvent): void {
  // A key pressed to compose text in an input method is the input method's; AltGr (Control+Alt) types characters.
  if (event.isComposing || event.keyCode === 229 || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  // By the key's place, whatever the layout: Alt+1 types "¡" on a Mac.
  const digit = /^(Digit|Numpad)([1-3])$/.exec(event.code);
  if (!digit) return;
  const index = Number(digit[2]) - 1;
  const chosen = Hearing.choose(index);
  if (!chosen) return;
  event.preventDefault();
  chosen.open(index);
}

/** Resolves once the browser is idle, or after {@link PREPARE_MAX_DELAY_MS}. */
function idle(): Promise<unknown> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(resolve, { timeout: PREPARE_MAX_DELAY_MS });
    else setTimeout(resolve, PREPARE_MAX_DELAY_MS);
  });
}
