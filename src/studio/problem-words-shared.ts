import type { HINT_WORDS, PROBLEM_WORDS, WordTable } from '../core/index.js';

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
  /** A place in a file. */
  readonly position: (line: number, column: number) => string;
}

/** The known placeholder that `name` differs from only by case (`clientname` → `clientName`), if any. */
export const caseTwin = (name: string, known: readonly string[]): string | undefined =>
  known.find((candidate) => candidate !== name && candidate.toLowerCase() === name.toLowerCase());
