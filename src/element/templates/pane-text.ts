import type { ContextFit } from '../../core/index.js';
import type { UiLocale } from '../../ui/locale.js';
import type { FirstPaintStrings, PaneStrings } from '../i18n.js';

// The texts of the opened objection and of its placeholder fields, in each interface language: in the chunk of
// objection-pane.ts, loaded after the first paint, so the element's first script leaves them out.

const EN: PaneStrings = {
  back: 'Back',
  replies: 'Replies',
  ifCustomerSays: (phrase) => `If the customer says “${phrase}”`,
  tips: 'Tips',
  copyFailed: (shortcut) => `Couldn’t copy — the text is selected, press ${shortcut}`,
  copiedWithout: (labels) => `Copied without: ${labels}`,
  fillIn: (label) => `Fill in: ${label}. Enter copies without it.`,
  unfilledNote: 'Fill in the dashed fields; empty ones are copied in {curly braces}.',
  pin: 'Pin',
  fitNeeds: (labels) => `Needs: ${labels}`,
  fitKnown: (labels) => `Already known: ${labels}`,
  outcomeLabel: 'How did it go?',
  worked: 'Worked',
  notWorked: 'Did not work',
  marked: (mark) => `Marked: ${mark}`,
  successRate: (percent, count) => `works ${percent} % · ${count}`,
  placeholders: {
    clientName: 'client name',
    storeName: 'store name',
    managerName: 'your name',
    city: 'city',
    years: 'years in business',
    partners: 'partners',
    deliveryDays: 'delivery business days',
    expressDays: 'express delivery business days',
    orderNumber: 'order number',
    productName: 'product',
    officeAddress: 'office address',
    priceFrom: 'price from',
    priceTo: 'price to',
    loyaltyDiscount: 'loyalty discount',
    loyaltyCard: 'loyalty card',
    paymentOptions: 'ways to pay',
    warehouseCity: 'city orders ship from',
    orderDiscount: 'discount for ordering today',
    orderTotal: 'order total',
    deliveryDate: 'delivery date',
    deliveryTime: 'delivery time',
    deliveryAddress: 'delivery address',
    paymentMethod: 'payment method',
    analogName: 'alternative product',
  },
};

const RU: PaneStrings = {
  back: 'Назад',
  replies: 'Ответы',
  ifCustomerSays: (phrase) => `Если клиент скажет «${phrase}»`,
  tips: 'Советы',
  copyFailed: (shortcut) => `Не удалось скопировать — текст выделен, нажмите ${shortcut}`,
  copiedWithout: (labels) => `Скопировано без: ${labels}`,
  fillIn: (label) => `Впишите: ${label}. Enter скопирует без этого поля.`,
  unfilledNote: 'Впишите поля с пунктиром — пустые скопируются в {фигурных скобках}.',
  pin: 'Закрепить',
  fitNeeds: (labels) => `Нужно знать: ${labels}`,
  fitKnown: (labels) => `Уже известно: ${labels}`,
  outcomeLabel: 'Как сработало?',
  worked: 'Сработало',
  notWorked: 'Не сработало',
  marked: (mark) => `Отмечено: ${mark}`,
  successRate: (percent, count) => `работает ${percent} % · ${count}`,
  placeholders: {
    clientName: 'имя клиента',
    storeName: 'название магазина',
    managerName: 'ваше имя',
    city: 'город',
    years: 'лет работы',
    partners: 'партнёры',
    deliveryDays: 'рабочих дней доставки',
    expressDays: 'рабочих дней экспресс-доставки',
    orderNumber: 'номер заказа',
    productName: 'товар',
    officeAddress: 'адрес офиса',
    priceFrom: 'цена от',
    priceTo: 'цена до',
    loyaltyDiscount: 'скидка по карте',
    loyaltyCard: 'карта постоянного покупателя',
    paymentOptions: 'способы оплаты',
    warehouseCity: 'город отправки',
    orderDiscount: 'скидка за заказ сегодня',
    orderTotal: 'сумма заказа',
    deliveryDate: 'дата доставки',
    deliveryTime: 'время доставки',
    deliveryAddress: 'адрес доставки',
    paymentMethod: 'способ оплаты',
    analogName: 'товар-замена',
  },
};

