import { css } from 'lit';

/** The toolbar's Undo and Redo, and the line that tells of a delete. */
export const historyStyles = css`
  .history-status {
    margin: 12px 20px 0;
    padding: 8px 14px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }

  .history-status:empty {
    margin-top: 0;
    padding: 0;
    border: 0;
  }

  .history-status p {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 720px) {
    .history-status {
      margin-left: 12px;
      margin-right: 12px;
    }
  }
`;
