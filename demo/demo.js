// The CRM call screen around <objection-desk>: locale switch, live context, call timer and an activity log
// fed by the widget's events. Plain DOM on purpose: this is what an integrator's page would do.

import { callPlayer } from './call-player.js';

const LOCALES = ['ru', 'en', 'tr'];
const DEFAULT_LOCALE = 'ru';
/** Dates and times as the sample customer's country writes them (the English sample is in the UK). */
const INTL_LOCALES = { ru: 'ru-RU', en: 'en-GB', tr: 'tr-TR' };
/** The demo call has been going on for a while when the page opens. */
const CALL_ELAPSED_AT_LOAD_S = 167;
const NOTES_SAVE_DELAY_MS = 600;
const ACTIVITY_LIMIT = 30;

/** Placeholders the context form edits, in the order shown. */
const CONTEXT_FIELDS = [
  'clientName',
  'storeName',
  'managerName',
  'city',
  'orderNumber',
  'productName',
  'deliveryDays',
  'expressDays',
  'officeAddress',
  'loyaltyDiscount',
  'loyaltyCard',
  'orderDiscount',
  'paymentOptions',
  'warehouseCity',
  'priceFrom',
  'priceTo',
  'years',
  'partners',
  'orderTotal',
  'deliveryDate',
  'deliveryTime',
  'deliveryAddress',
  'paymentMethod',
];
const NUMERIC_FIELDS = new Set(['deliveryDays', 'expressDays', 'orderNumber']);

/** Sample customer, order and reply context per language; names are local so that replies read naturally. */
const SAMPLES = {
  ru: {
    context: {
      clientName: 'Анна',
      storeName: 'ТехноДом',
      managerName: 'Игорь',
      city: 'Казань',
      orderNumber: '10482',
      productName: 'Acer Aspire 5',
      deliveryDays: '3',
      expressDays: '1',
      officeAddress: 'ул. Баумана, 44',
      loyaltyDiscount: '5%',
      orderDiscount: '3%',
      paymentOptions: 'картой на сайте или наличными курьеру',
      warehouseCity: 'Москва',
      priceFrom: '39 990 ₽',
      priceTo: '74 990 ₽',
      years: '9 лет',
      partners: 'Samsung, Lenovo и Xiaomi',
      orderTotal: '54 990 ₽',
      deliveryDate: '28 ноября',
      deliveryTime: 'с 10:00 до 14:00',
      deliveryAddress: 'Казань, ул. Чистопольская, 61, кв. 48',
      paymentMethod: 'картой при получении',
    },
    card: {
      storeName: 'ТехноДом',
      brandMark: 'ТД',
      managerName: 'Игорь',
      fullName: 'Анна Смирнова',
      customerSince: 'Клиент с марта 2022 · 4 заказа',
      loyaltyLevel: 'Серебро · −5%',
      phone: '+7 917 245-18-36',
      city: 'Казань',
      channel: 'Входящий звонок',
      loyaltyDetail: 'Серебряный уровень, скидка 5%',
      email: 'anna.smirnova@example.com',
      address: 'ул. Чистопольская, 61, кв. 48',
      orderNumber: '10482',
      orderTitle: 'Заказ №10482',
      orderPlaced: 'оформлен 24 ноября в 18:42',
      orderStatus: 'Ожидает оплаты',
      itemName: 'Ноутбук Acer Aspire 5 A515-58M',
      itemSpec: 'Intel Core i5, 16 ГБ, SSD 512 ГБ, 15,6″',
      itemQty: '1 шт.',
      itemPrice: '54 990 ₽',
      deliveryName: 'Доставка курьером',
      deliverySpec: 'Казань, 3 дня',
      deliveryPrice: 'Бесплатно',
      total: '54 990 ₽',
    },
    notes: 'Сомневается в цене: видела этот ноутбук дешевле на маркетплейсе. Уточнить, что ещё важно — гарантия, сроки.',
  },
  en: {
    context: {
      clientName: 'Emily',
      storeName: 'TechHome',
      managerName: 'James',
      city: 'Manchester',
      orderNumber: '10482',
      productName: 'Acer Aspire 5',
      deliveryDays: '3',
      expressDays: '1',
      officeAddress: '12 Deansgate',
      loyaltyDiscount: '5%',
      orderDiscount: '3%',
      paymentOptions: 'by card on the website or in cash to the courier',
      warehouseCity: 'Birmingham',
      priceFrom: '£449',
      priceTo: '£899',
      years: '9 years',
      partners: 'Samsung, Lenovo and Xiaomi',
      orderTotal: '£649.00',
      deliveryDate: 'on 28 November',
      deliveryTime: 'between 10:00 and 14:00',
      deliveryAddress: 'Flat 4, 27 Wilmslow Road, Manchester M14 5TB',
      paymentMethod: 'card on delivery',
    },
    card: {
      storeName: 'TechHome',
      brandMark: 'TH',
      managerName: 'James',
      fullName: 'Emily Carter',
      customerSince: 'Customer since March 2022 · 4 orders',
      loyaltyLevel: 'Silver · 5% off',
      phone: '+44 7700 900418',
      city: 'Manchester',
      channel: 'Inbound call',
      loyaltyDetail: 'Silver tier, 5% discount',
      email: 'emily.carter@example.com',
      address: 'Flat 4, 27 Wilmslow Road, M14 5TB',
      orderNumber: '10482',
      orderTitle: 'Order #10482',
      orderPlaced: 'placed 24 November at 18:42',
      orderStatus: 'Awaiting payment',
      itemName: 'Acer Aspire 5 A515-58M laptop',
      itemSpec: 'Intel Core i5, 16 GB, 512 GB SSD, 15.6″',
      itemQty: '1',
      itemPrice: '£649.00',
      deliveryName: 'Courier delivery',
      deliverySpec: 'Manchester, 3 days',
      deliveryPrice: 'Free',
      total: '£649.00',
    },
    notes: 'Unsure about the price: saw this laptop cheaper on a marketplace. Ask what else matters — warranty, delivery time.',
  },
  tr: {
    context: {
      clientName: 'Ayşe Hanım',
      storeName: 'TeknoEv',
      managerName: 'Emre',
      city: 'İzmir',
      orderNumber: '10482',
      productName: 'Acer Aspire 5',
      deliveryDays: '3',
      expressDays: '1',
      officeAddress: 'Kıbrıs Şehitleri Cd. No: 18, Alsancak',
      loyaltyDiscount: '%5',
      orderDiscount: '%3',
      paymentOptions: 'sitede kartla ya da kapıda nakit',
      warehouseCity: 'İstanbul',
      priceFrom: '18.999 ₺',
      priceTo: '36.999 ₺',
      years: '9 yıl',
      partners: 'Samsung, Lenovo ve Xiaomi',
      orderTotal: '27.499 ₺',
      deliveryDate: '28 Kasım’da',
      deliveryTime: '10:00–14:00',
      deliveryAddress: 'Cumhuriyet Blv. No: 140 D: 7, Konak, İzmir',
      paymentMethod: 'kapıda kartla',
    },
    card: {
      storeName: 'TeknoEv',
      brandMark: 'TE',
      managerName: 'Emre',
      fullName: 'Ayşe Yılmaz',
      customerSince: 'Mart 2022’den beri müşteri · 4 sipariş',
      loyaltyLevel: 'Gümüş · %5',
      phone: '+90 532 418 27 36',
      city: 'İzmir',
      channel: 'Gelen arama',
      loyaltyDetail: 'Gümüş seviye, %5 indirim',
      email: 'ayse.yilmaz@example.com',
      address: 'Cumhuriyet Blv. No: 140 D: 7, Konak',
      orderNumber: '10482',
      orderTitle: 'Sipariş #10482',
      orderPlaced: '24 Kasım, 18:42’de oluşturuldu',
      orderStatus: 'Ödeme bekleniyor',
      itemName: 'Acer Aspire 5 A515-58M dizüstü bilgisayar',
      itemSpec: 'Intel Core i5, 16 GB, 512 GB SSD, 15,6″',
      itemQty: '1 adet',
      itemPrice: '27.499 ₺',
      deliveryName: 'Kurye ile teslimat',
      deliverySpec: 'İzmir, 3 gün',
      deliveryPrice: 'Ücretsiz',
      total: '27.499 ₺',
    },
    notes: 'Fiyattan emin değil: bu dizüstünü bir pazaryerinde daha ucuza görmüş. Başka neyin önemli olduğunu sor — garanti, teslimat süresi.',
  },
};

