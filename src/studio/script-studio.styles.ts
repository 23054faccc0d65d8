import { css } from 'lit';

/** The scripts part of the studio: its steps as cards, what the lint says of one, the answers numbered as in the widget. */
export const scriptStyles = css`
  :host {
    display: block;
    min-height: 0;
    background: none;
  }

  .workspace {
    padding: 0;
  }

  .step {
    gap: 12px;
  }

  .step.flagged {
    border-color: var(--_warning);
    border-left-width: 4px;
  }

  .findings .problem::before,
  .finding::before {
    content: none;
  }

  .finding {
    font-weight: 600;
  }

  .answers {
    display: grid;
    gap: 8px;
  }

  .answer-list {
    display: grid;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .answer {
    display: grid;
    gap: 6px;
    padding: 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .answer-number {
    display: inline-grid;
    place-items: center;
    width: 24px;
    height: 24px;
    border-radius: 6px;
    background: var(--_accent-soft);
    color: var(--_accent);
    font-weight: 700;
    font-size: 12.5px;
  }

  .stage .card-head {
    align-items: end;
  }

  .builtin-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }

  .side > .danger {
    justify-self: start;
  }
`;
