import type { Locale, LocalizedList, LocalizedText } from './types.js';

/** The locale shown when a text lacks the one asked for. */
export const FALLBACK_LOCALE: Locale = 'en';

/**
 * Picks the text for `locale`; a missing locale falls back to English, then to the first locale present.
 * Returns an empty string only for an empty map.
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[FALLBACK_LOCALE] ?? Object.values(text)[0] ?? '';
}

/** Like {@link localize} for lists: the phrases in `locale`, else English, else the first locale present. */
export function localizeList(list: LocalizedList, locale: Locale): readonly string[] {
  return list[locale] ?? list[FALLBACK_LOCALE] ?? Object.values(list)[0] ?? [];
}

/** `"ru-RU"` → `"ru"`; `undefined` for an empty or malformed tag. */
export function primaryLanguage(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
