import { describe, expect, it } from 'vitest';
import { fixture, run } from './run-cli.js';

describe('objection-desk detect', () => {
  it('prints one JSON line per utterance with the objections it raises, best first, and [] for plain talk', async () => {
    const input = 'ну эээ как бы дороговато у вас\nалло да здравствуйте\n\num i need to think it over you know\n';
    const { code, stdout } = await run(['detect', '--json'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ text: 'ну эээ как бы дороговато у вас', detected: [{ id: 'expensive', confidence: expect.any(Number) }, ...lines[0].detected.slice(1)] });
    expect(lines[0].detected[0].confidence).toBeGreaterThan(0);
    expect(lines[0].detected[0].confidence).toBeLessThanOrEqual(1);
    expect(lines[1]).toEqual({ text: 'алло да здравствуйте', detected: [] });
    expect(lines[2].detected[0].id).toBe('think-about-it');
  });

  it('lists each line\'s detections with their confidence and title in the locale, or says there is none', async () => {
    const { stdout } = await run(['detect', '--locale', 'en'], 'uh that is way too expensive for me honestly\nyeah the courier just got here\n');
    const [first, second] = stdout.split(/\n(?=\S)/);
    expect(first).toMatch(/^uh that is way too expensive for me honestly\n {2}1\. expensive +\d\.\d\d {2}Too expensive/);
    expect(second).toBe('yeah the courier just got here\n  (no objection)\n');
  });

  it('counts only the given locale\'s phrases', async () => {
    const turkish = await run(['detect', '--json', '--locale', 'tr'], 'çok pahalı\n');
    expect(JSON.parse(turkish.stdout).detected[0].id).toBe('expensive');
    const russian = await run(['detect', '--json', '--locale', 'ru'], 'çok pahalı\n');
    expect(JSON.parse(russian.stdout).detected).toEqual([]);
  });

  it('detects the objections of an extra catalog', async () => {
    const { stdout } = await run(['detect', '--json', '--catalog', fixture('marketer-catalog.json')], 'эээ а гарантийный талон вы мне дадите\n');
    expect(JSON.parse(stdout).detected[0]?.id).toBe('warranty-doubts');
  });

  it.each([
    [['detect'], undefined, 'pipe the utterances in'],
    [['detect', 'дорого'], 'x\n', 'instead of giving them as arguments'],
    [['detect', '--locale', 'de'], 'x\n', '--locale must be one of ru, en, tr'],
  ])('refuses %j with a usage error', async (args, stdin, message) => {
    const { code, stderr } = await run(args, stdin);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('objection-desk check --detect', () => {
  it('prints detection precision and recall per locale of a labelled utterance set, and each line it got wrong', async () => {
    const { code, stdout } = await run(['check', '--detect', fixture('../detect/holdout.tsv')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^utterances +count +precision +recall\nall +84 +\d+\.\d % +\d+\.\d %\n {2}locale ru +28 /);
    expect(stdout).toMatch(/locale en +28 /);
    expect(stdout).toMatch(/locale tr +28 /);
  });
});
