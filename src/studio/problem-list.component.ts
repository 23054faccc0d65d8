import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NONE_OMITTED, countProblems, omittedCount, type OmittedProblems, type Problem } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { WITHIN_STUDIO } from './events.js';
import { studioStrings, type StudioStrings } from './i18n.js';
import { describeFieldPath, fieldPathOf, objectionIndexOf, scriptIndexOf } from './problem-fields.js';
import { fixButton, plainPresenter, type ProblemPresenter } from './problem-messages.js';
import { problemLine } from './problem-words.js';
import { problemListStyles } from './problem-list.styles.js';
import { baseStyles } from './studio-base.styles.js';

/**
 * Every problem of the draft, errors first, each naming its objection and field (or its call script); a click
 * takes the marketer to the field, on the scripts tab for a script's.
 *
 * Empty fields nobody touched yet are listed apart, as not filled in, not counted as errors, until "Check".
 *
 * @event {{ problem: Problem }} problem-pick - The marketer chose a problem to fix.
 * @event {{ problem: Problem; fix: ProblemFix }} problem-fix - The marketer chose a problem's one-click fix.
 * @event problems-check - The marketer asked to see every problem, empty fields included.
 *
 * @csspart list - The list of problems.
 */
export class ProblemList extends LitElement {
  static override styles = [baseStyles, problemListStyles];

  /** The draft's problems, from `validateCatalog` and the authoring checks. */
  @property({ attribute: false }) problems: readonly Problem[] = [];

  /** Empty fields nobody touched yet (see `ProblemVisibility`), listed after the problems. */
  @property({ attribute: false }) unfinished: readonly Problem[] = [];

  /** How problems are worded, and their fixes. */
  @property({ attribute: false }) presenter?: ProblemPresenter;

  /** How many more problems the checks found and left out of `problems`. */
  @property({ attribute: false }) omitted: OmittedProblems = NONE_OMITTED;

  /** How to name the objection at an index (its title or ID). */
  @property({ attribute: false }) objectionName: (index: number) => string = (index) => this.strings.objectionNumber(index + 1);

  /** How to name the call script at an index (its title or ID): a script's problems are listed as its. */
  @property({ attribute: false }) scriptName: (index: number) => string = (index) => `#${index + 1}`;

  /** The interface texts, in the studio's language. */
  @property({ attribute: false }) strings: StudioStrings = studioStrings('en');

  override render(): TemplateResult {
    const strings = this.strings;
    const errors = this.problems.filter((found) => found.severity === 'error');
    const warnings = this.problems.filter((found) => found.severity === 'warning');
    // The counts are of every problem; the list, of the first ones only.
    const total = countProblems({ problems: this.problems, omitted: this.omitted });
    const more = omittedCount(this.omitted);
    const unfinished = this.unfinished.length;
    const counts = [
      ...(total.errors > 0 || unfinished === 0 ? [strings.errors(total.errors)] : []),
      ...(total.warnings > 0 || unfinished === 0 ? [strings.warnings(total.warnings)] : []),
      ...(unfinished > 0 ? [strings.unfinished(unfinished)] : []),
    ];
    const tone = total.errors > 0 ? 'tone-error' : total.warnings > 0 ? 'tone-warning' : unfinished > 0 ? 'tone-accent' : 'tone-success';
    return html`
      <h2 id="problems-title">
        ${strings.problems}
        <span class="count ${tone}" role="status">
          ${total.errors === 0 && total.warnings === 0 && unfinished === 0 ? strings.noProblems : counts.join(', ')}
        </span>
      </h2>
      ${this.problems.length === 0 && unfinished === 0
        ? html`<p class="muted small ok-text">${strings.readyToExport}</p>`
        : html`<ul part="list" aria-labelledby="problems-title">
            ${[...errors, ...warnings].map((found) => this.#row(found))}
            ${more > 0 ? html`<li class="more-problems muted small">${strings.moreProblems(more)}</li>` : nothing}
            ${this.unfinished.map((found) => this.#row(found, true))}
          </ul>`}
      ${unfinished > 0
        ? html`<button type="button" class="check-all" @click=${() => emit(this, 'problems-check', null, WITHIN_STUDIO)}>${strings.checkAll}</button>`
        : nothing}
    `;
  }

  #row(found: Problem, isUnfinished = false): TemplateResult {
    const fieldPath = fieldPathOf(found);
    const index = objectionIndexOf(fieldPath);
    const script = scriptIndexOf(fieldPath);
    const where =
      index !== undefined
        ? [this.objectionName(index), describeFieldPath(fieldPath, this.strings)].filter(Boolean).join(' · ')
        : script === undefined
          ? this.strings.wholeCatalog
          : this.scriptName(script);
    const presenter = this.presenter ?? plainPresenter(this.strings);
    const pick = () => emit(this, 'problem-pick', { problem: found }, WITHIN_STUDIO);
    if (isUnfinished) {
      return html`<li class="unfinished">
        <button type="button" class="problem-button unfinished" @click=${pick}>
          <span class="where">${where}</span>
          <span class="message muted">${this.strings.notFilledYet}</span>
        </button>
      </li>`;
    }
    return html`<li>
      <button type="button" class="problem-button ${found.severity}" @click=${pick}>
        <span class="where">${where}</span>
        <span class="message">${problemLine(presenter.word(found))}</span>
      </button>
      ${fixButton(found, presenter, this)}
    </li>`;
  }
}
