import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { messageOf } from './error-text.js';
import { FILE_MESSAGES as F, PROBLEM_HINTS as H, PROBLEM_MESSAGES as M, problem } from './errors.js';
import { splitPath } from './json-object.js';
import type { Problem } from './types.js';

/** How a catalog file is written: JSON, or YAML (1.2, of which JSON is a subset). */
export type CatalogFormat = 'json' | 'yaml';

/** A 1-based place in a text file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A catalog file read into plain data, with the way back from a JSON path to where it is written. */
export interface CatalogText {
  readonly source: string;
  /** The data, or `undefined` when the text could not be read. */
  readonly value: unknown;
  /** Syntax errors and repeated keys, with their positions. */
  readonly problems: readonly Problem[];
  /**
   * Where `path` (such as `objections[3].replies[0].text`) is written: the key of a field, the start of an
   * item; for a path that does not exist, the nearest place that does.
   */
  positionOf(path: string): SourcePosition;
}

/** The format of a file by its name: `.json` is JSON, anything else YAML. */
export function catalogFormatOf(name: string): CatalogFormat {
  return /\.json$/i.test(name) ? 'json' : 'yaml';
}

/**
 * Reads catalog text, JSON or YAML, keeping every node's position. JSON is checked with `JSON.parse`, so a
 * file the element would refuse is refused here too; YAML is read with the 1.2 core schema, where `no`, `yes`
 * and `on` stay text.
 *
 * ```ts
 * const file = readCatalogText('objections:\n  - id: expensive\n', 'mine.yaml', 'yaml');
 * file.positionOf('objections[0].id'); // { line: 2, column: 5 }
 * ```
 */
export function readCatalogText(text: string, source: string, format: CatalogFormat): CatalogText {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  let value: unknown;
  let isReadable = true;
  if (format === 'json') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = messageOf(error);
      const offset = Number(/position (\d+)/.exec(reason)?.[1] ?? 0);
      problems.push({ ...problem('error', source, '', 'not-json', M.notJson(reason)), ...at(offset) });
      isReadable = false;
    }
  }
  for (const error of document.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0]))![1]!.trim().replace(/^["']|["']$/g, '');
      problems.push({ ...problem('error', source, '', 'duplicate-key', F.duplicateKey(key)), hint: H.duplicateKey(), ...at(error.pos[0]) });
    } else if (format === 'yaml') {
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const hint = syntaxHint(error.code, reason);
      problems.push({ ...problem('error', source, '', 'syntax-error', F.syntaxError(reason)), ...(hint ? { hint } : {}), ...at(error.pos[0]) });
      isReadable = false;
    }
  }
  if (format === 'yaml' && isReadable) value = document.toJS({ maxAliasCount: 100 });
  // A repeated key is reported, and the rest of the file still checked.
  return {
    source,
    value: isReadable ? value : undefined,
    problems,
    positionOf: (path) => at(offsetOf(document.contents, path)),
  };
}

function syntaxHint(code: string, reason: string): string | undefined {
  if (/INDENT|TAB/.test(code) || reason.includes('without - indicator')) return H.indentation();
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return H.quoteColon();
  return undefined;
}

function offsetOf(root: Node | null, path: string): number {
  let node: unknown = root;
  let offset = root?.range?.[0] ?? 0;
  for (const segment of splitPath(path)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
