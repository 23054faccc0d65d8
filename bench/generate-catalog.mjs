// Generates large, realistic catalogs for the benchmark: many products × many phrasings, in ru, en and tr.
//
//   node bench/generate-catalog.mjs 10000 > catalog-10000.json
//
// Deterministic: the same size and seed always give the same catalog. Words come from per-locale pools of
// product questions, drawn with a Zipf-like skew, plus generated product names.

const LOCALES = ['ru', 'en', 'tr'];
const CATEGORIES = ['price', 'trust', 'timing', 'process', 'request'];
const TRIGGERS_PER_LOCALE = 10;

/** Small, fast, seeded PRNG (mulberry32): `random(seed)` returns a function giving numbers in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Words of questions about products, per locale: what a store with thousands of product-specific objections
 * would have. Fillers and some shop words ("цена", "доставка", "warranty") are shared with the built-in
 * catalog on purpose; its distinctive phrasings are not.
 */
const POOLS = {
  ru: `а как какой какая какие сколько есть ли можно не это у в на с для по от до при или и но же вот ну
    экран батарея аккумулятор камера память процессор объём мощность шум вес размер цвет комплект зарядка корпус
    кнопки пульт фильтр мотор режим программа дисплей звук динамик подсветка кабель адаптер чехол ремешок ножки
    дверца полка морозилка барабан отжим сушка насадка щётка контейнер мешок датчик таймер приложение wi-fi
    bluetooth матрица разрешение диагональ частота клавиатура тачпад вентилятор радиатор порт разъём шнур
    шумный тихий тяжёлый лёгкий греется ломается работает подходит совместим держит заряжается показывает
    включается выключается мигает пищит гудит трещит царапается тормозит зависает нагревается течёт пахнет
    быстро долго громко ярко тускло ночью днём зимой летом дома на даче в машине в офисе ребёнку маме
    новый старый прошлый другой белый чёрный серый большой маленький встроенный отдельностоящий
    гарантия доставка цена инструкция сервис ремонт замена настройка установка подключение обновление`,
  en: `a an the how what which how many is there can it does do not this for with on in at by or and but so
    screen battery camera memory processor capacity power noise weight size colour bundle charger case buttons
    remote filter motor mode program display sound speaker backlight cable adapter cover strap feet door shelf
    freezer drum spin dryer nozzle brush container bag sensor timer app wi-fi bluetooth panel resolution
    diagonal refresh keyboard touchpad fan heatsink port socket cord
    noisy quiet heavy light overheats breaks works fits compatible holds charges shows switches blinks beeps
    hums cracks scratches lags freezes heats leaks smells fast slow loud bright dim night day winter summer
    home cottage car office kid mum new old previous other white black grey big small built-in freestanding
    warranty delivery price manual service repair replacement setup installation connection update`,
  tr: `bir bu şu nasıl hangi kaç var mı olur mu değil için ile de da ya ve ama ki şey yani
    ekran batarya pil kamera hafıza işlemci hacim güç ses ağırlık boyut renk set şarj kasa tuşlar kumanda filtre
    motor mod program gösterge hoparlör aydınlatma kablo adaptör kılıf kayış ayak kapak raf dondurucu tambur
    sıkma kurutma başlık fırça hazne torba sensör zamanlayıcı uygulama wi-fi bluetooth panel çözünürlük
    köşegen tazeleme klavye touchpad fan soğutucu port soket
    gürültülü sessiz ağır hafif ısınıyor bozuluyor çalışıyor uyuyor uyumlu tutuyor şarj oluyor gösteriyor
    açılıyor kapanıyor yanıp sönüyor ötüyor uğulduyor çatlıyor çiziliyor donuyor akıtıyor kokuyor hızlı yavaş
    yüksek parlak soluk gece gündüz kışın yazın evde yazlıkta arabada ofiste çocuğa anneme yeni eski önceki
    başka beyaz siyah gri büyük küçük ankastre solo
    garanti teslimat fiyat kılavuz servis tamir değişim kurulum montaj bağlantı güncelleme`,
};

