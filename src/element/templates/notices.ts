import { html, nothing, type TemplateResult } from 'lit';
import type { DeskView } from './desk-view.js';

/**
 * A file of the widget that did not load, the loading line, and a notice per extra catalog with something wrong
 * (its template comes with the first: see `CatalogNotices`); nothing when all is well.
 */
export function renderNotices(view: DeskView): TemplateResult | typeof nothing {
  const { strings } = view;
  const { loading } = view.src;
  const { shown, missing } = view.notices;
  if (!loading && !missing && shown.size === 0) return nothing;
  return html`
    <div class="notices">
      ${missing ? html`<div part="notice" class="notice failed" role="alert">${strings.fileMissing(missing.file, missing.folder)}</div>` : nothing}
      ${loading
        ? html`<div part="notice" class="notice loading"><span class="spinner" aria-hidden="true"></span>${loadingMessage(view)}</div>`
        : nothing}
      ${[...shown].map(([key, notice]) => view.notices.template?.(view, key, notice) ?? nothing)}
    </div>
  `;
}

function loadingMessage({ src, locale, textLocale, strings }: DeskView): string {
  const progress = src.state.kind === 'fetching' ? src.state.progress : undefined;
  // Progress comes from the code that fetches `src`, which brings its text (src-progress-text.ts).
  return (progress && src.progressText?.(progress, strings, locale, textLocale)) ?? strings.catalogLoading;
}
