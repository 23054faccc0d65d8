import type { ReactiveControllerHost } from 'lit';
import { fillTemplate, localize, missingPlaceholders, type Locale, type Objection } from '../core/index.js';
import { copyShortcut } from '../ui/clipboard.js';
import { CopyController } from '../ui/copy-controller.js';
import { emit } from '../ui/emit.js';
import type { ReplyOutcome } from './events.js';
import type { UiLocale } from '../ui/locale.js';
import { moveFrom, pressed, type ReplyStop } from './reply-fields.js';
import { ReplyState, replyKey, type ReplyCopy } from './reply-state.js';
import type { Saying } from './search-session.js';
import { paneStrings, type PaneTexts } from './templates/pane-text.js';
import type { TypedValues } from './typed-values.js';

/** The languages of an update: the catalog texts' (`tag`) and the interface's (`value`), as the locale controller has them. */
export interface Languages {
  readonly tag: Locale;
  readonly value: UiLocale;
}

/**
 * The opened objection and its replies: which is active, the values typed for placeholders, and copying a
 * reply with its placeholders filled (the outcome shown on the reply, said in the live region, and told as
 * `reply-copy`). What Enter and the arrows do with the replies' fields is in reply-fields.ts.
 */
export class ReplyBehaviour {
  readonly state: ReplyState;
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly #copy: CopyController<ReplyCopy>;
  /** Says something in the host's live region: a text, or words said again in the new language after a switch. */
  readonly announce: (message: string | Saying) => void;
  /** The host's languages, as of its last update: what is said again after a switch is said in the new one. */
  readonly #languages: Languages;
  /** Where in the host's shadow root the replies are, as a selector ('' for anywhere). */
  readonly #within: string;
  /** Copies are told as `reply-copy`: not those of a call script's step, whose text is no objection's reply. */
  readonly #tell: boolean;
  /** What the operator had typed to find the opened objection; `reply-outcome` tells it. */
  query = '';
  /**
   * The reply copied last (as `replyKey` names it), offering its "Worked" / "Did not work" marks until another
   * objection is shown or another reply copied; with the mark chosen, once it was.
   */
  marks: { readonly key: string; readonly objectionId: string; readonly replyId: string; outcome?: ReplyOutcome } | undefined;

  /**
   * `announce` says an opened objection and a copy's outcome in the host's live region, in `languages`; `typed`
   * fills the placeholders. A call script's step, shown as one reply, is `within` its view, and its copies are not
   * told (`tell` false).
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    announce: (message: string | Saying) => void,
    languages: Languages,
    typed: TypedValues,
    { within = '', tell = true } = {},
  ) {
    this.state = new ReplyState(typed);
    this.#within = within;
    this.#tell = tell;
    this.#languages = languages;
    this.#host = host;
    this.#copy = new CopyController(host);
    this.announce = announce;
  }

  /** The outcome of the last copy, while it is shown. */
  get copied(): ReplyCopy | undefined {
    return this.#copy.outcome;
  }

  /** Shows `objection`, or its fresh copy after the catalogs changed; another objection's copy outcome goes. */
  show(objection: Objection): void {
    if (this.state.opened?.id !== objection.id) {
      this.#copy.forget();
      this.marks = undefined;
    }
    this.state.show(objection);
  }

  /** Opens `objection` at its first reply, and says its title and how many replies it has. */
  open(objection: Objection): void {
    this.show(objection);
    this.state.active = 0;
    const count = this.state.replies.length;
    this.announce((strings, textLocale) => `${localize(objection.title, textLocale)}. ${this.#texts(strings).replies}: ${count}`);
  }

  close(): void {
    this.state.close();
    this.#copy.forget();
    this.marks = undefined;
  }

  /**
   * Marks the reply copied last as worked with the customer, or not: said in the live region and told as
   * `reply-outcome`. Once per copy; false when no copy offers its marks, or it was marked already.
   */
  mark(outcome: ReplyOutcome): boolean {
    const { marks } = this;
    if (!marks || marks.outcome) return false;
    marks.outcome = outcome;
    this.announce((strings) => {
      const texts = this.#texts(strings);
      return texts.marked(outcome === 'worked' ? texts.worked : texts.notWorked);
    });
    emit(this.#host, 'reply-outcome', { objectionId: marks.objectionId, replyId: marks.replyId, outcome, query: this.query });
    this.#host.requestUpdate();
    return true;
  }

  /** Makes `stop`'s reply the active one and focuses the stop: the reply's copy button, or one of its fields. */
  go({ reply, field }: ReplyStop): void {
    this.state.active = reply;
    this.#host.requestUpdate();
    const selector = field === undefined ? `button[data-reply="${reply}"]` : `[data-reply="${reply}"][data-field="${field}"]`;
    this.#host.renderRoot.querySelector<HTMLElement>(`${this.#within} ${selector}`)?.focus();
  }

  /** Moves focus for an arrow key, Home or End pressed on `target`: a reply's button or field, or else in the objection. */
  moveFrom(target: HTMLElement, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End', languages: Languages): void {
    moveFrom(this, target, key, languages);
  }

  /**
   * Enter or a click on reply `index`, or Enter in its field `field`: copies the reply, or sends the operator to an
   * empty field of it (see `pressed` in reply-fields.ts). False only when the clipboard refused (see {@link copy}).
   */
  press(index: number, languages: Languages, strings: PaneTexts, field?: number): Promise<boolean> | true {
    return pressed(this, index, languages, strings, field);
  }

  /**
   * Copies reply `index` of the opened objection as the operator sees it; `left` says what the placeholders left empty
   * were. False only when the clipboard refused (the text is then for the operator to copy by hand); with no such reply
   * there is nothing to copy, and nothing refused.
   */
  async copy(index: number, locale: Locale, left?: (unfilled: readonly string[]) => string): Promise<boolean> {
    const { state } = this;
    const { opened } = state;
    const reply = state.replies[index];
    if (!opened || !reply) return true;
    const template = localize(reply.text, locale);
    const { values } = state;
    const text = fillTemplate(template, values);
    const unfilled = missingPlaceholders(template, values);
    const said = (unfilled.length > 0 && left?.(unfilled)) || '';
    state.active = index;
    const { copied } = await this.#copy.copy(text, (copied) => ({ key: replyKey(opened.id, reply.id), copied, left: said, text }));
    this.announce(copied ? said || ((strings) => strings.copied) : (strings) => this.#texts(strings).copyFailed(copyShortcut()));
    if (this.#tell) {
      this.marks = { key: replyKey(opened.id, reply.id), objectionId: opened.id, replyId: reply.id };
      emit(this.#host, 'reply-copy', { objectionId: opened.id, replyId: reply.id, text, copied, unfilled });
    }
    this.#host.requestUpdate();
    return copied;
  }

  /** The opened objection's texts, with the host's `strings` over them, in the interface language as of now. */
  #texts(strings: Parameters<Saying>[0]): PaneTexts {
    return paneStrings(this.#languages.value, strings);
  }
}
