import { html, nothing, type TemplateResult } from 'lit';
import { problemCount, problemDetails } from '../../ui/problem-details.js';
import type { CatalogNotice, NoticeKey } from '../catalog-notices.js';
import type { CatalogNoticeStrings, LoadFailure } from '../i18n.js';
import { formatMegabytes } from '../megabytes.js';
import { BYTES_PER_MEGABYTE } from '../src-limits.js';
import { CATALOG_NOTICE_STRINGS } from './catalog-notice-text.js';
import type { DeskView } from './desk-view.js';

// A catalog's notice, with the list of its problems, and the loading line: loaded with the first of them, so a
// page whose catalogs are fine and few never downloads it.

function failureText(view: DeskView, failure: LoadFailure, strings: CatalogNoticeStrings): string {
  if (failure.kind === 'network' || failure.kind === 'invalid') return strings.catalogFailed(failure);
  return view.src.failureText?.(view.locale, failure) ?? strings.catalogFailed({ kind: 'network' });
}

/** The page's `strings` over the language's texts of the notices. */
const noticeStrings = (view: DeskView): CatalogNoticeStrings => ({ ...CATALOG_NOTICE_STRINGS[view.locale], ...view.strings });

/**
 * The loading line: how much of the `src` file has come, or how far a big catalog's indexing is ("Indexing
 * 50,000 objections… 40%"), in the interface's language. Its numbers are in the digits of the words around
 * them: the interface language's in its own texts ("1.5" in English for a `de` page without German texts), the
 * catalog texts' language (`textLocale`) in a text of the page's `strings`, which is written in that language.
 */
export function loadingMessage(view: DeskView): string {
  const { src, progress: indexing, locale, textLocale } = view;
  const strings = noticeStrings(view);
  const digits = (text: keyof CatalogNoticeStrings) => (view.strings[text] ? textLocale : locale);
  if (indexing) {
    const percent = new Intl.NumberFormat(digits('catalogIndexing'), { style: 'percent' }).format(Math.floor(indexing.done * 100) / 100);
    return strings.catalogIndexing(indexing.objectionCount, percent);
  }
  const progress = src.state.kind === 'fetching' ? src.state.progress : undefined;
  if (!progress) return strings.catalogLoading;
  const megabytes = (bytes: number) => formatMegabytes(digits('catalogLoadingProgress'), bytes / BYTES_PER_MEGABYTE);
  return strings.catalogLoadingProgress(megabytes(progress.loaded - (progress.loaded % BYTES_PER_MEGABYTE)), progress.total === undefined ? undefined : megabytes(progress.total));
}

/**
 * The notice about extra catalog `key`: what is wrong, a button to dismiss it, and its problems' details. A catalog
 * that could not be used is said at once (`role="alert"`), once: a render that keeps its words does not say it again.
 */
export function renderCatalogNotice(view: DeskView, key: NoticeKey, notice: CatalogNotice): TemplateResult {
  const strings = noticeStrings(view);
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
        <span class="notice-message" role=${notice.failure ? 'alert' : nothing}>${message}</span>
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
