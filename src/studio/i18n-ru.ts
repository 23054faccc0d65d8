import { html } from 'lit';
import { plural } from '../ui/locale.js';
import { MORE_PROBLEMS } from '../ui/more-problems.js';
import type { StudioStrings } from './studio-strings.js';

/** The studio's interface in Russian. */
export const RU: StudioStrings = {
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
  filterObjections: 'Найти в списке',
  filterPlaceholder: 'Название, код или фраза',
  filterNothing: 'Ничего не подходит.',
  filterCount: (shown, all) => `${shown} из ${all}`,
  importPhrases: 'Импорт фраз из CSV…',
  importPhrasesHelp: 'Таблица с колонками: код возражения, язык, фраза (через запятую или точку с запятой).',
  phrasesImported: (fileName, { added, objections, repeated, unknownIds, incompleteLines }) =>
    [
      `${fileName}: ` +
        plural('ru', added, { one: 'добавлена # фраза', few: 'добавлены # фразы', many: 'добавлено # фраз', other: 'добавлено # фразы' }) +
        plural('ru', objections, { one: ' в # возражение', few: ' в # возражения', many: ' в # возражений', other: ' в # возражения' }),
      repeated > 0 ? plural('ru', repeated, { one: '# уже была', few: '# уже были', many: '# уже были', other: '# уже были' }) : '',
      unknownIds.length > 0 ? `нет возражений с кодом ${unknownIds.join(', ')}` : '',
      incompleteLines.length > 0 ? `в строках ${incompleteLines.join(', ')} не хватает кода, языка или фразы` : '',
    ]
      .filter(Boolean)
      .join('; ') + '.',
};
