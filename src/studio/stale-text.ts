import { html, nothing, type TemplateResult } from 'lit';
import type { ObjectionInput } from '../core/index.js';
import { isStale, withTextConfirmed } from './draft-notes.js';
import type { StudioStrings } from './i18n.js';

/**
 * Under a text of the objection at `objections[index]` (its form path `path`, with the locale): "may need an
 * update" while another language's text of it changed since, and a button to confirm it as it is. `confirm`
 * gets the objection with the mark taken away.
 */
export function staleTextMark(
  objection: ObjectionInput,
  index: number,
  path: string,
  label: string,
  strings: StudioStrings,
  confirm: (objection: ObjectionInput) => void,
): TemplateResult | typeof nothing {
  const root = `objections[${index}].`;
  if (!path.startsWith(root)) return nothing;
  const inObjection = path.slice(root.length);
  if (!isStale(objection, inObjection)) return nothing;
  return html`<ul class="problems stale-text">
    <li class="problem warning">
      <span>${strings.mayNeedUpdate}</span>
      <button type="button" class="quiet small" aria-label=${strings.confirmTextLabel(label)} @click=${() => confirm(withTextConfirmed(objection, inObjection))}>
        ${strings.confirmText}
      </button>
    </li>
  </ul>`;
}
