import { LineCounter, Parser, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { hinted, problem, said, withHint, type HintWording } from './problem-words.js';
import { splitPath } from './json-object.js';
import { MAX_NESTING, checkJson, jsonFaultKind, jsonLocator, lineCounter } from './json-text.js';
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
 * Reads catalog text, JSON or YAML, with the way back to where each path is written. JSON is read with
 * `JSON.parse`, so a file the element would refuse is refused here too; YAML with the 1.2 core schema, where
 * `no`, `yes` and `on` stay text. Whatever the text, the result is data or problems: a syntax error says
 * where and why but quotes nothing of the file; nesting over {@link MAX_NESTING} levels, repeated keys and
 * YAML aliases that expand too far are problems too.
 *
 * ```ts
 * const file = readCatalogText('objections:\n  - id: expensive\n', 'mine.yaml', 'yaml');
 * file.positionOf('objections[0].id'); // { line: 2, column: 5 }
 * ```
 */
export function readCatalogText(text: string, source: string, format: CatalogFormat): CatalogText {
  return format === 'json' ? readJson(text, source) : readYaml(text, source);
}

/**
 * JSON is read by `JSON.parse` alone, after one pass of {@link checkJson}: no YAML parse tree, which for a big
 * file takes many times the memory of its data. Positions are found only for the paths a problem names.
 */
function readJson(text: string, source: string): CatalogText {
  const at = lineCounter(text);
  const { fault, repeatedKeys } = checkJson(text);
  const problems: Problem[] = repeatedKeys.map(({ key, offset }) => ({
    ...withHint(problem('error', source, '', 'duplicate-key', said('duplicateKey', key)), hinted('duplicateKey')),
    ...at(offset),
  }));
  let value: unknown;
  if (fault) {
    problems.unshift({ ...problem('error', source, '', 'not-json', said('notJson', jsonFaultKind(fault))), ...at(fault.offset) });
  } else {
    try {
      value = JSON.parse(text);
    } catch {
      // Not expected after checkJson; its message would quote the file, so it is not passed on.
      problems.unshift({ ...problem('error', source, '', 'not-json', said('notJson', 'unknown')), ...at(0) });
    }
  }
  const locate = value === undefined ? () => 0 : jsonLocator(text);
  return { source, value, problems, positionOf: (path) => at(locate(splitPath(path))) };
}

/** YAML is read with the 1.2 core schema; an alias bomb or nesting too deep is a problem, not a crash. */
function readYaml(text: string, source: string): CatalogText {
  const lines = new LineCounter();
  const at = (offset: number): SourcePosition => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const unreadable = (reason: string, offset = 0): CatalogText => ({
    source,
    value: undefined,
    problems: [{ ...problem('error', source, '', 'syntax-error', said('syntaxError', reason)), ...at(offset) }],
    positionOf: () => at(0),
  });
  // The syntax tree is read first, and counts the lines for every position below.
  const tooDeep = offsetTooDeep(new Parser(lines.addNewLine).parse(text), MAX_NESTING);
  if (tooDeep !== undefined) return unreadable(YAML_REASONS.deep, tooDeep);
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, version: '1.2' });
  } catch (error) {
    return unreadable(thrownReason(error));
  }
  const problems: Problem[] = [];
  for (const error of document.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0]))![1]!.trim().replace(/^["']|["']$/g, '');
      problems.push({ ...withHint(problem('error', source, '', 'duplicate-key', said('duplicateKey', key)), hinted('duplicateKey')), ...at(error.pos[0]) });
    } else {
      const reason = yamlReason(error);
      const hint = syntaxHint(error.code, reason);
      const found = problem('error', source, '', 'syntax-error', said('syntaxError', reason));
      problems.push({ ...(hint ? withHint(found, hint) : found), ...at(error.pos[0]) });
    }
  }
  // A repeated key is reported, and the rest of the file still checked.
  if (problems.some((found) => found.code === 'syntax-error')) return { source, value: undefined, problems, positionOf: (path) => at(offsetOf(document.contents, path)) };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return unreadable(thrownReason(error));
  }
  if (isNestedDeeper(value, MAX_NESTING)) return unreadable(YAML_REASONS.deep);
  return { source, value, problems, positionOf: (path) => at(offsetOf(document.contents, path)) };
}

