import { html, nothing, type TemplateResult } from 'lit';
import type { FirstPaintStrings } from '../i18n.js';

/**
 * The keyboard hints shown while no objection is open: in the wide layout, the pane beside the results. `hotkey`
 * is the first shortcut of the `hotkey` attribute, none when it is off.
 */
export function renderNothingOpened(strings: FirstPaintStrings, hotkey: string | undefined): TemplateResult {
  return html`
    <div class="nothing-opened">
      <p>${strings.pickObjection}</p>
      <ul class="keyboard-hints">
        ${strings.keyboardHints.map(([keys, action]) => html`<li>${keys.map((key) => html`<kbd>${key}</kbd>`)} ${action}</li>`)}
        ${hotkey ? html`<li><kbd>${hotkey}</kbd> ${strings.hotkeyHint}</li>` : nothing}
      </ul>
    </div>
  `;
}
