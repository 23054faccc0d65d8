// Apart from errors.ts, whose catalog messages only validation needs: the search engine loads this without them.

/** What an error says: its message, or the thrown value itself as text. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
