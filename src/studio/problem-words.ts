import { wordWith, type Problem } from '../core/index.js';
import type { UiLocale } from '../ui/locale.js';
import type { StudioStrings } from './i18n.js';
import { describeFieldPath, formPathOf, objectionIndexOf } from './problem-fields.js';
import { EN_PROBLEM_WORDS } from './problem-words-en.js';
import { RU_PROBLEM_WORDS } from './problem-words-ru.js';
import { TR_PROBLEM_WORDS } from './problem-words-tr.js';
import { noteOf, type NoteWording, type ProblemWordsContext, type StudioProblemWords } from './problem-words-shared.js';

export type { NotedProblem, NoteWording, ProblemWordsContext, StudioProblemWords } from './problem-words-shared.js';

export const PROBLEM_WORD_TABLES: Readonly<Record<UiLocale, StudioProblemWords>> = { ru: RU_PROBLEM_WORDS, en: EN_PROBLEM_WORDS, tr: TR_PROBLEM_WORDS };

/** A problem as the studio says it: a sentence and, when there is one, what to do. */
export interface WordedProblem {
  readonly message: string;
  readonly hint?: string;
}

/** Words problems for the studio in `locale`; `objectionName` names an objection of the draft by its index. */
export type ProblemWorder = (found: Problem) => WordedProblem;

/** Core's English, for a problem made without its facts (by code outside core). */
const english = (found: Problem): WordedProblem => ({
  message: `${found.message.charAt(0).toUpperCase()}${found.message.slice(1)}`,
  ...(found.hint ? { hint: found.hint } : {}),
});

/**
 * The studio's words for problems in `locale`: each message names fields as the form labels them and other
 * places by their objection and field, never by a JSON path.
 */
export function problemWorder(locale: UiLocale, strings: StudioStrings, objectionName: (index: number) => string): ProblemWorder {
  const words = PROBLEM_WORD_TABLES[locale];
  const place = (path: string) => {
    const formPath = formPathOf(path);
    const index = objectionIndexOf(formPath);
    const field = describeFieldPath(formPath, strings);
    return index === undefined ? field || strings.wholeCatalog : [`«${objectionName(index)}»`, field].filter(Boolean).join(' · ');
  };
  const field = (name: string) => (Object.hasOwn(strings.fields, name) ? strings.fields[name as keyof StudioStrings['fields']] : name);
  return (found) => {
    const note = noteOf(found);
    if (note) return { message: wordNote(words, note) };
    if (!found.wording) return english(found);
    const formPath = formPathOf(found.path);
    const context: ProblemWordsContext = {
      place,
      field,
      subject: describeFieldPath(formPath, strings) || strings.wholeCatalog,
      at: found.line === undefined ? '' : words.position(found.line, found.column ?? 1),
    };
    const message = wordWith(words.messages, found.wording, context);
    return found.hintWording ? { message, hint: wordWith(words.hints, found.hintWording, context) } : { message };
  };
}

/** A note of the search check in the language of `words`. */
export const wordNote = ({ notes }: StudioProblemWords, note: NoteWording): string =>
  notes[note.kind](note, note.other ? notes.objection(note.other.title, note.other.builtin) : '');

/**
 * A file's problems as `objection-desk validate` prints them: the English notice of a file opened lists them so,
 * and a marketer and a developer who share the file read the same words. Other languages use {@link problemWorder}.
 */
export const validateWords: ProblemWorder = (found) => ({ message: found.message, ...(found.hint ? { hint: found.hint } : {}) });

/** A worded problem as one line: the message, then its hint after an arrow. */
export const problemLine = ({ message, hint }: WordedProblem): string => (hint ? `${message} → ${hint}` : message);
