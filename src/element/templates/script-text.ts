import type { UiLocale } from '../../ui/locale.js';

// The texts of the script view, in each interface language: in the script view's chunk, so the element's first
// script leaves them out. A page's `strings` may replace any of them (see `UiStrings`).

/** The script view's own texts. */
export interface ScriptStrings {
  /** The name of the list of the script's stages. */
  readonly scriptStages: string;
  /** The name of the list of the customer's possible answers. */
  readonly scriptAnswers: string;
  /** The heading of a step's note. */
  readonly scriptNote: string;
  /** The heading of a step's checklist. */
  readonly scriptChecklist: string;
  /** The keys of a step, shown below it. */
  readonly scriptKeys: string;
  /** Shown once an answer ended the script with `outcome` (its name, see `scriptOutcomes`). */
  readonly scriptEnded: (outcome: string) => string;
  /** The names of the built-in outcomes; any other shows as written. */
  readonly scriptOutcomes: Readonly<Record<string, string>>;
  /** The button that goes one step back. */
  readonly scriptBack: string;
  /** The script named by the `script` attribute is in no catalog. */
  readonly scriptUnknown: (id: string) => string;
  /** The built-in scripts' file did not load. */
  readonly scriptFailed: (id: string) => string;
  /** Beside an answer that opens an objection the catalogs lack (one a catalog disabled); said when it is chosen. */
  readonly scriptMissing: (objection: string) => string;
}

const EN: ScriptStrings = {
  scriptStages: 'Call stages',
  scriptAnswers: 'The customer answers',
  scriptNote: 'Note',
  scriptChecklist: 'Check',
  scriptKeys: '1–9 answer · Enter copy · Backspace back · a letter searches objections',
  scriptEnded: (outcome) => `Call ended: ${outcome}`,
  scriptOutcomes: { ordered: 'ordered', callback: 'call back', declined: 'declined', resolved: 'resolved' },
  scriptBack: 'Step back',
  scriptUnknown: (id) => `No call script “${id}” in the catalogs.`,
  scriptFailed: (id) => `The call script “${id}” could not be loaded: the file of the built-in scripts did not come. Objections still work.`,
  scriptMissing: (objection) => `The objection “${objection}” is not in the catalogs.`,
};

const RU: ScriptStrings = {
  scriptStages: 'Этапы звонка',
  scriptAnswers: 'Клиент отвечает',
  scriptNote: 'Заметка',
  scriptChecklist: 'Проверьте',
  scriptKeys: '1–9 ответ · Enter копировать · Backspace назад · буква — поиск возражений',
  scriptEnded: (outcome) => `Звонок завершён: ${outcome}`,
  scriptOutcomes: { ordered: 'заказ оформлен', callback: 'перезвонить', declined: 'отказ', resolved: 'вопрос решён' },
  scriptBack: 'Шаг назад',
  scriptUnknown: (id) => `Сценария звонка «${id}» нет в каталогах.`,
  scriptFailed: (id) => `Сценарий звонка «${id}» не загрузился: файл встроенных сценариев не пришёл. Возражения работают.`,
  scriptMissing: (objection) => `Возражения «${objection}» нет в каталогах.`,
};

const TR: ScriptStrings = {
  scriptStages: 'Görüşme aşamaları',
  scriptAnswers: 'Müşterinin yanıtı',
  scriptNote: 'Not',
  scriptChecklist: 'Kontrol edin',
  scriptKeys: '1–9 yanıt · Enter kopyala · Backspace geri · bir harf itirazlarda arar',
  scriptEnded: (outcome) => `Görüşme bitti: ${outcome}`,
  scriptOutcomes: { ordered: 'sipariş verildi', callback: 'geri aranacak', declined: 'reddetti', resolved: 'çözüldü' },
  scriptBack: 'Bir adım geri',
  scriptUnknown: (id) => `Kataloglarda “${id}” görüşme senaryosu yok.`,
  scriptFailed: (id) => `“${id}” görüşme senaryosu yüklenemedi: yerleşik senaryoların dosyası gelmedi. İtirazlar çalışıyor.`,
  scriptMissing: (objection) => `“${objection}” itirazı kataloglarda yok.`,
};

const SCRIPT_STRINGS: Readonly<Record<UiLocale, ScriptStrings>> = { ru: RU, en: EN, tr: TR };

/** The script view's texts in the interface language `locale`. */
export const scriptStrings = (locale: UiLocale): ScriptStrings => SCRIPT_STRINGS[locale];
