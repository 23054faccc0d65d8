import { plural, type UiLocale } from '../ui/locale.js';
import type { ScriptStrings } from './templates/script-text.js';
import type { SuggestionStrings } from './templates/suggestion-text.js';

/** Why an extra catalog could not be used at all. */
export type LoadFailure = { readonly kind: 'network' } | { readonly kind: 'invalid' } | SrcFailure;

/**
 * Failures that only fetching a `src` file gives. Their texts come with the code that fetches it
 * (src-failure-text.ts), which a page without `src` never loads.
 */
export type SrcFailure =
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'timeout'; readonly seconds: number }
  /** Past `src-deadline`: the file kept coming, too slowly to finish. */
  | { readonly kind: 'deadline'; readonly seconds: number }
  /** `src` was a `data:` URL, which is refused. */
  | { readonly kind: 'data-url' }
  /** A web page (HTML) came instead of the file: usually a wrong address on a single-page app's server. */
  | { readonly kind: 'web-page' }
  /** Larger than `src-max-megabytes`: `megabytes` is the file's size, unknown when the server did not say it. */
  | { readonly kind: 'too-big'; readonly megabytes?: number; readonly limitMegabytes: number };

/** The interface texts of one language; catalog texts come from the catalogs themselves. */
export interface UiStrings extends ScriptStrings, SuggestionStrings {
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly clearSearch: string;
  readonly resultsLabel: string;
  readonly results: (count: number) => string;
  readonly nothingFound: string;
  readonly nothingFoundHint: string;
  /** The mark of a result the search is unsure of. */
  readonly weakMatch: string;
  /** The button that reports a query the catalog has no answer for. */
  readonly noAnswer: string;
  /** Under the list shown before anything is typed, when a big catalog's list is cut. */
  readonly browseMore: (count: number) => string;
  readonly back: string;
  readonly replies: string;
  /** Quotation marks around a customer's phrase. */
  readonly quotes: readonly [open: string, close: string];
  readonly ifCustomerSays: (phrase: string) => string;
  readonly tips: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: (shortcut: string) => string;
  /** After a copy that left placeholders empty: their field labels, joined with commas. */
  readonly copiedWithout: (labels: string) => string;
  /** Said when Enter on a reply with an empty field goes to that field: its label. */
  readonly fillIn: (label: string) => string;
  readonly unfilledNote: string;
  readonly pickObjection: string;
  /** Keys and what they do, shown while nothing is open in the wide layout. */
  readonly keyboardHints: ReadonlyArray<readonly [keys: readonly string[], action: string]>;
  /** Beside the `hotkey` in the keyboard hints: what it does. */
  readonly hotkeyHint: string;
  readonly catalogLoading: string;
  /**
   * The loading message with how much of a big file has come, in megabytes; `total` when the server said it. The
   * numbers come written in the language's digits: the element's `locale` for a text of the page's `strings`.
   */
  readonly catalogLoadingProgress: (loaded: string, total?: string) => string;
  /**
   * While a big catalog is validated and indexed: how many objections it has, and the share done (`40%`, in the
   * digits `catalogLoadingProgress` gets).
   */
  readonly catalogIndexing: (count: number, percent: string) => string;
  /** A failure of any catalog; those of fetching `src` are in src-failure-text.ts. */
  readonly catalogFailed: (failure: Exclude<LoadFailure, SrcFailure>) => string;
  readonly catalogProblems: (count: number) => string;
  /** The last line of a notice's details, for the problems not listed (only the first 100 are). */
  readonly moreProblems: (count: number) => string;
  readonly builtinStillWorks: string;
  /** A file of the widget itself did not load from `folder`: the search cannot work. */
  readonly fileMissing: (file: string, folder: string) => string;
  /** The opened objection's file did not load from `folder`: the search works, but no objection opens. */
  readonly openingFileMissing: (file: string, folder: string) => string;
  readonly details: string;
  readonly dismiss: string;
  readonly categoryFallback: string;
  /** Heading of the pinned objections, listed first when nothing is typed. */
  readonly pinned: string;
  /** Heading of the objections opened in this call, listed next. */
  readonly recent: string;
  /** The toggle button that pins the opened objection. */
  readonly pin: string;
  /** On a reply or a script answer meant for a call that knows more: the labels of the values it needs. */
  readonly fitNeeds: (labels: string) => string;
  /** On a reply or a script answer meant for a call that knows less: the labels of the values already known. */
  readonly fitKnown: (labels: string) => string;
  readonly placeholders: Readonly<Record<string, string>>;
  /** After a copy, the name of the copied reply's marks, and the marks: it worked with the customer, or it did not. */
  readonly outcomeLabel: string;
  readonly worked: string;
  readonly notWorked: string;
  /** Said when a mark is chosen: the mark's text. */
  readonly marked: (mark: string) => string;
  /** With the `learn` attribute, on a reply ordered by its marks: the share marked as worked, and how many marks. */
  readonly successRate: (percent: number, count: number) => string;
}

/** The texts of the catalogs' notices and loading line: they come with their templates, loaded with the first. */
export type CatalogNoticeStrings = Pick<
  UiStrings,
  'catalogLoading' | 'catalogLoadingProgress' | 'catalogIndexing' | 'catalogFailed' | 'catalogProblems' | 'moreProblems' | 'builtinStillWorks' | 'details' | 'dismiss'
>;

/**
 * The texts of the opened objection and its placeholder fields: they come with its code (templates/pane-text.ts, in
 * the chunk of objection-pane.ts), which the element loads after its first paint.
 */