const TR: PaneStrings = {
  back: 'Geri',
  replies: 'Yanıtlar',
  ifCustomerSays: (phrase) => `Müşteri “${phrase}” derse`,
  tips: 'İpuçları',
  copyFailed: (shortcut) => `Kopyalanamadı — metin seçildi, ${shortcut} tuşlarına basın`,
  copiedWithout: (labels) => `${labels} olmadan kopyalandı`,
  fillIn: (label) => `Doldurun: ${label}. Enter bu alan olmadan kopyalar.`,
  unfilledNote: 'Kesikli alanları doldurun; boş olanlar {süslü parantez} içinde kopyalanır.',
  pin: 'Sabitle',
  fitNeeds: (labels) => `Gerekli: ${labels}`,
  fitKnown: (labels) => `Zaten biliniyor: ${labels}`,
  outcomeLabel: 'Nasıl gitti?',
  worked: 'İşe yaradı',
  notWorked: 'İşe yaramadı',
  marked: (mark) => `İşaretlendi: ${mark}`,
  successRate: (percent, count) => `işe yarıyor %${percent} · ${count}`,
  placeholders: {
    clientName: 'müşteri adı',
    storeName: 'mağaza adı',
    managerName: 'adınız',
    city: 'şehir',
    years: 'faaliyet yılı',
    partners: 'iş ortakları',
    deliveryDays: 'teslimat iş günü',
    expressDays: 'ekspres teslimat iş günü',
    orderNumber: 'sipariş numarası',
    productName: 'ürün',
    officeAddress: 'ofis adresi',
    priceFrom: 'en düşük fiyat',
    priceTo: 'en yüksek fiyat',
    loyaltyDiscount: 'sadakat indirimi',
    loyaltyCard: 'sadakat kartı',
    paymentOptions: 'ödeme seçenekleri',
    warehouseCity: 'gönderim şehri',
    orderDiscount: 'bugünkü sipariş indirimi',
    orderTotal: 'sipariş tutarı',
    deliveryDate: 'teslimat tarihi',
    deliveryTime: 'teslimat saati',
    deliveryAddress: 'teslimat adresi',
    paymentMethod: 'ödeme yöntemi',
    analogName: 'alternatif ürün',
  },
};

const PANE_STRINGS: Readonly<Record<UiLocale, PaneStrings>> = { ru: RU, en: EN, tr: TR };

/** The interface texts with those of the opened objection. */
export type PaneTexts = FirstPaintStrings & PaneStrings;

/** The opened objection's texts in the interface language `locale`, with `strings` (the element's, the page's over them) over them. */
export const paneStrings = (locale: UiLocale, strings: FirstPaintStrings): PaneTexts => ({ ...PANE_STRINGS[locale], ...strings });

/**
 * What a reply or a script answer whose `when` does not fit the call is marked with: the values it needs, and those
 * it is not meant for since they are known. Empty when it fits.
 */
export function fitNote(strings: PaneTexts, { needs, known }: ContextFit): string {
  const labels = (names: readonly string[]) => names.map((name) => placeholderLabel(strings, name)).join(', ');
  return [needs.length > 0 ? strings.fitNeeds(labels(needs)) : '', known.length > 0 ? strings.fitKnown(labels(known)) : ''].filter(Boolean).join('. ');
}

/** The label of the field for `{name}`: a translation for known placeholders, else the name split into words. */
export function placeholderLabel(strings: Pick<PaneStrings, 'placeholders'>, name: string): string {
  return Object.hasOwn(strings.placeholders, name)
    ? strings.placeholders[name]!
    : name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}
