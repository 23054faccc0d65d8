import { css } from 'lit';

/** The Insights tab: the drop zone, the tables of uses and success rates, the gap groups. */
export const insightsStyles = css`
  :host {
    display: block;
    max-width: 1100px;
  }

  .intro {
    max-width: 75ch;
    margin: 0 0 12px;
  }

  .drop-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px;
    padding: 18px;
    border: 2px dashed var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .drop-zone.dragging {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }

  .status:empty {
    display: none;
  }

  .order {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 8px 0;
  }

  .order button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    font-weight: 600;
  }

  .insights-section {
    margin-top: 20px;
  }

  h2 {
    margin: 0 0 8px;
    font-size: 16px;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  th,
  td {
    padding: 6px 10px;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: baseline;
  }

  thead th {
    font-size: 12px;
    color: var(--_muted);
    font-weight: 600;
  }

  tbody th {
    font-weight: 500;
  }

  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  .rate {
    white-space: nowrap;
  }

  meter {
    width: 60px;
    vertical-align: middle;
  }

  code {
    font-family: var(--_mono);
    font-size: 12px;
  }

  /* A reply's text reads first; its id, which the logs and the CLI report name it by, goes under it. */
  .reply-text {
    display: block;
    min-width: 24ch;
  }

  .reply-id {
    display: block;
  }

  .gap-groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    gap: 12px;
    padding: 0;
    list-style: none;
  }

  .gap-group {
    padding: 12px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .gap-group h3 {
    margin: 0;
    font-size: 15px;
  }

  .gap-group p {
    margin: 2px 0 6px;
  }

  .gap-queries {
    margin: 0 0 10px;
    padding-left: 18px;
  }
`;