/** How many nodes aliases may expand to in all (the `yaml` library's own default, stated). */
const MAX_ALIAS_COUNT = 100;

const YAML_REASONS = {
  deep: `the data is nested more than ${MAX_NESTING} levels deep`,
  aliases: `its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} nodes`,
  other: 'it is not YAML this tool can read',
} as const;

/** Why parsing threw: the stack ran out (nesting), aliases expand too far, or something else, told plainly. */
function thrownReason(error: unknown): string {
  if (error instanceof RangeError) return YAML_REASONS.deep;
  if (error instanceof ReferenceError && /alias/i.test(error.message)) return YAML_REASONS.aliases;
  return YAML_REASONS.other;
}

/**
 * The `yaml` library's message without what it quotes from the file (an escape, a tag, an alias, a token):
 * the file may be anything, secrets included. Cut at the first ": ", and worded anew where the file is
 * quoted without one.
 */
function yamlReason(error: YAMLError): string {
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // The library catches a stack overflow in its own recursion and reports it as an error of the file.
  if (/call stack/i.test(message)) return YAML_REASONS.deep;
  switch (error.code) {
    case 'BAD_DQ_ESCAPE':
      return 'a double-quoted string has an escape that YAML does not know';
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return 'a !tag this tool does not know';
    case 'BAD_DIRECTIVE':
      return 'a %directive this tool does not know';
    case 'BAD_ALIAS':
      return 'an alias (*name) before its anchor (&name), or of none';
    case 'BAD_SCALAR_START':
      return 'a plain value starts with a character reserved by YAML; put it in quotes';
    default:
      break;
  }
  // Some of these name a kind of token, some quote one.
  if (error.code === 'UNEXPECTED_TOKEN' && !/^Unexpected ([a-z-]+ token|[a-z-]+ at node end|, in |empty item )/.test(message)) return 'unexpected text here';
  return message.split(': ')[0]!.slice(0, 120);
}

/** A node of YAML's syntax tree, as far as nesting goes. */
interface SyntaxNode {
  readonly type: string;
  readonly offset: number;
  readonly value?: SyntaxNode;
  readonly items?: ReadonlyArray<{ readonly key?: SyntaxNode | null; readonly value?: SyntaxNode }>;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Where YAML text first nests collections deeper than `limit`, from its syntax tree (`tokens`), which the `yaml` library
 * builds without recursion and is walked here without it. Its composer does recurse: thousands of levels
 * overflow the stack, and where that happens inside V8's regular-expression compiler, the process aborts.
 */
function offsetTooDeep(tokens: Iterable<object>, limit: number): number | undefined {
  const stack: Array<[SyntaxNode, number]> = [...tokens].map((token): [SyntaxNode, number] => [token as SyntaxNode, 0]);
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    const depth = COLLECTIONS.has(node.type) ? outer + 1 : outer;
    if (depth > limit) return node.offset;
    if (node.value && typeof node.value === 'object') stack.push([node.value, depth]);
    for (const item of node.items ?? []) {
      if (item.key) stack.push([item.key, depth]);
      if (item.value) stack.push([item.value, depth]);
    }
  }
  return undefined;
}

/** Whether plain data goes deeper than `limit` levels, walked without recursion. */
function isNestedDeeper(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

function syntaxHint(code: string, reason: string): HintWording | undefined {
  if (/INDENT|TAB/.test(code) || reason.includes('without - indicator')) return hinted('indentation');
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return hinted('quoteColon');
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
