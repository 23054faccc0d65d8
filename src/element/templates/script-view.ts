import { html, nothing, type TemplateResult } from 'lit';
import { contextFit, localize } from '../../core/index.js';
import { copyShortcut } from '../../ui/clipboard.js';
import type { ReplyCopy } from '../reply-state.js';
import type { ScriptWalk } from '../script-walk.js';
import type { ObjectionView } from './desk-view.js';
import { CHECK_ICON, COPY_ICON } from './icons.js';
import { renderTemplate } from './opened-objection.js';
import { fitNote, type PaneTexts } from './pane-text.js';
import type { ScriptStrings } from './script-text.js';

/** What the script view shows, and what it does: made by the script pane (script-pane.ts) for each render. */
export interface ScriptView extends Pick<ObjectionView, 'textLocale' | 'replies' | 'onPlaceholderInput'> {
  readonly strings: PaneTexts & ScriptStrings;
  /** The script walked; undefined while it loads, or when it could not be found. */
  readonly walk: ScriptWalk | undefined;
  /** The objections the catalogs lack: an answer opening one is offered disabled, with the reason. */
  readonly missing: ReadonlySet<string>;
  /** Why there is no script to show: said in an alert. */
  readonly failure: string | undefined;
  /** The outcome of the last copy of the step's text, while it is shown. */
  readonly copied: ReplyCopy | undefined;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onAnswerClick: (event: MouseEvent) => void;
  readonly onCopyClick: () => void;
  readonly onBack: () => void;
}

/** The keys a step answers to, for `aria-keyshortcuts`: its answers' digits first. */
const stepKeys = (answers: number) => [...Array.from({ length: answers }, (_, index) => String(index + 1)), 'Enter', 'Backspace', 'Alt+ArrowLeft'].join(' ');

/**
 * The call script: its title and stages (the current one marked), the step shown — what to say, with a field for each
 * placeholder the context has no value for, its note and checklist — and the customer's answers, numbered 1–9.
 */
export function renderScript(view: ScriptView): TemplateResult {
  const { strings, textLocale: locale, walk } = view;
  if (!walk) {
    return html`<section part="script" class="script" @keydown=${view.onKeydown}>
      ${view.failure ? html`<p part="notice" class="script-failure" role="alert" tabindex="-1">${view.failure}</p>` : nothing}
    </section>`;
  }
  const { script, step } = walk;
  const current = walk.stage;
  const copied = view.copied;
  return html`<section part="script" class="script" aria-labelledby="script-title" @keydown=${view.onKeydown}>
    <div class="script-header">
      <h2 id="script-title" class="script-title">${localize(script.title, locale)}</h2>
      ${walk.path.length > 1 || walk.outcome !== undefined
        ? html`<button part="back-button" class="back-button" type="button" aria-keyshortcuts="Alt+ArrowLeft" @click=${view.onBack}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" /></svg>
            ${strings.scriptBack}
          </button>`
        : nothing}
    </div>
    ${script.stages.length > 0
      ? html`<ol part="script-stages" class="stages" aria-label=${strings.scriptStages}>
          ${script.stages.map(
            (stage) =>
              html`<li part="script-stage" class="stage ${stage.id === current ? 'current' : ''}" aria-current=${stage.id === current ? 'step' : nothing}>
                ${localize(stage.title, locale)}
              </li>`,
          )}
        </ol>`
      : nothing}
    ${step
      ? html`<div
            part="script-step"
            class="step reply ${copied?.copied ? 'copied' : ''}"
            tabindex="0"
            aria-labelledby="script-say"
            aria-describedby="script-keys"
            aria-keyshortcuts=${stepKeys(step.answers.length)}
            data-step=${step.id}
          >
            <p id="script-say" part="script-say" class="say reply-text">${renderTemplate(step.say, 0, true, view)}</p>
            <div class="reply-footer">
              ${copied ? html`<span class="reply-status ${copied.left || !copied.copied ? 'warning' : ''}">${copied.copied ? copied.left : strings.copyFailed(copyShortcut())}</span>` : nothing}
              <button part="copy-button" class="copy-button" type="button" tabindex="-1" aria-describedby="script-say" data-reply="0" @click=${view.onCopyClick}>
                ${copied?.copied ? CHECK_ICON : COPY_ICON}${copied?.copied ? strings.copied : strings.copy}
              </button>
            </div>
          </div>
          ${step.note ? html`<p part="script-note" class="tip script-note"><span class="visually-hidden">${strings.scriptNote}: </span>${localize(step.note, locale)}</p>` : nothing}
          ${step.checklist.length > 0
            ? html`<section class="checklist" aria-labelledby="script-checklist">
                <h3 id="script-checklist" class="section-heading">${strings.scriptChecklist}</h3>
                <ul part="script-checklist">${step.checklist.map((item) => html`<li>${localize(item, locale)}</li>`)}</ul>
              </section>`
            : nothing}
          <section class="answers-section" aria-labelledby="script-answers">
            <h3 id="script-answers" class="section-heading">${strings.scriptAnswers}</h3>
            <ol class="answers">
              ${step.answers.map((answer, index) => {
                // An answer meant for a call that knows more (or less) keeps its place and digit, marked with why.
                const fit = fitNote(strings, contextFit(answer.when, view.replies.values));
                // Still focusable and chosen with its digit, which then says why nothing opens; the reason is in its name.
                const dead = answer.objection !== undefined && view.missing.has(answer.objection);
                return html`<li>
                  <button
                    part="script-answer"
                    class="answer ${fit ? 'unfit' : ''}"
                    type="button"
                    data-answer=${index}
                    aria-keyshortcuts=${index + 1}
                    aria-disabled=${dead ? 'true' : nothing}
                    @click=${view.onAnswerClick}
                  >
                    <kbd aria-hidden="true">${index + 1}</kbd><span>${localize(answer.label, locale)}</span>${fit
                      ? html`<span class="visually-hidden">. </span><span part="answer-fit" class="answer-fit">${fit}</span>`
                      : nothing}
                    ${dead ? html`<small class="answer-missing">${strings.scriptMissing(answer.objection!)}</small>` : nothing}
                  </button>
                </li>`;
              })}
            </ol>
          </section>
          <p id="script-keys" class="script-keys">${strings.scriptKeys}</p>`
      : html`<p part="script-step script-end" class="step script-end" tabindex="0" aria-keyshortcuts="Backspace Alt+ArrowLeft">
          ${strings.scriptEnded(Object.hasOwn(strings.scriptOutcomes, walk.outcome!) ? strings.scriptOutcomes[walk.outcome!]! : walk.outcome!)}
        </p>`}
  </section>`;
}
