import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Problem } from '../core/index.js';
import { emit } from '../element/events.js';
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

  /** How to name the objection at an index (its title or ID). */
  @property({ attribute: false }) objectionName: (index: number) => string = (index) => `Objection ${index + 1}`;

  override render(): TemplateResult {
    const errors = this.problems.filter((found) => found.severity === 'error');
    const warnings = this.problems.filter((found) => found.severity === 'warning');
    return html`
      <h2 id="problems-title">
        Problems
        <span class="count ${errors.length > 0 ? 'tone-error' : warnings.length > 0 ? 'tone-warning' : 'tone-success'}" role="status">
          ${errors.length === 0 && warnings.length === 0 ? 'none' : `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`}
        </span>
      </h2>
      ${this.problems.length === 0
        ? html`<p class="muted small ok-text">The catalog is ready to export.</p>`
        : html`<ul part="list" aria-labelledby="problems-title">${[...errors, ...warnings].map((found) => this.#row(found))}</ul>`}
    `;
  }

  #row(found: Problem): TemplateResult {
    const fieldPath = fieldPathOf(found);
    const index = objectionIndexOf(fieldPath);
    const where = index === undefined ? 'Catalog' : [this.objectionName(index), describeFieldPath(fieldPath)].filter(Boolean).join(' · ');
    return html`<li>
      <button type="button" class="problem-button ${found.severity}" @click=${() => emit(this, 'problem-pick', { problem: found })}>
        <span class="where">${where}</span>
        <span class="message">${problemSentence(found)}</span>
      </button>
    </li>`;
  }
}
