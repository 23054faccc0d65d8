import type { UiLocale } from '../ui/locale.js';
import type { AnswerTarget } from './draft-scripts.js';

/** The studio's words for call scripts, in one language (the rest of the studio's are in `studio-strings.ts`). */
export interface ScriptStrings {
  readonly sections: string;
  readonly objectionsTab: string;
  readonly scriptsTab: string;
  readonly scripts: string;
  readonly addScript: string;
  readonly noScripts: string;
  readonly builtinScripts: string;
  readonly builtinHelp: string;
  readonly scriptId: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<'incoming' | 'outgoing', string>>;
  readonly scriptTitle: string;
  readonly stages: string;
  readonly stagesHelp: string;
  readonly stage: (position: number) => string;
  readonly stageId: string;
  readonly stageTitle: string;
  readonly addStage: string;
  readonly removeStage: (position: number) => string;
  readonly start: string;
  readonly steps: string;
  readonly step: (position: number, id: string) => string;
  readonly stepId: string;
  readonly stepStage: string;
  readonly noStage: string;
  readonly say: string;
  readonly note: string;
  readonly noteHelp: string;
  readonly checklist: string;
  readonly checklistHelp: string;
  readonly answers: string;
  readonly answer: (position: number) => string;
  readonly answerLabel: string;
  readonly leadsTo: string;
  readonly targets: Readonly<Record<AnswerTarget, string>>;
  readonly targetStep: string;
  readonly targetObjection: string;
  readonly outcome: string;
  readonly chooseStep: string;
  readonly chooseObjection: string;
  readonly addAnswer: string;
  readonly answersFull: string;
  readonly removeAnswer: (position: number) => string;
  readonly addStep: string;
  readonly removeStep: (id: string) => string;
  readonly removeScript: string;
  readonly insertPlaceholder: string;
  readonly unreachable: (start: string) => string;
  readonly deadEnd: string;
  readonly sameLabel: (locales: string) => string;
  readonly findings: (count: number) => string;
  readonly previewScript: string;
  readonly previewHelp: string;
  readonly hiddenScript: string;
}

const EN: ScriptStrings = {
  sections: 'What to edit',
  objectionsTab: 'Objections',
  scriptsTab: 'Call scripts',
  scripts: 'Call scripts',
  addScript: '+ New script',
  noScripts: 'No scripts in the draft yet.',
  builtinScripts: 'Change a built-in script',
  builtinHelp: 'A copy in the draft replaces the built-in script of its id; a hidden one is not offered at all.',
  scriptId: 'Script ID',
  kind: 'Call',
  kinds: { incoming: 'incoming', outgoing: 'outgoing' },
  scriptTitle: 'Title',
  stages: 'Stages',
  stagesHelp: 'Optional, in order: the widget shows them as the call’s progress.',
  stage: (position) => `Stage ${position}`,
  stageId: 'Stage ID',
  stageTitle: 'Stage title',
  addStage: '+ Stage',
  removeStage: (position) => `Remove stage ${position}`,
  start: 'First step',
  steps: 'Steps',
  step: (position, id) => `Step ${position}: ${id || '—'}`,
  stepId: 'Step ID',
  stepStage: 'Stage',
  noStage: '(none)',
  say: 'What the operator says',
  note: 'Note for the operator',
  noteHelp: 'Optional: when and why, and the mistakes to avoid.',
  checklist: 'Checklist',
  checklistHelp: 'Optional: one item a line, the same lines in each language.',
  answers: 'Customer’s answers',
  answer: (position) => `Answer ${position}`,
  answerLabel: 'Answer',
  leadsTo: 'Leads to',
  targets: { next: 'a step', objection: 'an objection', end: 'the end of the call' },
  targetStep: 'Step',
  targetObjection: 'Objection',
  outcome: 'Outcome',
  chooseStep: 'Choose a step…',
  chooseObjection: 'Choose an objection…',
  addAnswer: '+ Answer',
  answersFull: 'A step has at most 9 answers (the digits 1–9 choose them).',
  removeAnswer: (position) => `Remove answer ${position}`,
  addStep: '+ Step',
  removeStep: (id) => `Remove step ${id || ''}`.trim(),
  removeScript: 'Delete script',
  insertPlaceholder: 'Insert a placeholder into the text being edited',
  unreachable: (start) => `Unreachable: no answer leads here from the first step “${start}”.`,
  deadEnd: 'Dead end: from here no answer ever leads to an end of the call.',
  sameLabel: (locales) => `Same label as an earlier answer of this step (${locales}).`,
  findings: (count) => (count === 1 ? '1 finding' : `${count} findings`),
  previewScript: 'The widget walking this script',
  previewHelp: 'Choose answers in the widget to walk the draft; it follows every change.',
  hiddenScript: 'Hidden: the widget offers no script of this id.',
};

