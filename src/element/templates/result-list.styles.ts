import { css } from 'lit';

/** The search field and the list of results under it. */
export const resultListStyles = css`
  .search-field {
    position: relative;
    display: flex;
    align-items: center;
    flex: none;
    padding: 10px;
    border-bottom: 1px solid var(--_border);
  }

  .search-icon {
    position: absolute;
    left: 20px;
    width: 16px;
    height: 16px;
    color: var(--_muted);
    pointer-events: none;
  }

  input[role='combobox'] {
    width: 100%;
    height: 2.45em;
    margin: 0;
    padding: 0 2.4em 0 2.45em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_bg);
    line-height: normal;
    outline: none;
    transition:
      border-color 0.12s,
      box-shadow 0.12s;
  }

  input[role='combobox']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  input[role='combobox']:focus {
    border-color: var(--_ring);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_ring) 22%, transparent);
  }

  input[role='combobox']::-webkit-search-cancel-button {
    display: none;
  }

  /* A small square button holding only an icon: clearing the search, dismissing a notice. */
  .icon-button {
    display: grid;
    place-items: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }

  .clear-button {
    position: absolute;
    right: 16px;
  }

  .clear-button:hover {
    background: var(--_subtle);
    color: var(--_fg);
  }

  /* The listbox itself scrolls, not a box around it: a scrolling region the search box controls (aria-controls)
     is driven from it by aria-activedescendant, and needs no focus of its own (axe scrollable-region-focusable). */
  .results {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }

  .listbox {
    flex: 0 1 auto;
    min-height: 0;
    padding: 4px;
    overflow: auto;
    overscroll-behavior: contain;
  }

  .listbox[hidden] {
    display: none;
  }

  .group + .group {
    margin-top: 2px;
  }

  .group-label {
    padding: 10px 8px 4px;
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .option {
    display: flex;
    flex-direction: column;
    gap: 1px;
    padding: 6px 8px;
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
    user-select: none;
  }

  .option:hover {
    background: var(--_subtle);
  }

  .option[aria-selected='true'] {
    background: var(--_active);
    box-shadow: inset 2px 0 0 var(--_accent);
  }

  /* The marks beside a title go to a line of their own before they squeeze it into a word per line. */
  .option-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
  }

  .option-title {
    flex: 1 1 10em;
    min-width: 0;
    font-weight: 500;
  }

  .option.current .option-title {
    color: var(--_accent);
  }

  .option-category {
    flex: none;
    max-width: 38%;
    overflow: hidden;
    font-size: 0.8em;
    color: var(--_muted);
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .option-match {
    display: -webkit-box;
    overflow: hidden;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    font-size: 0.88em;
    color: var(--_muted);
  }

  .chip {
    flex: none;
    max-width: 45%;
    overflow: hidden;
    padding: 0 7px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 500;
    line-height: 1.6;
    color: var(--_muted);
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  mark {
    margin: 0 -1px;
    padding: 0 1px;
    border-radius: 2px;
    background: var(--_mark);
    color: inherit;
  }

  .option-match mark {
    color: var(--_fg);
  }

  .browse-more {
    margin: 0;
    padding: 6px 12px 12px;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .empty-results {
    padding: 28px 16px;
    text-align: center;
    color: var(--_muted);
  }

  .empty-results p {
    margin: 0;
  }

  .empty-title {
    font-weight: 500;
    color: var(--_fg);
  }

  .empty-hint {
    margin-top: 4px;
    font-size: 0.9em;
  }

  .weak-only {
    padding: 12px 16px;
  }

  /* Drawn as a copy button (opened-objection.styles.ts). */
  .missing-button {
    margin-top: 10px;
  }
`;
