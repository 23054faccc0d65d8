import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileCatalogFiles } from '../../src/core/catalog-files.js';
import {
  MAX_PROBLEMS,
  PROBLEM_MESSAGES,
  ProblemCollector,
  capProblems,
  countProblems,
  parseCatalog,
  validateForAuthors,
  type Problem,
} from '../../src/core/index.js';
import * as millionZeros from '../fixtures/hostile/02-million-zeros.mjs';

const warning = (path: string): Problem => ({ severity: 'warning', source: 'x', path, code: 'unknown-field', message: 'is odd' });
const error = (path: string): Problem => ({ severity: 'error', source: 'x', path, code: 'wrong-type', message: 'is wrong' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProblemCollector', () => {
  it('keeps the first problems and counts the others by severity', () => {
    const collector = new ProblemCollector(2);
    collector.add('warning', warning('a'));
    collector.add('error', error('b'));
    collector.add('error', error('c'));
    collector.add('warning', warning('d'));
    const result = collector.result();
    expect(result.problems.map((p) => p.path)).toEqual(['a', 'b']);
    expect(result.omitted).toEqual({ error: 1, warning: 1 });
    expect(countProblems(result)).toEqual({ errors: 2, warnings: 2 });
  });

  it('builds a problem given as a function only when it keeps it', () => {
    const collector = new ProblemCollector(1);
    const make = vi.fn(() => error('a'));
    collector.add('error', make);
    collector.add('error', make);
    collector.add('error', make);
    expect(make).toHaveBeenCalledTimes(1);
    expect(collector.result().omitted.error).toBe(2);
  });

  it('adds up the counts of problems that other checks left out', () => {
    const capped = capProblems([warning('a'), error('b')], { error: 5, warning: 0 }, 1);
    expect(capped.problems).toHaveLength(1);
    expect(capped.omitted).toEqual({ error: 6, warning: 0 });
  });
});

describe(`the ${millionZeros.name} catalog`, () => {
  const text = millionZeros.text();

  it(`gives the first ${MAX_PROBLEMS} problems and a count of the other 999,900`, () => {
    const { problems, omitted, catalog } = parseCatalog(text, 'zeros.json');
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[0]).toMatchObject({ severity: 'error', path: 'objections[0]', code: 'wrong-type' });
    expect(problems[MAX_PROBLEMS - 1]!.path).toBe(`objections[${MAX_PROBLEMS - 1}]`);
    expect(omitted).toEqual({ error: millionZeros.COUNT - MAX_PROBLEMS, warning: 0 });
    expect(catalog.objections).toEqual([]);
  });

  it('builds a message only for each problem it keeps', () => {
    // Counting the calls rather than timing them: past the cap, validation only counts.
    const wrongType = vi.spyOn(PROBLEM_MESSAGES, 'wrongType');
    parseCatalog(text, 'zeros.json');
    expect(wrongType).toHaveBeenCalledTimes(MAX_PROBLEMS);
  });

  it('is capped the same way for authors, with hints on the problems kept', () => {
    const { problems, omitted } = validateForAuthors(JSON.parse(millionZeros.zeros(1000)), 'zeros.json');
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems.every((found) => found.hint !== undefined)).toBe(true);
    expect(omitted.error).toBe(1000 - MAX_PROBLEMS);
  });

  it('is capped when compiled from files, each problem kept at its line and column', () => {
    const { problems, omitted } = compileCatalogFiles([{ name: 'zeros.json', text: millionZeros.zeros(1000) }], 'zeros');
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[1]).toMatchObject({ source: 'zeros.json', path: 'objections[1]', line: 1, column: 18 });
    expect(omitted.error).toBe(1000 - MAX_PROBLEMS);
  });
});
