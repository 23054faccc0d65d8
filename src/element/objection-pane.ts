import { adoptStyles, type ReactiveControllerHost, type ReactiveElement, type TemplateResult } from 'lit';
import type { Objection } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { CallRecorder, openedWithout, type LoggedEvent } from './call-recorder.js';
import type { EngineController } from './controllers/engine-controller.js';
import type { FirstPaintStrings } from './i18n.js';
import type { ReplyOutcome } from './events.js';
import { ReplyBehaviour, type Languages } from './reply-behaviour.js';
import type { ReplyMarks } from './reply-state.js';
import type { Saying } from './search-session.js';
import type { DeskView } from './templates/desk-view.js';
import { renderObjection } from './templates/opened-objection.js';
import { openedObjectionStyles } from './templates/opened-objection.styles.js';
import { paneStrings } from './templates/pane-text.js';
import type { TypedValues } from './typed-values.js';

// The opened objection, a chunk of its own: the element's first script paints the search without it, and loads it
// when the browser is idle after that first paint (the first objection opened waits for it).

/** The element an objection pane is in. */
export interface PaneHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The built-in catalog, and its call scripts, are left out. */
  readonly noBuiltin: boolean;
  /** `off` keeps no local call log. */
  readonly log?: string;
  /** Replies with enough marks in the local log are ordered by them. */
  readonly learn?: boolean;
}

/** What the pane takes from the element. */
export interface PaneOptions {
  /** The languages of the catalog texts and of the interface, as of the last update. */
  readonly languages: Languages;
  /** The interface texts, as of the last update. */
  readonly strings: () => FirstPaintStrings;
  /** The placeholders' values, which the element's results show too. */
  readonly typed: TypedValues;
  /** Says something in the element's live region. */
  readonly announce: (message: string | Saying) => void;
  /**
   * The element's search engine: a call script is looked up there, and the objection an answer opens; its
   * `categories` are new once it shows newer catalogs.
   */
  readonly engine: Pick<EngineController, 'lookup' | 'script' | 'categories'>;
  /** What the operator has typed in the search box. */
  readonly query: () => string;
  /** Back to the results, focusing the search box; with `query`, a new search for it. */
  readonly back: (query?: string) => void;
  /** Settles once the update requested is rendered. */
  readonly rendered: () => Promise<unknown>;
}

/**
 * The opened objection's replies, as the element shows them and as the operator works with them: the arrows and
 * Enter on the replies and their fields, copying, and the placeholder values typed. The element creates one once
 * this chunk has loaded, and renders the objection pane with it.
 */
export class ObjectionPane {
  readonly #host: PaneHost;
  readonly #options: PaneOptions;
  readonly #replies: ReplyBehaviour;
  readonly #recorder: CallRecorder;
  /** With `learn`, the marks of the replies in the local log, read once (see {@link learnedRates}). */
  #rates: Promise<ReadonlyMap<string, ReplyMarks> | undefined> | undefined;

