import { css } from 'lit';
import { focusVisibleStyles, visuallyHiddenStyles } from '../ui/base.styles.js';

/** From this content width (px) the results and the opened objection are shown side by side. */
export const WIDE_LAYOUT_MIN_WIDTH = 640;

/** The light colours: private tokens from the public custom properties, with light defaults. */
const LIGHT = css`
  --_bg: var(--objection-desk-background, #ffffff);
  --_fg: var(--objection-desk-foreground, #1f2328);
  --_muted: var(--objection-desk-muted, #59636e);
  --_border: var(--objection-desk-border, #d1d9e0);
  --_accent: var(--objection-desk-accent, #0969da);
  --_accent-fg: var(--objection-desk-accent-contrast, #ffffff);
  --_mark: var(--objection-desk-highlight-background, #fff0a6);
  --_active: var(--objection-desk-active-background, #edf4fd);
  --_ring: var(--objection-desk-focus-ring, #0969da);
  --_subtle: var(--objection-desk-subtle-background, color-mix(in srgb, var(--_fg) 4%, var(--_bg)));
  --_warning: var(--objection-desk-warning, #8a5c00);
  --_scheme: light;
`;

/** The dark colours, for the same tokens. */
const DARK = css`
  --_bg: var(--objection-desk-background, #151b23);
  --_fg: var(--objection-desk-foreground, #e6edf3);
  --_muted: var(--objection-desk-muted, #9198a1);
  --_border: var(--objection-desk-border, #343b45);
  --_accent: var(--objection-desk-accent, #4493f8);
  --_accent-fg: var(--objection-desk-accent-contrast, #0d1117);
  --_mark: var(--objection-desk-highlight-background, #5c4708);
  --_active: var(--objection-desk-active-background, #1c2a3c);
  --_ring: var(--objection-desk-focus-ring, #4493f8);
  --_subtle: var(--objection-desk-subtle-background, color-mix(in srgb, var(--_fg) 6%, var(--_bg)));
  --_warning: var(--objection-desk-warning, #d29922);
  --_scheme: dark;
`;

