import { idSlug, type EmptyThing, type ExpectedType, type JsonFaultKind } from '../core/index.js';
import type { InvisibleKind } from '../core/visible-text.js';
import { plural } from '../ui/locale.js';
import { caseTwin, type StudioProblemWords } from './problem-words-shared.js';

const JSON_FAULTS: Readonly<Record<JsonFaultKind | 'unknown', string>> = {
  value: 'здесь должно быть значение',
  end: 'текст обрывается раньше конца',
  afterValue: 'здесь нужна запятая или закрывающая скобка',
  key: 'здесь нужно имя поля в двойных кавычках',
  colon: 'здесь нужно двоеточие',
  string: 'текст в кавычках не закрыт до конца строки',
  escape: 'в тексте знак \\ с буквой, которой JSON не знает',
  control: 'в тексте служебный символ (перенос строки пишется как \\n)',
  trailing: 'после конца данных есть ещё текст',
  deep: 'данные вложены слишком глубоко',
  trailingComma: 'лишняя запятая перед } или ]',
  unknown: 'текст не читается как JSON',
};

const EXPECTED: Readonly<Record<ExpectedType, string>> = {
  boolean: 'да или нет (true / false)',
  object: 'объект в фигурных скобках',
  objections: 'список возражений',
  categories: 'категории по коду',
  category: 'категория с названием',
  replies: 'список ответов',
  reply: 'ответ с текстом',
  followUps: 'список продолжений',
  followUp: 'продолжение: слова клиента и ответы',
  tips: 'список советов',
  text: 'тексты по языкам, например {"ru": "…"}',
  list: 'фразы по языкам, например {"ru": ["…"]}',
  string: 'текст',
  strings: 'список строк текста',
  locales: 'список кодов языков',
  scripts: 'список сценариев',
  stages: 'список этапов',
  steps: 'список шагов',
  answers: 'список ответов клиента',
  checklist: 'список для проверки (тексты)',
  when: 'условия по ключам контекста, например {"loyaltyCard": "absent"}',
};

const TYPES: Readonly<Record<string, string>> = { null: 'пусто (null)', 'an array': 'список', 'an object': 'объект', 'a string': 'текст', 'a number': 'число', 'a boolean': 'да / нет' };

const EMPTY: Readonly<Record<EmptyThing, string>> = {
  locale: 'Пусто: напишите текст хотя бы на одном языке.',
  reply: 'Нет ни одного ответа: добавьте хотя бы один.',
  trigger: 'Нет ни одной фразы клиента: напишите хотя бы одну.',
  character: 'Пустой текст.',
  step: 'Нет ни одного шага: добавьте хотя бы один.',
  answer: 'Нет ни одного ответа клиента: добавьте хотя бы один.',
};

const INVISIBLE: Readonly<Record<InvisibleKind, string>> = {
  tag: 'символы-теги',
  'bidi-control': 'знаки направления текста',
  'zero-width': 'символы нулевой ширины',
  'variation-selector': 'селекторы вариантов',
  control: 'служебные символы',
  other: 'другие невидимые символы',
};

const at = (where: string) => (where ? ` (${where})` : '');

