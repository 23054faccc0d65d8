import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, checkJson, jsonLocator, lineCounter } from '../../src/core/json-text.js';

describe('checkJson', () => {
  it('accepts exactly the text JSON.parse accepts, nesting and repeated keys aside', () => {
    // Valid JSON, and the same with one character dropped or changed: both sides of the line.
    const mutated = fc.tuple(fc.json({ depthSize: 'small' }), fc.nat(), fc.constantFrom('', '"', '\\', ',', ']', '}', '\n', '\u0001', 'x', '0'));
    fc.assert(
      fc.property(mutated, fc.boolean(), ([json, at, replacement], mutate) => {
        const text = mutate ? json.slice(0, at % (json.length + 1)) + replacement + json.slice((at % (json.length + 1)) + 1) : json;
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(checkJson(text).fault === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });

  it(`refuses nesting deeper than ${MAX_NESTING} levels without overflowing the stack`, () => {
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(checkJson(deep(MAX_NESTING)).fault).toBeUndefined();
    expect(checkJson(deep(MAX_NESTING + 1)).fault).toEqual({ offset: MAX_NESTING, reason: expect.stringContaining('nested more than') });
    expect(checkJson(deep(1_000_000)).fault?.offset).toBe(MAX_NESTING);
  });

  it('finds a key repeated in one object at its second place, and not one repeated in another object', () => {
    expect(checkJson('{"id": 1, "a": {"id": 2}, "i\\u0064": 3}').repeatedKeys).toEqual([{ key: 'id', offset: 26 }]);
  });

  it('says what is wrong without quoting the text', () => {
    for (const text of ['SECRET=hunter2\0PATH=/bin', '{"a": hunter2}', '{"hunter2"}', '["hunter2', '"\\qhunter2"', '{"a": 1} hunter2']) {
      const { fault } = checkJson(text);
      expect(fault, text).toBeDefined();
      expect(fault!.reason).not.toContain('hunter2');
    }
  });
});

describe('jsonLocator', () => {
  it('finds a path at its key or item, and the nearest place for a path that is not there', () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "c": {"d\\"e": null}\n}';
    const locate = jsonLocator(text);
    const at = lineCounter(text);
    expect(at(locate(['a', 1, 'b']))).toEqual({ line: 2, column: 13 });
    expect(at(locate(['c', 'd"e']))).toEqual({ line: 3, column: 9 });
    expect(at(locate(['a', 7]))).toEqual({ line: 2, column: 3 });
    expect(at(locate([]))).toEqual({ line: 1, column: 1 });
  });

  it('reads each object or array at most once however many paths go through it', () => {
    const items = Array.from({ length: 2000 }, (_, i) => `{"id": "o-${i}"}`);
    const text = `{"objections": [${items.join(', ')}]}`;
    // Each key read is one slice of the text.
    let reads = 0;
    const locate = jsonLocator(text);
    const slice = String.prototype.slice;
    String.prototype.slice = function (this: string, ...args: Parameters<string['slice']>) {
      reads += 1;
      return slice.apply(this, args);
    };
    try {
      for (let i = 0; i < 2000; i += 50) locate(['objections', i, 'id']);
    } finally {
      String.prototype.slice = slice;
    }
    // One key read for the root, then one for each of the 40 objections visited: not one per item per path.
    expect(reads).toBeLessThanOrEqual(1 + 40);
  });
});