/** The demo's own labels; the widget translates itself from its `locale` attribute. */
const STRINGS = {
  ru: {
    title: (name, store) => `Звонок: ${name} · ${store} CRM`,
    navLabel: 'Разделы',
    navCalls: 'Звонки',
    navOrders: 'Заказы',
    navCustomers: 'Клиенты',
    navReports: 'Отчёты',
    callActive: 'Идёт звонок',
    callEnded: 'Звонок завершён',
    hangUp: 'Завершить',
    redial: 'Перезвонить',
    languageLabel: 'Язык',
    operatorTitle: 'Оператор',
    phone: 'Телефон',
    city: 'Город',
    channel: 'Канал',
    loyalty: 'Программа лояльности',
    email: 'Эл. почта',
    address: 'Адрес доставки',
    statusLabel: 'Статус заказа',
    stepPlaced: 'Оформлен',
    stepConfirmed: 'Подтверждён',
    stepPayment: 'Оплата',
    stepDelivery: 'Доставка',
    itemsCaption: 'Состав заказа',
    item: 'Товар',
    qty: 'Кол-во',
    amount: 'Сумма',
    total: 'Итого',
    notes: 'Заметки к звонку',
    notesPlaceholder: 'Что важно для клиента, о чём договорились…',
    saved: (time) => `Сохранено в ${time}`,
    activity: 'Последние действия',
    activityHint: 'события виджета появляются здесь',
    contextTitle: 'Данные для ответов',
    contextHint:
      'Подставляются в ответы вместо <code>{clientName}</code> и других полей через <code>el.context</code>, сразу при вводе. Очистите поле — виджет попросит ввести значение прямо в ответе.',
    contextReset: 'Сбросить',
    embedTitle: 'Как встроить',
    embedHint: 'Две строки на любой странице CRM. Скопируйте папку <code>dist/browser/</code> из пакета к своей статике целиком: скрипт загружает свой поиск, каталог и воркер из неё.',
    embedEvents:
      'Данные клиента можно менять из JS: <code>el.context = {…}</code>. События: <code>objection-select</code>, <code>reply-copy</code>, <code>catalog-error</code>, <code>script-step</code>, <code>script-end</code>, <code>reply-outcome</code>, <code>objection-gap</code>, <code>objection-detect</code>; сценарий звонка — атрибут <code>script</code>; свой каталог — атрибут <code>src</code> или свойство <code>catalog</code>.',
    studioHint:
      'Свои возражения без JSON — в <a href="studio.html">Студии каталога</a>: файл из неё подключите через <code>src</code> или попробуйте здесь: <code>?src=catalog.json</code>.',
    copy: 'Копировать',
    copied: 'Скопировано',
    deskTitle: 'Возражения',
    jumpToDesk: 'Возражения ↓',
    deskHint: '<kbd>/</kbd>, из заметок <kbd>Alt+Shift+O</kbd> — поиск',
    deskHintScript: '<kbd>1</kbd>–<kbd>9</kbd> — ответ, буква — поиск, <kbd>Esc</kbd> — к шагу',
    scriptsLabel: 'Сценарий звонка',
    noScript: 'Без сценария',
    scripts: { 'incoming-call': 'Входящий звонок', 'order-confirmation': 'Подтверждение заказа', 'after-sale': 'После покупки' },
    outcomes: { ordered: 'заказ оформлен', callback: 'договорились о звонке', declined: 'отказ', resolved: 'вопрос решён' },
    layoutWide: 'Широкая панель',
    layoutSidebar: 'Панель сбоку',
    srcNotice: ['Подключён чужой каталог: ', '. Его ответы заменяют встроенные с теми же id.'],
    fields: {
      clientName: 'Имя клиента',
      storeName: 'Магазин',
      managerName: 'Менеджер',
      city: 'Город',
      orderNumber: 'Номер заказа',
      productName: 'Товар',
      deliveryDays: 'Доставка, раб. дней',
      expressDays: 'Экспресс, раб. дней',
      officeAddress: 'Адрес офиса',
      loyaltyDiscount: 'Скидка по карте',
      loyaltyCard: 'Карта покупателя (номер)',
      orderDiscount: 'Скидка за заказ сегодня',
      paymentOptions: 'Способы оплаты',
      warehouseCity: 'Город отправки',
      priceFrom: 'Цена от',
      priceTo: 'Цена до',
      years: 'Лет на рынке',
      partners: 'Партнёры',
      orderTotal: 'Сумма заказа',
      deliveryDate: 'Дата доставки',
      deliveryTime: 'Время доставки',
      deliveryAddress: 'Адрес доставки',
      paymentMethod: 'Способ оплаты',
    },
    events: {
      orderPlaced: (n) => `Заказ №${n} оформлен на сайте`,
      orderConfirmed: (n) => `SMS: заказ №${n} подтверждён`,
      callStarted: 'Входящий звонок начат',
      callEnded: (duration) => `Звонок завершён, ${duration}`,
      opened: 'Открыто:',
      copied: 'Скопирован ответ',
      copyFailed: 'Ответ выделен для ручного копирования',
      catalogError: (count) => `Каталог с ошибками (${count}):`,
      scriptStep: 'Шаг сценария:',
      scriptEnd: (title, outcome) => `Сценарий «${title}» завершён: ${outcome}`,
      scriptStart: (title) => `начало: ${title}`,
      scriptBack: 'назад',
      answer: (n) => `ответ ${n}`,
      outcome: { worked: 'Отмечено «Сработало»:', failed: 'Отмечено «Не сработало»:' },
      gap: 'Нет ответа на это',
      gapIn: 'Нет подходящего ответа в',
      detected: (percent) => `Похоже на (${percent}):`,
    },
    seedTimes: { orderPlaced: '24 ноя, 18:42', orderConfirmed: 'вчера, 10:15' },
  },
  en: {
    title: (name, store) => `Call: ${name} · ${store} CRM`,
    navLabel: 'Sections',
    navCalls: 'Calls',
    navOrders: 'Orders',
    navCustomers: 'Customers',
    navReports: 'Reports',
    callActive: 'On a call',
    callEnded: 'Call ended',
    hangUp: 'Hang up',
    redial: 'Call back',
    languageLabel: 'Language',
    operatorTitle: 'Agent',
    phone: 'Phone',
    city: 'City',
    channel: 'Channel',
    loyalty: 'Loyalty programme',
    email: 'Email',
    address: 'Delivery address',
    statusLabel: 'Order status',
    stepPlaced: 'Placed',
    stepConfirmed: 'Confirmed',
    stepPayment: 'Payment',
    stepDelivery: 'Delivery',
    itemsCaption: 'Order items',
    item: 'Item',
    qty: 'Qty',
    amount: 'Amount',
    total: 'Total',
    notes: 'Call notes',
    notesPlaceholder: 'What matters to the customer, what you agreed on…',
    saved: (time) => `Saved at ${time}`,
    activity: 'Recent activity',
    activityHint: 'widget events show up here',
    contextTitle: 'Reply context',
    contextHint:
      'Fills <code>{clientName}</code> and the other placeholders in replies through <code>el.context</code>, as you type. Clear a field and the widget asks for the value right in the reply.',
    contextReset: 'Reset',
    embedTitle: 'How to embed',
    embedHint: 'Two lines on any CRM page. Copy the whole <code>dist/browser/</code> folder of the package to your static files: the script loads its search, catalog and worker from it.',
    embedEvents:
      'Update customer data from JS with <code>el.context = {…}</code>. Events: <code>objection-select</code>, <code>reply-copy</code>, <code>catalog-error</code>, <code>script-step</code>, <code>script-end</code>, <code>reply-outcome</code>, <code>objection-gap</code>, <code>objection-detect</code>; a call script with the <code>script</code> attribute; bring your own catalog with the <code>src</code> attribute or the <code>catalog</code> property.',
    studioHint:
      'Write your own objections without JSON in the <a href="studio.html">Catalog studio</a>: load its file with <code>src</code>, or try it here with <code>?src=catalog.json</code>.',
    copy: 'Copy',
    copied: 'Copied',
    deskTitle: 'Objections',
    jumpToDesk: 'Objections ↓',
    deskHint: '<kbd>/</kbd> to search, <kbd>Alt+Shift+O</kbd> from the notes',
    deskHintScript: '<kbd>1</kbd>–<kbd>9</kbd> to answer, a letter to search, <kbd>Esc</kbd> back to the step',
    scriptsLabel: 'Call script',
    noScript: 'No script',
    scripts: { 'incoming-call': 'Inbound call', 'order-confirmation': 'Order confirmation', 'after-sale': 'After the sale' },
    outcomes: { ordered: 'order placed', callback: 'call back agreed', declined: 'declined', resolved: 'resolved' },
    layoutWide: 'Wide panel',
    layoutSidebar: 'Sidebar',
    srcNotice: ['Extra catalog loaded from ', '. Its replies replace the built-in ones with the same id.'],
    fields: {
      clientName: 'Customer name',
      storeName: 'Store',
      managerName: 'Agent',
      city: 'City',
      orderNumber: 'Order number',
      productName: 'Product',
      deliveryDays: 'Delivery, business days',
      expressDays: 'Express, business days',
      officeAddress: 'Office address',
      loyaltyDiscount: 'Loyalty discount',
      loyaltyCard: 'Loyalty card (number)',
      orderDiscount: 'Discount for ordering today',
      paymentOptions: 'Ways to pay',
      warehouseCity: 'Ships from (city)',
      priceFrom: 'Price from',
      priceTo: 'Price to',
      years: 'Years in business',
      partners: 'Partners',
      orderTotal: 'Order total',
      deliveryDate: 'Delivery date',
      deliveryTime: 'Delivery time',
      deliveryAddress: 'Delivery address',
      paymentMethod: 'Payment method',
    },
    events: {
      orderPlaced: (n) => `Order #${n} placed on the website`,
      orderConfirmed: (n) => `Text: order #${n} confirmed`,
      callStarted: 'Inbound call started',
      callEnded: (duration) => `Call ended, ${duration}`,
      opened: 'Opened:',
      copied: 'Copied reply',
      copyFailed: 'Reply selected for manual copy',
      catalogError: (count) => `Catalog with problems (${count}):`,
      scriptStep: 'Script step:',
      scriptEnd: (title, outcome) => `Script “${title}” ended: ${outcome}`,
      scriptStart: (title) => `start: ${title}`,
      scriptBack: 'back',
      answer: (n) => `answer ${n}`,
      outcome: { worked: 'Marked “Worked”:', failed: 'Marked “Did not work”:' },
      gap: 'No answer for this',
      gapIn: 'No fitting answer in',
      detected: (percent) => `Sounds like (${percent}):`,
    },
    seedTimes: { orderPlaced: '24 Nov, 18:42', orderConfirmed: 'yesterday, 10:15' },
  },
  tr: {
    title: (name, store) => `Arama: ${name} · ${store} CRM`,
    navLabel: 'Bölümler',
    navCalls: 'Aramalar',
    navOrders: 'Siparişler',
    navCustomers: 'Müşteriler',
    navReports: 'Raporlar',
    callActive: 'Görüşmede',
    callEnded: 'Görüşme bitti',
    hangUp: 'Kapat',
    redial: 'Geri ara',
    languageLabel: 'Dil',
    operatorTitle: 'Temsilci',
    phone: 'Telefon',
    city: 'Şehir',
    channel: 'Kanal',
    loyalty: 'Sadakat programı',
    email: 'E-posta',
    address: 'Teslimat adresi',
    statusLabel: 'Sipariş durumu',
    stepPlaced: 'Oluşturuldu',
    stepConfirmed: 'Onaylandı',
    stepPayment: 'Ödeme',
    stepDelivery: 'Teslimat',
    itemsCaption: 'Sipariş içeriği',
    item: 'Ürün',
    qty: 'Adet',
    amount: 'Tutar',
    total: 'Toplam',
    notes: 'Görüşme notları',
    notesPlaceholder: 'Müşteri için ne önemli, neyde anlaştınız…',
    saved: (time) => `${time} itibarıyla kaydedildi`,
    activity: 'Son hareketler',
    activityHint: 'widget olayları burada görünür',
    contextTitle: 'Yanıt bilgileri',
    contextHint:
      'Yanıtlardaki <code>{clientName}</code> ve diğer alanları <code>el.context</code> üzerinden, siz yazarken doldurur. Bir alanı silin: widget değeri doğrudan yanıtın içinde ister.',
    contextReset: 'Sıfırla',
    embedTitle: 'Nasıl eklenir',
    embedHint: 'Herhangi bir CRM sayfasına iki satır. Paketteki <code>dist/browser/</code> klasörünü olduğu gibi statik dosyalarınıza kopyalayın: betik arama, katalog ve worker dosyalarını oradan yükler.',
    embedEvents:
      'Müşteri bilgilerini JS ile güncelleyin: <code>el.context = {…}</code>. Olaylar: <code>objection-select</code>, <code>reply-copy</code>, <code>catalog-error</code>, <code>script-step</code>, <code>script-end</code>, <code>reply-outcome</code>, <code>objection-gap</code>, <code>objection-detect</code>; arama senaryosu için <code>script</code> niteliği; kendi kataloğunuz için <code>src</code> niteliği ya da <code>catalog</code> özelliği.',
    studioHint:
      'Kendi itirazlarınızı JSON yazmadan <a href="studio.html">Katalog stüdyosu</a>nda hazırlayın: dosyasını <code>src</code> ile yükleyin ya da burada <code>?src=catalog.json</code> ile deneyin.',
    copy: 'Kopyala',
    copied: 'Kopyalandı',
    deskTitle: 'İtirazlar',
    jumpToDesk: 'İtirazlar ↓',
    deskHint: 'Aramak için <kbd>/</kbd>, notlardan <kbd>Alt+Shift+O</kbd>',
    deskHintScript: 'Yanıt için <kbd>1</kbd>–<kbd>9</kbd>, aramak için bir harf, adıma dönmek için <kbd>Esc</kbd>',
    scriptsLabel: 'Arama senaryosu',
    noScript: 'Senaryosuz',
    scripts: { 'incoming-call': 'Gelen arama', 'order-confirmation': 'Sipariş onayı', 'after-sale': 'Satış sonrası' },
    outcomes: { ordered: 'sipariş verildi', callback: 'geri arama kararlaştırıldı', declined: 'reddetti', resolved: 'çözüldü' },
    layoutWide: 'Geniş panel',
    layoutSidebar: 'Yan panel',
    srcNotice: ['Ek katalog şu adresten yüklendi: ', '. Yanıtları, aynı kimlikli yerleşik yanıtların yerini alır.'],
    fields: {
      clientName: 'Müşteri adı',
      storeName: 'Mağaza',
      managerName: 'Temsilci',
      city: 'Şehir',
      orderNumber: 'Sipariş no.',
      productName: 'Ürün',
      deliveryDays: 'Teslimat, iş günü',
      expressDays: 'Ekspres, iş günü',
      officeAddress: 'Ofis adresi',
      loyaltyDiscount: 'Sadakat indirimi',
      loyaltyCard: 'Sadakat kartı (numara)',
      orderDiscount: 'Bugünkü sipariş indirimi',
      paymentOptions: 'Ödeme seçenekleri',
      warehouseCity: 'Gönderim şehri',
      priceFrom: 'En düşük fiyat',
      priceTo: 'En yüksek fiyat',
      years: 'Faaliyet yılı',
      partners: 'İş ortakları',
      orderTotal: 'Sipariş tutarı',
      deliveryDate: 'Teslimat tarihi',
      deliveryTime: 'Teslimat saati',
      deliveryAddress: 'Teslimat adresi',
      paymentMethod: 'Ödeme yöntemi',
    },
    events: {
      orderPlaced: (n) => `${n} numaralı sipariş web sitesinden verildi`,
      orderConfirmed: (n) => `SMS: ${n} numaralı sipariş onaylandı`,
      callStarted: 'Gelen arama başladı',
      callEnded: (duration) => `Görüşme bitti, ${duration}`,
      opened: 'Açıldı:',
      copied: 'Yanıt kopyalandı:',
      copyFailed: 'Yanıt elle kopyalanmak üzere seçildi',
      catalogError: (count) => `Katalogda sorun var (${count}):`,
      scriptStep: 'Senaryo adımı:',
      scriptEnd: (title, outcome) => `“${title}” senaryosu bitti: ${outcome}`,
      scriptStart: (title) => `başlangıç: ${title}`,
      scriptBack: 'geri',
      answer: (n) => `${n}. yanıt`,
      outcome: { worked: '“İşe yaradı” işaretlendi:', failed: '“İşe yaramadı” işaretlendi:' },
      gap: 'Buna yanıt yok',
      gapIn: 'Uygun yanıt yok:',
      detected: (percent) => `Şuna benziyor (${percent}):`,
    },
    seedTimes: { orderPlaced: '24 Kas, 18:42', orderConfirmed: 'dün, 10:15' },
  },
};

