import { css } from 'lit';

/** The notices about extra catalogs under the results: loading, failed, with problems. */
export const noticeStyles = css`
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

  .notice.failed .notice-icon,
  .notice[role='alert'] {
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
`;
