// JSON text read without recursion and without a parse tree: the checks `JSON.parse` does not make (repeated
// keys, nesting depth), a syntax error told without quoting the file, and the way from a JSON path back to
// the place it is written, found only for the paths asked about.

/** Deeper JSON is refused: no catalog needs it, and code that walks data recursively would overflow. */
export const MAX_NESTING = 100;

/** What is wrong with JSON text and where, said without a word of the text (it may be anything). */
export interface JsonFault {
  readonly offset: number;
  /** What is wrong, in English: one of {@link JSON_FAULTS} (see {@link jsonFaultKind}). */
  readonly reason: string;
}

export interface JsonCheck {
  /** The first syntax error, or nesting deeper than {@link MAX_NESTING}. */
  readonly fault?: JsonFault;
  /** Keys written a second time in the same object, each at the second place. */
  readonly repeatedKeys: ReadonlyArray<{ readonly key: string; readonly offset: number }>;
}

/** Each kind of JSON syntax error, in English. */
export const JSON_FAULTS = {
  value: 'a value is expected here',
  end: 'the text ends too early',
  afterValue: 'a "," or a closing bracket is expected here',
  key: 'a property name in double quotes is expected here',
  colon: 'a ":" is expected here',
  string: 'a string is not closed on its line',
  escape: 'a string has an escape that JSON does not know',
  control: 'a string has a control character; write it as an escape such as \\n',
  trailing: 'there is more text after the end of the data',
  deep: `the data is nested more than ${MAX_NESTING} levels deep`,
  trailingComma: 'there is a comma before a closing "}" or "]", which JSON does not allow',
} as const;

export type JsonFaultKind = keyof typeof JSON_FAULTS;

const fault = (offset: number, kind: JsonFaultKind): JsonFault => ({ offset, reason: JSON_FAULTS[kind] });

/** Which of {@link JSON_FAULTS} a fault is, for a tool that words it in its own language. */
export const jsonFaultKind = ({ reason }: JsonFault): JsonFaultKind =>
  (Object.keys(JSON_FAULTS) as JsonFaultKind[]).find((kind) => JSON_FAULTS[kind] === reason) ?? 'value';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
  return at;
}

/** The offset after the string that opens at `start`, or a fault. */
function endOfString(text: string, start: number): number | JsonFault {
  let at = start + 1;
  for (;;) {
    if (at >= text.length) return fault(start, 'string');
    const code = text.charCodeAt(at);
    if (code === 0x22) return at + 1;
    if (code < 0x20) return fault(at, code === 0x0a ? 'string' : 'control');
    if (code === 0x5c) {
      const escape = text[at + 1];
      if (escape === 'u') {
        HEX4.lastIndex = at + 2;
        if (!HEX4.test(text)) return fault(at, 'escape');
        at += 6;
      } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
        at += 2;
      } else {
        return fault(at, 'escape');
      }
    } else {
      at += 1;
    }
  }
}

/** The key written at `start..end` (quotes included). */
function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/**
 * Checks JSON text in one pass with an explicit stack: the syntax, as `JSON.parse` reads it, nesting up to
 * {@link MAX_NESTING} levels, and keys repeated in one object (which `JSON.parse` silently overwrites).
 *
 * ```ts
 * checkJson('{"id": "a", "id": "b"}').repeatedKeys; // [{ key: 'id', offset: 12 }]
 * ```
 */
