import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { WEAK_CONFIDENCE, fillTemplateRanges, localize, type BrowseGroup, type SearchHit, type SearchMatch, type TextRange } from '../../core/index.js';
import { highlight } from '../../ui/highlight.js';
import type { DeskView } from './desk-view.js';

/** A matched reply is shown as an excerpt of about this many characters around the match. */
const EXCERPT_LENGTH = 96;
/** How many characters of context an excerpt keeps before the match. */
const EXCERPT_LEAD = 24;
export const LISTBOX_ID = 'results';

export const optionId = (index: number): string => `option-${index}`;

const preventDefault = (event: Event) => event.preventDefault();

/** The combobox: its label, icon, input and clear button. */
export function renderSearchField(view: DeskView): TemplateResult {
  const { strings, listboxShown: shown, session } = view;
  const active = shown && session.active >= 0 ? optionId(session.active) : undefined;
  return html`
    <div class="search-field">
      <label class="visually-hidden" for="search">${strings.searchLabel}</label>
      <svg class="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" stroke-width="1.5" />
        <path d="M10.5 10.5 14 14" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      <input
        id="search"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        enterkeyhint="go"
        aria-autocomplete="list"
        aria-controls=${LISTBOX_ID}
        aria-expanded=${shown ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(active)}
        aria-keyshortcuts=${view.keyshortcuts || nothing}
        placeholder=${strings.searchPlaceholder}
        .value=${live(session.query)}
        @input=${view.onSearchInput}
        @keydown=${view.onSearchKeydown}
      />
      ${session.query
        ? html`<button class="icon-button clear-button" type="button" tabindex="-1" aria-label=${strings.clearSearch} @click=${view.onClear}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg>
          </button>`
        : nothing}
    </div>
  `;
}

/**
 * The listbox of results (by category for the empty query), or "Nothing found" once a search says so — also
 * above results that are all weak matches — with "No answer for this" for a query.
 */
export function renderResults(view: DeskView): TemplateResult {
  const { strings, session } = view;
  const { groups } = session;
  const empty = session.hits.length === 0;
  const query = session.query.trim();
  return html`
    <div class="results">
      ${session.nothingFound && !view.notices.missing && !view.searching
        ? html`<div class="empty-results ${empty ? '' : 'weak-only'}">
            <p class="empty-title">${strings.nothingFound}</p>
            ${query ? html`<p class="empty-hint">${strings.nothingFoundHint}</p>
                  <button class="copy-button missing-button" part="missing-button" type="button" @click=${view.onMissing}>${strings.noAnswer}</button>` : nothing}
          </div>`
        : nothing}
      <div id=${LISTBOX_ID} part="listbox" class="listbox" role="listbox" aria-label=${strings.resultsLabel} ?hidden=${empty}>
        ${groups ? renderGroups(groups, view) : session.hits.map((hit, index) => renderOption(hit, index, true, view))}
      </div>
      ${groups && session.more > 0 ? html`<p class="browse-more">${strings.browseMore(session.more)}</p>` : nothing}
    </div>
  `;
}

function renderGroups(groups: readonly BrowseGroup[], view: DeskView): TemplateResult[] {
  let index = 0;
  return groups.map((group, groupIndex) => {
    const labelId = `group-${groupIndex}`;
    return html`
      <div role="group" class="group" aria-labelledby=${labelId}>
        <div id=${labelId} part="group-label" class="group-label">
          ${'shortcut' in group ? view.strings[group.shortcut] : view.categoryTitle(group.category.id)}
        </div>
        ${group.hits.map((hit) => renderOption(hit, index++, false, view))}
      </div>
    `;
  });
}

function renderOption(hit: SearchHit, index: number, showCategory: boolean, view: DeskView): TemplateResult {
  const title = localize(hit.objection.title, view.textLocale);
  const match = hit.match;
  const titleMatched = match?.field === 'title' && match.text === title;
  const current = view.openedId === hit.objection.id;
  return html`
    <div
      id=${optionId(index)}
      part="option"
      class="option ${current ? 'current' : ''}"
      role="option"
      aria-selected=${index === view.session.active ? 'true' : 'false'}
      data-index=${index}
      @mousedown=${preventDefault}
      @click=${view.onOptionClick}
    >
      <span class="option-line">
        <span class="option-title">${titleMatched ? highlight(title, match.ranges) : title}</span>
        ${hit.confidence >= WEAK_CONFIDENCE ? nothing : html`<span class="chip weak-mark" part="weak-mark">${view.strings.weakMatch}</span>`}
        ${showCategory ? html`<span class="option-category">${view.categoryTitle(hit.objection.category)}</span>` : nothing}
      </span>
      ${match && !titleMatched ? renderMatch(match, view) : nothing}
    </div>
  `;
}

function renderMatch(match: SearchMatch, view: DeskView): TemplateResult {
  const [open, close] = view.strings.quotes;
  // A matched reply is previewed as the operator would say it: placeholders filled from the context and
  // from what the operator typed.
  const filled = match.field === 'reply' ? fillTemplateRanges(match.text, view.values, match.ranges) : match;
  const shown = excerpt(filled.text, filled.ranges);
  return html`<span class="option-match" lang=${match.locale}>${open}${highlight(shown.text, shown.ranges)}${close}</span>`;
}

/** A long matched text cut to a window around its first match, with the ranges moved to match. */
function excerpt(text: string, ranges: readonly TextRange[]): { text: string; ranges: TextRange[] } {
  if (text.length <= EXCERPT_LENGTH) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - EXCERPT_LEAD);
  if (start > 0) {
    const wordStart = text.indexOf(' ', start);
    start = wordStart >= 0 && wordStart < first ? wordStart + 1 : start;
  }
  const end = Math.min(text.length, start + EXCERPT_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  const shifted: TextRange[] = [];
  for (const [from, to] of ranges) {
    const clippedFrom = Math.max(from, start);
    const clippedTo = Math.min(to, end);
    if (clippedTo > clippedFrom) shifted.push([clippedFrom + shift, clippedTo + shift]);
  }
  return { text: `${prefix}${text.slice(start, end).trimEnd()}${end < text.length ? '…' : ''}`, ranges: shifted };
}
