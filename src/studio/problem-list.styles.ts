import { css } from 'lit';

export const problemListStyles = css`
  :host {
    display: grid;
    gap: 8px;
    align-content: start;
  }

  h2 {
    display: flex;
    gap: 8px;
    align-items: center;
    margin: 0;
    font-size: 15px;
  }

  .count {
    font-size: 12px;
    font-weight: 600;
    padding: 1px 8px;
    border-radius: 999px;
  }

  .ok-text {
    margin: 0;
  }

  ul {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 320px;
    overflow: auto;
  }

  .problem-button {
    display: grid;
    gap: 1px;
    width: 100%;
    padding: 6px 10px;
    border: 0;
    border-left: 3px solid;
    border-radius: 4px;
    text-align: left;
    white-space: normal;
    font-weight: 400;
    font-size: 12.5px;
  }

  .problem-button.error {
    border-left-color: var(--_error);
    background: var(--_error-soft);
  }

  .problem-button.warning {
    border-left-color: var(--_warning);
    background: var(--_warning-soft);
  }

  .where {
    font-weight: 650;
  }

  .problem-button.unfinished {
    border-left-color: var(--_border-strong);
    background: transparent;
  }

  .fix {
    margin: 2px 0 0 13px;
  }

  .check-all {
    margin-top: 8px;
  }
`;