/** The studio's problem messages in Russian. */
export const RU_PROBLEM_WORDS: StudioProblemWords = {
  position: (line, column) => `строка ${line}, столбец ${column}`,
  messages: {
    notJson: (c, fault) => `Файл не читается: ${JSON_FAULTS[fault]}${at(c.at)}.`,
    notAnObject: () => 'Это не каталог: в нём нет списка возражений («objections»).',
    missingField: (c, field) => `Не заполнено: «${c.field(field)}».`,
    wrongType: (c, expected, actual) => `Здесь должно быть: ${EXPECTED[expected]}, а не ${TYPES[actual] ?? actual}${at(c.at)}.`,
    empty: (_, what) => EMPTY[what],
    badId: (c, id) => `«${id}» не подходит для поля «${c.subject}»: нужны строчные латинские буквы, цифры и дефисы.`,
    duplicateId: (c, id, firstPath) => `Код «${id}» уже занят: ${c.place(firstPath)}. Пока коды совпадают, это возражение не попадает в каталог.`,
    plainStringWithoutLocale: () => 'У текста не указан язык: отметьте язык каталога в «Языки».',
    badLocale: (_, key) => `«${key}» — не код языка; нужен код вроде ru, en или tr.`,
    nonCanonicalLocale: (_, code, canonical) => `Код языка «${code}» читается как «${canonical}»: напишите «${canonical}».`,
    missingLocale: (_, locale) => `Нет текста ${locale.toUpperCase()}: операторы с этим языком увидят текст на другом.`,
    unknownField: (_, field, suggestion) => `Неизвестное поле «${field}»${suggestion ? ` — может быть, «${suggestion}»?` : ''} Оно не читается.`,
    unknownPlaceholder: (_, name, known) => {
      const twin = caseTwin(name, known);
      return twin
        ? `Подстановки {${name}} нет — может быть, {${twin}}? Регистр букв важен.`
        : `Подстановки {${name}} нет среди известных (кнопки над ответами): оператор заполнит её сам.`;
    },
    unknownCondition: (_, name) => `«${name}» — не из известных подстановок: условие сработает, только если контекст страницы его передаёт.`,
    badCondition: (_, name, condition) => `«${condition}» — не условие для «${name}»: пишите «present» (должно быть известно) или «absent» (не должно). Условие не учитывается.`,
    unbalancedBrace: () => 'Фигурная скобка без пары: она не образует подстановку и останется в тексте как есть.',
    invisibleCharacters: (_, count, kinds) =>
      `${plural('ru', count, { one: '# невидимый символ', few: '# невидимых символа', many: '# невидимых символов', other: '# невидимого символа' })} ` +
      `(${kinds.map((kind) => INVISIBLE[kind]).join(', ')}): копия незаметно унесёт их; виджет показывает текст без них.`,
    loadFailed: (_, reason) => `Не загружается: ${reason}.`,
    unreadableFile: () => 'Браузер не смог прочитать этот файл.',
    longText: (_, length, max) => `${plural('ru', length, { one: '# символ', few: '# символа', many: '# символов', other: '# символа' })}: поиск читает только первые ${max}.`,
    longReply: (_, length, max) => `Ответ длиной ${length} символов: больше ${max} трудно произнести в разговоре.`,
    longShort: (_, length, max) => `Короткая фраза длиной ${length} символов: больше ${max} не сказать на одном дыхании.`,
    shortNotShorter: (_, length, replyLength) => `Короткая фраза длиной ${length} символов — не короче своего ответа (${replyLength}).`,
    duplicateTrigger: (c, trigger, firstPath) => `Фраза «${trigger}» уже есть: ${c.place(firstPath)}. Поиск не различит их.`,
    missingText: (_, locale) => `Нет текста ${locale.toUpperCase()}, хотя остальное возражение на этом языке есть: оператор прочтёт здесь другой язык.`,
    syntaxError: (c, reason) => `Файл не читается как YAML${at(c.at)}: ${reason}.`,
    duplicateKey: (c, key) => `Поле «${key}» записано дважды${at(c.at)}: останется только одно.`,
    notACatalogFile: () => 'Это не каталог: в файле нет ни списка возражений, ни одного возражения с кодом.',
    conflictingSetting: (_, field, value, firstValue, firstPlace) => `«${field}» здесь ${value}, а в ${firstPlace} — ${firstValue}.`,
    duplicateCategory: (_, id, firstPlace) => `Категория «${id}» уже задана в ${firstPlace}; эта пропущена.`,
    noCatalogFiles: () => 'В папке нет файлов .yaml, .yml или .json.',
    outsideFolder: () => 'Это ссылка на файл вне папки: он не читается.',
    badKind: (_, kind) => `Вид «${kind}» не подходит: сценарий бывает «incoming» (входящий) или «outgoing» (исходящий).`,
    answerTarget: (_, fields) => (fields.length === 0 ? 'Ответ никуда не ведёт' : `У ответа сразу ${fields.join(' и ')}`) + ': нужен ровно один следующий шаг, возражение или итог. Ответ пропущен.',
    tooManyAnswers: (_, count, max) => `Ответов ${count}: их выбирают цифры 1–${max}, поэтому остаются только первые ${max}.`,
    unknownStep: (_, id, suggestion) => `В сценарии нет шага «${id}»${suggestion ? ` — может быть, «${suggestion}»?` : '.'}`,
    unknownStage: (_, id, suggestion) => `В сценарии нет этапа «${id}»${suggestion ? ` — может быть, «${suggestion}»?` : '.'}`,
    badOutcome: (_, outcome) => `«${outcome}» не подходит для итога: пишите его как код, например «ordered» или «callback».`,
    unknownObjection: (_, id, suggestion) => `Возражения «${id}» нет ни в одном каталоге${suggestion ? ` — может быть, «${suggestion}»?` : '.'}`,
    disabledScriptObjection: (_, id, script, step, answer) => `Встроенный сценарий «${script}» открывает «${id}» (шаг «${step}», ответ ${answer}), а этот каталог его отключает: оператор увидит этот ответ неактивным.`,
  },
  hints: {
    badId: (_, id) => (idSlug(id) ? `напишите «${idSlug(id)}»` : 'строчные латинские буквы, цифры и дефисы'),
    quote: () => 'возьмите значение в кавычки: без них 404 или true — число или да/нет, а не текст',
    missingLocale: (_, locale) => `напишите текст ${locale.toUpperCase()} или снимите язык ${locale.toUpperCase()} в «Языки»`,
    missingText: (_, locale) => `напишите текст ${locale.toUpperCase()}`,
    duplicateId: () => 'дайте одному из них другой код',
    duplicateKey: () => 'удалите одно из двух или объедините их',
    longReply: () => 'сократите его или разбейте на два ответа',
    longShort: () => 'оставьте то, что говорится первым; остальное есть в ответе под ней',
    duplicateTrigger: () => 'оставьте фразу в том возражении, к которому она относится',
    unknownField: () => 'удалите его или проверьте написание',
    quoteColon: () => 'текст с «: » возьмите в кавычки',
    indentation: () => 'отступы — пробелами, элементы одного списка — с одной колонки',
    invisibleCharacters: () => 'наберите текст заново',
    longText: () => 'сократите: то, что после предела, не находится',
    unknownObjection: () => 'исправьте код или добавьте каталог, где оно есть',
    disabledScriptObjection: (_, script) => `оставьте возражение или тоже скройте либо замените сценарий «${script}»`,
  },
  notes: {
    objection: (title, builtin) => (builtin ? `«${title}» (встроенное)` : `«${title}»`),
    'few-triggers': ({ count, locale, min }) =>
      `${plural('ru', count, { one: 'Всего # фраза', few: 'Всего # фразы', many: 'Всего # фраз', other: 'Всего # фразы' })} на ${locale}: добавьте хотя бы ${min} — клиенты говорят по-разному.`,
    'same-trigger': ({ phrase }, other) => `Фраза «${phrase}» уже есть у возражения ${other}: поиск их не различит.`,
    'near-trigger': ({ phrase, other: near }, other) => `Фраза «${phrase}» на одну букву отличается от «${near?.text ?? ''}» у возражения ${other}: опечатка превратит одну в другую.`,
    'found-elsewhere': ({ phrase, other: found }, other) => `По фразе «${phrase}» поиск первым находит ${other} (по «${found?.text ?? ''}»), а не это возражение.`,
    'found-nothing': ({ phrase }) => `По фразе «${phrase}» поиск ничего не находит.`,
  },
};