const RU: ScriptStrings = {
  sections: 'Что редактировать',
  objectionsTab: 'Возражения',
  scriptsTab: 'Скрипты звонков',
  scripts: 'Скрипты звонков',
  addScript: '+ Новый скрипт',
  noScripts: 'В черновике пока нет скриптов.',
  builtinScripts: 'Изменить встроенный скрипт',
  builtinHelp: 'Копия в черновике заменяет встроенный скрипт с тем же кодом; скрытый не предлагается вовсе.',
  scriptId: 'Код скрипта',
  kind: 'Звонок',
  kinds: { incoming: 'входящий', outgoing: 'исходящий' },
  scriptTitle: 'Название',
  stages: 'Этапы',
  stagesHelp: 'Необязательно, по порядку: виджет показывает их как ход звонка.',
  stage: (position) => `Этап ${position}`,
  stageId: 'Код этапа',
  stageTitle: 'Название этапа',
  addStage: '+ Этап',
  removeStage: (position) => `Удалить этап ${position}`,
  start: 'Первый шаг',
  steps: 'Шаги',
  step: (position, id) => `Шаг ${position}: ${id || '—'}`,
  stepId: 'Код шага',
  stepStage: 'Этап',
  noStage: '(нет)',
  say: 'Что говорит оператор',
  note: 'Подсказка оператору',
  noteHelp: 'Необязательно: когда и зачем, каких ошибок избегать.',
  checklist: 'Чек-лист',
  checklistHelp: 'Необязательно: пункт на строку, одинаковые строки в каждом языке.',
  answers: 'Ответы клиента',
  answer: (position) => `Ответ ${position}`,
  answerLabel: 'Ответ',
  leadsTo: 'Ведёт',
  targets: { next: 'к шагу', objection: 'к возражению', end: 'к концу звонка' },
  targetStep: 'Шаг',
  targetObjection: 'Возражение',
  outcome: 'Итог',
  chooseStep: 'Выберите шаг…',
  chooseObjection: 'Выберите возражение…',
  addAnswer: '+ Ответ',
  answersFull: 'У шага не больше 9 ответов (их выбирают цифрами 1–9).',
  removeAnswer: (position) => `Удалить ответ ${position}`,
  addStep: '+ Шаг',
  removeStep: (id) => `Удалить шаг ${id || ''}`.trim(),
  removeScript: 'Удалить скрипт',
  insertPlaceholder: 'Вставить подстановку в редактируемый текст',
  unreachable: (start) => `Недостижим: ни один ответ не ведёт сюда от первого шага «${start}».`,
  deadEnd: 'Тупик: отсюда ни один путь не ведёт к концу звонка.',
  sameLabel: (locales) => `Та же надпись, что у ответа выше (${locales}).`,
  findings: (count) => `замечаний: ${count}`,
  previewScript: 'Виджет, идущий по этому скрипту',
  previewHelp: 'Выбирайте ответы в виджете, чтобы пройти черновик; он следует за каждой правкой.',
  hiddenScript: 'Скрыт: виджет не предлагает скрипт с этим кодом.',
};