  constructor(host: PaneHost, options: PaneOptions) {
    this.#host = host;
    this.#options = options;
    this.#replies = new ReplyBehaviour(host, options.announce, options.languages, options.typed);
    this.#recorder = new CallRecorder(host, () => ({ query: this.#replies.query, locale: options.languages.tag }));
    // After the element's own, Lit's way: adopted style sheets, else <style> elements with the page's CSP nonce.
    adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof ReactiveElement).elementStyles, openedObjectionStyles]);
  }

  /** The objection open; undefined when none is. */
  get opened(): Objection | undefined {
    return this.#replies.state.opened;
  }

  /**
   * Opens `objection` at its first reply and says its title and how many replies it has; settles once it is shown,
   * scrolled to its top, with its first reply focused.
   */
  async open(objection: Objection): Promise<void> {
    // Opened by a call script's answer or the suggestion card, it was found without the search box, whatever it holds.
    this.#replies.query = openedWithout(this.#host, objection.id) ? '' : this.#options.query().trim();
    const { state } = this.#replies;
    // Read before the objection shows, so that no reply moves under the operator.
    if (this.#host.learn) state.rates = await (this.#rates ??= learnedRates());
    else state.rates = undefined;
    this.#replies.open(objection);
    this.#host.requestUpdate();
    await this.#options.rendered();
    this.#host.renderRoot.querySelector('.objection-pane')?.scrollTo({ top: 0 });
    this.#replies.go({ reply: 0 });
  }

  /** Shows the fresh copy of the opened objection after the catalogs changed. */
  show(objection: Objection): void {
    this.#replies.show(objection);
  }

  close(): void {
    this.#replies.close();
  }

  /** Logs `name` that the element told before this chunk had loaded, as if its recorder had heard it. */
  told<K extends LoggedEvent>(name: K, detail: HTMLElementEventMap[K]['detail']): void {
    this.#recorder.told(name, detail);
  }

  /** A new call: the call log's records from now on have a new call id. */
  newCall(): void {
    this.#recorder.newCall();
  }

  /** The opened objection; undefined when none is (the element shows the keyboard hints then). */
  render(view: DeskView): TemplateResult | undefined {
    const { opened } = this;
    return opened
      ? renderObjection(opened, {
          ...view,
          strings: paneStrings(view.locale, view.strings),
          replies: this.#replies.state,
          copied: this.#replies.copied,
          marks: this.#replies.marks,
          onOutcomeClick: (event: MouseEvent) => this.#replies.mark((event.currentTarget as HTMLElement).dataset['outcome'] as ReplyOutcome),
          onGap: this.#handleGap,
          onBack: () => this.#options.back(),
          onReplyTextClick: this.#handleReplyTextClick,
          onCopyClick: this.#handleCopyClick,
          onPlaceholderInput: this.#handlePlaceholderInput,
        })
      : undefined;
  }

  /** Keys pressed in the objection pane: the arrows, Home and End among the replies, Enter in a field, Escape, a letter. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return;
    const target = event.composedPath()[0] as HTMLElement;
    const isField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    const { reply, field } = target.dataset;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
      case 'Home':
      case 'End':
        // In a field, Home and End move its caret.
        if (isField && (event.key === 'Home' || event.key === 'End')) return;
        break;
      case 'Escape':
        event.preventDefault();
        this.#options.back();
        return;
      case 'Enter':
        if (field !== undefined) {
          event.preventDefault();
          void this.#copyReply(Number(reply), Number(field));
        }
        return;
      default:
        if (isField || !isPrintable(event)) return;
        // Right after a copy, + and - mark the copied reply "Worked" and "Did not work"; else they are typed too.
        if (MARK_KEYS[event.key] && this.#replies.mark(MARK_KEYS[event.key]!)) return event.preventDefault();
        // Typing a letter on a reply starts a new search with it, so the operator never has to go back first.
        event.preventDefault();
        this.#options.back(event.key);
        return;
    }
    // The text of a refused copy keeps its arrows.
    if (this.#replies.state.replies.length === 0 || (isField && reply === undefined)) return;
    event.preventDefault();
    this.#replies.moveFrom(target, event.key, this.#options.languages);
  };

  /** Focus on a reply's button or field makes that reply the active one. */
  readonly handleFocusin = (event: FocusEvent): void => {
    const index = (event.composedPath()[0] as HTMLElement).dataset?.['reply'];
    const { state } = this.#replies;
    if (index !== undefined && Number(index) !== state.active) {
      state.active = Number(index);
      this.#host.requestUpdate();
    }
  };

  readonly #handleCopyClick = (event: MouseEvent): void => {
    void this.#copyReply(Number((event.currentTarget as HTMLElement).dataset['reply']));
  };

  readonly #handleReplyTextClick = (event: MouseEvent): void => {
    // Clicks on a placeholder field edit it, and a drag that selected text is for copying a part by hand.
    if (event.composedPath()[0] instanceof HTMLTextAreaElement) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const index = Number((event.currentTarget as HTMLElement).dataset['reply']);
    this.#replies.go({ reply: index });
    void this.#copyReply(index);
  };

  readonly #handleGap = (): void => {
    const { opened } = this;
    if (opened) emit(this.#host, 'objection-gap', { query: this.#replies.query, locale: this.#options.languages.tag, objectionId: opened.id });
  };

  readonly #handlePlaceholderInput = (event: InputEvent): void => {
    const field = event.target as HTMLTextAreaElement;
    this.#replies.state.type(field.dataset['name']!, field.value);
    // Every other field for the same placeholder, in this reply and the others, follows.
    this.#host.requestUpdate();
  };

  /** Copies reply `index` (or goes to its empty field); when the clipboard refused, selects its text for a copy by hand. */
  async #copyReply(index: number, field?: number): Promise<void> {
    const { languages } = this.#options;
    if (await this.#replies.press(index, languages, paneStrings(languages.value, this.#options.strings()), field)) return;
    await this.#options.rendered();
    const manual = this.#host.renderRoot.querySelector<HTMLTextAreaElement>('.manual-copy');
    manual?.focus();
    manual?.select();
  }
}

/** The keys that mark the reply copied last. */
const MARK_KEYS: Readonly<Record<string, ReplyOutcome>> = { '+': 'worked', '-': 'failed' };

/**
 * With the `learn` attribute: the marks of the replies in the local log, by `replyKey`, kept up to date as the
 * operator marks more. Undefined when the log's chunk does not load: the catalog's order stays.
 */
async function learnedRates(): Promise<ReadonlyMap<string, ReplyMarks> | undefined> {
  try {
    return await (await import('./call-log.js')).replyRates();
  } catch {
    return undefined;
  }
}

/** A key press that types a character (not a shortcut, not Space, which presses the focused button). */
function isPrintable(event: KeyboardEvent): boolean {
  return [...event.key].length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
