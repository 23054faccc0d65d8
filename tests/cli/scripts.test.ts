import { describe, expect, it } from 'vitest';
import { fixture, run } from './run-cli.js';

const GOOD_JSON = fixture('scripts/good-scripts.json');
const GOOD_YAML = fixture('scripts/good-scripts.yaml');
const BROKEN = fixture('scripts/broken-scripts.yaml');
const LINT = fixture('scripts/lint-scripts.yaml');
const OWN = fixture('scripts/own-objection.yaml');
const DISABLES_BUILTIN = fixture('scripts/disables-builtin.yaml');

describe('objection-desk scripts', () => {
  it('lists each script with its kind, steps, title and stages in the chosen locale, and its file', async () => {
    const { code, stdout } = await run(['scripts', GOOD_YAML, '--locale', 'ru', '--no-builtin']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^id +kind +steps +title +stages +source$/);
    expect(stdout.split('\n')[1]).toMatch(new RegExp(`^callback-request +outgoing +2 +Обратный звонок +Приветствие → Завершение +${GOOD_YAML}$`));
  });

  it('prints the scripts of all files as JSON with --json, a later file\'s script replacing one of the same id', async () => {
    const { code, stdout } = await run(['scripts', GOOD_JSON, OWN, '--json', '--locale', 'en', '--no-builtin']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        id: 'callback-request',
        kind: 'outgoing',
        title: 'Callback request',
        steps: 2,
        stages: [{ id: 'greeting', title: 'Greeting' }, { id: 'close', title: 'Close' }],
        source: GOOD_JSON,
      },
      { id: 'warranty-call', kind: 'incoming', title: 'Warranty question', steps: 1, stages: [], source: OWN },
    ]);
    const replaced = JSON.parse((await run(['scripts', GOOD_JSON, GOOD_YAML, '--json', '--no-builtin'])).stdout);
    expect(replaced.map((script: { id: string; source: string }) => [script.id, script.source])).toEqual([['callback-request', GOOD_YAML]]);
  });

  it('lists the built-in call scripts first, in the chosen locale, less one a file disables', async () => {
    const { code, stdout } = await run(['scripts', GOOD_JSON, '--json', '--locale', 'tr']);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as Array<{ id: string; kind: string; title: string; steps: number; stages: unknown[]; source: string }>;
    // The file has `{ "id": "after-sale", "disabled": true }`.
    expect(listed.map(({ id, kind, source }) => [id, kind, source])).toEqual([
      ['incoming-call', 'incoming', 'built-in'],
      ['order-confirmation', 'outgoing', 'built-in'],
      ['callback-request', 'outgoing', GOOD_JSON],
    ]);
    const all = JSON.parse((await run(['scripts', '--json'])).stdout) as Array<{ id: string }>;
    expect(all.map(({ id }) => id)).toEqual(['incoming-call', 'order-confirmation', 'after-sale']);
    for (const script of listed.slice(0, 2)) {
      expect(script.steps, script.id).toBeGreaterThan(10);
      expect(script.stages.length, script.id).toBeGreaterThan(2);
      expect(script.title, script.id).not.toMatch(/^(Incoming call|Order confirmation|After the sale)$/);
    }
  });

  it('says so when there is no script', async () => {
    const { code, stdout } = await run(['scripts', fixture('minimal-catalog.json'), '--no-builtin']);
    expect(code).toBe(0);
    expect(stdout).toBe('no scripts\n');
  });
});