const TR: ScriptStrings = {
  sections: 'Düzenlenecek bölüm',
  objectionsTab: 'İtirazlar',
  scriptsTab: 'Arama senaryoları',
  scripts: 'Arama senaryoları',
  addScript: '+ Yeni senaryo',
  noScripts: 'Taslakta henüz senaryo yok.',
  builtinScripts: 'Yerleşik bir senaryoyu değiştir',
  builtinHelp: 'Taslaktaki kopya aynı kimlikli yerleşik senaryonun yerini alır; gizlenen hiç sunulmaz.',
  scriptId: 'Senaryo kimliği',
  kind: 'Arama',
  kinds: { incoming: 'gelen', outgoing: 'giden' },
  scriptTitle: 'Başlık',
  stages: 'Aşamalar',
  stagesHelp: 'İsteğe bağlı, sırayla: bileşen bunları aramanın ilerleyişi olarak gösterir.',
  stage: (position) => `Aşama ${position}`,
  stageId: 'Aşama kimliği',
  stageTitle: 'Aşama başlığı',
  addStage: '+ Aşama',
  removeStage: (position) => `Aşama ${position} kaldır`,
  start: 'İlk adım',
  steps: 'Adımlar',
  step: (position, id) => `Adım ${position}: ${id || '—'}`,
  stepId: 'Adım kimliği',
  stepStage: 'Aşama',
  noStage: '(yok)',
  say: 'Operatörün söyleyeceği',
  note: 'Operatöre not',
  noteHelp: 'İsteğe bağlı: ne zaman ve neden, kaçınılacak hatalar.',
  checklist: 'Kontrol listesi',
  checklistHelp: 'İsteğe bağlı: satır başına bir madde, her dilde aynı satırlar.',
  answers: 'Müşterinin yanıtları',
  answer: (position) => `Yanıt ${position}`,
  answerLabel: 'Yanıt',
  leadsTo: 'Götürdüğü yer',
  targets: { next: 'bir adım', objection: 'bir itiraz', end: 'aramanın sonu' },
  targetStep: 'Adım',
  targetObjection: 'İtiraz',
  outcome: 'Sonuç',
  chooseStep: 'Bir adım seçin…',
  chooseObjection: 'Bir itiraz seçin…',
  addAnswer: '+ Yanıt',
  answersFull: 'Bir adımın en fazla 9 yanıtı olur (1–9 rakamlarıyla seçilir).',
  removeAnswer: (position) => `Yanıt ${position} kaldır`,
  addStep: '+ Adım',
  removeStep: (id) => `Adımı kaldır ${id || ''}`.trim(),
  removeScript: 'Senaryoyu sil',
  insertPlaceholder: 'Düzenlenen metne bir yer tutucu ekle',
  unreachable: (start) => `Ulaşılamaz: ilk adım “${start}” üzerinden hiçbir yanıt buraya götürmüyor.`,
  deadEnd: 'Çıkmaz: buradan hiçbir yol aramanın sonuna götürmüyor.',
  sameLabel: (locales) => `Bu adımdaki önceki bir yanıtla aynı etiket (${locales}).`,
  findings: (count) => `${count} bulgu`,
  previewScript: 'Bu senaryoyu izleyen bileşen',
  previewHelp: 'Taslağı izlemek için bileşende yanıtları seçin; her değişikliği takip eder.',
  hiddenScript: 'Gizli: bileşen bu kimlikte bir senaryo sunmaz.',
};

const STRINGS: Readonly<Record<UiLocale, ScriptStrings>> = { en: EN, ru: RU, tr: TR };

/** The script editor's texts for `locale`. */
export const scriptStrings = (locale: UiLocale): ScriptStrings => STRINGS[locale];
