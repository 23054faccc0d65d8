import type { HINT_WORDS, PROBLEM_WORDS, Problem, WordTable } from '../core/index.js';
import type { SearchNoteKind } from './draft-check.js';

/** What a studio message may say of where it is, in the marketer's words. */
export interface ProblemWordsContext {
  /** Another place of the draft, by its JSON path: «Дорого» · Что говорит клиент · RU. */
  readonly place: (path: string) => string;
  /** A field by its catalog name (`title`), as the form labels it. */
  readonly field: (name: string) => string;
  /** The field the problem is on, as the form labels it. */
  readonly subject: string;
  /** Where in a file the problem is: "line 3, column 16"; `''` when not known. */
  readonly at: string;
}

/** The studio's problem messages and hints in one language, a function for each key core words in English. */
export interface StudioProblemWords {
  readonly messages: WordTable<typeof PROBLEM_WORDS, ProblemWordsContext>;
  readonly hints: WordTable<typeof HINT_WORDS, ProblemWordsContext>;
  /** What the search check says of the phrases of the objection being edited, by the kind of its note. */
  readonly notes: SearchNoteWords;
  /** A place in a file. */
  readonly position: (line: number, column: number) => string;
}

/**
 * The facts of a note of the search check (`objection-desk lint`'s findings, see `SearchNote`), the other
 * objection named by its title in the preview's language.
 */
export interface NoteWording {
  readonly kind: SearchNoteKind;
  readonly phrase: string;
  /** The language of the phrases, upper-case: `RU`. */
  readonly locale: string;
  /** For `few-triggers`: how many phrases there are, and how many are asked for. */
  readonly count: number;
  readonly min: number;
  /** The objection the phrase is confused with, and its text that matched or resembles it. */
  readonly other?: { readonly title: string; readonly builtin: boolean; readonly text: string };
}

/** The search check's notes in one language; `other` is the other objection as {@link SearchNoteWords.objection} names it. */
export type SearchNoteWords = { readonly [K in SearchNoteKind]: (note: NoteWording, other: string) => string } & {
  /** The other objection, by its title: one of the draft's, or a built-in one. */
  readonly objection: (title: string, builtin: boolean) => string;
};

/** A warning of the search check: a problem with the facts of its note, which the studio words (see `noteOf`). */
export type NotedProblem = Problem & { readonly note: NoteWording };

/** The facts of a search check's note, when `found` is one. */
export const noteOf = (found: Problem): NoteWording | undefined => (found as Partial<NotedProblem>).note;

/** The known placeholder that `name` differs from only by case (`clientname` → `clientName`), if any. */
export const caseTwin = (name: string, known: readonly string[]): string | undefined =>
  known.find((candidate) => candidate !== name && candidate.toLowerCase() === name.toLowerCase());