export type PaneStrings = Pick<
  UiStrings,
  'back' | 'replies' | 'ifCustomerSays' | 'tips' | 'copyFailed' | 'copiedWithout' | 'fillIn' | 'unfilledNote' | 'pin' | 'fitNeeds' | 'fitKnown' | 'placeholders'
  | 'outcomeLabel' | 'worked' | 'notWorked' | 'marked' | 'successRate'
>;

/** The texts the element's first script carries; the page's `strings` may override any text, these or the others. */
export type FirstPaintStrings = Omit<UiStrings, keyof CatalogNoticeStrings | keyof PaneStrings | keyof ScriptStrings | keyof SuggestionStrings> &
  Partial<CatalogNoticeStrings & PaneStrings & ScriptStrings & SuggestionStrings>;

const EN: FirstPaintStrings = {
  searchLabel: 'Search objections',
  searchPlaceholder: 'What did the customer say?',
  clearSearch: 'Clear search',
  resultsLabel: 'Objections',
  results: (count) => plural('en', count, { one: '# result', other: '# results' }),
  nothingFound: 'Nothing found',
  nothingFoundHint: 'Try a shorter phrase or one key word.',
  weakMatch: 'weak match',
  noAnswer: 'No answer for this',
  browseMore: (count) => plural('en', count, { other: '# more — type to search' }),
  quotes: ['“', '”'],
  copy: 'Copy',
  copied: 'Copied',
  pickObjection: 'Open an objection to see its replies.',
  keyboardHints: [
    [['↑', '↓'], 'move'],
    [['Enter'], 'open, copy'],
    [['Esc'], 'back'],
    [['+', '-'], 'after a copy: worked, did not'],
  ],
  hotkeyHint: 'search, from anywhere on the page',
  fileMissing: (file, folder) => `Search cannot work: ${file} did not load from ${folder}. Copy all the widget's files there.`,
  openingFileMissing: (file, folder) => `Objections cannot open: ${file} did not load from ${folder}. Copy all the widget's files there.`,
  categoryFallback: 'Other',
  pinned: 'Pinned',
  recent: 'Recent',
};

const RU: FirstPaintStrings = {
  searchLabel: 'Поиск возражений',
  searchPlaceholder: 'Что сказал клиент?',
  clearSearch: 'Очистить поиск',
  resultsLabel: 'Возражения',
  results: (count) =>
    plural('ru', count, { one: '# результат', few: '# результата', many: '# результатов', other: '# результата' }),
  nothingFound: 'Ничего не найдено',
  nothingFoundHint: 'Попробуйте фразу короче или одно ключевое слово.',
  weakMatch: 'слабое совпадение',
  noAnswer: 'Нет ответа на это',
  browseMore: (count) => plural('ru', count, { other: 'Ещё # — введите запрос, чтобы найти' }),
  quotes: ['«', '»'],
  copy: 'Копировать',
  copied: 'Скопировано',
  pickObjection: 'Откройте возражение, чтобы увидеть ответы.',
  keyboardHints: [
    [['↑', '↓'], 'выбор'],
    [['Enter'], 'открыть, скопировать'],
    [['Esc'], 'назад'],
    [['+', '-'], 'после копирования: сработало, нет'],
  ],
  hotkeyHint: 'поиск из любого места страницы',
  fileMissing: (file, folder) => `Поиск не работает: ${file} не загрузился из ${folder}. Скопируйте туда все файлы виджета.`,
  openingFileMissing: (file, folder) => `Возражения не открываются: ${file} не загрузился из ${folder}. Скопируйте туда все файлы виджета.`,
  categoryFallback: 'Другое',
  pinned: 'Закреплённые',
  recent: 'Недавние',
};

const TR: FirstPaintStrings = {
  searchLabel: 'İtirazlarda ara',
  searchPlaceholder: 'Müşteri ne dedi?',
  clearSearch: 'Aramayı temizle',
  resultsLabel: 'İtirazlar',
  // Turkish nouns stay singular after a number: "1 sonuç", "5 sonuç".
  results: (count) => plural('tr', count, { other: '# sonuç' }),
  nothingFound: 'Sonuç bulunamadı',
  nothingFoundHint: 'Daha kısa bir ifade ya da tek bir anahtar kelime deneyin.',
  weakMatch: 'zayıf eşleşme',
  noAnswer: 'Buna yanıt yok',
  browseMore: (count) => plural('tr', count, { other: '# tane daha — aramak için yazın' }),
  quotes: ['“', '”'],
  copy: 'Kopyala',
  copied: 'Kopyalandı',
  pickObjection: 'Yanıtları görmek için bir itiraz açın.',
  keyboardHints: [
    [['↑', '↓'], 'seç'],
    [['Enter'], 'aç, kopyala'],
    [['Esc'], 'geri'],
    [['+', '-'], 'kopyaladıktan sonra: işe yaradı, yaramadı'],
  ],
  hotkeyHint: 'sayfanın her yerinden arama',
  fileMissing: (file, folder) => `Arama çalışamıyor: ${file}, ${folder} adresinden yüklenemedi. Bileşenin tüm dosyalarını oraya kopyalayın.`,
  openingFileMissing: (file, folder) => `İtirazlar açılamıyor: ${file}, ${folder} adresinden yüklenemedi. Bileşenin tüm dosyalarını oraya kopyalayın.`,
  categoryFallback: 'Diğer',
  pinned: 'Sabitlenenler',
  recent: 'Son açılanlar',
};

const STRINGS: Readonly<Record<UiLocale, FirstPaintStrings>> = { ru: RU, en: EN, tr: TR };

/** The interface texts for `locale`, but those of a catalog's notice (catalog-notice-text.ts) and of the opened objection (pane-text.ts). */
export function uiStrings(locale: UiLocale): FirstPaintStrings {
  return STRINGS[locale];
}
