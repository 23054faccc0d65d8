import { emit } from '../ui/emit.js';
import { WITHIN_STUDIO } from './events.js';

/**
 * What makes a field of the objection form or the script form "touched", as form validation does: edited, then
 * left. Bind {@link handleInput} and {@link handleFocusOut} on the form; leaving an edited field (one with a
 * `data-path`) sends `field-touch` from the form's element, and its problems show from then on.
 */
export class FieldTouches {
  readonly #host: HTMLElement;
  /** Fields edited since they were last left. */
  readonly #edited = new Set<string>();

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  readonly handleInput = (event: Event): void => {
    const path = (event.target as HTMLElement).dataset['path'];
    if (path) this.#edited.add(path);
  };

  readonly handleFocusOut = (event: FocusEvent): void => {
    const path = (event.target as HTMLElement).dataset['path'];
    if (!path || !this.#edited.delete(path)) return;
    emit(this.#host, 'field-touch', { path }, WITHIN_STUDIO);
  };
}
