import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../element/repository-files.js';
import { craftedCatalogs, isJsonText } from '../fixtures/hostile/crafted.mjs';

/**
 * Every crafted catalog of issue 11 (tests/fixtures/hostile/) through the built CLI, as a marketer's terminal
 * would run it: whatever the file holds, the CLI answers with problems or results, never a stack trace, and
 * prints no control character that a terminal would act on.
 */
const HOSTILE = join(ROOT, 'tests/fixtures/hostile');
const CLI = join(ROOT, 'dist/cli/main.js');
/** Bytes a terminal acts on: C0 controls but tab and newline, DEL, C1 controls (ESC [ is also U+009B). */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const STACK_TRACE = /^\s+at .+[(:]\d+/m;
/** The CLI's own answers: 0 fine, 1 problems found. 2 is wrong usage, which none of these commands is. */
const ANSWERED = [0, 1];
/**
 * The 73 MB file five times over would take minutes; at 1 MB every command reads it the same way (crafted-files.test.ts
 * reads it at 8 MB and measures how). Lint's own work grows with the objections (a search per trigger, 12 s of CPU
 * per MB of them): at 8 MB it was over 120 s, and ran past this test's 300 s on a 2-core machine shared by four runs.
 */
const BIG_JSON_BYTES = 1_000_000;

interface CliRun {
  readonly code: number;
  readonly output: string;
}

function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

let folder: string;
const crafted: Array<{ readonly name: string; readonly path: string }> = [];

beforeAll(async () => {
  if (!existsSync(CLI)) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
  folder = mkdtempSync(join(tmpdir(), 'objection-desk-hostile-'));
  for (const catalog of await craftedCatalogs()) {
    if (!catalog.file.endsWith('.mjs')) {
      crafted.push({ name: catalog.file, path: join(HOSTILE, catalog.file) });
      continue;
    }
    const text = catalog.file === '08-big-json.mjs' ? catalog.text(BIG_JSON_BYTES) : catalog.text();
    const path = join(folder, `${catalog.file.slice(0, -'.mjs'.length)}.${isJsonText(text) ? 'json' : 'yaml'}`);
    writeFileSync(path, text);
    crafted.push({ name: catalog.file, path });
  }
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('objection-desk CLI on crafted catalogs', () => {
  it('has the crafted catalogs of every point of the review to run', () => {
    expect(crafted.length).toBeGreaterThanOrEqual(10);
  });

  const commands: ReadonlyArray<readonly [string, (path: string) => string[]]> = [
    ['validate', (path) => ['validate', path]],
    ['lint', (path) => ['lint', path, '--no-builtin']],
    ['stats', (path) => ['stats', path]],
    ['search', (path) => ['search', 'shch', '--catalog', path]],
    ['build', (path) => ['build', path, '-o', '-']],
  ];
  for (const [command, argsFor] of commands) {
    it(`${command} answers every crafted catalog with no stack trace and no terminal control character`, async () => {
      for (const { name, path } of crafted) {
        const { code, output } = await runCli(argsFor(path));
        expect.soft(ANSWERED, `${command} ${name} exited ${code}:\n${output.slice(0, 2000)}`).toContain(code);
        expect.soft(output, `${command} ${name} printed a stack trace`).not.toMatch(STACK_TRACE);
        const control = TERMINAL_CONTROL.exec(output);
        expect.soft(control, `${command} ${name} printed U+${control?.[0].charCodeAt(0).toString(16).padStart(4, '0')}`).toBeNull();
      }
    }, 300_000);
  }
});