export function checkJson(text: string): JsonCheck {
  const repeatedKeys: Array<{ key: string; offset: number }> = [];
  // One entry a open bracket: the keys of an object so far, or `null` for an array.
  const open: Array<Set<string> | null> = [];
  const fail = (offset: number, kind: JsonFaultKind): JsonCheck => ({ fault: fault(offset, kind), repeatedKeys });
  let at = 0;
  let expect: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after' = 'value';
  for (;;) {
    at = skipSpace(text, at);
    if (at >= text.length) return open.length === 0 && expect === 'after' ? { repeatedKeys } : fail(text.length, 'end');
    const char = text[at]!;
    if (expect === 'after') {
      const keys = open.at(-1);
      if (keys === undefined) return fail(at, 'trailing');
      if (char === ',') {
        expect = keys === null ? 'value' : 'key';
        at += 1;
      } else if (char === (keys === null ? ']' : '}')) {
        open.pop();
        at += 1;
      } else {
        return fail(at, 'afterValue');
      }
      continue;
    }
    if ((expect === 'value-or-end' && char === ']') || (expect === 'key-or-end' && char === '}')) {
      open.pop();
      expect = 'after';
      at += 1;
      continue;
    }
    // After a ",": the error JSON text has most often, a comma before a closing bracket.
    if ((expect === 'key' && char === '}') || (expect === 'value' && char === ']' && open.at(-1) === null)) return fail(at, 'trailingComma');
    if (expect === 'key' || expect === 'key-or-end') {
      if (char !== '"') return fail(at, 'key');
      const end = endOfString(text, at);
      if (typeof end !== 'number') return { fault: end, repeatedKeys };
      const key = keyAt(text, at, end);
      const keys = open.at(-1)!;
      if (keys.has(key)) repeatedKeys.push({ key, offset: at });
      else keys.add(key);
      at = skipSpace(text, end);
      if (text[at] !== ':') return fail(at, at >= text.length ? 'end' : 'colon');
      at += 1;
      expect = 'value';
      continue;
    }
    // A value.
    if (char === '{' || char === '[') {
      if (open.length >= MAX_NESTING) return fail(at, 'deep');
      open.push(char === '{' ? new Set() : null);
      expect = char === '{' ? 'key-or-end' : 'value-or-end';
      at += 1;
      continue;
    }
    if (char === '"') {
      const end = endOfString(text, at);
      if (typeof end !== 'number') return { fault: end, repeatedKeys };
      at = end;
    } else {
      const pattern = char === '-' || (char >= '0' && char <= '9') ? NUMBER : LITERAL;
      pattern.lastIndex = at;
      if (!pattern.test(text)) return fail(at, 'value');
      at = pattern.lastIndex;
    }
    expect = 'after';
  }
}

/** The offset after the value that starts at `start` (in text {@link checkJson} found well-formed). */
function endOfValue(text: string, start: number): number {
  const char = text[start];
  if (char === '"') return endOfString(text, start) as number;
  if (char !== '{' && char !== '[') {
    let at = start;
    while (at < text.length && !',]}'.includes(text[at]!) && !isSpace(text.charCodeAt(at))) at += 1;
    return at;
  }
  let depth = 0;
  let at = start;
  for (;;) {
    const next = text[at];
    if (next === '"') {
      at = endOfString(text, at) as number;
      continue;
    }
    if (next === '{' || next === '[') depth += 1;
    else if (next === '}' || next === ']') depth -= 1;
    at += 1;
    if (depth === 0) return at;
  }
}

/** Where the members of one object or array are written: keys and values, or items. */
type Members = { readonly keys: Map<string, { readonly key: number; readonly value: number }> } | { readonly items: number[] };

/**
 * The way from a JSON path (`objections[3].replies[0]`, split) to the offset where it is written, in text
 * {@link checkJson} found well-formed: the key of a field, the start of an item; for a path that does not
 * exist, the nearest place that does. An object or array is read once, when a path first goes into it, so a
 * few problems in a big file cost a few passes over the parts they are in.
 */
export function jsonLocator(text: string): (path: ReadonlyArray<string | number>) => number {
  const members = new Map<number, Members>();
  const membersAt = (start: number): Members => {
    const known = members.get(start);
    if (known) return known;
    const isObject = text[start] === '{';
    const keys = new Map<string, { key: number; value: number }>();
    const items: number[] = [];
    let at = skipSpace(text, start + 1);
    while (text[at] !== '}' && text[at] !== ']') {
      if (isObject) {
        const keyEnd = endOfString(text, at) as number;
        const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
        // As `JSON.parse`, the last of repeated keys is the one that counts.
        keys.set(keyAt(text, at, keyEnd), { key: at, value });
        at = value;
      } else {
        items.push(at);
      }
      at = skipSpace(text, endOfValue(text, at));
      if (text[at] === ',') at = skipSpace(text, at + 1);
    }
    const found: Members = isObject ? { keys } : { items };
    members.set(start, found);
    return found;
  };
  return (path) => {
    let node = skipSpace(text, 0);
    let offset = node;
    for (const segment of path) {
      if (text[node] !== '{' && text[node] !== '[') break;
      const found = membersAt(node);
      if ('keys' in found) {
        const member = found.keys.get(String(segment));
        if (!member) break;
        offset = member.key;
        node = member.value;
      } else {
        const item = typeof segment === 'number' ? found.items[segment] : undefined;
        if (item === undefined) break;
        offset = node = item;
      }
    }
    return offset;
  };
}

/** Line and column (1-based, in UTF-16 code units as editors count them) of an offset; the line starts found once. */
export function lineCounter(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
