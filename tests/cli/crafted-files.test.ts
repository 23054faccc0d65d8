import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generatedText, hostileText } from '../fixtures/hostile/index.js';
import { fixture, run } from './run-cli.js';

// Issue 11, items 8 and 9: crafted files crash the CLI, run it out of memory, or make it print a secret.

const yamlDocuments = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      yamlDocuments.count += 1;
      return yaml.parseDocument(...args);
    },
  };
});

/** The CLI reading `text` as the file `name` (not on disk). */
const runOn = (args: string[], name: string, text: string) =>
  run([...args, name], undefined, { readFile: async () => text, isDirectory: async () => false, readDir: async () => [] });

const COMMANDS = [['validate'], ['lint', '--no-builtin'], ['stats'], ['build', '-o', '-'], ['search', 'refund', '--no-builtin', '--catalog']];

describe('the CLI on crafted files', () => {
  const cases: Array<[string, string, () => Promise<string>]> = [
    ['an id with its own toString', 'poc.json', async () => hostileText('08-tostring-id.json')],
    ['JSON nested 5,000 deep', 'poc.json', () => generatedText('08-deep-nesting')],
    ['a YAML alias bomb', 'poc.yaml', async () => hostileText('08-alias-bomb.yaml')],
    ['YAML nested 5,000 deep', 'poc.yaml', async () => `objections: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
  ];
  for (const [what, name, text] of cases) {
    for (const command of COMMANDS) {
      it(`${command[0]} reports ${what} as a problem, not a stack trace`, async () => {
        const output = await runOn(command, name, await text());
        expect(output.stdout + output.stderr).not.toMatch(/\n\s+at |Error:|cannot go on/);
        if (command[0] === 'validate' || command[0] === 'build') expect(output.code).toBe(1);
        else expect(output.code).toBe(0);
        if (command[0] === 'validate') expect(output.stdout).toMatch(/^ {2}poc\.(json|yaml):\d+:\d+: .*error: /m);
        else expect(output.stderr).toContain('poc.');
      });
    }
  }

  it('validates a big JSON file without ever building a YAML document of it (08-big-json.mjs at 8 MB)', async () => {
    const text = await generatedText('08-big-json', 8_000_000);
    yamlDocuments.count = 0;
    const output = await runOn(['validate'], 'big.json', text);
    expect(output.stdout).toMatch(/^big\.json: ok, \d{5} objections$/m);
    expect(yamlDocuments.count).toBe(0);
    // The same data as YAML is read through a document, once: the count above is of something that happens.
    await runOn(['validate'], 'small.yaml', 'objections: []\n');
    expect(yamlDocuments.count).toBe(1);
  });

  it('tells the line and column of a problem in a big JSON file', async () => {
    const text = (await generatedText('08-big-json', 1_000_000)).replace('"id":"generated-2000"', '"id":"Generated 2000"');
    const output = await runOn(['validate'], 'big.json', text);
    expect(output.stdout).toContain('big.json:2004:2: objections[2000].id: error: has the id "Generated 2000"');
    expect(yamlDocuments.count).toBe(1);
  });
});

describe('a catalog folder with links out of it', () => {
  const SECRET = 'API_TOKEN=hunter2-do-not-print';
  let root: string;
  let folder: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'objection-desk-links-'));
    folder = join(root, 'catalog');
    mkdirSync(folder);
    const outside = join(root, 'outside');
    mkdirSync(outside);
    // What /proc/self/environ holds, and a readable catalog that quotes the secret as an id.
    writeFileSync(join(outside, 'environ'), `HOME=/root\0${SECRET}\0`);
    writeFileSync(join(outside, 'catalog.yaml'), `objections:\n  - id: "${SECRET}"\n`);
    writeFileSync(join(folder, 'mine.json'), hostileText('../minimal-catalog.json'));
    writeFileSync(join(folder, 'broken.json'), `{"objections": ${SECRET}}`);
    symlinkSync(join(outside, 'environ'), join(folder, 'env.json'));
    symlinkSync(join(outside, 'environ'), join(folder, 'env.yaml'));
    symlinkSync(join(outside, 'catalog.yaml'), join(folder, 'linked.yaml'));
    symlinkSync('../catalog/mine.json', join(folder, 'inside-link.json'));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the files really in the folder, warns of each link out of it, and never prints the secret', async () => {
    for (const command of COMMANDS) {
      const output = await run([...command, folder]);
      expect(output.stdout + output.stderr).not.toContain('hunter2');
    }
    const { stdout } = await run(['validate', folder]);
    for (const link of ['env.json', 'env.yaml', 'linked.yaml']) {
      expect(stdout).toContain(`${join(folder, link)}: warning: is a link to a file outside the folder; it is not read`);
    }
    expect(stdout).toContain(`${join(folder, 'broken.json')}:1:16: error: is not valid JSON: a value is expected here`);
    // The link to a file in the folder is read: its objection's id is there twice.
    expect(stdout).toMatch(/mine\.json:\d+:\d+: objections\[0\]\.id: error: repeats the id "x" already used at \S+inside-link\.json:1:16;/);
  });

  it('does not read a settings file beside a single file when it links out of the folder', async () => {
    symlinkSync(join(root, 'outside', 'catalog.yaml'), join(folder, '_catalog.yaml'));
    const { stdout } = await run(['validate', join(folder, 'mine.json')]);
    expect(stdout).toContain(`${join(folder, '_catalog.yaml')}: warning: is a link to a file outside the folder`);
    expect(stdout).not.toContain('hunter2');
    expect(fixture('minimal-catalog.json')).toContain('minimal');
  });
});
