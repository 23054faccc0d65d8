import type { UiLocale } from '../ui/locale.js';
import type { SrcFailure } from './i18n.js';
import { formatMegabytes } from './megabytes.js';

/** What the notice says when a `src` file could not be fetched, in the operator's language. */
export function srcFailureText(locale: UiLocale, failure: SrcFailure): string {
  return TEXTS[locale](failure);
}

function ru(failure: SrcFailure): string {
  switch (failure.kind) {
    case 'http':
      return `Дополнительный каталог не загружен: сервер ответил ${failure.status}.`;
    case 'timeout':
      return `Дополнительный каталог не загружен: нет ответа за ${failure.seconds} с.`;
    case 'deadline':
      return `Дополнительный каталог не загружен: загрузка не завершилась за ${failure.seconds} с.`;
    case 'data-url':
      return 'Дополнительный каталог не загружен: в атрибуте src data:-адрес вместо адреса файла.';
    case 'web-page':
      return 'Дополнительный каталог не загружен: по адресу веб-страница, а не файл каталога.';
    case 'too-big': {
      const limit = formatMegabytes('ru', failure.limitMegabytes);
      return failure.megabytes === undefined
        ? `Дополнительный каталог не загружен: файл больше допустимых ${limit} МБ.`
        : `Дополнительный каталог не загружен: файл весит ${formatMegabytes('ru', failure.megabytes)} МБ, больше допустимых ${limit} МБ.`;
    }
  }
}

function en(failure: SrcFailure): string {
  switch (failure.kind) {
    case 'http':
      return `Extra catalog not loaded: the server answered ${failure.status}.`;
    case 'timeout':
      return `Extra catalog not loaded: no answer within ${failure.seconds} s.`;
    case 'deadline':
      return `Extra catalog not loaded: it did not finish loading within ${failure.seconds} s.`;
    case 'data-url':
      return 'Extra catalog not loaded: the src attribute holds a data: URL instead of a file address.';
    case 'web-page':
      return 'Extra catalog not loaded: the address leads to a web page, not to a catalog file.';
    case 'too-big': {
      const limit = formatMegabytes('en', failure.limitMegabytes);
      return failure.megabytes === undefined
        ? `Extra catalog not loaded: the file is larger than the ${limit} MB allowed.`
        : `Extra catalog not loaded: the file is ${formatMegabytes('en', failure.megabytes)} MB, larger than the ${limit} MB allowed.`;
    }
  }
}

function tr(failure: SrcFailure): string {
  switch (failure.kind) {
    case 'http':
      return `Ek katalog yüklenemedi: sunucu ${failure.status} yanıtını verdi.`;
    case 'timeout':
      return `Ek katalog yüklenemedi: ${failure.seconds} sn içinde yanıt gelmedi.`;
    case 'deadline':
      return `Ek katalog yüklenemedi: yükleme ${failure.seconds} sn içinde tamamlanmadı.`;
    case 'data-url':
      return 'Ek katalog yüklenemedi: src özniteliğinde dosya adresi yerine bir data: URL var.';
    case 'web-page':
      return 'Ek katalog yüklenemedi: adres bir katalog dosyasına değil, bir web sayfasına çıkıyor.';
    case 'too-big': {
      const limit = formatMegabytes('tr', failure.limitMegabytes);
      return failure.megabytes === undefined
        ? `Ek katalog yüklenemedi: dosya izin verilen ${limit} MB sınırını aşıyor.`
        : `Ek katalog yüklenemedi: dosya ${formatMegabytes('tr', failure.megabytes)} MB, izin verilen ${limit} MB sınırını aşıyor.`;
    }
  }
}

const TEXTS: Readonly<Record<UiLocale, (failure: SrcFailure) => string>> = { ru, en, tr };
