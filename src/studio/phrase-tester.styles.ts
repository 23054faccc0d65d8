import { css } from 'lit';

export const phraseTesterStyles = css`
  :host {
    display: grid;
    gap: 8px;
  }

  label {
    font-size: 13px;
    font-weight: 650;
  }

  p {
    margin: 0;
  }

  .hits {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: hit;
  }

  .hit {
    display: grid;
    gap: 2px;
    padding: 8px 10px 8px 34px;
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    counter-increment: hit;
  }

  .hit::before {
    content: counter(hit);
    position: absolute;
    left: 10px;
    top: 8px;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 11px;
    font-weight: 700;
    text-align: center;
    line-height: 16px;
  }

  .hit:first-child {
    border-color: color-mix(in srgb, var(--_accent) 45%, transparent);
  }

  .hit-head {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: baseline;
  }

  .hit-title {
    font-weight: 600;
  }

  mark {
    background: #fff0a6;
    color: inherit;
    border-radius: 2px;
  }

  @media (prefers-color-scheme: dark) {
    mark {
      background: #5c4708;
    }
  }
`;