describe('objection-desk validate with scripts', () => {
  it('says ok with the count of scripts for good files, JSON and YAML, whose answers open built-in objections', async () => {
    const { code, stdout } = await run(['validate', GOOD_JSON, GOOD_YAML]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${GOOD_JSON}: ok, 0 objections, 1 script\n`);
    expect(stdout).toContain(`${GOOD_YAML}: ok, 0 objections, 1 script\n`);
  });

  it('prints each problem of a broken script file at its file, line and column, and exits 1', async () => {
    const { code, stdout } = await run(['validate', BROKEN]);
    expect(code).toBe(1);
    expect(stdout).toContain(`  ${BROKEN}:4:5: scripts[0].kind: error: has the kind "inbound"; a script is "incoming" or "outgoing"\n`);
    expect(stdout).toContain(`  ${BROKEN}:17:13: scripts[0].steps[0].answers[0].next: error: names the step "confirm", which this script does not have\n`);
    expect(stdout).toContain(`  ${BROKEN}:46:5: scripts[1].start: error: names the step "hello", which this script does not have\n`);
    expect(stdout).toContain('10 error(s), 2 warning(s) in 1 file\n');
  });

  it('reports an answer opening an objection that neither the files nor the built-ins have, with the closest id', async () => {
    const { code, stdout } = await run(['validate', OWN]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `  ${OWN}:20:13: scripts[0].steps[0].answers[1].objection: error: opens the objection "expnsive", which none of the catalogs has — did you mean "expensive"? → correct the id, or give the catalog that has the objection too\n`,
    );
    // The file's own objection "warranty" is known; without the built-ins, "expensive" of the other file is not.
    expect(stdout.match(/: error: /g)).toHaveLength(1);
    const alone = await run(['validate', GOOD_JSON, '--no-builtin']);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain(`${GOOD_JSON}:22:77: scripts[0].steps[0].answers[1].objection: error: opens the objection "expensive", which none of the catalogs has`);
  });

  it('reports a file that disables an objection a built-in script opens, as the widget does, unless --no-builtin', async () => {
    const { code, stdout } = await run(['validate', DISABLES_BUILTIN]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `  ${DISABLES_BUILTIN}: error: disables the objection "found-on-marketplace", which answer 9 of step "greet" of the built-in call script "incoming-call" opens; that answer is offered disabled → keep the objection, or disable or replace the script "incoming-call" too\n`,
    );
    expect(stdout).not.toContain(`${DISABLES_BUILTIN}: ok`);
    const alone = await run(['validate', DISABLES_BUILTIN, '--no-builtin']);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(`${DISABLES_BUILTIN}: ok, 0 objections\n`);
  });
});

describe('objection-desk lint with scripts', () => {
  it('lists unreachable steps, dead ends and same labels at their lines, and counts the scripts linted', async () => {
    const { code, stdout } = await run(['lint', LINT, '--no-builtin']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Script steps no answer leads to (1):',
        `  ${LINT}:29:9: lint-me/orphan: no answer leads to this step from the start ("greet"); the operator never reaches it`,
        'Script steps with no way to an end (1):',
        `  ${LINT}:22:9: lint-me/loop: no answer leads from this step to an end ("end"); a call that gets here cannot be closed with an outcome`,
        'Answers of one step that read the same (1):',
        `  ${LINT}:13:13: lint-me/greet: answer 2 "I want to order!" reads the same as answer 1 in en once case, accents and punctuation are ignored`,
        '3 findings in 0 objections and 1 script (warnings; --strict makes them fail)',
        '',
      ].join('\n'),
    );
    expect((await run(['lint', LINT, '--no-builtin', '--strict'])).code).toBe(1);
  });

  it('gives each script finding as a line of JSON with --json', async () => {
    const lines = (await run(['lint', LINT, '--no-builtin', '--json'])).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toContainEqual({ kind: 'unreachable-step', script: 'lint-me', step: 'orphan', file: LINT, line: 29, column: 9, message: expect.stringContaining('never reaches it') });
    expect(lines).toContainEqual(expect.objectContaining({ kind: 'same-label', step: 'greet', answer: 1, locale: 'en', line: 13, column: 13 }));
  });
});

describe('objection-desk stats and build with scripts', () => {
  it('counts scripts and their steps', async () => {
    const { stdout } = await run(['stats', GOOD_YAML]);
    expect(stdout.split('\n')[0]).toBe(`${GOOD_YAML}: 0 objections, 0 disabled, 1 script (2 steps), 1 disabled`);
    expect(JSON.parse((await run(['stats', GOOD_YAML, '--json'])).stdout)).toMatchObject({ scripts: 1, steps: 2, disabledScripts: 1 });
  });

  it('keeps the scripts in the built catalog, which validates as it was written', async () => {
    const { code, stdout, stderr } = await run(['build', GOOD_YAML, '-o', '-']);
    expect(code).toBe(0);
    expect(stderr).toContain('wrote 0 objections, 0 disabled, 1 script, 1 disabled, locales ru, en');
    const built = JSON.parse(stdout);
    expect(built.scripts.map((script: { id: string }) => script.id)).toEqual(['callback-request', 'after-sale']);
    expect(built.scripts[0].steps[1].checklist).toEqual([{ ru: 'Адрес', en: 'Address' }, { ru: 'Время доставки', en: 'Delivery time' }]);
  });
});
