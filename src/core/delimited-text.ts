/** A row of a table read from text, with the 1-based line it starts on. */
export interface TextRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** How a table's cells are separated: tabs (TSV), commas or semicolons (CSV). */
export type CellDelimiter = '\t' | ',' | ';';

/**
 * Reads a table exported from a spreadsheet: TSV, or CSV with commas or semicolons (what a spreadsheet in a
 * language that writes decimals with a comma exports). A UTF-8 byte order mark is dropped. CSV cells may be
 * quoted as RFC 4180 says (`"a, b"`, `"a ""b"""`, a line break inside quotes); TSV has no quoting, so a `"` in
 * a TSV cell is text. The delimiter is the first row's: a tab, else the more frequent of `;` and `,` outside
 * quotes.
 *
 * ```ts
 * readTable('\uFEFFquery;expected\n"дорого, очень";expensive\n').rows;
 * // [{ cells: ['query', 'expected'], line: 1 }, { cells: ['дорого, очень', 'expensive'], line: 2 }]
 * ```
 */
export function readTable(text: string): { readonly delimiter: CellDelimiter; readonly rows: TextRow[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = delimiterOf(body);
  return { delimiter, rows: delimiter === '\t' ? tsvRows(body) : csvRows(body, delimiter) };
}

function tsvRows(text: string): TextRow[] {
  return text.split(/\r?\n/).map((line, i) => ({ cells: line.split('\t'), line: i + 1 }));
}

function csvRows(text: string, delimiter: CellDelimiter): TextRow[] {
  const rows: TextRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else if (!(ch === '\r' && text[i + 1] === '\n')) {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      rows.push({ cells: [...cells, cell], line: rowLine });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  rows.push({ cells: [...cells, cell], line: rowLine });
  return rows;
}

/** The delimiter of the first line that is not blank or a `#` comment. */
function delimiterOf(text: string): CellDelimiter {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
  if (first.includes('\t')) return '\t';
  // Delimiters inside quotes are text: count those outside only.
  const outside = first.replace(/"(?:[^"]|"")*"/g, '');
  const count = (ch: string) => outside.split(ch).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : count(',') > 0 ? ',' : '\t';
}