const desk = document.querySelector('objection-desk');
const params = new URLSearchParams(location.search);

// A catalog exported from the studio, tried on this page: ?src=catalog.json (a file beside this page), with
// &no-builtin for one that replaces the built-in catalog. Any address a link gives is loaded, so the page says
// whose catalog it is: its replies take the place of the built-in ones with the same id.
const srcParam = params.get('src')?.trim();
if (srcParam) desk.setAttribute('src', srcParam);
desk.toggleAttribute('no-builtin', params.has('no-builtin'));

const state = {
  locale: LOCALES.includes(params.get('lang')) ? params.get('lang') : DEFAULT_LOCALE,
  layout: params.get('layout') === 'wide' ? 'wide' : 'sidebar',
  /** The call script open in the widget (`?script=incoming-call`), or '' for none. */
  script: params.get('script')?.trim() ?? '',
  context: {},
  callStartedAt: performance.now() - CALL_ELAPSED_AT_LOAD_S * 1000,
  callEndedAt: undefined,
  /** Newest first; `when` is a Date, or a key of `seedTimes` for the history before the call. */
  activity: [],
};

const strings = () => STRINGS[state.locale];
const sample = () => SAMPLES[state.locale];

// ---- Widget ----

function pushContext() {
  // A new object each time: the element notices a changed property, not a mutated one.
  desk.context = { ...state.context };
}

