import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { WITHIN_STUDIO } from './events.js';
import type { StudioStrings } from './i18n.js';
import type { ProblemFix } from './problem-fixes.js';
import { problemLine, type ProblemWorder } from './problem-words.js';

/** How the studio tells a problem: in the marketer's words, with a one-click fix where one is known. */
export interface ProblemPresenter {
  readonly word: ProblemWorder;
  readonly fixOf: (found: Problem) => ProblemFix | undefined;
  readonly strings: StudioStrings;
}

/** Core's English and no fixes: what a child component shows before the studio gives it a presenter. */
export const plainPresenter = (strings: StudioStrings): ProblemPresenter => ({
  word: (found) => ({ message: `${found.message.charAt(0).toUpperCase()}${found.message.slice(1)}`, ...(found.hint ? { hint: found.hint } : {}) }),
  fixOf: () => undefined,
  strings,
});

/** The label of a fix's button. */
function fixLabel(fix: ProblemFix, strings: StudioStrings): string {
  switch (fix.kind) {
    case 'write-text':
      return strings.fixWriteText(fix.locale.toUpperCase());
    case 'unique-id':
      return strings.fixUniqueId(fix.id);
    case 'placeholder-case':
      return strings.fixPlaceholder(`{${fix.to}}`);
  }
}

/** The button of a problem's one-click fix, when the studio knows one; it sends `problem-fix` from `host`. */
export function fixButton(found: Problem, presenter: ProblemPresenter, host: HTMLElement): TemplateResult | typeof nothing {
  const fix = presenter.fixOf(found);
  if (!fix) return nothing;
  return html`<button type="button" class="quiet fix" @click=${() => emit(host, 'problem-fix', { problem: found, fix }, WITHIN_STUDIO)}>
    ${fixLabel(fix, presenter.strings)}
  </button>`;
}

/** A problem's sentence in the marketer's words, then its fix's button. */
export const problemText = (found: Problem, presenter: ProblemPresenter, host: HTMLElement): TemplateResult =>
  html`<span class="problem-text">${problemLine(presenter.word(found))}</span> ${fixButton(found, presenter, host)}`;

/** The problems of one field, under it; `id` lets the field name them with `aria-describedby`. */
export function fieldProblems(problems: readonly Problem[] | undefined, id: string, presenter: ProblemPresenter, host: HTMLElement): TemplateResult | typeof nothing {
  if (!problems?.length) return nothing;
  return html`<ul class="problems" id=${id}>
    ${problems.map((found) => html`<li class="problem ${found.severity}">${problemText(found, presenter, host)}</li>`)}
  </ul>`;
}