export const styles = css`
  :host {
    display: block;
    /* Private tokens: the public custom properties, with defaults. */
    --_font: var(
      --objection-desk-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Noto Sans',
      sans-serif
    );
    --_size: var(--objection-desk-font-size, 14px);
    --_radius: var(--objection-desk-radius, 8px);
    ${LIGHT}
  }

  @media (prefers-color-scheme: dark) {
    :host {
      ${DARK}
    }
  }

  /* The theme attribute overrides the system preference, for CRMs with their own dark-mode switch. */
  :host([theme='dark']) {
    ${DARK}
  }

  :host([theme='light']) {
    ${LIGHT}
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * The page's inherited styles stop here. Page rules beat :host, and what they set on the host (even with
   * "* { … !important }") is inherited into the shadow tree: all: initial resets every property but custom properties
   * and direction, and the base then sets its own. It is on a wrapper without a box because on the base it would also
   * undo the language that the base's lang attribute gives the text (the Turkish capital İ). What the page means by
   * hiding the widget or making it unclickable still passes through, and so does its font size, for a relative
   * --objection-desk-font-size.
   */
  .isolation {
    all: initial;
    display: contents;
    max-height: inherit;
    font-size: inherit;
    visibility: inherit;
    pointer-events: inherit;
  }

  .base {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    height: 100%;
    max-height: inherit;
    overflow: hidden;
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color-scheme: var(--_scheme);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
    text-align: left;
    overflow-wrap: break-word;
    tab-size: 4;
    list-style: none;
    -webkit-font-smoothing: antialiased;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }

  svg {
    display: block;
    flex: none;
    width: 14px;
    height: 14px;
  }

  ${focusVisibleStyles}
  ${visuallyHiddenStyles}

  /* ---- Layout: the search box always on top; in a sidebar the opened objection takes the place of the
     results, in a wide panel they are side by side ---- */

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    flex: 1 1 auto;
    min-height: 0;
  }

  .search-pane {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }

  .objection-pane {
    min-width: 0;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }

  .base[data-view='objection'] .results,
  .base[data-view='search'] .objection-pane {
    display: none;
  }

  .base[data-view='objection'] .layout {
    grid-template-rows: auto minmax(0, 1fr);
  }

  .nothing-opened {
    display: none;
  }

  @container (min-width: ${WIDE_LAYOUT_MIN_WIDTH}px) {
    .layout,
    .base[data-view] .layout {
      grid-template-columns: minmax(240px, 2fr) minmax(0, 3fr);
      grid-template-rows: none;
    }

    .base[data-view] .results {
      display: block;
    }

    .base[data-view] .objection-pane {
      display: block;
      border-left: 1px solid var(--_border);
    }

    .nothing-opened {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 6px;
      height: 100%;
      min-height: 12em;
      padding: 24px;
      text-align: center;
      color: var(--_muted);
    }

    .nothing-opened p {
      margin: 0;
      max-width: 26em;
    }
  }

  .keyboard-hints {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 4px 14px;
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.86em;
  }

  kbd {
    display: inline-block;
    min-width: 1.7em;
    margin-right: 3px;
    padding: 0 5px;
    border: 1px solid var(--_border);
    border-bottom-width: 2px;
    border-radius: 4px;
    background: var(--_bg);
    font: inherit;
    font-size: 0.9em;
    line-height: 1.5;
    text-align: center;
    color: var(--_fg);
  }

  /* ---- Search ---- */

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

  .results {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }

  .listbox {
    padding: 4px;
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

  .option-line {
    display: flex;
    align-items: baseline;
    gap: 8px;
  }

  .option-title {
    flex: 1 1 auto;
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

  /* ---- Objection ---- */

  .objection {
    padding: 10px 14px 18px;
  }

  .objection-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin: 0 0 6px -6px;
  }

  .back-button {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    height: 26px;
    padding: 0 8px 0 4px;
    border: 0;
    border-radius: 6px;
    background: none;
    font-size: 0.9em;
    color: var(--_muted);
    cursor: pointer;
  }

  .back-button svg {
    width: 16px;
    height: 16px;
  }

  .back-button:hover {
    background: var(--_subtle);
    color: var(--_fg);
  }

  .objection-title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 600;
    line-height: 1.3;
    letter-spacing: -0.005em;
  }

  .section {
    margin-top: 18px;
  }

  .section-heading {
    margin: 0 0 8px;
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .follow-up-heading {
    font-size: 0.9em;
    font-weight: 500;
    letter-spacing: normal;
    text-transform: none;
  }

  .unfilled-note {
    margin: -2px 0 8px;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .replies,
  .tip-list {
    display: grid;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .reply {
    padding: 10px 12px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    transition:
      border-color 0.12s,
      background-color 0.12s;
  }

  .reply.active {
    border-color: color-mix(in srgb, var(--_accent) 70%, var(--_bg));
    background: var(--_active);
  }

  .reply-text {
    margin: 0;
    white-space: pre-line;
    cursor: pointer;
  }

  .filled {
    padding: 0 2px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  input.placeholder {
    field-sizing: content;
    min-width: 5em;
    max-width: 100%;
    height: 1.5em;
    margin: 0 1px;
    padding: 0 5px;
    border: 1px dashed var(--_warning);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_warning) 7%, var(--_bg));
    line-height: inherit;
    vertical-align: baseline;
  }

  input.placeholder::placeholder {
    color: var(--_warning);
    opacity: 1;
  }

  /* Filled in (here or in another reply): no longer a warning, and no room left after the value. */
  input.placeholder:not(:placeholder-shown) {
    min-width: 1.5em;
    border-style: solid;
    border-color: color-mix(in srgb, var(--_accent) 30%, transparent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }

  input.placeholder:focus-visible {
    outline: 2px solid var(--_ring);
    outline-offset: 0;
    border-style: solid;
    border-color: transparent;
  }

  .reply-footer {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 8px;
  }

  .reply-status {
    margin-right: auto;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .reply-status.warning {
    color: var(--_warning);
  }

  .copy-button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    height: 28px;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_subtle);
    font-size: 0.88em;
    font-weight: 500;
    white-space: nowrap;
    cursor: pointer;
  }

  .copy-button:hover {
    border-color: color-mix(in srgb, var(--_fg) 25%, var(--_border));
  }

  .reply.active .copy-button,
  .reply.copied .copy-button {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
  }

  .manual-copy {
    display: block;
    width: 100%;
    margin-top: 8px;
    padding: 6px 8px;
    border: 1px solid var(--_warning);
    border-radius: 6px;
    background: var(--_bg);
    resize: vertical;
  }

  .tip {
    padding: 7px 10px;
    border-left: 3px solid var(--_border);
    border-radius: 0 6px 6px 0;
    background: var(--_subtle);
    font-size: 0.92em;
    color: var(--_fg);
  }

  /* ---- Catalog notices ---- */

  .notices {
    display: grid;
    flex: none;
    gap: 6px;
    padding: 8px 10px;
    border-top: 1px solid var(--_border);
    background: var(--_subtle);
    font-size: 0.86em;
    color: var(--_muted);
  }

  .notice.loading {
    display: flex;
    align-items: center;
    gap: 8px;
  }

  .notice-line {
    display: flex;
    align-items: flex-start;
    gap: 6px;
  }

  .notice-icon {
    margin-top: 0.2em;
  }

  .notice.failed .notice-icon {
    color: var(--_warning);
  }

  .notice-message {
    flex: 1 1 auto;
    min-width: 0;
  }

  .dismiss-button {
    width: 20px;
    height: 20px;
  }

  .dismiss-button:hover {
    background: var(--_border);
    color: var(--_fg);
  }

  .notice-details {
    margin: 2px 0 0 20px;
  }

  .notice-details summary {
    width: fit-content;
    color: var(--_accent);
    cursor: pointer;
  }

  .notice-details ul {
    max-height: 9em;
    margin: 4px 0 0;
    padding: 0 0 0 14px;
    overflow: auto;
    list-style: disc;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }

  .notice-details .more-problems {
    list-style: none;
    font-family: inherit;
  }

  .spinner {
    width: 12px;
    height: 12px;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }

    input[role='combobox'],
    .reply {
      transition: none;
    }
  }

  /* Backgrounds are dropped in forced colors: outline what is active instead. */
  @media (forced-colors: active) {
    .option[aria-selected='true'],
    .reply.active {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }

    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
