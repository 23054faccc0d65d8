import { html, type TemplateResult } from 'lit';
import type { MatchField } from '../core/index.js';
import { plural, type UiLocale } from '../ui/locale.js';
import { MORE_PROBLEMS } from '../ui/problem-details.js';
import type { DraftMode, ObjectionStatus } from './draft.js';

/** Each language's name in itself, for the interface language switch. */
export const LANGUAGE_NAMES: Readonly<Record<UiLocale, string>> = { ru: 'Русский', en: 'English', tr: 'Türkçe' };

/** Catalog fields the studio names in its forms and problem list. */
export type FieldName = 'id' | 'category' | 'disabled' | 'title' | 'triggers' | 'tags' | 'replies' | 'followUps' | 'customer' | 'tips' | 'text';

/** The code fragments of the line that tells how to use the exported file, already marked up. */
export interface ExportHowToParts {
  readonly file: TemplateResult;
  readonly tag: TemplateResult;
  readonly folder: TemplateResult;
  readonly demoLink: TemplateResult;
}

/**
 * The studio's interface texts in one language. Validation messages are not here: they come from core in
 * English, shared with the CLI; the studio only words what is around them.
 */
export interface StudioStrings {
  readonly studioTitle: string;
  readonly demoPage: string;
  readonly interfaceLanguage: string;
  readonly openGroup: string;
  readonly startEmpty: string;
  readonly openBuiltin: string;
  readonly openFile: string;
  readonly openFileLabel: string;
  readonly exportGroup: string;
  readonly downloadJson: string;
  readonly downloadYaml: string;
  readonly copyJson: string;
  readonly copied: string;
  readonly draftSaved: string;
  readonly draftNotSaved: string;

  readonly undo: string;
  readonly dismiss: string;
  readonly startedEmpty: string;
  readonly openedBuiltin: string;
  readonly openRefused: (fileName: string) => string;
  readonly opened: (fileName: string, objections: number) => string;
  readonly undone: string;
  readonly clipboardRefused: string;

  readonly catalogSettings: string;
  readonly modeLegend: string;
  readonly extendLabel: string;
  /** `builtinCount` is unknown until the built-in catalog has loaded. */
  readonly extendHelp: (builtinCount: number | undefined) => string;
  readonly replaceLabel: string;
  readonly replaceHelp: string;
  readonly languagesLegend: string;
  readonly exportHowTo: (parts: ExportHowToParts) => TemplateResult;

  readonly sidePanel: string;
  readonly editorPanel: string;
  readonly preview: string;
  readonly previewLanguage: string;
  readonly previewNote: (mode: DraftMode) => string;
  readonly emptyCatalog: string;
  readonly chooseObjection: string;
  readonly emptyHelp: (mode: DraftMode) => string;
  /** The button that adds an objection. */
  readonly addObjection: string;
  /** The heading of an objection with neither title nor ID yet. */
  readonly newObjection: string;
  readonly objectionNumber: (position: number) => string;

  readonly objections: string;
  readonly noObjections: string;
  readonly selectedObjection: string;
  readonly duplicate: string;
  readonly show: string;
  readonly hide: string;
  readonly delete: string;
  readonly statusBadges: Readonly<Record<ObjectionStatus, string>>;
  readonly untitled: string;
  readonly changeBuiltin: string;
  readonly editCopy: string;
  readonly hideBuiltin: string;

  readonly problems: string;
  readonly noProblems: string;
  readonly errors: (count: number) => string;
  readonly warnings: (count: number) => string;
  readonly readyToExport: string;
  readonly wholeCatalog: string;
  /** The last line of a list of problems, for those not listed (only the first 100 are): the widget's words. */
  readonly moreProblems: (count: number) => string;
  /** The summary of the problems of a file opened. */
  readonly fileProblems: (count: number) => string;

