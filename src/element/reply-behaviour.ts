import type { ReactiveControllerHost } from 'lit';
import { fillTemplate, localize, missingPlaceholders, type Locale, type Objection } from '../core/index.js';
import { copyShortcut } from '../ui/clipboard.js';
import { CopyController } from '../ui/copy-controller.js';
import { emit } from '../ui/emit.js';
import { ReplyState, replyKey, type ReplyCopy } from './reply-state.js';
import type { Saying } from './search-session.js';

/**
 * The opened objection and its replies: which is active, the values typed for placeholders, and copying a
 * reply with its placeholders filled (the outcome shown on the reply, said in the live region, and told as
 * `reply-copy`).
 */
export class ReplyBehaviour {
  readonly state = new ReplyState();
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #copy: CopyController<ReplyCopy>;
  readonly #announce: (message: Saying) => void;

  /** `announce` says an opened objection and a copy's outcome in the host's live region. */
  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, announce: (message: Saying) => void) {
    this.#host = host;
    this.#copy = new CopyController(host);
    this.#announce = announce;
  }

  /** The outcome of the last copy, while it is shown. */
  get copied(): ReplyCopy | undefined {
    return this.#copy.outcome;
  }

  /** Shows `objection`, or its fresh copy after the catalogs changed; another objection's copy outcome goes. */
  show(objection: Objection): void {
    if (this.state.opened?.id !== objection.id) this.#copy.forget();
    this.state.show(objection);
  }

  /** Opens `objection` at its first reply, and says its title and how many replies it has. */
  open(objection: Objection): void {
    this.show(objection);
    this.state.active = 0;
    const count = this.state.replies.length;
    this.#announce((strings, textLocale) => `${localize(objection.title, textLocale)}. ${strings.replies}: ${count}`);
  }

  close(): void {
    this.state.close();
    this.#copy.forget();
  }

  /**
   * Copies reply `index` of the opened objection as the operator sees it. False only when the clipboard refused
   * (the text is then for the operator to copy by hand); with no such reply there is nothing to copy, and nothing refused.
   */
  async copy(index: number, locale: Locale): Promise<boolean> {
    const { state } = this;
    const { opened } = state;
    const reply = state.replies[index];
    if (!opened || !reply) return true;
    const template = localize(reply.text, locale);
    const { values } = state;
    const text = fillTemplate(template, values);
    const unfilled = missingPlaceholders(template, values).length;
    state.active = index;
    const { copied } = await this.#copy.copy(text, (copied) => ({ key: replyKey(opened.id, reply.id), copied, unfilled, text }));
    this.#announce((strings) => {
      const status = copied ? strings.copied : strings.copyFailed(copyShortcut());
      return unfilled > 0 ? `${status}. ${strings.unfilled(unfilled)}` : status;
    });
    emit(this.#host, 'reply-copy', { objectionId: opened.id, replyId: reply.id, text, copied });
    this.#host.requestUpdate();
    return copied;
  }
}
