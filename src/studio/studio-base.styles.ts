import { css } from 'lit';
import { focusVisibleStyles, visuallyHiddenStyles } from '../ui/base.styles.js';

/**
 * What every part of the studio shares: colour tokens (from `--objection-studio-*` custom properties, light
 * and dark), buttons, fields and inline problem messages.
 */
export const baseStyles = css`
  :host {
    --_font: var(--objection-studio-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_mono: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    --_bg: var(--objection-studio-background, #f5f6f8);
    --_surface: var(--objection-studio-surface, #ffffff);
    --_subtle: #f3f4f7;
    --_fg: var(--objection-studio-foreground, #1c2230);
    --_muted: #5b6474;
    --_border: #dfe3e9;
    --_border-strong: #c7cdd6;
    --_accent: var(--objection-studio-accent, #2f5fd0);
    --_ring: var(--_accent);
    --_accent-fg: #ffffff;
    --_accent-soft: #edf2fd;
    --_error: #b42318;
    --_error-soft: #fdeceb;
    --_warning: #8a5300;
    --_warning-soft: #fdf3e1;
    --_success: #146c3e;
    --_success-soft: #e3f4ea;
    --_radius: 8px;
    font-family: var(--_font);
    color: var(--_fg);
    font-size: 14px;
    line-height: 1.45;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--objection-studio-background, #0f1217);
      --_surface: var(--objection-studio-surface, #171b22);
      --_subtle: #1c212a;
      --_fg: var(--objection-studio-foreground, #e6e9ef);
      --_muted: #9aa3b2;
      --_border: #2a303b;
      --_border-strong: #3a4250;
      --_accent: var(--objection-studio-accent, #7ea6ff);
      --_accent-fg: #0c1222;
      --_accent-soft: #1d2740;
      --_error: #ff8a80;
      --_error-soft: #3a1d1b;
      --_warning: #e3b341;
      --_warning-soft: #33280f;
      --_success: #4cc68a;
      --_success-soft: #16302a;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button,
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 5px 12px;
    border: 1px solid var(--_border-strong);
    border-radius: 6px;
    background: var(--_surface);
    cursor: pointer;
    white-space: nowrap;
    font-weight: 500;
  }

  button:hover {
    background: var(--_subtle);
  }

  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }

  button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, black);
  }

  button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_muted);
  }

  button.quiet:hover {
    background: var(--_subtle);
    color: var(--_fg);
  }

  button.danger:hover {
    color: var(--_error);
  }

  button:disabled {
    opacity: 0.5;
    cursor: default;
  }

  ${focusVisibleStyles}

  input[type='text'],
  input[type='search'],
  textarea,
  select {
    width: 100%;
    padding: 6px 9px;
    border: 1px solid var(--_border-strong);
    border-radius: 6px;
    background: var(--_surface);
  }

  input:focus,
  textarea:focus,
  select:focus {
    outline: 2px solid color-mix(in srgb, var(--_accent) 40%, transparent);
    outline-offset: 0;
    border-color: var(--_accent);
  }

  textarea {
    resize: vertical;
    field-sizing: content;
    min-height: 3.2em;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
  }

  .muted {
    color: var(--_muted);
  }

  .small {
    font-size: 12.5px;
  }

  code {
    font-family: var(--_mono);
    font-size: 0.92em;
  }

  ${visuallyHiddenStyles}

  .problems {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    font-size: 12.5px;
  }

  .problem {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }

  .problem::before {
    flex: none;
    content: '●';
    font-size: 9px;
    transform: translateY(-1px);
  }

  .problem.error {
    color: var(--_error);
  }

  .problem.warning {
    color: var(--_warning);
  }

  .badge {
    display: inline-block;
    padding: 1px 7px;
    border-radius: 999px;
    font-size: 11.5px;
    font-weight: 600;
    white-space: nowrap;
    background: var(--_subtle);
    color: var(--_muted);
  }

  /* Tones for badges, counts and status lines: success, accent, warning, error. */
  .tone-success {
    background: var(--_success-soft);
    color: var(--_success);
  }

  .tone-accent {
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  .tone-warning {
    background: var(--_warning-soft);
    color: var(--_warning);
  }

  .tone-error {
    background: var(--_error-soft);
    color: var(--_error);
  }
`;
