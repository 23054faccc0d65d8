import type { UiLocale } from '../ui/locale.js';
import { uiStrings, type FirstPaintStrings } from './i18n.js';
import { BYTES_PER_MEGABYTE, type SrcProgress } from './src-limits.js';

// Comes with the code that fetches a `src` file, the only one that reports progress: a page without `src` never
// loads it.

/** A size in megabytes, in the digits of `locale` (any BCP 47 tag), to one decimal. */
export function formatMegabytes(locale: string, megabytes: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(megabytes);
}

/**
 * The loading line with how much of the `src` file has come. Its numbers are in the digits of the words around
 * them: the interface language's in its own text ("1.5" in English for a `de` page without German texts), the
 * element's language (`textLocale`) in a text of the page's `strings`, which is written in that language.
 */
export function srcProgressText(progress: SrcProgress, strings: FirstPaintStrings, locale: UiLocale, textLocale: string): string {
  const digits = strings.catalogLoadingProgress === uiStrings(locale).catalogLoadingProgress ? locale : textLocale;
  const loaded = formatMegabytes(digits, Math.floor(progress.loaded / BYTES_PER_MEGABYTE));
  const total = progress.total === undefined ? undefined : formatMegabytes(digits, progress.total / BYTES_PER_MEGABYTE);
  return strings.catalogLoadingProgress(loaded, total);
}
