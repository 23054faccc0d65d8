import { primaryLanguage } from '../core/index.js';

/** Languages the interfaces (the element's, the studio's) are written in. */
export const UI_LOCALES = ['ru', 'en', 'tr'] as const;

export type UiLocale = (typeof UI_LOCALES)[number];

/** `"ru-RU"` → `"ru"`; `undefined` for a language the interface is not written in. */
export function toUiLocale(tag: string | null | undefined): UiLocale | undefined {
  const primary = primaryLanguage(tag);
  return (UI_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as UiLocale) : undefined;
}

/** The forms of a counted phrase by plural rule; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * Made once per language and precision: a new NumberFormat loads the language's data, 0.1 ms each time (tens of ms
 * the first time on a loaded machine), and each keystroke says its result count.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The number format of `locale` (any BCP 47 tag) with at most `maximumFractionDigits` decimals (3, as by default). */
export function numberFormat(locale: string, maximumFractionDigits = 3): Intl.NumberFormat {
  const key = `${locale} ${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits })));
  return format;
}

const pluralRules = new Map<UiLocale, Intl.PluralRules>();

/** `forms` picked by the language's plural rule for `count`, with `#` replaced by the number. */
export function plural(locale: UiLocale, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('#', numberFormat(locale).format(count));
}