  readonly fields: Readonly<Record<FieldName, string>>;
  readonly optional: (label: string) => string;
  readonly reply: (position: number) => string;
  readonly followUp: (position: number) => string;
  readonly tip: (position: number) => string;
  readonly removeReply: (position: number) => string;
  readonly removeFollowUp: (position: number) => string;
  readonly removeTip: (position: number) => string;
  readonly statusNotes: Readonly<Record<ObjectionStatus, string>>;
  readonly idPlaceholder: string;
  readonly idHelp: string;
  readonly hiddenNote: string;
  readonly showAgain: string;
  readonly categoryHelp: (builtinCategories: string) => string;
  /** The legend of a category's own title fields. */
  readonly categoryTitle: (category: string) => string;
  readonly categoryTitleHelp: string;
  readonly titleHelp: string;
  readonly triggersHelp: string;
  readonly tagsHelp: string;
  readonly repliesHelp: string;
  readonly followUpsHelp: string;
  readonly tipsHelp: string;
  readonly addReply: string;
  readonly addFollowUp: string;
  readonly addTip: string;
  readonly insertPlaceholder: string;
  readonly insertPlaceholderInto: (placeholder: string) => string;
  /** The tooltip of a field's language tag: "Title in RU". */
  readonly fieldInLanguage: (label: string, locale: string) => string;

  readonly testPhrase: string;
  readonly testPlaceholder: string;
  readonly testHint: string;
  readonly testNothing: string;
  readonly foundFirst: string;
  readonly yourDraft: string;
  readonly builtinBadge: string;
  readonly matchFields: Readonly<Record<MatchField, string>>;
  readonly matchedBy: (field: string, locale: string) => string;
}

