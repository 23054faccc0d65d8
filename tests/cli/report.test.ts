import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run } from './run-cli.js';

const LOGS = ['anna-ru.jsonl', 'john-en.jsonl', 'ayse-tr.jsonl'].map((name) => fixture(`logs/${name}`));
/** The rows of a table under `heading`, up to the next blank line. */
const rows = (text: string, heading: string) => text.split(`${heading}\n`)[1]!.split('\n\n')[0]!.split('\n').slice(1).filter(Boolean);

describe('objection-desk report', () => {
  it('prints the objections with their uses, marks and success rate with its count, titles in --locale', async () => {
    const { code, stdout } = await run(['report', ...LOGS, '--locale', 'en']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('3 logs: 45 records, 9 calls, 2026-12-03 09:01 – 2026-12-04 11:06 UTC');
    const objections = rows(stdout, 'Objections');
    expect(objections[0]!.split(/ {2,}/)).toEqual(['expensive', '4', '5', '3', '2', '60% of 5', '2', '1', 'Too expensive / found it cheaper']);
    expect(objections[2]!.split(/ {2,}/)).toEqual(['discount', '1', '2', '1', '0', '100% of 1', '0', '0', 'Asks for a discount']);
  });

  it('prints the replies, with a dash where nothing was marked, the scripts\' ends and the gap groups', async () => {
    const { stdout } = await run(['report', ...LOGS]);
    const replies = rows(stdout, 'Replies');
    expect(replies[0]!.split(/ {2,}/)).toEqual(['expensive', 'compare-whole-offer', '4', '3', '1', '75% of 4']);
    expect(replies[1]!.split(/ {2,}/)).toEqual(['discount', 'discount-for-decision-today', '1', '0', '0', '–']);
    expect(rows(stdout, 'Scripts')[0]!.split(/ {2,}/)).toEqual(['incoming-call', '2', 'callback 1, ordered 1']);
    const gaps = rows(stdout, 'Gaps (no answer for these queries)');
    expect(gaps[0]!.trim().split(/ {2,}/)).toEqual(['3', '3', 'Warranty repair', '"warranty repair" 1, "warranty repairs" 1, "warrenty repair" 1']);
    expect(gaps.map((row) => row.trim().split(/ {2,}/)[2])).toEqual([
      'Warranty repair', 'Garanti tamir', 'Гарантия на ремонт', 'Hafta sonu teslimat', 'Weekend delivery', 'Доставка в выходные',
    ]);
  });

  it('says each line it could not read on standard error as file:line, and reads the rest', async () => {
    const { code, stderr } = await run(['report', ...LOGS, '--json']);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter(Boolean).map((line) => line.replace(/: .*/, ''))).toEqual([
      `${LOGS[0]}:16`,
      `${LOGS[1]}:16`,
      `${LOGS[2]}:9`,
    ]);
    expect(stderr).toContain(`${LOGS[2]}:9: has the kind "transfer"`);
  });

  it('prints the whole report as JSON with --json', async () => {
    const { stdout } = await run(['report', ...LOGS, '--json']);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['records', 'calls', 'from', 'to', 'objections', 'replies', 'scripts', 'gaps']);
    expect(report.replies[0]).toEqual({ objectionId: 'expensive', replyId: 'compare-whole-offer', copies: 4, worked: 3, failed: 1, n: 4, rate: 0.75 });
    expect(report.gaps[0].triggers).toEqual({ en: ['warranty repair', 'warranty repairs', 'warrenty repair'] });
  });

  it('prints a call heard with hear(): the suggestion shown, opened from it, its reply copied and marked worked', async () => {
    // The records, as the element's exportLog() gave them in tests/element/hear.browser.test.ts's Done-when test.
    const { code, stdout } = await run(['report', fixture('hear-call.jsonl'), '--locale', 'ru']);
    expect(code).toBe(0);
    expect(rows(stdout, 'Objections')[0]!.split(/ {2,}/)).toEqual(['expensive', '1', '1', '1', '0', '100% of 1', '1', '1', 'Дорого / нашёл дешевле']);
    expect(rows(stdout, 'Replies')[0]!.split(/ {2,}/)).toEqual(['expensive', 'price-only-question', '1', '1', '0', '100% of 1']);
  });

  it('reads the .jsonl files of a folder', async () => {
    const { stdout } = await run(['report', fixture('logs'), '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ records: 45, calls: 9 });
  });

  it('exits 1 when no record could be read, and 2 without logs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-'));
    const broken = join(folder, 'broken.jsonl');
    writeFileSync(broken, 'not json\n{"v":3}\n');
    const none = await run(['report', broken]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`${broken}:1: is not a JSON object: ${none.stderr.split('\n')[0]!.split('is not a JSON object: ')[1]}\n${broken}:2: is not a log record: a record is a JSON object with "v", "kind", "at", "call" and "locale"\nno call log record could be read from 1 file\n`);
    expect((await run(['report'])).code).toBe(2);
    expect((await run(['report', join(folder, 'missing.jsonl')])).code).toBe(2);
  });
});
