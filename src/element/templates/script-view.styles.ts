import { css } from 'lit';

/**
 * The call script view: stages, the step, its answers. Adopted into the shadow root with the script view's chunk
 * (script-pane.ts), after the element's own styles and the opened objection's, whose reply, field and tip styles the
 * step's text shares. While the step is shown it takes the whole element; the search and the opened objection stay
 * rendered underneath, out of view, so that coming back finds focus where it was.
 */
export const scriptViewStyles = css`
  .base[data-view='script'] .layout,
  .base:not([data-view='script']) .script {
    display: none;
  }

  .script {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 10px 14px 18px;
  }

  .script-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 8px;
  }

  .script-title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
    line-height: 1.3;
  }

  .script-header .back-button {
    margin-right: -6px;
  }

  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 8px 0 10px;
    padding: 0;
    list-style: none;
    counter-reset: stage;
  }

  .stage {
    counter-increment: stage;
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.82em;
    color: var(--_muted);
  }

  .stage::before {
    content: counter(stage) '. ';
  }

  .stage.current {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }

  .step {
    margin: 0;
  }

  .step:focus-visible {
    outline: 2px solid var(--_ring);
    outline-offset: 2px;
  }

  .say {
    font-size: 1.05em;
    line-height: 1.45;
    cursor: text;
  }

  .script-note {
    margin: 10px 0 0;
  }

  .checklist {
    margin-top: 12px;
  }

  .checklist ul {
    margin: 0;
    padding-left: 1.3em;
  }

  .checklist li + li {
    margin-top: 2px;
  }

  .answers-section {
    margin-top: 14px;
  }

  .answers {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .answer {
    display: flex;
    align-items: baseline;
    gap: 8px;
    width: 100%;
    padding: 7px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font: inherit;
    color: inherit;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  .answer:hover {
    border-color: var(--_accent);
    background: var(--_active);
  }

  .answer.unfit {
    border-style: dashed;
  }

  .answer-fit {
    margin-inline-start: auto;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .answer[aria-disabled='true'] {
    flex-wrap: wrap;
    border-style: dashed;
    color: var(--_muted);
    cursor: not-allowed;
  }

  .answer[aria-disabled='true']:hover {
    border-color: var(--_border);
    background: var(--_bg);
  }

  .answer-missing {
    flex-basis: 100%;
    font-size: 0.85em;
  }

  .answer kbd {
    flex: none;
    min-width: 1.5em;
    padding: 0 4px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_subtle);
    font: inherit;
    font-size: 0.85em;
    font-weight: 600;
    text-align: center;
    color: var(--_muted);
  }

  .script-keys {
    margin: 12px 0 0;
    font-size: 0.8em;
    color: var(--_muted);
  }

  .script-end,
  .script-failure {
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-weight: 600;
  }

  .script-failure {
    border-color: var(--_warning);
    color: var(--_warning);
    font-weight: normal;
  }

  @media (forced-colors: active) {
    .stage.current {
      outline: 2px solid Highlight;
    }
  }
`;
