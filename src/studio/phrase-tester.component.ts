import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localize, type ObjectionSearch, type SearchHit } from '../core/index.js';
import { highlight } from '../ui/highlight.js';
import { studioStrings, type StudioStrings } from './i18n.js';
import { phraseTesterStyles } from './phrase-tester.styles.js';
import { baseStyles } from './studio-base.styles.js';

/** How many hits the tester shows: what an operator sees first. */
const TOP_HITS = 3;

/**
 * A search box that shows which objections a phrase finds first, with the text that matched: the same search
 * as the widget's, over the draft merged as the widget merges it.
 *
 * @csspart input - The phrase box.
 * @csspart hit - One of the objections found.
 */
export class PhraseTester extends LitElement {
  static override styles = [baseStyles, phraseTesterStyles];

  /** The search over the catalog as the widget would show it; made by the studio when the draft changes. */
  @property({ attribute: false }) search?: ObjectionSearch;

  /** IDs of the draft's objections, marked in the hits. */
  @property({ attribute: false }) ownIds: ReadonlySet<string> = new Set();

  /** The language titles are shown in. */
  @property() locale = 'ru';

  /** The interface texts, in the studio's language. */
  @property({ attribute: false }) strings: StudioStrings = studioStrings('en');

  #phrase = '';
  #hits: SearchHit[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) this.#runSearch();
  }

  override render(): TemplateResult {
    const strings = this.strings;
    return html`
      <label for="phrase">${strings.testPhrase}</label>
      <input
        part="input"
        id="phrase"
        type="search"
        placeholder=${strings.testPlaceholder}
        .value=${this.#phrase}
        @input=${(event: InputEvent) => {
          this.#phrase = (event.target as HTMLInputElement).value;
          this.#runSearch();
          this.requestUpdate();
        }}
      />
      ${this.#phrase.trim() === ''
        ? html`<p class="muted small">${strings.testHint}</p>`
        : this.#hits.length === 0
          ? html`<p class="muted small" role="status">${strings.testNothing}</p>`
          : html`<ol class="hits" aria-label=${strings.foundFirst}>${this.#hits.map((hit) => this.#hit(hit))}</ol>`}
    `;
  }

  #runSearch(): void {
    this.#hits = this.search && this.#phrase.trim() !== '' ? this.search.search(this.#phrase, { limit: TOP_HITS }) : [];
  }

  #hit({ objection, match }: SearchHit): TemplateResult {
    const strings = this.strings;
    const own = this.ownIds.has(objection.id);
    return html`<li part="hit" class="hit">
      <span class="hit-head">
        <span class="hit-title">${localize(objection.title, this.locale)}</span>
        <code class="muted">${objection.id}</code>
        <span class="badge ${own ? 'tone-success' : ''}">${own ? strings.yourDraft : strings.builtinBadge}</span>
      </span>
      ${match
        ? html`<span class="match small">
            <span class="muted">${strings.matchedBy(strings.matchFields[match.field], match.locale)}</span>
            ${highlight(match.text, match.ranges)}
          </span>`
        : nothing}
    </li>`;
  }
}
