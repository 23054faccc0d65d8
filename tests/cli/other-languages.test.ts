import { describe, expect, it } from 'vitest';
import { fixture, run } from './run-cli.js';

const GERMAN = fixture('german-catalog.json');

describe('the CLI with a catalog in another language (German)', () => {
  it('validates it without a word of warning', async () => {
    const { code, stdout } = await run(['validate', GERMAN]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${GERMAN}: ok, 3 objections\n0 error(s), 0 warning(s) in 1 file`);
  });

  it('searches it with --locale de and shows the German titles', async () => {
    const { code, stdout, stderr } = await run(['search', 'gunstiger gefunden', '--locale', 'de', '--catalog', GERMAN, '--limit', '1']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}1\. zu-teuer +\d\.\d{3} {2}Zu teuer  ← "woanders günstiger gefunden" \(trigger, de\)$/m);
  });

  it('shows the built-in objections in English for --locale de, as they have no German', async () => {
    const { stdout } = await run(['search', 'ljhjuj', '--locale', 'de-AT', '--catalog', GERMAN, '--limit', '1']);
    expect(stdout).toMatch(/^ {2}1\. expensive +\d\.\d{3} {2}Too expensive/m);
  });

  it('refuses a locale no catalog searched has, naming those they have', async () => {
    const { code, stderr } = await run(['search', 'x', '--locale', 'fr', '--catalog', GERMAN]);
    expect(code).toBe(2);
    expect(stderr).toContain('--locale must be one of ru, en, tr, de, the languages of the catalogs searched');
  });

  it('counts it under de in stats', async () => {
    const { stdout } = await run(['stats', GERMAN], undefined, { env: { LANG: 'de_DE.UTF-8' } });
    expect(stdout).toMatch(/^de +3 +10 +5$/m);
    expect(stdout).toMatch(/^preis +Preis +2 +7 +4$/m);
  });

  it('checks labelled German queries from a CSV file without a header', async () => {
    const { code, stdout } = await run(['check', fixture('cases/german-no-header.csv'), '--catalog', GERMAN]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^all +3 +100\.0 % +100\.0 %$/m);
    expect(stdout).toContain('locale de');
  });
});

describe('objection-desk check with files from a spreadsheet', () => {
  it.each(['semicolon-bom.csv', 'comma-quoted.csv', 'no-header.tsv'])('reads %s', async (name) => {
    const { code, stdout, stderr } = await run(['check', fixture(`cases/${name}`), '--catalog', fixture('authoring')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^all +3 +\d+\.\d % +\d+\.\d %$/m);
  });
});

describe('texts missing a language their objection has', () => {
  it('are warnings of validate, each at its line with a fix', async () => {
    const { code, stdout } = await run(['validate', fixture('missing-ru-reply.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `${fixture('missing-ru-reply.json')}:7:21: objections[0].replies[0].text: warning: is missing the "ru" text that the rest of its` +
        ' objection has; an operator would read another language here → write its "ru" text\n',
    );
    expect(stdout).toContain('0 error(s), 2 warning(s) in 1 file');
  });

  it('are lint findings, each at its line', async () => {
    const { stdout } = await run(['lint', fixture('missing-ru-reply.json'), '--no-builtin']);
    expect(stdout).toContain(`${fixture('missing-ru-reply.json')}:7:21: too-slow: replies[0].text is missing the "ru" text that the rest of the objection has\n`);
  });
});
