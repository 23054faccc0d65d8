import type { ReactiveControllerHost } from 'lit';
import type { ObjectionEditor } from './objection-editor.component.js';
import { objectionIndexOf, scriptIndexOf } from './problem-fields.js';
import type { ScriptStudio } from './script-studio.component.js';
import type { StudioSection } from './section-tabs.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Where the marketer is in the studio: the objections or the call scripts tab, and going to the field of a
 * problem (or a fix, or a new card) on whichever tab has it.
 */
export class StudioNavigation {
  readonly #host: Host;
  /** Shows the objection at an index in the forms. */
  readonly #select: (index: number) => void;
  #section: StudioSection = 'objections';

  constructor(host: Host, select: (index: number) => void) {
    this.#host = host;
    this.#select = select;
  }

  get section(): StudioSection {
    return this.#section;
  }

  choose(section: StudioSection): void {
    this.#section = section;
    this.#host.requestUpdate();
  }

  /**
   * Shows the objection or the script of a form path, on its tab, and focuses its field once drawn (see
   * `ObjectionEditor.focusField`, `ScriptStudio.showField`).
   */
  async goToField(fieldPath: string): Promise<void> {
    const index = objectionIndexOf(fieldPath);
    const section = index === undefined ? (scriptIndexOf(fieldPath) === undefined ? undefined : 'scripts') : 'objections';
    if (section === undefined) return;
    this.choose(section);
    if (index !== undefined) this.#select(index);
    await this.#host.updateComplete;
    if (section === 'scripts') return this.#host.renderRoot.querySelector<ScriptStudio>('objection-studio-scripts')?.showField(fieldPath);
    const editor = this.#host.renderRoot.querySelector<ObjectionEditor>('objection-studio-editor');
    await editor?.updateComplete;
    editor?.focusField(fieldPath);
  }
}