desk.addEventListener('objection-select', (event) => {
  logActivity({ kind: 'opened', id: event.detail.id });
});

desk.addEventListener('reply-copy', (event) => {
  const { replyId, text, copied } = event.detail;
  logActivity({ kind: copied ? 'copied' : 'copyFailed', id: replyId, text });
});

desk.addEventListener('reply-outcome', (event) => {
  const { replyId, outcome } = event.detail;
  logActivity({ kind: 'outcome', id: replyId, outcome });
});

// "No answer for this": what the operator searched for, and the objection open, if one was.
desk.addEventListener('objection-gap', (event) => {
  const { query, objectionId } = event.detail;
  logActivity({ kind: 'gap', id: objectionId, text: query });
});

// The widget heard an objection in the customer's words (the sample call below plays some into desk.hear()).
desk.addEventListener('objection-detect', (event) => {
  const { id, confidence, text } = event.detail;
  logActivity({ kind: 'detected', id, confidence, text });
});

desk.addEventListener('catalog-error', (event) => {
  logActivity({ kind: 'catalogError', id: event.detail.source, count: event.detail.problems.length });
});

/** How long the path of each script was at its last `script-step`: a shorter one is a step back. */
const scriptPathLengths = new Map();

desk.addEventListener('script-step', (event) => {
  const { scriptId, stepId, path } = event.detail;
  const back = path.length < (scriptPathLengths.get(scriptId) ?? 0);
  scriptPathLengths.set(scriptId, path.length);
  // `from` is the step before and the answer chosen on it, which led here; none at the start.
  logActivity({ kind: 'scriptStep', scriptId, id: stepId, back, from: path.length > 1 ? path.at(-2) : undefined });
  loadScriptLabels();
});

