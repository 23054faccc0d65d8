import { html, type TemplateResult } from 'lit';
import type { TextRange } from '../core/index.js';

/**
 * `text` with the `ranges` wrapped in `<mark part="highlight">`; everything stays text, never markup. Ranges
 * that overlap or run past the text are clamped, so no character is shown twice.
 */
export function highlight(text: string, ranges: readonly TextRange[]): Array<string | TemplateResult> {
  const pieces: Array<string | TemplateResult> = [];
  let last = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, last);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > last) pieces.push(text.slice(last, from));
    pieces.push(html`<mark part="highlight">${text.slice(from, to)}</mark>`);
    last = to;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