const EN: StudioStrings = {
  studioTitle: 'Catalog studio',
  demoPage: 'demo CRM page',
  interfaceLanguage: 'Interface language',
  openGroup: 'Open',
  startEmpty: 'Start empty',
  openBuiltin: 'Open built-in catalog',
  openFile: 'Open file…',
  openFileLabel: 'Open a catalog file',
  exportGroup: 'Export',
  downloadJson: 'Download JSON',
  downloadYaml: 'Download YAML',
  copyJson: 'Copy JSON',
  copied: 'Copied',
  draftSaved: 'Draft saved in this browser',
  draftNotSaved: 'This browser cannot keep the draft (storage is off or full): it is not saved. Download it to keep your work.',

  undo: 'Undo',
  dismiss: 'Dismiss',
  startedEmpty: 'Started an empty catalog that extends the built-in one.',
  openedBuiltin: 'Opened a copy of the built-in catalog: it replaces the built-in one (no-builtin).',
  openRefused: (fileName) => `${fileName} could not be opened; your draft is unchanged.`,
  opened: (fileName, objections) => plural('en', objections, { one: `Opened ${fileName}: # objection.`, other: `Opened ${fileName}: # objections.` }),
  undone: 'The previous draft is back.',
  clipboardRefused: 'The browser refused the clipboard: use Download JSON instead.',

  catalogSettings: 'Catalog settings',
  modeLegend: 'This catalog',
  extendLabel: 'extends the built-in one',
  extendHelp: (count) =>
    count === undefined ? '— your objections are added to the built-in ones' : plural('en', count, { one: '— your objections are added to the # built-in one', other: '— your objections are added to the # built-in ones' }),
  replaceLabel: 'replaces the built-in one',
  replaceHelp: '— only these objections (no-builtin)',
  languagesLegend: 'Languages',
  exportHowTo: ({ file, tag, folder, demoLink }) =>
    html`Use the exported ${file}: put it next to your CRM page and set ${tag}, or try it in the demo: save it into ${folder} and open ${demoLink}.`,

  sidePanel: 'Objections and problems',
  editorPanel: 'Objection',
  preview: 'Preview',
  previewLanguage: 'Preview language',
  previewNote: (mode) => `The widget as operators will see it, with this draft${mode === 'extend' ? ' merged over the built-in catalog' : ' alone'}:`,
  emptyCatalog: 'This catalog is empty',
  chooseObjection: 'Choose an objection to edit',
  emptyHelp: (mode) =>
    `Add an objection customers raise, with the phrases they use and what the operator answers. It is found by the widget ${
      mode === 'extend' ? 'together with the built-in objections' : 'on its own'
    }.`,
  addObjection: '+ New objection',
  newObjection: 'New objection',
  objectionNumber: (position) => `Objection ${position}`,

  objections: 'Objections',
  noObjections: 'No objections in this catalog yet.',
  selectedObjection: 'Selected objection',
  duplicate: 'Duplicate',
  show: 'Show',
  hide: 'Hide',
  delete: 'Delete',
  statusBadges: { new: 'new', override: 'changes built-in', hidden: 'hidden' },
  untitled: 'Untitled',
  changeBuiltin: 'Change a built-in objection',
  editCopy: 'Edit a copy',
  hideBuiltin: 'Hide it',

  problems: 'Problems',
  noProblems: 'none',
  errors: (count) => plural('en', count, { one: '# error', other: '# errors' }),
  warnings: (count) => plural('en', count, { one: '# warning', other: '# warnings' }),
  readyToExport: 'The catalog is ready to export.',
  wholeCatalog: 'Catalog',
  moreProblems: MORE_PROBLEMS.en,
  fileProblems: (count) => plural('en', count, { one: '# problem in the file', other: '# problems in the file' }),

  fields: {
    id: 'ID',
    category: 'Category',
    disabled: 'Hidden',
    title: 'Title',
    triggers: 'What customers say',
    tags: 'Extra search words',
    replies: 'Replies',
    followUps: 'Follow-ups',
    customer: 'Customer says',
    tips: 'Tips',
    text: 'Text',
  },
  optional: (label) => `${label} (optional)`,
  reply: (position) => `Reply ${position}`,
  followUp: (position) => `Follow-up ${position}`,
  tip: (position) => `Tip ${position}`,
  removeReply: (position) => `Remove reply ${position}`,
  removeFollowUp: (position) => `Remove follow-up ${position}`,
  removeTip: (position) => `Remove tip ${position}`,
  statusNotes: {
    new: 'New objection: added to the built-in ones',
    override: 'Replaces the built-in objection of this ID',
    hidden: 'Hidden: the widget does not show it',
  },
  idPlaceholder: 'example: installment-plan',
  idHelp: 'Latin lower-case letters, digits and dashes. The ID of a built-in objection replaces it.',
  hiddenNote: 'This objection is hidden: the widget leaves out the objection of this ID. Its texts are kept.',
  showAgain: 'Show it again',
  categoryHelp: (builtin) => `Groups shown before anything is typed: ${builtin}, or your own.`,
  categoryTitle: (category) => `Title of the category “${category}”`,
  categoryTitleHelp: 'The heading of this group in the list, shared by every objection in it. Until it has one, the widget lists the group as “Other”.',
  titleHelp: 'The short name operators see in the list.',
  triggersHelp: 'One phrase per line, in the words customers use — search matches these first. Give at least 3 per language.',
  tagsHelp: 'One per line; found below the phrases above.',
  repliesHelp: 'What the operator says. Placeholders are filled from the CRM:',
  followUpsHelp: 'What the customer is likely to say next, and what to answer then.',
  tipsHelp: 'Short advice shown under the replies.',
  addReply: '+ Add a reply',
  addFollowUp: '+ Add a follow-up',
  addTip: '+ Add a tip',
  insertPlaceholder: 'Insert a placeholder into the reply being edited',
  insertPlaceholderInto: (placeholder) => `Insert ${placeholder} into the reply`,
  fieldInLanguage: (label, locale) => `${label} in ${locale}`,

  testPhrase: 'Test a phrase',
  testPlaceholder: 'What a customer says, e.g. дорого у вас',
  testHint: 'Type what a customer says to see which objections it finds first.',
  testNothing: 'Nothing found for this phrase.',
  foundFirst: 'Found first',
  yourDraft: 'your draft',
  builtinBadge: 'built-in',
  matchFields: { trigger: 'customer phrase', title: 'title', tag: 'search word', followUp: 'follow-up', reply: 'reply' },
  matchedBy: (field, locale) => `by ${field} (${locale}):`,
};

