import { html, nothing, type TemplateResult } from 'lit';
import { formatProblem, omittedCount, type OmittedProblems, type Problem } from '../core/index.js';

/** The problems a notice lists: the first `MAX_PROBLEMS` and how many more there are. */
export interface ListedProblems {
  readonly problems: readonly Problem[];
  /** Absent when nothing was left out. */
  readonly omitted?: OmittedProblems;
}

export interface ProblemDetailsOptions {
  readonly open: boolean;
  /** Called when the reader opens or closes it; the host keeps `open` and renders again. */
  readonly onToggle: (open: boolean) => void;
  /** The summary's text, also the list's label. */
  readonly summary: string;
  /** The last line, for the problems not listed. */
  readonly moreProblems: (count: number) => string;
  readonly className: string;
  /** A problem's line; `formatProblem`'s by default. */
  readonly item?: (problem: Problem) => TemplateResult | string;
}

/**
 * A disclosure of problems, for the element's notices and the studio's. Its list is rendered only while it
 * is open: a closed `<details>` still holds its content, and the host renders on every keystroke. A last
 * line says how many problems are not listed.
 */
export function problemDetails(listed: ListedProblems, options: ProblemDetailsOptions): TemplateResult {
  const { open, summary, item = formatProblem } = options;
  const more = listed.omitted ? omittedCount(listed.omitted) : 0;
  return html`
    <details class=${options.className} ?open=${open} @toggle=${(event: Event) => options.onToggle((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>${summary}</summary>
      ${open
        ? html`<!-- A long list scrolls, so it takes focus to be scrolled from the keyboard. -->
            <ul tabindex="0" aria-label=${summary}>
              ${listed.problems.map((problem) => html`<li class=${problem.severity}>${item(problem)}</li>`)}
              ${more > 0 ? html`<li class="more-problems">${options.moreProblems(more)}</li>` : nothing}
            </ul>`
        : nothing}
    </details>
  `;
}

/** How many problems a notice stands for, listed or not. */
export const problemCount = (listed: ListedProblems): number =>
  listed.problems.length + (listed.omitted ? omittedCount(listed.omitted) : 0);
