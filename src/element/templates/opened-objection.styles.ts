import { css } from 'lit';

/**
 * The opened objection: its replies, placeholders, copy buttons, follow-ups and tips. Adopted into the shadow root
 * with the opened objection's chunk (objection-pane.ts), after the element's own styles.
 */
export const openedObjectionStyles = css`
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

  .back-button,
  .pin-button {
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

  .pin-button {
    margin-left: auto;
    padding: 0 8px;
  }

  .pin-button::before {
    content: '☆' / '';
    margin-right: 3px;
  }

  .pin-button[aria-pressed='true'] {
    color: var(--_accent);
  }

  .pin-button[aria-pressed='true']::before {
    content: '★' / '';
  }

  .back-button:hover,
  .pin-button:hover {
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

  .reply-text,
  .reply-short {
    margin: 0;
    white-space: pre-line;
    cursor: pointer;
  }

  .reply-short {
    margin-bottom: 4px;
    font-weight: 600;
  }

  .filled {
    padding: 0 2px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .replies {
    /* A field's width never widens its reply past the pane. */
    grid-template-columns: minmax(0, 1fr);
  }

  /* A textarea sized to its text: a long value wraps inside the reply and the field grows in height. */
  .placeholder {
    field-sizing: content;
    min-width: 5em;
    max-width: 100%;
    margin: 0 1px;
    padding: 0 5px;
    border: 1px dashed var(--_warning);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_warning) 7%, var(--_bg));
    line-height: inherit;
    vertical-align: top;
    overflow: hidden;
    overflow-wrap: anywhere;
    resize: none;
  }

  .placeholder::placeholder {
    color: var(--_warning);
    opacity: 1;
  }

  /* Filled in (here or in another reply): no longer a warning, and no room left after the value. */
  .placeholder:not(:placeholder-shown) {
    min-width: 1.5em;
    border-style: solid;
    border-color: color-mix(in srgb, var(--_accent) 30%, transparent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }

  .placeholder:focus-visible {
    outline: 2px solid var(--_ring);
    outline-offset: 0;
    border-style: solid;
    border-color: transparent;
  }

  /* Wraps in a narrow sidebar: the marks beside the copy button would push the first of them out on the left. */
  .reply-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 8px;
  }

  .reply.unfit {
    border-style: dashed;
  }

  .reply-fit {
    margin: 0 0 6px;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .reply-status {
    margin-right: auto;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .reply-status.warning {
    color: var(--_warning);
  }

  .success-rate {
    margin-right: auto;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .outcome-marks {
    display: inline-flex;
    gap: 4px;
  }

  .outcome-button {
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }

  .outcome-button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
  }

  .outcome-button:focus-visible {
    outline: 2px solid var(--_ring);
    outline-offset: 1px;
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

  @media (prefers-reduced-motion: reduce) {
    .reply {
      transition: none;
    }
  }

  /* Backgrounds are dropped in forced colors: outline what is active instead. */
  @media (forced-colors: active) {
    .reply.active {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