const RU: StudioStrings = {
  studioTitle: 'Студия каталога',
  demoPage: 'демо-страница CRM',
  interfaceLanguage: 'Язык интерфейса',
  openGroup: 'Открыть',
  startEmpty: 'Начать с нуля',
  openBuiltin: 'Открыть встроенный каталог',
  openFile: 'Открыть файл…',
  openFileLabel: 'Открыть файл каталога',
  exportGroup: 'Экспорт',
  downloadJson: 'Скачать JSON',
  downloadYaml: 'Скачать YAML',
  copyJson: 'Копировать JSON',
  copied: 'Скопировано',
  draftSaved: 'Черновик сохранён в этом браузере',
  draftNotSaved: 'Браузер не может сохранить черновик (хранилище отключено или заполнено): он не сохранён. Скачайте файл, чтобы не потерять работу.',

  undo: 'Отменить',
  dismiss: 'Закрыть',
  startedEmpty: 'Начат пустой каталог — он дополняет встроенный.',
  openedBuiltin: 'Открыта копия встроенного каталога: она заменяет встроенный (no-builtin).',
  openRefused: (fileName) => `Не удалось открыть ${fileName}; ваш черновик не изменился.`,
  opened: (fileName, objections) =>
    plural('ru', objections, {
      one: `Открыт ${fileName}: # возражение.`,
      few: `Открыт ${fileName}: # возражения.`,
      many: `Открыт ${fileName}: # возражений.`,
      other: `Открыт ${fileName}: # возражения.`,
    }),
  undone: 'Предыдущий черновик возвращён.',
  clipboardRefused: 'Браузер не дал доступ к буферу обмена — воспользуйтесь кнопкой «Скачать JSON».',

  catalogSettings: 'Настройки каталога',
  modeLegend: 'Этот каталог',
  extendLabel: 'дополняет встроенный',
  extendHelp: (count) =>
    count === undefined
      ? '— ваши возражения добавляются к встроенным'
      : plural('ru', count, { one: '— ваши возражения добавляются к # встроенному', other: '— ваши возражения добавляются к # встроенным' }),
  replaceLabel: 'заменяет встроенный',
  replaceHelp: '— только эти возражения (no-builtin)',
  languagesLegend: 'Языки',
  exportHowTo: ({ file, tag, folder, demoLink }) =>
    html`Как подключить скачанный ${file}: положите его рядом со страницей CRM и укажите ${tag} — или попробуйте на демо: сохраните его в ${folder} и откройте ${demoLink}.`,

  sidePanel: 'Возражения и замечания',
  editorPanel: 'Возражение',
  preview: 'Предпросмотр',
  previewLanguage: 'Язык предпросмотра',
  previewNote: (mode) => `Так виджет увидят операторы — ${mode === 'extend' ? 'черновик вместе со встроенным каталогом' : 'только этот черновик'}:`,
  emptyCatalog: 'Каталог пока пуст',
  chooseObjection: 'Выберите возражение, чтобы его править',
  emptyHelp: (mode) =>
    `Добавьте возражение, которое вы слышите от клиентов: их фразы и что отвечает оператор. Виджет будет находить его ${
      mode === 'extend' ? 'вместе со встроенными возражениями' : 'среди возражений только этого каталога'
    }.`,
  addObjection: '+ Новое возражение',
  newObjection: 'Новое возражение',
  objectionNumber: (position) => `Возражение ${position}`,

  objections: 'Возражения',
  noObjections: 'В каталоге пока нет возражений.',
  selectedObjection: 'Выбранное возражение',
  duplicate: 'Дублировать',
  show: 'Показать',
  hide: 'Скрыть',
  delete: 'Удалить',
  statusBadges: { new: 'новое', override: 'меняет встроенное', hidden: 'скрыто' },
  untitled: 'Без названия',
  changeBuiltin: 'Изменить встроенное возражение',
  editCopy: 'Править копию',
  hideBuiltin: 'Скрыть его',

  problems: 'Замечания',
  noProblems: 'нет',
  errors: (count) => plural('ru', count, { one: '# ошибка', few: '# ошибки', many: '# ошибок', other: '# ошибки' }),
  warnings: (count) =>
    plural('ru', count, { one: '# предупреждение', few: '# предупреждения', many: '# предупреждений', other: '# предупреждения' }),
  readyToExport: 'Каталог готов к экспорту.',
  wholeCatalog: 'Каталог',
  moreProblems: MORE_PROBLEMS.ru,
  fileProblems: (count) =>
    plural('ru', count, { one: '# замечание в файле', few: '# замечания в файле', many: '# замечаний в файле', other: '# замечания в файле' }),

  fields: {
    id: 'Код возражения',
    category: 'Категория',
    disabled: 'Скрыто',
    title: 'Название',
    triggers: 'Что говорит клиент',
    tags: 'Дополнительные слова для поиска',
    replies: 'Ответы',
    followUps: 'Если клиент продолжит',
    customer: 'Клиент говорит',
    tips: 'Советы',
    text: 'Текст',
  },
  optional: (label) => `${label} (необязательно)`,
  reply: (position) => `Ответ ${position}`,
  followUp: (position) => `Продолжение ${position}`,
  tip: (position) => `Совет ${position}`,
  removeReply: (position) => `Удалить ответ ${position}`,
  removeFollowUp: (position) => `Удалить продолжение ${position}`,
  removeTip: (position) => `Удалить совет ${position}`,
  statusNotes: {
    new: 'Новое возражение: добавляется к встроенным',
    override: 'Заменяет встроенное возражение с этим кодом',
    hidden: 'Скрыто: виджет его не показывает',
  },
  idPlaceholder: 'например: installment-plan',
  idHelp: 'Строчные латинские буквы, цифры и дефисы. Возражение с кодом встроенного заменяет его.',
  hiddenNote: 'Это возражение скрыто: виджет не показывает возражение с этим кодом. Тексты сохранены.',
  showAgain: 'Показать снова',
  categoryHelp: (builtin) => `Группы в списке до начала поиска: ${builtin} — или своя.`,
  categoryTitle: (category) => `Название категории «${category}»`,
  categoryTitleHelp: 'Заголовок этой группы в списке, общий для всех её возражений. Пока его нет, виджет показывает группу как «Другое».',
  titleHelp: 'Короткое название, которое оператор видит в списке.',
  triggersHelp: 'По одной фразе в строке, теми словами, что говорят клиенты, — поиск сверяется с ними в первую очередь. Хотя бы 3 на каждый язык.',
  tagsHelp: 'По одному в строке; находятся после фраз выше.',
  repliesHelp: 'Что говорит оператор. Подстановки заполняются данными из CRM:',
  followUpsHelp: 'Что клиент, скорее всего, скажет дальше и что на это ответить.',
  tipsHelp: 'Короткие советы под ответами.',
  addReply: '+ Добавить ответ',
  addFollowUp: '+ Добавить продолжение',
  addTip: '+ Добавить совет',
  insertPlaceholder: 'Вставить подстановку в ответ, который вы правите',
  insertPlaceholderInto: (placeholder) => `Вставить ${placeholder} в ответ`,
  fieldInLanguage: (label, locale) => `${label}: ${locale}`,

  testPhrase: 'Проверить фразу',
  testPlaceholder: 'Что говорит клиент, например: дорого у вас',
  testHint: 'Введите слова клиента — увидите, какие возражения найдутся первыми.',
  testNothing: 'По этой фразе ничего не найдено.',
  foundFirst: 'Найдено первым',
  yourDraft: 'ваш черновик',
  builtinBadge: 'встроенное',
  matchFields: { trigger: 'фраза клиента', title: 'название', tag: 'слово для поиска', followUp: 'продолжение', reply: 'ответ' },
  matchedBy: (field, locale) => `совпало — ${field} (${locale}):`,
};

