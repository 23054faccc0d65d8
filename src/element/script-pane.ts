import type { TemplateResult } from 'lit';
import type { Objection } from '../core/index.js';
import type { Script, ScriptStep } from '../core/types.js';
import { emit } from '../ui/emit.js';
import { addStyles } from './added-styles.js';
import type { ScriptPathEntry } from './events.js';
import type { FirstPaintStrings } from './i18n.js';
import type { PaneHost, PaneOptions } from './objection-pane.js';
import { ReplyBehaviour } from './reply-behaviour.js';
import { openedVia } from './call-recorder.js';
import { ScriptWalk } from './script-walk.js';
import type { Saying } from './search-session.js';
import type { DeskView } from './templates/desk-view.js';
import { paneStrings } from './templates/pane-text.js';
import { scriptStrings } from './templates/script-text.js';
import { renderScript } from './templates/script-view.js';
import { scriptViewStyles } from './templates/script-view.styles.js';

// The call script view, a chunk of its own: loaded only when the element's `script` is set, after the opened
// objection's chunk (whose reply fields and styles it shares, and whose pane an answer may open).

/** The reply the step's text is shown as, so that its fields, copy and outcome are the replies' own. */
const asObjection = (script: Script, step: ScriptStep): Objection => ({
  id: `${script.id}#${step.id}`,
  category: '',
  title: script.title,
  triggers: {},
  tags: {},
  replies: [{ id: step.id, text: step.say }],
  followUps: [],
  tips: [],
  source: script.source,
});

/** A text field: digits, Backspace and letters are typed there. */
const isField = (target: EventTarget | undefined) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

/**
 * The call script the `script` attribute names, walked step by step: the keys of a step (digits, Backspace,
 * Alt+ArrowLeft, Enter, a letter), going to the search or an objection and coming back to the same step, and the
 * `script-step` and `script-end` events. The walks of this call are kept by script id: switching scripts and back
 * resumes, and so does a new copy of the catalogs, as far as the script still has the steps walked.
 */
export class ScriptPane {
  readonly #host: PaneHost;
  readonly #options: PaneOptions;
  readonly #replies: ReplyBehaviour;
  #walk: ScriptWalk | undefined;
  /** Why there is no script to show, in the interface language of the moment. */
  #failure: Saying | undefined;
  /** Paths walked in this call, by script id. */
  readonly #paths = new Map<string, readonly ScriptPathEntry[]>();
  #opening = 0;
  /** The script asked for last. */
  #id: string | undefined;
  /** An {@link open} is waiting for its script: a refresh meanwhile would only delay it, and follows it. */
  #waiting = false;
  /**
   * Newer catalogs were shown while an {@link open} waited: its lookup may have been answered before them (by the
   * main thread's engine while the worker loaded a `src`), so the script is looked up again once it is shown.
   */
  #refreshAfter = false;
  /** The objections the script's answers open that the catalogs lack: those answers are offered disabled. */
  #missing: ReadonlySet<string> = new Set();
  /** Where focus was in the view when the operator left it for the search or an objection. */
  #left: HTMLElement | undefined;
  /** The step is in view (not the search or an opened objection). */
  shown = false;

