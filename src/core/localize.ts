import type { Locale, LocalizedList, LocalizedText } from './types.js';

/** The locale shown when a text lacks the one asked for. */
export const FALLBACK_LOCALE: Locale = 'en';

/**
 * Picks the text for `locale` (`de-AT` takes a `de` text too); a missing locale falls back to English, then
 * to the first locale present. Returns an empty string only for an empty map.
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return inLocale(text, locale) ?? '';
}

/** Like {@link localize} for lists: the phrases in `locale`, else English, else the first locale present. */
export function localizeList(list: LocalizedList, locale: Locale): readonly string[] {
  return inLocale(list, locale) ?? [];
}

function inLocale<T>(byLocale: Readonly<Record<Locale, T>>, locale: Locale): T | undefined {
  return byLocale[locale] ?? byLocale[locale.split('-')[0]!] ?? byLocale[FALLBACK_LOCALE] ?? Object.values(byLocale)[0];
}

/** `"ru-RU"` → `"ru"`; `undefined` for an empty or malformed tag. */
export function primaryLanguage(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/**
 * The canonical spelling of a BCP 47 language tag (`pt-br` → `pt-BR`, `DE` → `de`), or `undefined` when it is
 * not one (`de_DE`, `german`): what catalogs may key their texts by.
 *
 * ```ts
 * canonicalLocale('zh-hant'); // 'zh-Hant'
 * ```
 */
export function canonicalLocale(tag: string): Locale | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    // Five to eight letters make a well-formed but unregistered language ("german"): a mistake in a catalog.
    return canonical && /^[a-z]{2,3}\b/.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}
