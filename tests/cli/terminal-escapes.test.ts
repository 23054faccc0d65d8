import { describe, expect, it } from 'vitest';
import { fixture, run } from './run-cli.js';

// Issue 11, item 7: catalog text with escape sequences that erase the error lines ("all good: 0 errors"), set
// the window title and write the clipboard (OSC 52).
const VALIDATE_POC = fixture('hostile/07-escape-validate.json');
const SEARCH_POC = fixture('hostile/07-escape-search.json');

/** What a terminal would act on: ESC, the one-character CSI (U+009B), BEL, CR, and any other control. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function expectInert(output: { stdout: string; stderr: string }) {
  expect(output.stdout).not.toMatch(TERMINAL_CONTROL);
  expect(output.stderr).not.toMatch(TERMINAL_CONTROL);
}

describe('what the CLI prints of a catalog with escape sequences', () => {
  it('validate shows the error line, with the escapes written out, and exits 1', async () => {
    const output = await run(['validate', VALIDATE_POC]);
    expectInert(output);
    expect(output.code).toBe(1);
    const lines = output.stdout.split('\n');
    const error = lines.find((line) => line.includes('objections[0].id: error: has the id'));
    expect(error).toContain('\\u001b[1A\\u001b[2K');
    expect(error).toContain('\\u000d\\u001b[32mall good: 0 errors');
    expect(lines).toContain('1 error(s), 0 warning(s) in 1 file');
  });

  it('search prints the title and the matched trigger without setting the window title or the clipboard', async () => {
    const output = await run(['search', 'refund please', '--no-builtin', '--catalog', SEARCH_POC]);
    expectInert(output);
    expect(output.stdout).toContain('hostile-title');
    // Validation leaves control characters out of catalog text (item 4): what remains is plain, visible text.
    expect(output.stdout).toContain('Refund, please]0;objection-desk was here]52;c;ZWNobyBwd25lZA==2J');
  });

  it('search --json stays JSON that reads back to the catalog text', async () => {
    const output = await run(['search', '--json', '--no-builtin', '--catalog', SEARCH_POC], 'refund\u009b2J please\u001b]0;x\u0007\n');
    expectInert(output);
    expect(JSON.parse(output.stdout).query).toBe('refund\u009b2J please\u001b]0;x\u0007');
  });

  it.each([
    ['lint', ['lint', '--no-builtin', SEARCH_POC]],
    ['lint --json', ['lint', '--json', '--no-builtin', SEARCH_POC]],
    ['stats', ['stats', SEARCH_POC]],
    ['stats on the invalid file', ['stats', VALIDATE_POC]],
    ['build -o -', ['build', SEARCH_POC, '-o', '-']],
    ['build of the invalid file', ['build', VALIDATE_POC, '-o', '-']],
  ])('%s prints no control character', async (_name, args) => {
    const output = await run(args);
    expectInert(output);
    expect(output.stdout + output.stderr).not.toBe('');
  });

  it('keeps a line break in catalog text on its line', async () => {
    const output = await run(['validate', 'x.json'], undefined, {
      readFile: async () => '{"locale": "en", "objections": [{"id": "a\\n0 error(s), 0 warning(s) in 1 file", "title": "t", "triggers": ["t"], "replies": [{"text": "r"}]}]}',
      isDirectory: async () => false,
    });
    expect(output.stdout.split('\n').filter((line) => line.startsWith('0 error(s)'))).toEqual([]);
    expect(output.stdout).toContain('a\\u000a0 error(s)');
  });
});
