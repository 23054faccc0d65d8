import type { UiLocale } from '../ui/locale.js';
import { EN } from './i18n-en.js';
import { RU } from './i18n-ru.js';
import { TR } from './i18n-tr.js';
import type { StudioStrings } from './studio-strings.js';

export type { ExportHowToParts, FieldName, StudioStrings } from './studio-strings.js';

/** Each language's name in itself, for the interface language switch. */
export const LANGUAGE_NAMES: Readonly<Record<UiLocale, string>> = { ru: 'Русский', en: 'English', tr: 'Türkçe' };

const STRINGS: Readonly<Record<UiLocale, StudioStrings>> = { ru: RU, en: EN, tr: TR };

/** The studio's interface texts for `locale`. */
export function studioStrings(locale: UiLocale): StudioStrings {
  return STRINGS[locale];
}