  /** `options` are the opened objection's: the view's answers open objections in it, and its Back returns here. */
  constructor(host: PaneHost, options: PaneOptions) {
    this.#host = host;
    this.#options = options;
    this.#replies = new ReplyBehaviour(host, options.announce, options.languages, options.typed, { within: '.script', tell: false });
    // After the element's and the opened objection's (loaded first), and the suggestion card's if it came before.
    addStyles(host.renderRoot as ShadowRoot, scriptViewStyles);
    // The engine shows newer catalogs (a `src` or `catalog` changed): the script's fresh copy is looked up.
    let shown = options.engine.categories;
    host.addController({
      hostUpdated: () => {
        if (options.engine.categories === shown) return;
        shown = options.engine.categories;
        void this.open(this.#id, true);
      },
    });
  }

  get step(): string | undefined {
    return this.#walk?.step?.id;
  }

  get path(): readonly ScriptPathEntry[] {
    return this.#walk?.path ?? [];
  }

  /**
   * Shows script `id` of the merged catalogs (the engine's, over the built-in scripts), at its start or where this
   * call left it, and focuses its step; none (or '') closes the view. Settles once shown. `refresh` (the catalogs
   * changed) shows the script's fresh copy where the walk is, and leaves focus and the view as they are.
   */
  async open(id: string | undefined, refresh = false): Promise<void> {
    if (refresh && this.#waiting) {
      this.#refreshAfter = true;
      return;
    }
    this.#id = id;
    const opening = ++this.#opening;
    // Closed under the operator's hands (the page removed `script`): focus goes to the search, not to the page.
    const hadFocus = !id && this.#hasFocus();
    // Opened by the page while the operator works elsewhere on it (a CRM's form, the studio's preview while a
    // marketer types), the step leaves the focus where it is; opened from the widget, or as the page loads, it takes it.
    const takesFocus = (this.#host.renderRoot as ShadowRoot).activeElement !== null || !document.activeElement || document.activeElement === document.body;
    this.#waiting = !refresh;
    const before = this.#walk;
    if (before) this.#paths.set(before.script.id, before.path);
    const found = id ? await this.#options.engine.script(id, !this.#host.noBuiltin) : undefined;
    if (opening !== this.#opening) return;
    this.#waiting = false;
    this.#walk = found?.kind === 'found' ? new ScriptWalk(found.script, this.#paths.get(found.script.id)) : undefined;
    this.#missing = new Set(found?.kind === 'found' ? found.missing : []);
    const failure = this.#failure;
    this.#failure = undefined;
    if (found && found.kind !== 'found') {
      this.#failure = (strings) => this.#texts(strings)[found.kind === 'failed' ? 'scriptFailed' : 'scriptUnknown'](id!);
      // A refresh that changes nothing says nothing.
      if (!refresh || !failure) this.#options.announce(this.#failure);
    }
    // A new copy of the same script at the same step shows its fresh text, and tells nothing.
    if (this.#walk) this.#stepped(this.#walk.script.id !== before?.script.id || this.#walk.step?.id !== before?.step?.id);
    if (refresh) return this.#host.requestUpdate();
    this.shown = false;
    this.#left = undefined;
    if (id) await this.show(takesFocus);
    else if (hadFocus) this.#options.back();
    else this.#host.requestUpdate();
    if (this.#refreshAfter && opening === this.#opening) {
      this.#refreshAfter = false;
      await this.open(id, true);
    }
  }

  #hasFocus(): boolean {
    const focused = (this.#host.renderRoot as ShadowRoot).activeElement;
    return this.shown && focused?.closest('.script') != null;
  }

  /**
   * Back to the step, focus where it was when the operator left it (else on the step); with `focus` false, shown with
   * the focus left where it is. Settles once shown and focused.
   */
  async show(focus = true): Promise<void> {
    // Already in view (focus() on the step), focus moves at once: a key pressed right after goes to the step.
    if (!this.shown) {
      this.shown = true;
      this.#host.requestUpdate();
      await this.#options.rendered();
    }
    if (focus) this.#focus();
  }

  #focus(): void {
    const left = this.#left;
    const view = this.#host.renderRoot.querySelector<HTMLElement>('.script');
    (left?.isConnected ? left : view?.querySelector<HTMLElement>('.step, .script-failure'))?.focus();
  }

  /** Back to the step from the search or an objection, focus where it was; false when no script is walked. */
  resume(): boolean {
    if (!this.#walk) return false;
    void this.show();
    return true;
  }

  /** Forgets the walks of this call: the script starts again at its start. */
  newCall(): void {
    this.#paths.clear();
    if (this.#walk) {
      this.#walk = new ScriptWalk(this.#walk.script);
      this.#stepped();
    }
  }

  render(view: DeskView): TemplateResult {
    const strings = this.#texts(view.strings);
    return renderScript({
      strings,
      textLocale: view.textLocale,
      walk: this.#walk,
      failure: this.#failure?.(view.strings, view.textLocale),
      replies: this.#replies.state,
      copied: this.#replies.copied,
      onKeydown: this.#handleKeydown,
      missing: this.#missing,
      onAnswerClick: (event) => this.#choose(Number((event.currentTarget as HTMLElement).dataset['answer'])),
      onCopyClick: () => void this.#copy(),
      onBack: () => this.#back(),
      onPlaceholderInput: (event) => {
        const field = event.target as HTMLTextAreaElement;
        this.#replies.state.type(field.dataset['name']!, field.value);
        this.#host.requestUpdate();
      },
    });
  }

  readonly #handleKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return;
    const target = event.composedPath()[0] as HTMLElement;
    const field = isField(target);
    if ((event.key === 'ArrowLeft' && event.altKey) || (event.key === 'Backspace' && !field)) {
      event.preventDefault();
      this.#back();
    } else if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    } else if (event.key === 'Enter' && (target.dataset['field'] !== undefined || target.dataset['step'] !== undefined)) {
      event.preventDefault();
      void this.#copy(target.dataset['field'] === undefined ? undefined : Number(target.dataset['field']));
    } else if (!field && /^[1-9]$/.test(event.key)) {
      event.preventDefault();
      this.#choose(Number(event.key) - 1);
    } else if (!field && [...event.key].length === 1 && event.key !== ' ') {
      // A letter starts a search with it; `/` only goes to the search box, as on many sites.
      event.preventDefault();
      this.#leave();
      this.#options.back(event.key === '/' ? '' : event.key);
    }
  };

  /** Answer `index` of the step: the next step, the objection it names (the step stays), or the end. */
  #choose(index: number): void {
    const walk = this.#walk;
    const dead = walk?.step?.answers[index]?.objection;
    if (dead !== undefined && this.#missing.has(dead)) {
      this.#options.announce((strings) => this.#texts(strings).scriptMissing(dead));
      return this.#host.requestUpdate();
    }
    const answer = walk?.choose(index);
    if (!walk || !answer) return;
    if (answer.objection !== undefined) {
      this.#leave();
      openedVia.set(this.#host, { via: 'script', objectionId: answer.objection });
      this.#options.engine.lookup(answer.objection, 'open');
      return;
    }
    if (walk.outcome === undefined) this.#stepped();
    else emit(this.#host, 'script-end', { scriptId: walk.script.id, outcome: walk.outcome, path: walk.path });
    void this.#focusStep();
  }

  #back(): void {
    if (!this.#walk?.back()) return;
    this.#stepped();
    void this.#focusStep();
  }

  /** The step changed: its text is the reply shown, and the page is told (unless `tell` is false). */
  #stepped(tell = true): void {
    const walk = this.#walk!;
    const step = walk.step;
    if (!step) return;
    this.#replies.show(asObjection(walk.script, step));
    if (tell) emit(this.#host, 'script-step', { scriptId: walk.script.id, stepId: step.id, path: walk.path });
  }

  /**
   * A new step is read from the top: the view scrolls back to the script's title (the operator may have scrolled
   * down to the answers), and focusing the step does not scroll again, which put the title out of view.
   */
  async #focusStep(): Promise<void> {
    this.#host.requestUpdate();
    await this.#options.rendered();
    const view = this.#host.renderRoot.querySelector<HTMLElement>('.script');
    view?.scrollTo(0, 0);
    view?.querySelector<HTMLElement>('.step')?.focus({ preventScroll: true });
  }

  #leave(): void {
    const active = (this.#host.renderRoot as ShadowRoot).activeElement;
    this.#left = active instanceof HTMLElement && active.closest('.script') ? active : undefined;
    this.shown = false;
    this.#host.requestUpdate();
  }

  /** Enter on the step (or a click on its copy button), or in its field `field`: copies its text as replies are copied. */
  async #copy(field?: number): Promise<void> {
    const { languages } = this.#options;
    await this.#replies.press(0, languages, paneStrings(languages.value, this.#options.strings()), field);
  }

  #texts(strings: FirstPaintStrings) {
    return { ...scriptStrings(this.#options.languages.value), ...paneStrings(this.#options.languages.value, strings) };
  }
}
