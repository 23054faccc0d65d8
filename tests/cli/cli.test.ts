import { describe, expect, it } from 'vitest';
import { zeros } from '../fixtures/hostile/02-million-zeros.mjs';
import { WEAK_CONFIDENCE } from '../../src/core/index.js';
import { fixture, run } from './run-cli.js';

describe('objection-desk search', () => {
  it('prints the best objections for a query, best first, in the chosen locale', async () => {
    const { code, stdout } = await run(['search', 'цена', '--locale', 'ru', '--limit', '3']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('цена');
    expect(lines[1]).toMatch(/^ {2}1\. how-much +\d\.\d{3} {2}Сколько стоит/);
    expect(lines).toHaveLength(4);
  });

  it('prints one JSON line per query with ids and scores, best first', async () => {
    const { stdout } = await run(['search', 'dorogo', '--json', '--limit', '2']);
    const line = JSON.parse(stdout);
    expect(line.query).toBe('dorogo');
    expect(line.results).toHaveLength(2);
    expect(line.results[0]).toEqual({ id: 'expensive', score: expect.any(Number), confidence: expect.any(Number) });
    expect(line.results[0].score).toBeLessThanOrEqual(line.results[1].score);
  });

  it('gives each result a confidence in --json and marks the weak ones, so gibberish reads as nothing found', async () => {
    const { stdout } = await run(['search', '--json'], 'дорого\nqwzx\n');
    const [dorogo, gibberish] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(dorogo.results[0]).toMatchObject({ id: 'expensive', confidence: expect.any(Number) });
    expect(dorogo.results[0].confidence).toBeGreaterThanOrEqual(WEAK_CONFIDENCE);
    expect(dorogo.results[0].weak).toBeUndefined();
    for (const result of gibberish.results) expect(result).toMatchObject({ weak: true });
    for (const result of gibberish.results) expect(result.confidence).toBeLessThan(WEAK_CONFIDENCE);
  });

  it('reads one query per line from standard input when no query is given', async () => {
    const { stdout } = await run(['search', '--json'], 'дорого\n\nя подумаю\n');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.query, l.results[0].id])).toEqual([
      ['дорого', 'expensive'],
      ['я подумаю', 'think-about-it'],
    ]);
  });

  it('searches an extra catalog merged over the built-ins, or alone', async () => {
    const mine = fixture('marketer-catalog.json');
    const merged = await run(['search', 'гарантийный талон', '--json', '--catalog', mine]);
    expect(JSON.parse(merged.stdout).results[0].id).toBe('warranty-doubts');
    const alone = await run(['search', 'дорого', '--json', '--catalog', mine, '--no-builtin']);
    expect(JSON.parse(alone.stdout).results.map((r: { id: string }) => r.id)).not.toContain('expensive');
  });

  it('says so when nothing is found', async () => {
    const { code, stdout } = await run(['search', 'xyzzyplugh']);
    expect(code).toBe(0);
    expect(stdout).toContain('(nothing found)');
  });

  it.each([
    [['search', 'x', '--limit', '0'], '--limit must be a positive whole number'],
    [['search', 'x', '--locale', 'de'], '--locale must be one of ru, en, tr'],
    [['search', 'x', '--bogus'], "Unknown option '--bogus'"],
    [['search'], 'give a query, or pipe queries in'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage:');
  });
});