desk.addEventListener('script-end', (event) => {
  const { scriptId, outcome, path } = event.detail;
  scriptPathLengths.delete(scriptId);
  logActivity({ kind: 'scriptEnd', scriptId, outcome, path });
  loadScriptLabels();
});

// "/" jumps to the search box from anywhere on the page, unless the operator is typing somewhere; from a text
// field, the widget's own hotkey (Alt+Shift+O) does, and focus comes back there after a copy.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  event.preventDefault();
  desk.focus();
});

// ---- Call scripts ----

const scriptButtons = document.querySelectorAll('[data-script]');

function setScript(id) {
  state.script = id;
  if (id) desk.setAttribute('script', id);
  else desk.removeAttribute('script');
  renderScripts();
  updateUrl();
}

function renderScripts() {
  const t = strings();
  for (const button of scriptButtons) {
    const id = button.dataset.script;
    if (id) button.textContent = t.scripts[id];
    button.setAttribute('aria-pressed', String(id === state.script));
  }
  document.querySelector('.desk-hint').innerHTML = state.script ? t.deskHintScript : t.deskHint;
}

for (const button of scriptButtons) {
  button.addEventListener('click', async () => {
    if (button.dataset.script !== state.script) setScript(button.dataset.script);
    // Once the widget shows the script (or the search, without one): focus on its step, or on its search box.
    await desk.updateComplete;
    desk.focus();
  });
}

