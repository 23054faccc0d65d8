import { idSlug, type EmptyThing, type ExpectedType, type JsonFaultKind } from '../core/index.js';
import type { InvisibleKind } from '../core/visible-text.js';
import { plural } from '../ui/locale.js';
import { caseTwin, type StudioProblemWords } from './problem-words-shared.js';

const JSON_FAULTS: Readonly<Record<JsonFaultKind | 'unknown', string>> = {
  value: 'burada bir değer olmalı',
  end: 'metin erken bitiyor',
  afterValue: 'burada virgül ya da kapanan parantez olmalı',
  key: 'burada çift tırnak içinde bir alan adı olmalı',
  colon: 'burada iki nokta olmalı',
  string: 'tırnak içindeki metin satır sonunda kapanmıyor',
  escape: 'metinde JSON\'un tanımadığı bir \\ dizisi var',
  control: 'metinde bir kontrol karakteri var (satır sonu \\n diye yazılır)',
  trailing: 'verinin sonundan sonra başka metin var',
  deep: 'veri çok derin iç içe',
  trailingComma: '} ya da ] öncesinde fazladan bir virgül var',
  unknown: 'metin JSON olarak okunamıyor',
};

const EXPECTED: Readonly<Record<ExpectedType, string>> = {
  boolean: 'evet ya da hayır (true / false)',
  object: 'süslü parantez içinde bir nesne',
  objections: 'bir itiraz listesi',
  categories: 'koda göre kategoriler',
  category: 'başlığı olan bir kategori',
  replies: 'bir yanıt listesi',
  reply: 'metni olan bir yanıt',
  followUps: 'bir devam listesi',
  followUp: 'bir devam: müşterinin sözü ve yanıtlar',
  tips: 'bir ipucu listesi',
  text: 'dile göre metinler, örneğin {"tr": "…"}',
  list: 'dile göre ifadeler, örneğin {"tr": ["…"]}',
  string: 'bir metin',
  strings: 'bir metin listesi',
  locales: 'bir dil kodu listesi',
  scripts: 'bir senaryo listesi',
  stages: 'bir aşama listesi',
  steps: 'bir adım listesi',
  answers: 'bir müşteri yanıtı listesi',
  checklist: 'bir kontrol listesi',
  when: 'bağlam anahtarına göre koşullar, örneğin {"loyaltyCard": "absent"}',
};

const TYPES: Readonly<Record<string, string>> = { null: 'boş (null)', 'an array': 'bir liste', 'an object': 'bir nesne', 'a string': 'bir metin', 'a number': 'bir sayı', 'a boolean': 'evet / hayır' };

const EMPTY: Readonly<Record<EmptyThing, string>> = {
  locale: 'Boş: metni en az bir dilde yazın.',
  reply: 'Henüz yanıt yok: en az bir tane ekleyin.',
  trigger: 'Henüz müşteri ifadesi yok: en az bir tane yazın.',
  character: 'Metin boş.',
  step: 'Henüz adım yok: en az bir tane ekleyin.',
  answer: 'Henüz müşteri yanıtı yok: en az bir tane ekleyin.',
};

const INVISIBLE: Readonly<Record<InvisibleKind, string>> = {
  tag: 'etiket karakterleri',
  'bidi-control': 'yazı yönü işaretleri',
  'zero-width': 'sıfır genişlikli karakterler',
  'variation-selector': 'varyasyon seçiciler',
  control: 'kontrol karakterleri',
  other: 'diğer görünmez karakterler',
};

const at = (where: string) => (where ? ` (${where})` : '');

