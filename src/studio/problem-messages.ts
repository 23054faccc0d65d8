import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../core/index.js';
import { problemSentence } from './problem-fields.js';

/** The problems of one field, under it; `id` lets the field name them with `aria-describedby`. */
export function fieldProblems(problems: readonly Problem[] | undefined, id: string): TemplateResult | typeof nothing {
  if (!problems?.length) return nothing;
  return html`<ul class="problems" id=${id}>
    ${problems.map((found) => html`<li class="problem ${found.severity}">${problemSentence(found)}</li>`)}
  </ul>`;
}
