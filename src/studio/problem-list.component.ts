import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NONE_OMITTED, countProblems, omittedCount, type OmittedProblems, type Problem } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { WITHIN_STUDIO } from './events.js';
import { studioStrings, type StudioStrings } from './i18n.js';
import { describeFieldPath, fieldPathOf, objectionIndexOf, problemSentence } from './problem-fields.js';
import { problemListStyles } from './problem-list.styles.js';
import { baseStyles } from './studio-base.styles.js';

/**
 * Every problem of the draft, errors first, each naming its objection and field; a click takes the marketer
 * to the field.
 *
 * @event {{ problem: Problem }} problem-pick - The marketer chose a problem to fix.
 *
 * @csspart list - The list of problems.
 */
export class ProblemList extends LitElement {
  static override styles = [baseStyles, problemListStyles];

  /** The draft's problems, from `validateCatalog` and the authoring checks. */
  @property({ attribute: false }) problems: readonly Problem[] = [];

  /** How many more problems the checks found and left out of `problems`. */
  @property({ attribute: false }) omitted: OmittedProblems = NONE_OMITTED;

  /** How to name the objection at an index (its title or ID). */
  @property({ attribute: false }) objectionName: (index: number) => string = (index) => this.strings.objectionNumber(index + 1);

  /** The interface texts, in the studio's language. */
  @property({ attribute: false }) strings: StudioStrings = studioStrings('en');

  override render(): TemplateResult {
    const strings = this.strings;
    const errors = this.problems.filter((found) => found.severity === 'error');
    const warnings = this.problems.filter((found) => found.severity === 'warning');
    // The counts are of every problem; the list, of the first ones only.
    const total = countProblems({ problems: this.problems, omitted: this.omitted });
    const more = omittedCount(this.omitted);
    return html`
      <h2 id="problems-title">
        ${strings.problems}
        <span class="count ${total.errors > 0 ? 'tone-error' : total.warnings > 0 ? 'tone-warning' : 'tone-success'}" role="status">
          ${total.errors === 0 && total.warnings === 0 ? strings.noProblems : `${strings.errors(total.errors)}, ${strings.warnings(total.warnings)}`}
        </span>
      </h2>
      ${this.problems.length === 0
        ? html`<p class="muted small ok-text">${strings.readyToExport}</p>`
        : html`<ul part="list" aria-labelledby="problems-title">
            ${[...errors, ...warnings].map((found) => this.#row(found))}
            ${more > 0 ? html`<li class="more-problems muted small">${strings.moreProblems(more)}</li>` : nothing}
          </ul>`}
    `;
  }

  #row(found: Problem): TemplateResult {
    const fieldPath = fieldPathOf(found);
    const index = objectionIndexOf(fieldPath);
    const where =
      index === undefined ? this.strings.wholeCatalog : [this.objectionName(index), describeFieldPath(fieldPath, this.strings)].filter(Boolean).join(' · ');
    return html`<li>
      <button type="button" class="problem-button ${found.severity}" @click=${() => emit(this, 'problem-pick', { problem: found }, WITHIN_STUDIO)}>
        <span class="where">${where}</span>
        <span class="message">${problemSentence(found)}</span>
      </button>
    </li>`;
  }
}
