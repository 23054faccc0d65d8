import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: block;
  }

  form {
    display: grid;
    gap: 18px;
  }

  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
    gap: 14px;
  }

  .field label,
  legend,
  h3 {
    display: block;
    margin: 0 0 4px;
    padding: 0;
    font-size: 13px;
    font-weight: 650;
  }

  h3 {
    font-size: 14px;
  }

  h4 {
    margin: 0;
    font-size: 13px;
    font-weight: 600;
  }

  .help {
    margin: 2px 0 6px;
    color: var(--_muted);
    font-size: 12.5px;
  }

  .field .help {
    margin: 4px 0 0;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .localized {
    display: grid;
    gap: 6px;
  }

  .localized > .help {
    margin-top: -4px;
  }

  .locale-row {
    display: grid;
    grid-template-columns: 34px 1fr;
    gap: 8px;
    align-items: start;
  }

  .locale {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    height: 32px;
    border-radius: 6px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 11.5px;
    font-weight: 700;
    letter-spacing: 0.03em;
  }

  .locale-control {
    min-width: 0;
  }

  textarea.short {
    min-height: 2.4em;
  }

  .group {
    display: grid;
    gap: 10px;
    padding-top: 16px;
    border-top: 1px solid var(--_border);
  }

  .group > h3,
  .group > .help {
    margin: 0;
  }

  .group > button {
    justify-self: start;
  }

  .card {
    display: grid;
    gap: 8px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .card > button {
    justify-self: start;
  }

  .card .card {
    background: var(--_surface);
  }

  .card-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
  }

  .placeholders {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }

  .chip {
    min-height: 24px;
    padding: 1px 8px;
    border-radius: 999px;
    font-family: var(--_mono);
    font-size: 12px;
    font-weight: 400;
    color: var(--_accent);
    border-color: var(--_border);
  }

  .status {
    margin: 0;
    padding: 8px 12px;
    border-radius: var(--_radius);
    font-size: 13px;
    font-weight: 500;
  }

  .hidden-note {
    display: grid;
    gap: 8px;
    justify-items: start;
  }

  .hidden-note p {
    margin: 0;
  }
`;
