import { css } from 'lit';

/** The keyboard focus ring, in the host's `--_ring` colour. */
export const focusVisibleStyles = css`
  :focus-visible {
    outline: 2px solid var(--_ring);
    outline-offset: 2px;
  }
`;

/** Hidden from sight, still read by screen readers (labels, the live region). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
