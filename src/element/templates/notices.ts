import { html, nothing, type TemplateResult } from 'lit';
import type { DeskView } from './desk-view.js';

/**
 * A file of the widget that did not load, the loading line, and a notice per extra catalog with something wrong
 * (the line's text and the notices' template come with the first of them: see `CatalogNotices`); nothing when
 * all is well.
 */
export function renderNotices(view: DeskView): TemplateResult | typeof nothing {
  const { strings } = view;
  const loading = view.src.loading || view.progress;
  const { shown, missing } = view.notices;
  if (!loading && !missing && shown.size === 0) return nothing;
  return html`
    <div class="notices">
      ${missing ? html`<div part="notice" class="notice failed" role="alert">${(missing.opening ? strings.openingFileMissing : strings.fileMissing)(missing.file, missing.folder)}</div>` : nothing}
      ${loading
        ? html`<div part="notice" class="notice loading">
            <span class="spinner" aria-hidden="true"></span>${view.notices.template?.loadingMessage(view)}
          </div>`
        : nothing}
      ${[...shown].map(([key, notice]) => view.notices.template?.renderCatalogNotice(view, key, notice) ?? nothing)}
    </div>
  `;
}
