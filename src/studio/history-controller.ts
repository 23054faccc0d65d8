import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { UiLocale } from '../ui/locale.js';
import type { DraftSession } from './draft-session.js';
import type { StudioStrings } from './i18n.js';
import type { ObjectionList } from './objection-list.component.js';

/** What the line under the toolbar last said about the history. */
type HistoryMessage =
  /** A delete, with "Undo" while it is the change Undo would undo. */
  | { readonly kind: 'deleted'; readonly name: string; readonly step: number | undefined }
  | { readonly kind: 'undone' | 'redone' };

export interface HistoryHostOptions {
  readonly session: () => DraftSession;
  readonly strings: () => StudioStrings;
  readonly lang: () => UiLocale;
  /** After an undo or redo of the change `step`: the studio checks and saves the draft. */
  readonly moved: (step: number | undefined, undone: boolean) => void;
  /** The studio's list of objections. */
  readonly list: () => ObjectionList | null;
}

/** Input types that are not text: the keys of Undo go to the studio there. */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether `target` keeps its own Undo (a text field, an editable region). */
const isTextField = (target: EventTarget | undefined): boolean =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)) || (target instanceof HTMLElement && target.isContentEditable);

/** The draft path (`data-path`) of the text field focused inside `root`, through nested shadow roots. */
export function typedField(root: DocumentOrShadowRoot): string | undefined {
  let focused = root.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused && isTextField(focused) ? (focused.getAttribute('data-path') ?? undefined) : undefined;
}

const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);
const UNDO_KEYS = IS_APPLE ? '⌘Z' : 'Ctrl+Z';
const REDO_KEYS = IS_APPLE ? '⇧⌘Z' : 'Ctrl+Shift+Z, Ctrl+Y';

/**
 * Undo and Redo in the studio: the toolbar's buttons, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on Apple keyboards)
 * when the focus is not in a text field (a field keeps its own undo of what is typed in it), and the polite
 * line that tells of a delete and offers to undo it.
 */
export class HistoryController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: HistoryHostOptions;
  #message: HistoryMessage | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: HistoryHostOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#handleKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#handleKeydown);
  }

  undo = (): boolean => this.#move(true);

  redo = (): boolean => this.#move(false);

  /** An objection named `name` was just deleted: say so, offer Undo, and put the focus on the objection shown now. */
  deleted(name: string): void {
    this.#message = { kind: 'deleted', name, step: this.#options.session().lastStep };
    this.#host.requestUpdate();
    void this.#focusSelected();
  }

  /** The draft changed: the message of a delete no longer offers to undo it once another change is the last. */
  changed(): void {
    if (this.#message?.kind !== 'deleted' || this.#message.step !== this.#options.session().lastStep) this.#message = undefined;
  }

  /** The toolbar's Undo and Redo buttons. */
  buttons(): TemplateResult {
    const strings = this.#options.strings();
    const session = this.#options.session();
    return html`<div class="toolbar-group history" role="group" aria-label=${strings.historyGroup}>
      <button type="button" title=${`${strings.undo} (${UNDO_KEYS})`} aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!session.canUndo} @click=${this.undo}>
        ${strings.undo}
      </button>
      <button type="button" title=${`${strings.redo} (${REDO_KEYS})`} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z" ?disabled=${!session.canRedo} @click=${this.redo}>
        ${strings.redo}
      </button>
    </div>`;
  }

  /** The polite live region under the toolbar; always there, so that what it says is announced. */
  status(): TemplateResult {
    const strings = this.#options.strings();
    const message = this.#message;
    const canUndo = message?.kind === 'deleted' && message.step !== undefined && message.step === this.#options.session().lastStep;
    // No white space around the message: the region is `:empty`, and takes no room, while it says nothing.
    return html`<div class="history-status" role="status" lang=${this.#options.lang()}>${message
      ? html`<p>
          ${message.kind === 'deleted' ? strings.deleted(message.name) : message.kind === 'undone' ? strings.stepUndone : strings.stepRedone}
          ${canUndo ? html`<button type="button" @click=${this.#undoFromMessage}>${strings.undo}</button>` : nothing}
        </p>`
      : nothing}</div>`;
  }

  #undoFromMessage = (): void => {
    // The button goes with the message: the focus goes to the objection that is back.
    if (this.undo()) void this.#focusSelected();
  };

  /** The focus on the objection shown, in the list: after a delete, never left on a button that deletes another. */
  async #focusSelected(): Promise<void> {
    await this.#host.updateComplete;
    const list = this.#options.list();
    await list?.updateComplete;
    list?.focusItem(this.#options.session().selected);
  }

  #move(back: boolean): boolean {
    const session = this.#options.session();
    const step = back ? session.lastStep : undefined;
    if (!(back ? session.undo() : session.redo())) return false;
    this.#options.moved(back ? step : session.lastStep, back);
    this.#message = { kind: back ? 'undone' : 'redone' };
    this.#host.requestUpdate();
    return true;
  }

  #handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
    // By the key's place, so that a Russian layout (where it types "я") undoes too.
    const key = event.code === 'KeyZ' || event.key.toLowerCase() === 'z' ? 'z' : event.code === 'KeyY' || event.key.toLowerCase() === 'y' ? 'y' : undefined;
    if (!key) return;
    const path = event.composedPath();
    if (isTextField(path[0])) return;
    // The studio's own keys: in it, or on a page whose focus is nowhere in particular.
    if (!path.includes(this.#host) && path[0] !== document.body) return;
    event.preventDefault();
    if (key === 'y' || event.shiftKey) this.redo();
    else this.undo();
  };
}
