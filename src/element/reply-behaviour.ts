import type { ReactiveControllerHost } from 'lit';
import { fillTemplate, localize, missingPlaceholders, type Locale, type Objection } from '../core/index.js';
import { copyShortcut } from '../ui/clipboard.js';
import { CopyController } from '../ui/copy-controller.js';
import { emit } from '../ui/emit.js';
import type { FirstPaintStrings } from './i18n.js';
import { ReplyState, replyKey, type ReplyCopy } from './reply-state.js';

/**
 * The opened objection and its replies: which is active, the values typed for placeholders, and copying a
 * reply with its placeholders filled (the outcome shown on the reply, said in the live region, and told as
 * `reply-copy`).
 */
export class ReplyBehaviour {
  readonly state = new ReplyState();
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #copy: CopyController<ReplyCopy>;
  readonly #announce: (message: string) => void;

  /** `announce` says a copy's outcome in the host's live region. */
  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, announce: (message: string) => void) {
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

  close(): void {
    this.state.close();
    this.#copy.forget();
  }

  /**
   * Copies reply `index` of the opened objection as the operator sees it. False only when the clipboard refused
   * (the text is then for the operator to copy by hand); with no such reply there is nothing to copy, and nothing refused.
   */
  async copy(index: number, locale: Locale, strings: FirstPaintStrings): Promise<boolean> {
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
    const status = copied ? strings.copied : strings.copyFailed(copyShortcut());
    this.#announce(unfilled > 0 ? `${status}. ${strings.unfilled(unfilled)}` : status);
    emit(this.#host, 'reply-copy', { objectionId: opened.id, replyId: reply.id, text, copied });
    this.#host.requestUpdate();
    return copied;
  }
}