/**
 * The built-in scripts, as the CRM knows the scripts it opens: the log names the answers chosen with their labels.
 * The widget reads the same file (the package's objections/scripts.json); until it has loaded, or if it does not,
 * the log says the answer's number.
 */
let scriptLabels;

async function loadScriptLabels() {
  if (scriptLabels) return;
  scriptLabels = new Map();
  try {
    const response = await fetch(new URL('../objections/scripts.json', import.meta.url));
    if (!response.ok) return;
    for (const script of (await response.json()).scripts ?? []) {
      scriptLabels.set(script.id, new Map((script.steps ?? []).map((step) => [step.id, (step.answers ?? []).map((answer) => answer.label)])));
    }
    renderActivity();
  } catch {
    // The numbers stay.
  }
}

/** The label of answer `index` (0-based) of a step, in the page's language. */
function answerLabel(scriptId, stepId, index) {
  const label = scriptLabels?.get(scriptId)?.get(stepId)?.[index];
  const text = typeof label === 'string' ? label : (label?.[state.locale] ?? label?.en);
  return text ? `«${text}»` : strings().events.answer(index + 1);
}

const scriptTitle = (id) => strings().scripts[id] ?? id;

/** A walked path as the log shows it: step → «answer» → step …, step ids as code. */
function pathLine(scriptId, path) {
  const line = element('p', { class: 'event-path' });
  path.forEach(({ stepId, answer }, index) => {
    if (index > 0) line.append(' → ');
    line.append(element('code', {}, stepId));
    if (answer !== undefined) line.append(` → ${answerLabel(scriptId, stepId, answer)}`);
  });
  return line;
}

// ---- Locale ----

function setLocale(locale) {
  const previous = SAMPLES[state.locale];
  state.locale = locale;
  const next = sample();
  // Sample values follow the language; whatever the operator typed stays.
  for (const field of CONTEXT_FIELDS) {
    if ((state.context[field] ?? '') === (previous.context[field] ?? '')) state.context[field] = next.context[field];
  }
  const notes = document.getElementById('notes');
  if (notes.value === previous.notes) notes.value = next.notes;

  desk.setAttribute('locale', locale);
  pushContext();
  renderChrome();
  updateUrl();
}

function renderChrome() {
  const t = strings();
  const card = sample().card;
  document.documentElement.lang = state.locale;
  document.title = t.title(card.fullName, card.storeName);

  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-html]')) node.innerHTML = t[node.dataset.i18nHtml];
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t[node.dataset.i18nLabel]);
  for (const node of document.querySelectorAll('[data-i18n-title]')) node.title = t[node.dataset.i18nTitle];
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t[node.dataset.i18nPlaceholder];
  for (const node of document.querySelectorAll('[data-sample]')) node.textContent = card[node.dataset.sample];
  // A narrow card breaks the address after the @ rather than anywhere.
  const email = document.querySelector('[data-sample="email"]');
  const at = card.email.indexOf('@') + 1;
  email.replaceChildren(card.email.slice(0, at), document.createElement('wbr'), card.email.slice(at));
  for (const node of document.querySelectorAll('[data-initials]')) node.textContent = initials(card[node.dataset.initials]);
  document.querySelector('.phone').href = `tel:${card.phone.replace(/[^\d+]/g, '')}`;
  for (const button of document.querySelectorAll('[data-locale]')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === state.locale));
  }

  renderCall();
  renderScripts();
  renderContextLabels();
  renderLayoutToggle();
  renderActivity();
  renderEmbed();
  renderSourceNotice();
  player.render();
}

/** The `?src=` address as the operator should read it: the site it comes from, then the file. */
function sourceAddress(src) {
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    return src;
  }
  // A data: URL holds a whole catalog (the widget refuses it): its type is enough.
  if (url.protocol === 'data:') return `${src.slice(0, src.indexOf(',') + 1)}…`;
  return `${url.protocol === 'https:' ? '' : `${url.protocol}//`}${url.host}${url.pathname}`;
}

