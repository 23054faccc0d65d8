import type { ProblemSeverity } from './types.js';

// A module of its own: the search engine says "nothing left out" without taking in the problem collector, which
// only validation (a chunk of its own in the drop-in) uses.

/** How many problems of each severity were found and not kept. */
export type OmittedProblems = Readonly<Record<ProblemSeverity, number>>;

export const NONE_OMITTED: OmittedProblems = Object.freeze({ error: 0, warning: 0 });
