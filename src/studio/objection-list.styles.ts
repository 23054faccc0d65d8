import { css } from 'lit';

export const listStyles = css`
  :host {
    display: grid;
    gap: 10px;
    align-content: start;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
  }

  h2 {
    margin: 0;
    font-size: 15px;
  }

  .empty {
    margin: 0;
    padding: 16px;
    border: 1px dashed var(--_border-strong);
    border-radius: var(--_radius);
    text-align: center;
  }

  .filter {
    display: grid;
    gap: 2px;
  }

  .filter-count:empty {
    display: none;
  }

  .phrase-import {
    display: grid;
    gap: 4px;
    justify-items: start;
  }

  .phrase-import p {
    margin: 0;
  }

  .list {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: min(52vh, 560px);
    overflow: auto;
  }

  .item {
    display: grid;
    gap: 2px;
    width: 100%;
    min-height: 0;
    padding: 7px 10px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    text-align: left;
    white-space: normal;
    font-weight: 400;
  }

  .item[aria-current='true'] {
    background: var(--_accent-soft);
    border-color: color-mix(in srgb, var(--_accent) 35%, transparent);
  }

  .item-title {
    font-weight: 600;
  }

  .item.is-hidden .item-title {
    color: var(--_muted);
    text-decoration: line-through;
  }

  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    color: var(--_muted);
    font-size: 12px;
  }

  .actions,
  .builtin-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }

  .builtin {
    display: grid;
    gap: 6px;
    padding-top: 10px;
    border-top: 1px solid var(--_border);
  }

  /* An option as long as a built-in title and its ID must not widen the panel. */
  .builtin select {
    width: 100%;
    min-width: 0;
  }

  .builtin label {
    font-size: 13px;
    font-weight: 650;
  }
`;
