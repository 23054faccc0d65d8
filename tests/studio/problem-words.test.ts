import { describe, expect, it } from 'vitest';
import { EMPTY_THINGS, EXPECTED_TYPES, HINT_WORDS, JSON_FAULTS, PROBLEM_WORDS, parseCatalog, validateForAuthors } from '../../src/core/index.js';
import { SEARCH_NOTE_KINDS, type SearchNote } from '../../src/studio/draft-check.js';
import type { NoteWording, ProblemWordsContext } from '../../src/studio/problem-words-shared.js';
import { PROBLEM_WORD_TABLES, wordNote } from '../../src/studio/problem-words.js';
import { studioStrings } from '../../src/studio/i18n.js';
import { problemWorder } from '../../src/studio/problem-words.js';
import { searchNoteProblem } from '../../src/studio/search-notes.js';

const CONTEXT: ProblemWordsContext = { place: () => '«Дорого» · Что говорит клиент · RU', field: (name) => name, subject: 'Категория', at: 'line 1, column 2' };

/** Arguments for every key: what the English words are called with. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  notJson: ['trailingComma'],
  missingField: ['title'],
  wrongType: ['replies', 'a number'],
  empty: ['trigger'],
  badId: ['Оплата'],
  duplicateId: ['expensive', 'objections[0]', 'objections[0]'],
  badLocale: ['english'],
  nonCanonicalLocale: ['pt-br', 'pt-BR'],
  missingLocale: ['en'],
  unknownField: ['tigger', 'triggers'],
  unknownPlaceholder: ['clientname', ['clientName', 'orderNumber']],
  invisibleCharacters: [2, ['zero-width']],
  loadFailed: ['HTTP 404'],
  longText: [300, 200],
  longReply: [500, 400],
  longShort: [160, 140],
  shortNotShorter: [90, 80],
  duplicateTrigger: ['дорого', 'objections[0].triggers.ru[3]', 'objections[0].triggers.ru[3]'],
  missingText: ['tr'],
  syntaxError: ['bad indentation'],
  duplicateKey: ['id'],
  conflictingSetting: ['locale', '"ru"', '"en"', 'a.json'],
  duplicateCategory: ['price', 'a.json:3:5'],
  badKind: ['inbound'],
  answerTarget: [['objection', 'end']],
  tooManyAnswers: [10, 9],
  unknownStep: ['confrim', 'confirm'],
  unknownStage: ['greting', 'greeting'],
  badOutcome: ['Declined'],
  unknownObjection: ['expnsive', 'expensive'],
  unknownCondition: ['loyaltyCard', ['clientName']],
  badCondition: ['loyaltyDiscount', 'yes'],
};
/** A note of each kind is worded from these facts. */
const NOTE: NoteWording = { kind: 'few-triggers', phrase: 'нет денег', locale: 'RU', count: 1, min: 3, other: { title: 'Сейчас нет денег', builtin: true, text: 'денег нет' } };

const argsOf = (key: string) => SAMPLE_ARGS[key] ?? [];

