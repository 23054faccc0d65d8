import { readTable } from '../core/delimited-text.js';
import type { ObjectionInput } from '../core/index.js';
import { listMap, type Draft } from './draft.js';

/** What an import of phrases did, for the notice that follows it. */
export interface PhraseImportSummary {
  /** Phrases added to the draft. */
  readonly added: number;
  /** Objections that got at least one of them. */
  readonly objections: number;
  /** Phrases the objection already had in that language, left out. */
  readonly repeated: number;
  /** IDs the draft has no objection for, each once, in the file's order. */
  readonly unknownIds: readonly string[];
  /** Lines of the file without an ID, a language or a phrase. */
  readonly incompleteLines: readonly number[];
}

/** Header names of the columns, as a spreadsheet may title them; without a header they are in this order. */
const COLUMNS = {
  id: ['id', 'code', 'код', 'kod', 'objection', 'возражение', 'itiraz'],
  language: ['language', 'lang', 'locale', 'язык', 'dil'],
  phrase: ['phrase', 'trigger', 'text', 'фраза', 'ifade'],
} as const;

type Column = keyof typeof COLUMNS;

/** The cell of each column in a header row, or undefined when the row is not a header. */
function headerOf(cells: readonly string[]): Record<Column, number> | undefined {
  const names = cells.map((cell) => cell.trim().toLocaleLowerCase());
  const place = (column: Column) => names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name));
  const found = { id: place('id'), language: place('language'), phrase: place('phrase') };
  return Object.values(found).every((index) => index >= 0) ? found : undefined;
}

/**
 * Adds the customer phrases of a table (CSV with commas or semicolons, or TSV; see `readTable`) to the
 * objections of the draft: a row per phrase, with the objection's ID, the language and the phrase, in that
 * order, or as a header row names them. Blank rows and `#` comments are skipped; a phrase the objection has
 * already (in any case) is not added twice.
 *
 * ```ts
 * importPhrases(draft, 'id;language;phrase\nexpensive;ru;дороговато\n').summary.added; // 1
 * ```
 */
export function importPhrases(draft: Draft, text: string): { readonly draft: Draft; readonly summary: PhraseImportSummary } {
  const objections: ObjectionInput[] = [...draft.catalog.objections];
  const touched = new Set<number>();
  const unknownIds: string[] = [];
  const incompleteLines: number[] = [];
  let added = 0;
  let repeated = 0;
  let columns: Record<Column, number> = { id: 0, language: 1, phrase: 2 };
  let first = true;
  for (const { cells, line } of readTable(text).rows) {
    if (cells.every((cell) => cell.trim() === '') || cells[0]!.startsWith('#')) continue;
    const header = first ? headerOf(cells) : undefined;
    first = false;
    if (header) {
      columns = header;
      continue;
    }
    const [id, language, phrase] = [cells[columns.id], cells[columns.language]?.toLowerCase(), cells[columns.phrase]].map((cell) => cell?.trim() ?? '');
    if (!id || !language || !phrase) {
      incompleteLines.push(line);
      continue;
    }
    const index = objections.findIndex((objection) => objection.id === id);
    if (index < 0) {
      if (!unknownIds.includes(id)) unknownIds.push(id);
      continue;
    }
    const triggers = listMap(objections[index]!.triggers);
    const phrases = triggers[language] ?? [];
    if (phrases.some((known) => known.trim().toLocaleLowerCase() === phrase.toLocaleLowerCase())) {
      repeated += 1;
      continue;
    }
    objections[index] = { ...objections[index]!, triggers: { ...triggers, [language]: [...phrases, phrase] } };
    touched.add(index);
    added += 1;
  }
  const summary = { added, objections: touched.size, repeated, unknownIds, incompleteLines };
  return { draft: added > 0 ? { ...draft, catalog: { ...draft.catalog, objections } } : draft, summary };
}
