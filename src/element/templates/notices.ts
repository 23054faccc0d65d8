import { html, nothing, type TemplateResult } from 'lit';
import type { DeskView } from './desk-view.js';
import { formatMegabytes } from '../i18n.js';
import { BYTES_PER_MEGABYTE } from '../src-limits.js';

/**
 * A file of the widget that did not load, the loading line, and a notice per extra catalog with something wrong
 * (its template comes with the first: see `CatalogNotices`); nothing when all is well.
 */
export function renderNotices(view: DeskView): TemplateResult | typeof nothing {
  const { strings } = view;
  const loading = view.src.loading || view.progress;
  const { shown, missing } = view.notices;
  if (!loading && !missing && shown.size === 0) return nothing;
  return html`
    <div class="notices">
      ${missing ? html`<div part="notice" class="notice failed" role="alert">${strings.fileMissing(missing.file, missing.folder)}</div>` : nothing}
      ${loading
        ? html`<div part="notice" class="notice loading"><span class="spinner" aria-hidden="true"></span>${loadingMessage(view)}</div>`
        : nothing}
      ${[...shown].map(([key, notice]) => view.notices.template?.renderCatalogNotice(view, key, notice) ?? nothing)}
    </div>
  `;
}

function loadingMessage(view: DeskView): string {
  const { src, locale, strings } = view;
  // Its text comes with the notices' chunk, loaded with the first report of progress.
  if (view.progress) return view.notices.template?.indexingMessage(view, view.progress) ?? strings.catalogLoading;
  const progress = src.state.kind === 'fetching' ? src.state.progress : undefined;
  if (!progress) return strings.catalogLoading;
  const loaded = formatMegabytes(locale, Math.floor(progress.loaded / BYTES_PER_MEGABYTE));
  const total = progress.total === undefined ? undefined : formatMegabytes(locale, progress.total / BYTES_PER_MEGABYTE);
  return strings.catalogLoadingProgress(loaded, total);
}
