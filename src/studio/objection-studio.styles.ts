import { css } from 'lit';

export const studioStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--_bg);
  }

  a {
    color: var(--_accent);
  }

  h1,
  h2 {
    margin: 0;
  }

  h1 {
    font-size: 17px;
  }

  h2 {
    font-size: 15px;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px 18px;
    padding: 10px 20px;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }

  .brand {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px;
    margin-right: auto;
  }

  .brand p {
    margin: 0;
  }

  .brand .ui-locale {
    margin-left: 8px;
  }

  .brand a {
    white-space: nowrap;
  }

  .brand-mark {
    display: grid;
    place-items: center;
    width: 34px;
    height: 34px;
    border-radius: 8px;
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 700;
    font-size: 13px;
  }

  .toolbar-group {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }

  .save-state {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    text-align: right;
  }

  .save-state::before {
    content: '✓ ';
    color: var(--_success);
  }

  .save-state.not-saved {
    color: var(--_warning);
  }

  .save-state.not-saved::before {
    content: '! ';
    color: var(--_warning);
  }

  .notice {
    margin: 12px 20px 0;
    padding: 10px 14px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }

  .notice p {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 0;
  }

  .notice p button.quiet {
    margin-left: auto;
    min-height: 26px;
    padding: 0 8px;
  }

  .notice.replaced {
    border-color: color-mix(in srgb, var(--_accent) 40%, transparent);
    background: var(--_accent-soft);
  }

  .notice.refused {
    border-color: color-mix(in srgb, var(--_error) 45%, transparent);
    background: var(--_error-soft);
  }

  .file-problems {
    margin: 8px 0 0;
    font-size: 12.5px;
  }

  .file-problems summary {
    width: fit-content;
    cursor: pointer;
  }

  .file-problems ul {
    max-height: 16em;
    margin: 4px 0 0;
    padding-left: 18px;
    overflow: auto;
  }

  .file-problems .error {
    color: var(--_error);
  }

  .file-problems .warning {
    color: var(--_warning);
  }

  .catalog-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 28px;
    margin: 12px 20px 0;
  }

  .catalog-bar fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .catalog-bar legend {
    float: left;
    margin-right: 4px;
    padding: 0;
    font-weight: 650;
    font-size: 13px;
  }

  .mode-option,
  .locale-option {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 13px;
    cursor: pointer;
  }

  .how-to {
    flex-basis: 100%;
    margin: 0;
  }

  .workspace {
    display: grid;
    grid-template-columns: minmax(250px, 300px) minmax(0, 1fr) minmax(320px, 400px);
    gap: 16px;
    align-items: start;
    padding: 12px 20px 24px;
  }

  .panel {
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    background: var(--_surface);
    min-width: 0;
  }

  .side {
    display: grid;
    gap: 20px;
  }

  .editor-title {
    margin-bottom: 14px;
    font-size: 18px;
  }

  .empty-editor {
    display: grid;
    gap: 10px;
    justify-items: start;
    padding: 28px 8px;
  }

  .empty-editor p {
    margin: 0;
    max-width: 52ch;
  }

  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .preview {
    display: grid;
    gap: 12px;
    position: sticky;
    top: 12px;
  }

  .preview p {
    margin: 0;
  }

  .preview-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }

  .segmented {
    display: inline-flex;
    border: 1px solid var(--_border-strong);
    border-radius: 6px;
    overflow: hidden;
  }

  .segmented button {
    min-height: 28px;
    padding: 2px 10px;
    border: 0;
    border-radius: 0;
    font-size: 12px;
  }

  .segmented button + button {
    border-left: 1px solid var(--_border-strong);
  }

  .segmented button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
  }

  .desk {
    height: 460px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    overflow: hidden;
  }

  /* Two columns: the preview goes under the list, beside the form, and stays in view (sticky) while the
     marketer scrolls a long form, so the phrase tester at its top is always at hand. */
  @media (max-width: 1100px) {
    .workspace {
      grid-template-columns: minmax(260px, 300px) minmax(0, 1fr);
      /* The form's extra length goes to the preview's row: room for it to stick. */
      grid-template-rows: auto 1fr;
    }

    .side {
      grid-area: 1 / 1;
    }

    .editor {
      grid-area: 1 / 2 / span 2;
    }

    .preview {
      grid-area: 2 / 1;
    }
  }

  @media (max-width: 720px) {
    .toolbar,
    .workspace {
      padding-left: 12px;
      padding-right: 12px;
    }

    .notice,
    .catalog-bar {
      margin-left: 12px;
      margin-right: 12px;
    }

    .workspace {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: none;
    }

    .side,
    .editor,
    .preview {
      grid-area: auto;
    }

    .preview {
      position: static;
    }

    .save-state {
      text-align: left;
    }

    .toolbar-group {
      width: 100%;
    }

    .toolbar-group button {
      flex: 1 1 auto;
      justify-content: center;
    }

    .desk {
      height: 420px;
    }
  }
`;