/** The studio's problem messages in Turkish. */
export const TR_PROBLEM_WORDS: StudioProblemWords = {
  position: (line, column) => `satır ${line}, sütun ${column}`,
  messages: {
    notJson: (c, fault) => `Dosya okunamıyor: ${JSON_FAULTS[fault]}${at(c.at)}.`,
    notAnObject: () => 'Bu bir katalog değil: itiraz listesi ("objections") yok.',
    missingField: (c, field) => `Doldurulmadı: «${c.field(field)}».`,
    wrongType: (c, expected, actual) => `Burada ${EXPECTED[expected]} olmalı, ${TYPES[actual] ?? actual} değil${at(c.at)}.`,
    empty: (_, what) => EMPTY[what],
    badId: (c, id) => `«${id}», «${c.subject}» alanına uymuyor: küçük Latin harfleri, rakamlar ve tireler kullanın.`,
    duplicateId: (c, id, firstPath) => `«${id}» kodu zaten kullanılıyor: ${c.place(firstPath)}. Kodlar aynı kaldıkça bu itiraz kataloğa girmez.`,
    plainStringWithoutLocale: () => 'Bu metnin dili belirtilmemiş: «Diller» altında kataloğun dilini işaretleyin.',
    badLocale: (_, key) => `«${key}» bir dil kodu değil; ru, en ya da tr gibi bir kod kullanın.`,
    nonCanonicalLocale: (_, code, canonical) => `«${code}» dil kodu «${canonical}» olarak okunur: «${canonical}» yazın.`,
    missingLocale: (_, locale) => `${locale.toUpperCase()} metni yok: bu dili kullanan operatörler başka bir dil görür.`,
    unknownField: (_, field, suggestion) => `Bilinmeyen alan «${field}»${suggestion ? ` — «${suggestion}» mı demek istediniz?` : ''} Okunmaz.`,
    unknownPlaceholder: (_, name, known) => {
      const twin = caseTwin(name, known);
      return twin
        ? `{${name}} diye bir yer tutucu yok — {${twin}} mı demek istediniz? Büyük-küçük harf önemlidir.`
        : `{${name}} bilinen yer tutuculardan (yanıtların üstündeki düğmeler) değil: operatör kendisi doldurur.`;
    },
    unknownCondition: (_, name) => `«${name}» bilinen yer tutuculardan biri değil: koşul yalnızca sayfanın bağlamı onu verirse geçerli olur.`,
    badCondition: (_, name, condition) => `«${condition}», «${name}» için bir koşul değil: «present» (bilinmeli) ya da «absent» (bilinmemeli) yazın. Dikkate alınmıyor.`,
    unbalancedBrace: () => 'Eşi olmayan bir süslü parantez: yer tutucu oluşturmaz, metinde yazıldığı gibi kalır.',
    invisibleCharacters: (_, count, kinds) =>
      `${count} görünmez karakter (${kinds.map((kind) => INVISIBLE[kind]).join(', ')}): kopya onları fark edilmeden taşır; widget metni onlarsız gösterir.`,
    loadFailed: (_, reason) => `Yüklenemedi: ${reason}.`,
    unreadableFile: () => 'Tarayıcı bu dosyayı okuyamadı.',
    longText: (_, length, max) => `${length} karakter: arama yalnızca ilk ${max} karakteri okur.`,
    longReply: (_, length, max) => `Yanıt ${length} karakter: ${max} karakterden uzun bir yanıtı görüşmede söylemek zordur.`,
    longShort: (_, length, max) => `Kısa cümle ${length} karakter: ${max} karakterden uzunu tek nefeste söylenmez.`,
    shortNotShorter: (_, length, replyLength) => `Kısa cümle ${length} karakter; yanıtının kendisinden (${replyLength}) kısa değil.`,
    duplicateTrigger: (c, trigger, firstPath) => `«${trigger}» ifadesi zaten var: ${c.place(firstPath)}. Arama ikisini ayırt edemez.`,
    missingText: (_, locale) => `${locale.toUpperCase()} metni yok, oysa itirazın geri kalanında var: operatör burada başka bir dil okur.`,
    syntaxError: (c, reason) => `Dosya YAML olarak okunamıyor${at(c.at)}: ${reason}.`,
    duplicateKey: (c, key) => `«${key}» alanı iki kez yazılmış${at(c.at)}: yalnızca biri kalır.`,
    notACatalogFile: () => 'Bu bir katalog değil: dosyada ne itiraz listesi ne de kodu olan bir itiraz var.',
    conflictingSetting: (_, field, value, firstValue, firstPlace) => `«${field}» burada ${value}, ama ${firstPlace} içinde ${firstValue}.`,
    duplicateCategory: (_, id, firstPlace) => `«${id}» kategorisi ${firstPlace} içinde zaten tanımlı; bu atlandı.`,
    noCatalogFiles: () => 'Klasörde .yaml, .yml ya da .json dosyası yok.',
    outsideFolder: () => 'Bu, klasör dışındaki bir dosyaya bağlantı: okunmaz.',
    badKind: (_, kind) => `«${kind}» bir tür değil: senaryo «incoming» (gelen) ya da «outgoing» (giden) olur.`,
    answerTarget: (_, fields) => (fields.length === 0 ? 'Bu yanıt hiçbir yere götürmüyor' : `Bu yanıtta aynı anda ${fields.join(' ve ')} var`) + ': tam olarak bir sonraki adım, itiraz ya da sonuç verin. Yanıt atlandı.',
    tooManyAnswers: (_, count, max) => `${count} yanıt var: 1–${max} rakamları seçer, bu yüzden yalnızca ilk ${max} yanıt kalır.`,
    unknownStep: (_, id, suggestion) => `Bu senaryoda «${id}» adımı yok${suggestion ? ` — «${suggestion}» olabilir mi?` : '.'}`,
    unknownStage: (_, id, suggestion) => `Bu senaryoda «${id}» aşaması yok${suggestion ? ` — «${suggestion}» olabilir mi?` : '.'}`,
    badOutcome: (_, outcome) => `«${outcome}» bir sonuç değil: kod gibi yazın, örneğin «ordered» ya da «callback».`,
    unknownObjection: (_, id, suggestion) => `Hiçbir katalogda «${id}» itirazı yok${suggestion ? ` — «${suggestion}» olabilir mi?` : '.'}`,
    disabledScriptObjection: (_, id, script, step, answer) => `Yerleşik «${script}» senaryosu «${id}» itirazını açıyor («${step}» adımı, ${answer}. cevap), bu katalog ise onu kapatıyor: operatör o cevabı devre dışı görür.`,
  },
  hints: {
    badId: (_, id) => (idSlug(id) ? `«${idSlug(id)}» yazın` : 'küçük Latin harfleri, rakamlar ve tireler'),
    quote: () => 'değeri tırnak içine alın: tırnaksız 404 ya da true bir sayı ya da evet/hayırdır, metin değil',
    missingLocale: (_, locale) => `${locale.toUpperCase()} metnini yazın ya da «Diller» altında ${locale.toUpperCase()} işaretini kaldırın`,
    missingText: (_, locale) => `${locale.toUpperCase()} metnini yazın`,
    duplicateId: () => 'birine başka bir kod verin',
    duplicateKey: () => 'ikisinden birini silin ya da birleştirin',
    longReply: () => 'kısaltın ya da iki yanıta bölün',
    longShort: () => 'yalnızca ilk söylenecek olanı bırakın; gerisi alttaki yanıtta var',
    duplicateTrigger: () => 'ifadeyi ait olduğu itirazda bırakın',
    unknownField: () => 'silin ya da yazımını kontrol edin',
    quoteColon: () => '": " içeren metni tırnak içine alın',
    indentation: () => 'girintiyi boşlukla yapın, bir listenin öğelerini aynı sütundan başlatın',
    invisibleCharacters: () => 'metni yeniden yazın',
    longText: () => 'kısaltın: sınırdan sonrası hiç bulunmaz',
    unknownObjection: () => 'kodu düzeltin ya da onu içeren kataloğu ekleyin',
    disabledScriptObjection: (_, script) => `itirazı bırakın ya da «${script}» senaryosunu da gizleyin veya değiştirin`,
  },
  notes: {
    objection: (title, builtin) => (builtin ? `"${title}" (yerleşik)` : `"${title}"`),
    'few-triggers': ({ count, locale, min }) => `${locale} dilinde yalnızca ${plural('tr', count, { other: '# ifade' })} var: en az ${min} ekleyin — müşteriler farklı şekillerde söyler.`,
    'same-trigger': ({ phrase }, other) => `"${phrase}" zaten ${other} itirazının ifadesi: arama ikisini ayırt edemez.`,
    'near-trigger': ({ phrase, other: near }, other) => `"${phrase}", ${other} itirazındaki "${near?.text ?? ''}" ifadesinden bir harf farklı: bir yazım hatası birini ötekine çevirir.`,
    'found-elsewhere': ({ phrase, other: found }, other) => `"${phrase}" araması önce ${other} itirazını buluyor ("${found?.text ?? ''}" ile), bu itirazı değil.`,
    'found-nothing': ({ phrase }) => `"${phrase}" araması hiçbir şey bulmuyor.`,
  },
};
