import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_FILES } from '../../src/cli/node-io.js';
import { runCli, type CliIo } from '../../src/cli/run.js';
import { parseCatalog } from '../../src/core/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)).replace(/\/$/, '');
const GOOD = fixture('authoring');
const BROKEN = fixture('authoring-broken');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    ...NODE_FILES,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => undefined,
    writeFile: async (path, text) => void written.set(path, text),
    env: {},
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr, written };
}

describe('objection-desk validate <folder>', () => {
  it('reads a folder of YAML and JSON objections with a settings file and says ok', async () => {
    const { code, stdout } = await run(['validate', GOOD]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${GOOD}: ok, 3 objections\n0 error(s), 0 warning(s) in 5 files\n`);
  });

  it('points each problem to file:line:column and its path, with a fix, errors before warnings', async () => {
    const { code, stdout } = await run(['validate', BROKEN]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Errors (3):');
    expect(lines).toContain(
      `  ${BROKEN}/bad-indent.yaml:8:1: error: cannot be read: All mapping items must start at the same column` +
        ' → indent with spaces, and start the items of one list or map at the same column',
    );
    expect(lines).toContain(
      `  ${BROKEN}/number-id.yaml:1:1: id: error: has the id "404"; ids are lower-case letters, digits and dashes, starting` +
        ' with a letter or digit → put the value in quotes: a bare 404 or true is a number or a yes-no value, not text',
    );
    expect(lines).toContain(`  ${BROKEN}/typo.yaml:1:1: error: is missing the required field "triggers"`);
    expect(lines[4]).toBe('Warnings (2):');
    expect(lines).toContain(
      `  ${BROKEN}/missing-ru.yaml:9:5: replies[0].text: warning: has no "ru" text; English or another locale will be shown` +
        ' instead → add the "ru" text, or drop "ru" from "locales" at the top',
    );
    expect(lines).toContain(`  ${BROKEN}/typo.yaml:5:1: tigger: warning: has an unknown field "tigger" — did you mean "triggers"?; it is ignored`);
    expect(lines).toContain('3 error(s), 2 warning(s) in 5 files');
  });

  it('reads one file with the _catalog.yaml beside it, and exits 0 on warnings alone', async () => {
    const { code, stdout } = await run(['validate', `${BROKEN}/missing-ru.yaml`]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 error(s), 1 warning(s) in 2 files');
  });

  it('exits 2 when no file or folder is given', async () => {
    const { code, stderr } = await run(['validate']);
    expect(code).toBe(2);
    expect(stderr).toContain('give at least one catalog file or folder');
  });
});

describe('objection-desk build', () => {
  it('compiles a folder into one JSON catalog that parseCatalog reads back without a problem', async () => {
    const { code, stderr, written } = await run(['build', GOOD, '-o', '/out/catalog.json']);
    expect(code).toBe(0);
    expect(stderr).toBe('wrote /out/catalog.json: 3 objections, 1 disabled, locales ru, en from 5 files; 0 warnings\n');
    const text = written.get('/out/catalog.json')!;
    const { catalog, problems } = parseCatalog(text, 'catalog.json');
    expect(problems).toEqual([]);
    expect(catalog.objections.map((o) => o.id)).toEqual(['late-delivery', 'no-courier', 'price-match']);
    expect(catalog.disabled).toEqual(['too-cheap']);
    expect(catalog.locales).toEqual(['ru', 'en']);
    expect(catalog.objections[0]!.replies[0]!.text['ru']).toBe(
      '{clientName}, простите за ожидание. Я вижу заказ {orderNumber}:\nон уже в пути, курьер позвонит за час до приезда.',
    );
    expect(catalog.objections[1]!.replies[0]!.id).toBe('reply-1');
  });

  it('writes the same bytes every time, and the same again when its own output is built', async () => {
    const first = (await run(['build', GOOD, '-o', 'a.json'])).written.get('a.json')!;
    const second = (await run(['build', GOOD, '-o', 'b.json'])).written.get('b.json')!;
    expect(second).toBe(first);
    const again = await run(['build', fixture('minimal-catalog.json'), '-o', '-']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      objections: [{ id: 'x', category: 'other', title: { ru: 'Икс' }, triggers: { ru: ['икс'] }, replies: [{ id: 'reply-1', text: { ru: 'Ответ' } }] }],
    });
  });

  it('refuses to write when there is an error, and says where', async () => {
    const { code, stderr, written } = await run(['build', BROKEN, '-o', '/out/catalog.json']);
    expect(code).toBe(1);
    expect(written.size).toBe(0);
    expect(stderr).toContain(`${BROKEN}/number-id.yaml:1:1: id: error:`);
    expect(stderr).toContain('3 error(s), 2 warning(s): /out/catalog.json not written');
  });

  it('exits 2 without -o', async () => {
    const { code, stderr } = await run(['build', GOOD]);
    expect(code).toBe(2);
    expect(stderr).toContain('give the file to write with -o');
  });
});

describe('objection-desk lint', () => {
  it('finds the near-same and the same trigger, the trigger that finds a built-in first, and thin locales', async () => {
    const { code, stdout } = await run(['lint', GOOD]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Same or near-same triggers on two objections (2):',
        `  ${GOOD}/delivery/no-courier.yml:10:7: no-courier: trigger "курьер опоздывает" is one letter away from "курьер опаздывает" of late-delivery; a typo turns one into the other`,
        `  ${GOOD}/price-match.json:6:48: price-match: trigger "дорого" is the same as "дорого" of expensive (built-in) once case, accents and punctuation are ignored`,
        'Triggers that find another objection first (1):',
        `  ${GOOD}/price-match.json:6:48: price-match: trigger "дорого" as a query finds expensive (built-in) first (by "дорого")`,
        'Coverage gaps (1):',
        `  ${GOOD}/price-match.json:5:3: price-match: has 2 triggers in en; give at least 3 ways a customer says it`,
        '4 findings in 3 objections (warnings; --strict makes them fail)',
        '',
      ].join('\n'),
    );
  });

  it('leaves the built-ins out with --no-builtin, and fails with --strict', async () => {
    const { code, stdout } = await run(['lint', GOOD, '--no-builtin', '--strict', '--json']);
    expect(code).toBe(1);
    const findings = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(findings.map((f) => [f.kind, f.id, f.other?.id])).toEqual([
      ['near-trigger', 'no-courier', 'late-delivery'],
      ['few-triggers', 'price-match', undefined],
      ['untitled-category', 'price-match', undefined],
    ]);
    expect(findings[0]).toMatchObject({ file: `${GOOD}/delivery/no-courier.yml`, line: 10, column: 7, locale: 'ru' });
    // Without the built-in catalog, nothing names "price": the widget would list it as "Other".
    expect(findings[2]).toMatchObject({ file: `${GOOD}/price-match.json`, line: 3, column: 3 });
    expect(findings[2].message).toBe('its category "price" has no title, so the widget lists it as "Other"; give it a title under "categories" at the top');
  });
});

describe('objection-desk stats', () => {
  it('counts objections, triggers and replies per locale and per category', async () => {
    const { code, stdout } = await run(['stats', GOOD]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `${GOOD}: 3 objections, 1 disabled`,
        '',
        'locale  objections  triggers  replies',
        'ru               3        10        3',
        'en               3         8        3',
        '',
        'category  title                 objections  triggers  replies',
        'delivery  Delivery                       2        13        2',
        'price     (not in these files)           1         5        1',
        '',
      ].join('\n'),
    );
  });

  it('prints the same as JSON with --json', async () => {
    const stats = JSON.parse((await run(['stats', GOOD, '--json'])).stdout);
    expect(stats.locales[0]).toEqual({ locale: 'ru', objections: 3, triggers: 10, replies: 3 });
    expect(stats.categories.map((c: { id: string }) => c.id)).toEqual(['delivery', 'price']);
  });
});

describe('--catalog with YAML folders', () => {
  it('lets search find an objection of a folder', async () => {
    const { stdout } = await run(['search', 'курьер не приехал', '--json', '--catalog', GOOD]);
    expect(JSON.parse(stdout).results[0].id).toBe('no-courier');
  });

  it('lets check run cases against a folder and name what came first for each miss', async () => {
    const { code, stdout } = await run(['check', fixture('authoring-cases.tsv'), '--catalog', GOOD]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^all +3 +66\.7 % +100\.0 %$/m);
    expect(stdout).toContain(`authoring-cases.tsv:4  "дорого"  expected price-match, first came expensive (then price-match`);
  });
});

describe("objection-desk validate: a reply's short line", () => {
  it('warns, at its line, about a short line no shorter than its reply, with a fix', async () => {
    const file = fixture('short-line-too-long.yaml');
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `  ${file}:8:9: objections[0].replies[0].short: warning: is 86 characters long, no shorter than its reply (53) → keep only what is said first; the reply below it has the rest`,
    );
  });
});
