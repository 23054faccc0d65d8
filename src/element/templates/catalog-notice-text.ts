import { MORE_PROBLEMS } from '../../ui/more-problems.js';
import { plural, type UiLocale } from '../../ui/locale.js';
import type { CatalogNoticeStrings } from '../i18n.js';

// The texts of the catalogs' notices and loading line, in each interface language: with their templates, in the
// chunk loaded with the first, so the element's first script leaves them out.

const EN: CatalogNoticeStrings = {
  catalogLoading: 'Loading the extra catalog…',
  catalogLoadingProgress: (loaded, total) => `Loading the extra catalog… ${total ? `${loaded} of ${total}` : loaded} MB`,
  catalogIndexing: (count, percent) => plural('en', count, { one: `Indexing # objection… ${percent}`, other: `Indexing # objections… ${percent}` }),
  catalogFailed: (failure) =>
    failure.kind === 'network'
      ? 'Extra catalog not loaded: the server could not be reached.'
      : 'Extra catalog not loaded: the file is not a valid catalog.',
  catalogProblems: (count) => plural('en', count, { one: 'The extra catalog has # problem.', other: 'The extra catalog has # problems.' }),
  moreProblems: MORE_PROBLEMS.en,
  builtinStillWorks: 'The built-in objections work as usual.',
  details: 'Details',
  dismiss: 'Dismiss',
};

const RU: CatalogNoticeStrings = {
  catalogLoading: 'Загружаем дополнительный каталог…',
  catalogLoadingProgress: (loaded, total) => `Загружаем дополнительный каталог… ${total ? `${loaded} из ${total}` : loaded} МБ`,
  catalogIndexing: (count, percent) =>
    plural('ru', count, { one: `Готовим поиск по # возражению… ${percent}`, other: `Готовим поиск по # возражениям… ${percent}` }),
  catalogFailed: (failure) =>
    failure.kind === 'network'
      ? 'Дополнительный каталог не загружен: сервер недоступен.'
      : 'Дополнительный каталог не загружен: файл не похож на каталог.',
  catalogProblems: (count) =>
    plural('ru', count, {
      one: 'В дополнительном каталоге # замечание.',
      few: 'В дополнительном каталоге # замечания.',
      many: 'В дополнительном каталоге # замечаний.',
      other: 'В дополнительном каталоге # замечания.',
    }),
  moreProblems: MORE_PROBLEMS.ru,
  builtinStillWorks: 'Встроенные возражения работают как обычно.',
  details: 'Подробнее',
  dismiss: 'Скрыть',
};

const TR: CatalogNoticeStrings = {
  catalogLoading: 'Ek katalog yükleniyor…',
  catalogLoadingProgress: (loaded, total) => `Ek katalog yükleniyor… ${total ? `${loaded} / ${total}` : loaded} MB`,
  catalogIndexing: (count, percent) => plural('tr', count, { other: `Arama hazırlanıyor: # itiraz… ${percent}` }),
  catalogFailed: (failure) =>
    failure.kind === 'network'
      ? 'Ek katalog yüklenemedi: sunucuya ulaşılamadı.'
      : 'Ek katalog yüklenemedi: dosya geçerli bir katalog değil.',
  catalogProblems: (count) => plural('tr', count, { other: 'Ek katalogda # sorun var.' }),
  moreProblems: MORE_PROBLEMS.tr,
  builtinStillWorks: 'Yerleşik itirazlar her zamanki gibi çalışıyor.',
  details: 'Ayrıntılar',
  dismiss: 'Kapat',
};

export const CATALOG_NOTICE_STRINGS: Readonly<Record<UiLocale, CatalogNoticeStrings>> = { ru: RU, en: EN, tr: TR };