function renderSourceNotice() {
  const notice = document.getElementById('desk-source');
  notice.hidden = !srcParam;
  if (!srcParam) return;
  const [before, after] = strings().srcNotice;
  // Text nodes only: the address comes from the link.
  notice.replaceChildren(before, element('code', {}, sourceAddress(srcParam)), after);
}

const initials = (name) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toLocaleUpperCase(state.locale);

for (const button of document.querySelectorAll('[data-locale]')) {
  button.addEventListener('click', () => {
    if (button.dataset.locale !== state.locale) setLocale(button.dataset.locale);
    // Back to the widget: the operator's next keys are for the search, not for this button.
    desk.focus();
  });
}

function updateUrl() {
  const url = new URL(location.href);
  if (state.locale === DEFAULT_LOCALE) url.searchParams.delete('lang');
  else url.searchParams.set('lang', state.locale);
  if (state.layout === 'wide') url.searchParams.set('layout', 'wide');
  else url.searchParams.delete('layout');
  if (state.script) url.searchParams.set('script', state.script);
  else url.searchParams.delete('script');
  history.replaceState(null, '', url);
}

// ---- Layout ----

const layoutToggle = document.getElementById('layout-toggle');

function renderLayoutToggle() {
  const t = strings();
  document.body.dataset.layout = state.layout;
  const url = new URL(location.href);
  if (state.layout === 'wide') url.searchParams.delete('layout');
  else url.searchParams.set('layout', 'wide');
  layoutToggle.href = url.search || url.pathname;
  layoutToggle.textContent = state.layout === 'wide' ? t.layoutSidebar : t.layoutWide;
}

layoutToggle.addEventListener('click', (event) => {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  state.layout = state.layout === 'wide' ? 'sidebar' : 'wide';
  updateUrl();
  renderLayoutToggle();
});

// ---- Call ----

const callBox = document.querySelector('.call');
const callTimer = document.getElementById('call-timer');
const callButton = document.getElementById('call-button');

function callSeconds() {
  const end = state.callEndedAt ?? performance.now();
  return Math.max(0, Math.floor((end - state.callStartedAt) / 1000));
}

const formatDuration = (seconds) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

