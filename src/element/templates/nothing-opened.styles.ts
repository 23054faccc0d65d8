import { css } from 'lit';

/** The keyboard hints shown in the wide layout while no objection is open (its place in the layout is the element's). */
export const nothingOpenedStyles = css`
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
`;