/** The pool words of `locale`, in a fixed order (earlier words are drawn more often). */
function wordPool(locale) {
  return POOLS[locale].split(/\s+/).filter(Boolean);
}

const BRANDS = ['Acer', 'Asus', 'Bosch', 'Dell', 'Haier', 'Honor', 'HP', 'Lenovo', 'LG', 'Philips', 'Redmi', 'Samsung', 'Sony', 'Tefal', 'Xiaomi', 'Vestel', 'Arçelik', 'Beko', 'Atlant', 'Polaris'];
const KINDS = {
  ru: ['ноутбук', 'телефон', 'холодильник', 'пылесос', 'телевизор', 'чайник', 'роутер', 'стиральная машина', 'планшет', 'наушники', 'микроволновка', 'монитор'],
  en: ['laptop', 'phone', 'fridge', 'vacuum', 'TV', 'kettle', 'router', 'washing machine', 'tablet', 'headphones', 'microwave', 'monitor'],
  tr: ['dizüstü', 'telefon', 'buzdolabı', 'süpürge', 'televizyon', 'su ısıtıcı', 'modem', 'çamaşır makinesi', 'tablet', 'kulaklık', 'mikrodalga', 'monitör'],
};

/**
 * A catalog of `size` objections. Each has 10 triggers per locale, a title, tags and 2–3 replies, built
 * from pool words with a product name, so big catalogs look like many products × many
 * phrasings of the same few situations.
 */
export function generateCatalog(size, seed = 42) {
  const next = random(seed);
  const pools = Object.fromEntries(LOCALES.map((locale) => [locale, wordPool(locale)]));
  // Zipf-like: low indexes (frequent words) are drawn far more often.
  const pick = (list) => list[Math.floor(list.length * next() ** 2.2)];
  const uniform = (list) => list[Math.floor(list.length * next())];
  const phrase = (locale, min, max, extra = []) => {
    const length = min + Math.floor(next() * (max - min + 1));
    const words = Array.from({ length }, () => pick(pools[locale]));
    for (const word of extra) words.splice(Math.floor(next() * (words.length + 1)), 0, word);
    return words.join(' ');
  };
  const objections = [];
  for (let i = 0; i < size; i += 1) {
    const brand = uniform(BRANDS);
    const model = `${String.fromCharCode(65 + Math.floor(next() * 26))}${Math.floor(next() * 900 + 100)}`;
    const kind = Math.floor(next() * KINDS.ru.length);
    const product = Object.fromEntries(LOCALES.map((locale) => [locale, `${KINDS[locale][kind]} ${brand} ${model}`]));
    const text = (build) => Object.fromEntries(LOCALES.map((locale) => [locale, build(locale)]));
    objections.push({
      id: `generated-${i}`,
      category: uniform(CATEGORIES),
      title: text((locale) => `${phrase(locale, 2, 4)} — ${product[locale]}`),
      triggers: text((locale) =>
        Array.from({ length: TRIGGERS_PER_LOCALE }, (_, t) =>
          phrase(locale, 2, 6, t % 3 === 0 ? [brand] : t % 3 === 1 ? [KINDS[locale][kind]] : []),
        ),
      ),
      tags: text((locale) => [KINDS[locale][kind], brand.toLowerCase(), pick(pools[locale])]),
      replies: Array.from({ length: 2 + Math.floor(next() * 2) }, (_, r) => ({
        id: `reply-${r + 1}`,
        text: text((locale) => `{clientName}, ${phrase(locale, 5, 10, [product[locale]])}?`),
      })),
    });
  }
  return { locales: LOCALES, objections };
}

// Run as a script in Node; imported in a page too, where there is no `process`.
if (globalThis.process && import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 42);
  process.stdout.write(JSON.stringify(generateCatalog(size, seed)));
}
