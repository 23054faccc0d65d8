import { css } from 'lit';

/** The coverage table, the question before exporting with errors, and what an added file replaced. */
export const studioFilesStyles = css`
  .coverage {
    margin-top: 16px;
  }

  .coverage summary {
    cursor: pointer;
    font-weight: 600;
  }

  .coverage table {
    width: 100%;
    border-collapse: collapse;
  }

  .coverage th,
  .coverage td {
    padding: 4px 6px;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }

  .coverage th[scope='row'] button {
    padding: 0;
    text-align: left;
  }

  .export-question {
    max-width: 440px;
    padding: 20px;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }

  .export-question h2 {
    margin: 0 0 8px;
    font-size: 16px;
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    justify-content: flex-end;
  }

  .notice ul.replaced {
    margin: 4px 0;
  }

  .notice p.replaced,
  .notice p.near-fields {
    margin: 6px 0 0;
  }
`;
