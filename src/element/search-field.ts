import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EngineController } from './controllers/engine-controller.js';
import type { PaneLoader } from './controllers/pane-loader.js';
import type { WideLayoutController } from './controllers/wide-layout-controller.js';
import type { SearchBehaviour } from './search-behaviour.js';
import { optionId } from './templates/result-list.js';

/** What a narrow element shows under the search box: the results, or the opened objection in their place. */
export type View = 'search' | 'objection';

/** The element, as its search box and results list need it. */
export interface SearchFieldHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The search box and the results list: the keys typed in the box (arrows, Enter, Escape), a click on a result or on
 * the clear button, which of the results and the opened objection a narrow element shows, and keeping the active
 * result scrolled into view. Handlers are arrow functions: templates bind them as they are.
 */
export class SearchField implements ReactiveController {
  readonly #host: SearchFieldHost;
  readonly #search: SearchBehaviour;
  readonly #engine: EngineController;
  readonly #pane: PaneLoader;
  readonly #layout: WideLayoutController;
  view: View = 'search';
  #scrolledTo = -1;

  constructor(host: SearchFieldHost, search: SearchBehaviour, engine: EngineController, pane: PaneLoader, layout: WideLayoutController) {
    this.#host = host;
    this.#search = search;
    this.#engine = engine;
    this.#pane = pane;
    this.#layout = layout;
    host.addController(this);
  }

  get input(): HTMLInputElement | null {
    return this.#host.renderRoot.querySelector<HTMLInputElement>('input[role="combobox"]');
  }

  /** In a narrow element the opened objection takes the place of the results; the search box stays. */
  get listboxShown(): boolean {
    return this.#search.session.hits.length > 0 && (this.view === 'search' || this.#layout.wide);
  }

  hostUpdated(): void {
    const { active } = this.#search.session;
    if (this.listboxShown && active !== this.#scrolledTo) {
      this.#scrolledTo = active;
      this.#host.renderRoot.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Shows the results the opened objection hides in a narrow element; false when they were in view. */
  #revealResults(): boolean {
    if (this.view === 'search' || this.#layout.wide) return false;
    this.view = 'search';
    this.#host.requestUpdate();
    return true;
  }

  readonly handleInput = (event: InputEvent): void => {
    // Typing while an objection is open searches again: back to the results.
    this.view = 'search';
    this.#engine.openWhenAnswered = false;
    this.#search.setQuery((event.target as HTMLInputElement).value);
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return;
    const session = this.#search.session;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (session.hits.length === 0) return;
        event.preventDefault();
        // Like a combobox whose popup is closed: the first arrow shows the results, on the opened objection.
        if (!this.#revealResults() && session.move(event.key === 'ArrowDown' ? 1 : -1)) this.#host.requestUpdate();
        return;
      case 'Enter': {
        // Typed and Enter pressed before the hits came: Enter is for the query as typed, not the hits shown.
        if (this.#engine.searching && session.query.trim() !== '') {
          event.preventDefault();
          this.#engine.openWhenAnswered = true;
          return;
        }
        const hit = session.activeHit;
        if (!hit) return;
        // Also keeps the keypress from reaching the reply button that gets focus next, which would copy it.
        event.preventDefault();
        this.#search.choose(hit);
        return;
      }
      case 'Escape':
        if (this.#pane.script?.resume()) return event.preventDefault();
        // The first Escape shows hidden results with the query kept, as Escape on a reply does; the next
        // clears. With nothing to clear, Escape is left to the page (it may close the panel the element is in).
        if (this.#revealResults()) {
          event.preventDefault();
        } else if (session.query !== '') {
          event.preventDefault();
          this.#search.setQuery('');
        }
        return;
    }
  };

  readonly handleClear = (): void => {
    this.view = 'search';
    this.#search.setQuery('');
    this.input?.focus();
  };

  readonly handleOptionClick = (event: MouseEvent): void => {
    const hit = this.#search.session.hits[Number((event.currentTarget as HTMLElement).dataset['index'])];
    if (hit) this.#search.choose(hit);
  };
}