const TR: StudioStrings = {
  studioTitle: 'Katalog stüdyosu',
  demoPage: 'demo CRM sayfası',
  interfaceLanguage: 'Arayüz dili',
  openGroup: 'Aç',
  startEmpty: 'Boş başla',
  openBuiltin: 'Yerleşik kataloğu aç',
  openFile: 'Dosya aç…',
  openFileLabel: 'Katalog dosyası aç',
  exportGroup: 'Dışa aktar',
  downloadJson: 'JSON indir',
  downloadYaml: 'YAML indir',
  copyJson: 'JSON kopyala',
  copied: 'Kopyalandı',
  draftSaved: 'Taslak bu tarayıcıda kaydedildi',
  draftNotSaved: 'Bu tarayıcı taslağı saklayamıyor (depolama kapalı ya da dolu): taslak kaydedilmedi. Çalışmanızı korumak için dosyayı indirin.',

  undo: 'Geri al',
  dismiss: 'Kapat',
  startedEmpty: 'Yerleşik kataloğa eklenecek boş bir katalog başlatıldı.',
  openedBuiltin: 'Yerleşik kataloğun bir kopyası açıldı: yerleşik kataloğun yerini alır (no-builtin).',
  openRefused: (fileName) => `${fileName} açılamadı; taslağınız değişmedi.`,
  // Turkish nouns stay singular after a number: "1 itiraz", "5 itiraz".
  opened: (fileName, objections) => plural('tr', objections, { other: `${fileName} açıldı: # itiraz.` }),
  undone: 'Önceki taslak geri getirildi.',
  clipboardRefused: 'Tarayıcı panoya erişim izni vermedi — bunun yerine “JSON indir” düğmesini kullanın.',

  catalogSettings: 'Katalog ayarları',
  modeLegend: 'Bu katalog',
  extendLabel: 'yerleşik kataloğa eklenir',
  extendHelp: (count) =>
    count === undefined ? '— itirazlarınız yerleşik itirazlara eklenir' : plural('tr', count, { other: '— itirazlarınız # yerleşik itiraza eklenir' }),
  replaceLabel: 'yerleşik kataloğun yerini alır',
  replaceHelp: '— yalnızca bu itirazlar (no-builtin)',
  languagesLegend: 'Diller',
  exportHowTo: ({ file, tag, folder, demoLink }) =>
    html`Dışa aktarılan ${file} dosyasını CRM sayfanızın yanına koyup ${tag} yazın ya da demoda deneyin: ${folder} klasörüne kaydedip ${demoLink} adresini açın.`,

  sidePanel: 'İtirazlar ve sorunlar',
  editorPanel: 'İtiraz',
  preview: 'Önizleme',
  previewLanguage: 'Önizleme dili',
  previewNote: (mode) => `Operatörlerin göreceği widget — ${mode === 'extend' ? 'bu taslak yerleşik katalogla birlikte' : 'yalnızca bu taslak'}:`,
  emptyCatalog: 'Bu katalog boş',
  chooseObjection: 'Düzenlemek için bir itiraz seçin',
  emptyHelp: (mode) =>
    `Müşterilerin dile getirdiği bir itirazı, kullandıkları ifadeler ve operatörün yanıtıyla birlikte ekleyin. Widget onu ${
      mode === 'extend' ? 'yerleşik itirazlarla birlikte' : 'yalnızca bu kataloğun itirazları arasında'
    } bulur.`,
  addObjection: '+ Yeni itiraz',
  newObjection: 'Yeni itiraz',
  objectionNumber: (position) => `İtiraz ${position}`,

  objections: 'İtirazlar',
  noObjections: 'Bu katalogda henüz itiraz yok.',
  selectedObjection: 'Seçili itiraz',
  duplicate: 'Çoğalt',
  show: 'Göster',
  hide: 'Gizle',
  delete: 'Sil',
  statusBadges: { new: 'yeni', override: 'yerleşiği değiştirir', hidden: 'gizli' },
  untitled: 'Başlıksız',
  changeBuiltin: 'Yerleşik bir itirazı değiştir',
  editCopy: 'Kopyasını düzenle',
  hideBuiltin: 'Bunu gizle',

  problems: 'Sorunlar',
  noProblems: 'yok',
  errors: (count) => plural('tr', count, { other: '# hata' }),
  warnings: (count) => plural('tr', count, { other: '# uyarı' }),
  readyToExport: 'Katalog dışa aktarılmaya hazır.',
  wholeCatalog: 'Katalog',
  moreProblems: MORE_PROBLEMS.tr,
  fileProblems: (count) => plural('tr', count, { other: 'Dosyada # sorun' }),

  fields: {
    id: 'İtiraz kodu',
    category: 'Kategori',
    disabled: 'Gizli',
    title: 'Başlık',
    triggers: 'Müşteri ne diyor',
    tags: 'Ek arama kelimeleri',
    replies: 'Yanıtlar',
    followUps: 'Müşteri devam ederse',
    customer: 'Müşteri diyor ki',
    tips: 'İpuçları',
    text: 'Metin',
  },
  optional: (label) => `${label} (isteğe bağlı)`,
  reply: (position) => `Yanıt ${position}`,
  followUp: (position) => `Devam ${position}`,
  tip: (position) => `İpucu ${position}`,
  removeReply: (position) => `${position}. yanıtı sil`,
  removeFollowUp: (position) => `${position}. devamı sil`,
  removeTip: (position) => `${position}. ipucunu sil`,
  statusNotes: {
    new: 'Yeni itiraz: yerleşik itirazlara eklenir',
    override: 'Bu koda sahip yerleşik itirazın yerini alır',
    hidden: 'Gizli: widget bunu göstermez',
  },
  idPlaceholder: 'örnek: installment-plan',
  idHelp: 'Küçük Latin harfleri, rakamlar ve tire. Yerleşik bir itirazın kodunu verirseniz onun yerini alır.',
  hiddenNote: 'Bu itiraz gizli: widget bu koda sahip itirazı göstermez. Metinleri saklanır.',
  showAgain: 'Yeniden göster',
  categoryHelp: (builtin) => `Arama yapılmadan önce gösterilen gruplar: ${builtin} ya da kendi grubunuz.`,
  categoryTitle: (category) => `“${category}” kategorisinin adı`,
  categoryTitleHelp: 'Bu grubun listedeki başlığı; gruptaki tüm itirazlar için ortaktır. Bir adı olana kadar widget grubu “Diğer” olarak gösterir.',
  titleHelp: 'Operatörlerin listede gördüğü kısa ad.',
  triggersHelp: 'Her satıra bir ifade, müşterilerin kullandığı sözcüklerle — arama önce bunlara bakar. Her dil için en az 3 tane yazın.',
  tagsHelp: 'Her satıra bir tane; yukarıdaki ifadelerden sonra bulunur.',
  repliesHelp: 'Operatörün söyleyeceği. Yer tutucular CRM’deki bilgilerle doldurulur:',
  followUpsHelp: 'Müşterinin ardından büyük olasılıkla ne diyeceği ve buna ne yanıt verileceği.',
  tipsHelp: 'Yanıtların altında gösterilen kısa öneriler.',
  addReply: '+ Yanıt ekle',
  addFollowUp: '+ Devam ekle',
  addTip: '+ İpucu ekle',
  insertPlaceholder: 'Düzenlenen yanıta bir yer tutucu ekle',
  insertPlaceholderInto: (placeholder) => `${placeholder} yer tutucusunu yanıta ekle`,
  fieldInLanguage: (label, locale) => `${label}: ${locale}`,

  testPhrase: 'Bir ifadeyi dene',
  testPlaceholder: 'Müşterinin söylediği, ör. çok pahalı',
  testHint: 'Hangi itirazların önce bulunduğunu görmek için müşterinin söylediğini yazın.',
  testNothing: 'Bu ifade için bir şey bulunamadı.',
  foundFirst: 'İlk bulunanlar',
  yourDraft: 'taslağınız',
  builtinBadge: 'yerleşik',
  matchFields: { trigger: 'müşteri ifadesi', title: 'başlık', tag: 'arama kelimesi', followUp: 'devam', reply: 'yanıt' },
  matchedBy: (field, locale) => `eşleşen ${field} (${locale}):`,
};

const STRINGS: Readonly<Record<UiLocale, StudioStrings>> = { ru: RU, en: EN, tr: TR };

/** The studio's interface texts for `locale`. */
export function studioStrings(locale: UiLocale): StudioStrings {
  return STRINGS[locale];
}
