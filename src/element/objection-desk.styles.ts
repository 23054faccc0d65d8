import { css } from 'lit';
import { focusVisibleStyles, visuallyHiddenStyles } from '../ui/base.styles.js';
import { nothingOpenedStyles } from './templates/nothing-opened.styles.js';
import { noticeStyles } from './templates/notices.styles.js';
import { resultListStyles } from './templates/result-list.styles.js';

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
      display: flex;
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

  ${resultListStyles}
  ${nothingOpenedStyles}
  ${noticeStyles}

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }

    input[role='combobox'] {
      transition: none;
    }
  }

  /* Backgrounds are dropped in forced colors: outline what is active instead. */
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }

    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
