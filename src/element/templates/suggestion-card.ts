import { css, html, type TemplateResult } from 'lit';
import { localize } from '../../core/index.js';
import type { HeardObjection } from '../engine/engine-protocol.js';
import type { DeskView } from './desk-view.js';
import { suggestionStrings } from './suggestion-text.js';

/** The keys that open the suggestion at `index` (from 0), in `aria-keyshortcuts` form. */
export const suggestionKeys = (index: number): string => `Alt+${index + 1}`;

/** What the card shows, and what it does: made by `Hearing` for each render. */
export interface SuggestionView {
  readonly heard: readonly HeardObjection[];
  readonly onOpenClick: (event: MouseEvent) => void;
  readonly onDismiss: () => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

/** "Sounds like: Too expensive [Alt+1] · Need to think [Alt+2] ×", above the search box. */
export function renderSuggestion(view: DeskView, card: SuggestionView): TemplateResult {
  const strings = suggestionStrings(view.locale, view.strings);
  return html`<section part="suggestion" class="suggestion" aria-label=${strings.suggestionLabel} @keydown=${card.onKeydown}>
    <div class="suggestion-list">
      <span class="suggestion-lead">${strings.soundsLike}</span>
      ${card.heard.map(
        (heard, index) => html`<button class="suggestion-open" type="button" data-index=${index} aria-keyshortcuts=${suggestionKeys(index)} @click=${card.onOpenClick}>
          <span class="suggestion-title">${localize(heard.title, view.textLocale)}</span> <kbd>${suggestionKeys(index)}</kbd>
        </button>`,
      )}
    </div>
    <button class="icon-button suggestion-dismiss" type="button" aria-label=${strings.dismissSuggestion} @click=${card.onDismiss}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 4.5l7 7M11.5 4.5l-7 7" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg>
    </button>
  </section>`;
}

/** The card: the accent's tint by default, `--objection-desk-suggestion-background` to theme it. */
export const suggestionStyles = css`
  .suggestion {
    display: flex;
    align-items: flex-start;
    gap: 4px;
    flex: none;
    margin: 10px 10px 0;
    padding: 4px 4px 4px 10px;
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, var(--_border));
    border-radius: var(--_radius);
    background: var(--objection-desk-suggestion-background, color-mix(in srgb, var(--_accent) 9%, var(--_bg)));
    font-size: 0.93em;
  }

  .suggestion-list {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 6px;
    min-width: 0;
    padding-block: 2px;
  }

  .suggestion-lead {
    color: var(--_muted);
  }

  .suggestion-open {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
    padding: 3px 4px 3px 8px;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  .suggestion-open:hover {
    background: var(--_active);
  }

  .suggestion-open kbd {
    padding: 0 4px;
    border-radius: 3px;
    background: var(--_subtle);
    color: var(--_muted);
    font: inherit;
    font-size: 0.85em;
    font-weight: 400;
    white-space: nowrap;
  }

  .suggestion-dismiss {
    flex: none;
  }

  .suggestion-dismiss:hover {
    background: var(--_subtle);
    color: var(--_fg);
  }
`;
