import { html, nothing, type TemplateResult } from 'lit';
import { formatProblem, omittedCount, type OmittedProblems, type Problem } from '../core/index.js';
import type { UiStrings } from './i18n.js';

/** The problems a notice lists: the first `MAX_PROBLEMS` and how many more there are. */
export interface ListedProblems {
  readonly problems: readonly Problem[];
  /** Absent when nothing was left out. */
  readonly omitted?: OmittedProblems;
}

/**
 * A notice's "Details" disclosure. Its list is rendered only while it is open: a closed `<details>` still
 * holds its content, and a notice is shown on every keystroke's update. A last line says how many problems
 * are not listed.
 */
export function problemDetails(
  listed: ListedProblems,
  open: boolean,
  onToggle: (open: boolean) => void,
  strings: UiStrings,
): TemplateResult {
  const more = listed.omitted ? omittedCount(listed.omitted) : 0;
  return html`
    <details class="notice-details" ?open=${open} @toggle=${(event: Event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>${strings.details}</summary>
      ${open
        ? html`<!-- A long list scrolls, so it takes focus to be scrolled from the keyboard. -->
            <ul tabindex="0" aria-label=${strings.details}>
              ${listed.problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}
              ${more > 0 ? html`<li class="more-problems">${strings.moreProblems(more)}</li>` : nothing}
            </ul>`
        : nothing}
    </details>
  `;
}

/** How many problems a notice stands for, listed or not. */
export const problemCount = (listed: ListedProblems): number =>
  listed.problems.length + (listed.omitted ? omittedCount(listed.omitted) : 0);
