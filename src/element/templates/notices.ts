import { html, nothing, type TemplateResult } from 'lit';
import { problemCount, problemDetails } from '../../ui/problem-details.js';
import type { CatalogNotice, NoticeKey } from '../catalog-notices.js';
import type { DeskView } from './desk-view.js';
import { formatMegabytes, type LoadFailure, type UiStrings } from '../i18n.js';
import { BYTES_PER_MEGABYTE } from '../src-limits.js';

/** The loading line and a notice per extra catalog with something wrong; nothing when all is well. */
export function renderNotices(view: DeskView): TemplateResult | typeof nothing {
  const { strings } = view;
  const { loading } = view.src;
  const { shown } = view.notices;
  if (!loading && shown.size === 0) return nothing;
  return html`
    <div class="notices">
      ${loading
        ? html`<div part="notice" class="notice loading"><span class="spinner" aria-hidden="true"></span>${loadingMessage(view)}</div>`
        : nothing}
      ${[...shown].map(([key, notice]) => renderNotice(view, key, notice, strings))}
    </div>
  `;
}

function loadingMessage({ src, locale, strings }: DeskView): string {
  const progress = src.state.kind === 'fetching' ? src.state.progress : undefined;
  if (!progress) return strings.catalogLoading;
  const loaded = formatMegabytes(locale, Math.floor(progress.loaded / BYTES_PER_MEGABYTE));
  const total = progress.total === undefined ? undefined : formatMegabytes(locale, progress.total / BYTES_PER_MEGABYTE);
  return strings.catalogLoadingProgress(loaded, total);
}

function failureText(view: DeskView, failure: LoadFailure, strings: UiStrings): string {
  if (failure.kind === 'network' || failure.kind === 'invalid') return strings.catalogFailed(failure);
  return view.src.failureText?.(view.locale, failure) ?? strings.catalogFailed({ kind: 'network' });
}

function renderNotice(view: DeskView, key: NoticeKey, notice: CatalogNotice, strings: UiStrings): TemplateResult {
  const message = notice.failure
    ? `${failureText(view, notice.failure, strings)} ${strings.builtinStillWorks}`
    : strings.catalogProblems(problemCount(notice));
  return html`
    <div part="notice" class="notice ${notice.failure ? 'failed' : ''}" data-source=${key}>
      <div class="notice-line">
        <svg class="notice-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M8 4.75v4M8 11.25v.01" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
        <span class="notice-message">${message}</span>
        <button class="icon-button dismiss-button" type="button" aria-label=${strings.dismiss} @click=${() => view.notices.dismiss(key)}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 4.5l7 7M11.5 4.5l-7 7" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg>
        </button>
      </div>
      ${problemDetails(notice, {
        open: view.notices.detailsOpen(key),
        onToggle: (open) => view.notices.toggleDetails(key, open),
        summary: strings.details,
        moreProblems: strings.moreProblems,
        className: 'notice-details',
      })}
    </div>
  `;
}
