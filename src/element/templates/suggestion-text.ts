import type { UiLocale } from '../../ui/locale.js';
import type { FirstPaintStrings } from '../i18n.js';

// The texts of the suggestion card that `hear()` shows, in each interface language: in the card's chunk, so the
// element's first script leaves them out. A page's `strings` may replace any of them (see `UiStrings`).

/** The suggestion card's own texts. */
export interface SuggestionStrings {
  /** Before the objections the customer's words sound like. */
  readonly soundsLike: string;
  /** The name of the card, for screen readers. */
  readonly suggestionLabel: string;
  /** Said politely when the card shows: the best objection's title, and the keys that open it. */
  readonly heard: (title: string, keys: string) => string;
  /** The button that hides the card. */
  readonly dismissSuggestion: string;
}

const SUGGESTION_STRINGS: Readonly<Record<UiLocale, SuggestionStrings>> = {
  en: {
    soundsLike: 'Sounds like:',
    suggestionLabel: 'Heard in the call',
    heard: (title, keys) => `Sounds like: ${title} — ${keys} to open`,
    dismissSuggestion: 'Dismiss the suggestion',
  },
  ru: {
    soundsLike: 'Похоже на:',
    suggestionLabel: 'Услышано в разговоре',
    heard: (title, keys) => `Похоже на: ${title} — ${keys}, чтобы открыть`,
    dismissSuggestion: 'Скрыть подсказку',
  },
  tr: {
    soundsLike: 'Şuna benziyor:',
    suggestionLabel: 'Görüşmede duyulan',
    heard: (title, keys) => `Şuna benziyor: ${title} — açmak için ${keys}`,
    dismissSuggestion: 'Öneriyi kapat',
  },
};

/** The interface texts with the suggestion card's. */
export type SuggestionTexts = FirstPaintStrings & SuggestionStrings;

/** The suggestion card's texts in the interface language `locale`, with `strings` (the element's, the page's over them) over them. */
export const suggestionStrings = (locale: UiLocale, strings: FirstPaintStrings): SuggestionTexts => ({ ...SUGGESTION_STRINGS[locale], ...strings });