describe('the studio\'s problem words', () => {
  for (const [locale, words] of Object.entries(PROBLEM_WORD_TABLES)) {
    it(`has a ${locale} text for every problem and hint core words in English`, () => {
      for (const key of Object.keys(PROBLEM_WORDS)) {
        const word = (words.messages as unknown as Record<string, ((...args: unknown[]) => string) | undefined>)[key];
        expect(word, `no ${locale} message "${key}"`).toBeTypeOf('function');
        expect(word!(CONTEXT, ...argsOf(key)).trim(), `an empty ${locale} message "${key}"`).not.toBe('');
      }
      for (const key of Object.keys(HINT_WORDS)) {
        const word = (words.hints as unknown as Record<string, ((...args: unknown[]) => string) | undefined>)[key];
        expect(word, `no ${locale} hint "${key}"`).toBeTypeOf('function');
        expect(word!(CONTEXT, ...(key === 'badId' || key === 'missingLocale' || key === 'missingText' ? ['en'] : [])).trim()).not.toBe('');
      }
    });

    it(`words every JSON syntax error, expected type and empty thing apart in ${locale}`, () => {
      const faults = Object.keys(JSON_FAULTS).map((fault) => words.messages.notJson(CONTEXT, fault as keyof typeof JSON_FAULTS));
      expect(new Set(faults).size).toBe(faults.length);
      const types = Object.keys(EXPECTED_TYPES).map((type) => words.messages.wrongType(CONTEXT, type as keyof typeof EXPECTED_TYPES, 'a number'));
      expect(new Set(types).size).toBe(types.length);
      const empties = Object.keys(EMPTY_THINGS).map((thing) => words.messages.empty(CONTEXT, thing as keyof typeof EMPTY_THINGS));
      expect(new Set(empties).size).toBe(empties.length);
    });
  }

  it('says no JSON path and no English in Russian and Turkish messages', () => {
    for (const locale of ['ru', 'tr'] as const) {
      for (const key of Object.keys(PROBLEM_WORDS)) {
        if (key === 'loadFailed' || key === 'syntaxError') continue; // They pass on what a browser or the YAML reader said.
        const text = (PROBLEM_WORD_TABLES[locale].messages as unknown as Record<string, (...args: unknown[]) => string>)[key]!(CONTEXT, ...argsOf(key));
        expect(text, `${locale} ${key}`).not.toMatch(/objections\[|\b(?:the|must|has|is)\b/);
      }
    }
  });

  it('gives every problem core finds in a broken draft its facts, worded in Russian with the objection named', () => {
    const catalog = {
      locales: ['ru', 'en'],
      objections: [
        { id: 'expensive', title: { ru: 'Дорого' }, triggers: { ru: ['дорого'] }, replies: [{ text: { ru: '{clientname}, понимаю' } }] },
        { id: 'expensive', title: { ru: 'Дорого 2' }, triggers: { ru: ['дорого'] }, replies: [] },
        { id: 'Оплата', title: {}, triggers: {}, replies: [{ text: {} }] },
      ],
    };
    const { problems } = validateForAuthors(catalog, 'draft');
    expect(problems.length).toBeGreaterThan(5);
    const word = problemWorder('ru', studioStrings('ru'), (index) => catalog.objections[index]!.title.ru ?? catalog.objections[index]!.id);
    for (const found of problems) {
      expect(found.wording, found.message).toBeDefined();
      expect(word(found).message).not.toMatch(/objections\[/);
    }
    const duplicate = problems.find((found) => found.code === 'duplicate-id')!;
    expect(word(duplicate).message).toBe('Код «expensive» уже занят: «Дорого». Пока коды совпадают, это возражение не попадает в каталог.');
    const placeholder = problems.find((found) => found.code === 'unknown-placeholder')!;
    expect(word(placeholder).message).toContain('может быть, {clientName}?');
  });

  it('words a trailing comma as such, at its line and column', () => {
    const [found] = parseCatalog('{\n  "objections": [\n    {"id": "x",}\n  ]\n}\n', 'broken.json').problems;
    expect(found!.message).toBe('is not valid JSON: there is a comma before a closing "}" or "]", which JSON does not allow');
    const word = problemWorder('ru', studioStrings('ru'), String);
    expect(word(found!).message).toBe('Файл не читается: лишняя запятая перед } или ] (строка 3, столбец 16).');
  });

  for (const [locale, words] of Object.entries(PROBLEM_WORD_TABLES)) {
    it(`has a ${locale} text, of its own, for every note of the search check`, () => {
      const notes = SEARCH_NOTE_KINDS.map((kind) => wordNote(words, { ...NOTE, kind }));
      for (const [i, text] of notes.entries()) expect(text.trim(), `an empty ${locale} note "${SEARCH_NOTE_KINDS[i]}"`).not.toBe('');
      expect(new Set(notes).size).toBe(notes.length);
      if (locale !== 'en') for (const text of notes) expect(text, `${locale}: ${text}`).not.toMatch(/\b(?:the|is|finds|phrase)\b/);
    });
  }

  it('words a note of the search check in the studio\'s language, naming the built-in objection by its title in the preview\'s', () => {
    const note: SearchNote = {
      kind: 'found-elsewhere',
      index: 0,
      locale: 'ru',
      path: 'objections[0].triggers.ru[1]',
      trigger: 'нет денег',
      other: { id: 'no-money', title: { ru: 'Сейчас нет денег', en: 'No money now' }, builtin: true, text: 'нет денег' },
    };
    const found = searchNoteProblem(note, 'en', 'draft');
    expect(found.code).toBe('found-elsewhere');
    expect(found.message).toBe('Searching for "нет денег" finds "No money now" (built-in) first (by "нет денег"), not this objection.');
    expect(problemWorder('ru', studioStrings('ru'), String)(found).message).toBe('По фразе «нет денег» поиск первым находит «No money now» (встроенное) (по «нет денег»), а не это возражение.');
    expect(problemWorder('tr', studioStrings('tr'), String)(searchNoteProblem(note, 'ru', 'draft')).message).toContain('"Сейчас нет денег" (yerleşik)');
  });
});