function renderCall() {
  const t = strings();
  const ended = state.callEndedAt !== undefined;
  const seconds = callSeconds();
  callBox.dataset.state = ended ? 'ended' : 'active';
  callBox.querySelector('.call-label').textContent = ended ? t.callEnded : t.callActive;
  callTimer.textContent = formatDuration(seconds);
  callTimer.dateTime = `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
  callButton.textContent = ended ? t.redial : t.hangUp;
  callButton.classList.toggle('button-danger', !ended);
}

callButton.addEventListener('click', () => {
  if (state.callEndedAt === undefined) {
    state.callEndedAt = performance.now();
    player.stop();
    logActivity({ kind: 'callEnded', duration: formatDuration(callSeconds()) });
  } else {
    state.callStartedAt = performance.now();
    state.callEndedAt = undefined;
    // A new call: the script starts again, and the values typed for the last customer go.
    scriptPathLengths.clear();
    desk.newCall();
    logActivity({ kind: 'callStarted' });
  }
  renderCall();
});

setInterval(() => {
  if (state.callEndedAt === undefined) renderCall();
}, 1000);

// ---- Notes ----

const notes = document.getElementById('notes');
const notesSaved = document.getElementById('notes-saved');
let notesTimer;

notes.addEventListener('input', () => {
  clearTimeout(notesTimer);
  notesSaved.textContent = '';
  notesTimer = setTimeout(() => {
    notesSaved.textContent = strings().saved(formatTime(new Date(), false));
  }, NOTES_SAVE_DELAY_MS);
});

// ---- Activity ----

const activityList = document.getElementById('activity');

function logActivity(entry) {
  state.activity.unshift({ when: new Date(), ...entry });
  state.activity.length = Math.min(state.activity.length, ACTIVITY_LIMIT);
  renderActivity();
}

const formatPercent = (share) => new Intl.NumberFormat(INTL_LOCALES[state.locale], { style: 'percent' }).format(share);

const formatTime = (date, seconds = true) =>
  new Intl.DateTimeFormat(INTL_LOCALES[state.locale], { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) }).format(date);

function renderActivity() {
  const t = strings();
  const orderNumber = sample().card.orderNumber;
  activityList.replaceChildren(
    ...state.activity.map((entry) => {
      const item = element('li', { class: `event event-${entry.kind}` });
      const body = element('div', { class: 'event-body' });
      let line = element('p', { class: 'event-text' });
      switch (entry.kind) {
        case 'orderPlaced':
        case 'orderConfirmed':
          line.textContent = t.events[entry.kind](orderNumber);
          break;
        case 'callStarted':
          line.textContent = t.events.callStarted;
          break;
        case 'callEnded':
          line.textContent = t.events.callEnded(entry.duration);
          break;
        case 'catalogError':
          line.append(`${t.events.catalogError(entry.count)} `, element('code', {}, entry.id));
          break;
        case 'scriptStep':
          line.append(`${t.events.scriptStep} `, element('code', {}, entry.id));
          body.append(line);
          line = element('p', { class: 'event-quote' });
          if (entry.back) line.textContent = `← ${t.events.scriptBack}`;
          else if (entry.from) line.append(element('code', {}, entry.from.stepId), ` → ${answerLabel(entry.scriptId, entry.from.stepId, entry.from.answer)}`);
          else line.textContent = t.events.scriptStart(scriptTitle(entry.scriptId));
          break;
        case 'outcome':
          item.dataset.outcome = entry.outcome;
          line.append(`${t.events.outcome[entry.outcome]} `, element('code', {}, entry.id));
          break;
        case 'gap':
          if (entry.id) line.append(`${t.events.gapIn} `, element('code', {}, entry.id));
          else line.textContent = t.events.gap;
          break;
        case 'detected':
          line.append(`${t.events.detected(formatPercent(entry.confidence))} `, element('code', {}, entry.id));
          break;
        case 'scriptEnd':
          line.textContent = t.events.scriptEnd(scriptTitle(entry.scriptId), t.outcomes[entry.outcome] ?? entry.outcome);
          body.append(line);
          line = pathLine(entry.scriptId, entry.path);
          break;
        default:
          line.append(`${t.events[entry.kind]} `, element('code', {}, entry.id));
      }
      body.append(line);
      if (entry.text) body.append(element('p', { class: 'event-quote' }, entry.text));
      const when = entry.when instanceof Date ? formatTime(entry.when) : t.seedTimes[entry.when];
      const time = element('time', { class: 'event-time' }, when);
      if (entry.when instanceof Date) time.dateTime = entry.when.toISOString();
      item.append(element('span', { class: 'event-icon', 'aria-hidden': 'true' }), body, time);
      return item;
    }),
  );
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- Context form ----

const contextForm = document.getElementById('context-form');

function buildContextForm() {
  contextForm.replaceChildren(
    ...CONTEXT_FIELDS.map((field) => {
      const id = `context-${field}`;
      const label = element('label', { for: id });
      label.append(element('span', { class: 'field-label' }), element('code', { class: 'field-key' }, field));
      const input = element('input', { id, name: field, type: 'text', spellcheck: 'false', placeholder: `{${field}}` });
      if (NUMERIC_FIELDS.has(field)) input.inputMode = 'numeric';
      input.addEventListener('input', () => {
        state.context[field] = input.value;
        pushContext();
        if (field === 'clientName' || field === 'storeName') renderEmbed();
      });
      const wrapper = element('div', { class: 'field' });
      wrapper.append(label, input);
      return wrapper;
    }),
  );
}

function renderContextLabels() {
  const t = strings();
  for (const field of CONTEXT_FIELDS) {
    const input = contextForm.elements.namedItem(field);
    input.closest('.field').querySelector('.field-label').textContent = t.fields[field];
    if (input.value !== state.context[field]) input.value = state.context[field] ?? '';
  }
}

contextForm.addEventListener('submit', (event) => event.preventDefault());

document.getElementById('context-reset').addEventListener('click', () => {
  state.context = { ...sample().context };
  pushContext();
  renderContextLabels();
  renderEmbed();
});

// ---- Embed snippet ----

const embedCode = document.getElementById('embed-code');
const embedCopy = document.getElementById('embed-copy');
// Where an integrator put the copy of dist/browser/.
const BUNDLE_URL = '/static/objection-desk/objection-desk.min.js';

function embedAttributes() {
  const context = JSON.stringify({ clientName: state.context.clientName ?? '', storeName: state.context.storeName ?? '' });
  return [
    ['locale', state.locale],
    ['context', context.replaceAll("'", '&#39;')],
  ];
}

function renderEmbed() {
  const lines = [
    tagLine('script', [
      ['type', 'module'],
      ['src', BUNDLE_URL],
    ]),
    tagLine('objection-desk', embedAttributes()),
  ];
  embedCode.replaceChildren(...lines.flatMap((line, index) => (index === 0 ? [line] : ['\n', line])));
}

/** One highlighted line `<tag a="b"></tag>`; the context value takes single quotes since it holds JSON. */
function tagLine(tag, attributes) {
  const line = document.createDocumentFragment();
  line.append(element('span', { class: 'token-punct' }, '<'), element('span', { class: 'token-tag' }, tag));
  for (const [name, value] of attributes) {
    const quote = name === 'context' ? "'" : '"';
    line.append(' ', element('span', { class: 'token-attr' }, name), element('span', { class: 'token-punct' }, '='));
    line.append(element('span', { class: 'token-value' }, `${quote}${value}${quote}`));
  }
  line.append(
    element('span', { class: 'token-punct' }, '></'),
    element('span', { class: 'token-tag' }, tag),
    element('span', { class: 'token-punct' }, '>'),
  );
  return line;
}

embedCopy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(embedCode.textContent);
    embedCopy.textContent = strings().copied;
    setTimeout(() => (embedCopy.textContent = strings().copy), 1500);
  } catch {
    getSelection()?.selectAllChildren(embedCode);
  }
});

// ---- Narrow screens: the widget is under the content, so a button jumps to it until it is in view ----

const jumpToDesk = document.getElementById('jump-to-desk');
new IntersectionObserver(([entry]) => {
  jumpToDesk.classList.toggle('hidden', entry.isIntersecting);
  jumpToDesk.inert = entry.isIntersecting;
}).observe(document.getElementById('desk'));

jumpToDesk.addEventListener('click', (event) => {
  event.preventDefault();
  desk.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
  desk.focus({ preventScroll: true });
});

// ---- Sample call: the telephony's transcript into desk.hear() ----

const player = callPlayer(desk, () => state.locale);

// ---- Decorative navigation ----

for (const link of document.querySelectorAll('.nav a')) link.addEventListener('click', (event) => event.preventDefault());

// ---- Start ----

state.context = { ...sample().context };
state.activity = [
  { kind: 'callStarted', when: new Date(Date.now() - CALL_ELAPSED_AT_LOAD_S * 1000) },
  { kind: 'orderConfirmed', when: 'orderConfirmed' },
  { kind: 'orderPlaced', when: 'orderPlaced' },
];
notes.value = sample().notes;
buildContextForm();
desk.setAttribute('locale', state.locale);
if (state.script) desk.setAttribute('script', state.script);
pushContext();
renderChrome();
