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

/** Per language, made once: each keystroke says its result count, and a new NumberFormat costs 0.1 ms. */
const pluralRules = new Map<UiLocale, readonly [Intl.PluralRules, Intl.NumberFormat]>();

/** `forms` picked by the language's plural rule for `count`, with `#` replaced by the number. */
export function plural(locale: UiLocale, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)];
    pluralRules.set(locale, rules);
  }
  const form = forms[rules[0].select(count)] ?? forms.other;
  return form.replace('#', rules[1].format(count));
}