describe('objection-desk validate', () => {
  it('exits 0 and says ok for valid catalogs', async () => {
    const { code, stdout } = await run(['validate', fixture('minimal-catalog.json'), fixture('marketer-catalog.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('minimal-catalog.json: ok, 1 objection');
    expect(stdout).toContain('0 error(s), 0 warning(s) in 2 files');
  });

  it('prints every problem with its file, line, column and JSON path and exits 1', async () => {
    const file = fixture('broken-catalog.json');
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:5:5: objections[2]: error: is missing the required field "replies"`);
    expect(stdout).toContain(`${file}:6:46: objections[3].tigger: warning: has an unknown field "tigger" — did you mean "triggers"?`);
    expect(stdout).toContain(`${file}:7:106: objections[4].replies[0].text: error: must not be empty`);
    expect(stdout).toMatch(/8 error\(s\), \d+ warning\(s\) in 1 file\n/);
  });

  it('reports a JSON file that is not JSON at the place JSON.parse stopped', async () => {
    const { code, stdout } = await run(['validate', fixture('../search/queries.tsv.json')], undefined, {
      readFile: async () => '{\n  "objections": [\n    {"id": "x",}\n  ]\n}\n',
      isDirectory: async () => false,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/queries\.tsv\.json:3:16: error: is not valid JSON: /);
  });

  it('lists the first 100 problems of a file with thousands and counts the rest in one line', async () => {
    const { code, stdout } = await run(['validate', 'zeros.json'], undefined, {
      readFile: async () => zeros(2000),
      readDir: async () => [],
      isDirectory: async () => false,
    });
    expect(code).toBe(1);
    expect(stdout).toContain('Errors (2000):\n  zeros.json:1:16: objections[0]: error: must be an object, not a number');
    expect(stdout.match(/: error: /g)).toHaveLength(100);
    expect(stdout).toContain('  … and 1,900 more problems (1,900 errors, 0 warnings)\n');
    expect(stdout).toContain('2000 error(s), 0 warning(s) in 1 file');
  });

  it('exits 2 for a file that cannot be read', async () => {
    const { code, stderr } = await run(['validate', '/nonexistent/catalog.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read /nonexistent/catalog.json');
  });
});

describe('objection-desk check', () => {
  it('prints top-1 and top-3 per kind and locale and lists each miss', async () => {
    const { code, stdout } = await run(['check', fixture('../search/queries.tsv')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^all +\d+ +\d+\.\d % +\d+\.\d %$/m);
    for (const kind of ['phrase', 'typo', 'prefix', 'layout', 'translit', 'reply']) expect(stdout).toContain(`kind ${kind}`);
    expect(stdout).toContain('locale tr');
  });

  it('counts lines labelled "-" apart and lists those the search answered confidently', async () => {
    const { code, stdout } = await run(['check', fixture('../search/operator.tsv')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No objection expected \(-\): \d+ lines, \d+ answered confidently$/m);
    expect(stdout).not.toContain('kind none');
  });
});

describe('objection-desk lint', () => {
  it('lints a catalog with hundreds of findings by listing the first 100 and counting the rest', async () => {
    const objections = Array.from({ length: 150 }, (_, i) => ({ id: `o-${i}`, title: `O ${i}`, triggers: [`gadget ${i} issue`], replies: [{ text: 'OK' }] }));
    const files = { readFile: async () => JSON.stringify({ locale: 'en', objections }), readDir: async () => [], isDirectory: async () => false };
    const all = (await run(['lint', 'many.json', '--no-builtin', '--json'], undefined, files)).stdout.trim().split('\n');
    expect(all.length).toBeGreaterThan(150);
    const { stdout } = await run(['lint', 'many.json', '--no-builtin'], undefined, files);
    expect(stdout.split('\n').filter((line) => line.startsWith('  many.json'))).toHaveLength(100);
    expect(stdout).toContain(`  … and ${(all.length - 100).toLocaleString('en-US')} more findings\n`);
  });
});

describe('objection-desk --help', () => {
  it('lists every command with the options it parses', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    const commandLines = stdout.split('\n').filter((line) => line.startsWith('  objection-desk '));
    expect(commandLines).toEqual([
      '  objection-desk search "<query>" [--locale <locale>] [--limit 5] [--json] [--catalog <file|dir>]… [--no-builtin]',
      '  objection-desk detect [--locale <locale>] [--json] [--catalog <file|dir>]… [--no-builtin]',
      '  objection-desk validate <file|dir>… [--no-builtin]',
      '  objection-desk build <file|dir>… -o catalog.json',
      '  objection-desk lint <file|dir>… [--no-builtin] [--min-triggers 3] [--strict] [--json]',
      '  objection-desk stats <file|dir>… [--json]',
      '  objection-desk scripts [<file|dir>…] [--locale <locale>] [--json] [--no-builtin]',
      '  objection-desk check <cases.tsv|.csv> [--detect] [--catalog <file|dir>]… [--no-builtin]',
      '  objection-desk report <log.jsonl|dir>… [--locale <locale>] [--json]',
      '  objection-desk --help | --version',
    ]);
  });

  it('says a missing option value with the usage, as parseArgs reports it', async () => {
    const { code, stderr } = await run(['search', 'x', '--limit']);
    expect(code).toBe(2);
    expect(stderr).toContain("Option '--limit <value>' argument missing");
    expect(stderr).toContain('Usage:');
  });
});
