import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { LOG_RECORD_KINDS, logRecordsText, parseLogRecords, type LogRecord } from '../../src/core/index.js';

const LOGS = 'tests/fixtures/logs';
const read = (name: string) => parseLogRecords(readFileSync(`${LOGS}/${name}`, 'utf8'), `${LOGS}/${name}`);
const where = (found: ReturnType<typeof parseLogRecords>) => found.problems.map((p) => `${p.source}:${p.line}: ${p.code}`);

const SCHEMA = JSON.parse(readFileSync('objections/log-record.schema.json', 'utf8')) as object;
// The schema's "date-time" is a note for readers; parseLogRecords checks the time itself (tested below).
const validate = new Ajv2020({ allErrors: true, formats: { 'date-time': true } }).compile(SCHEMA);

describe('parseLogRecords', () => {
  it('reads every good line of an operator\'s log and reports the broken one at its file and line', () => {
    const anna = read('anna-ru.jsonl');
    expect(anna.records).toHaveLength(18);
    expect(where(anna)).toEqual([`${LOGS}/anna-ru.jsonl:16: not-json`]);
    expect(anna.problems[0]!.message).toMatch(/^is not a JSON object: /);
    // The lines after the broken one are still read.
    expect(anna.records.at(-1)).toMatchObject({ kind: 'script-end', scriptId: 'incoming-call', outcome: 'callback', steps: ['greet', 'ask-name', 'callback-time'] });
  });

  it('skips a record of another version and one of an unknown kind, saying which', () => {
    const john = read('john-en.jsonl');
    expect(where(john)).toEqual([`${LOGS}/john-en.jsonl:16: unknown-version`]);
    expect(john.problems[0]!.message).toBe('has the version "v": 2; this reader knows version 1, so the line is skipped');
    const ayse = read('ayse-tr.jsonl');
    expect(where(ayse)).toEqual([`${LOGS}/ayse-tr.jsonl:9: unknown-kind`]);
    expect(ayse.problems[0]!.message).toContain('has the kind "transfer", which is not one of "open", "copy", "outcome", "gap", "detect", "script-end"');
  });

  it('names the field a record gets wrong', () => {
    const lines = [
      '{"v":1,"at":"2026-12-05T10:00:00Z","call":"c1","locale":"en","kind":"outcome","objectionId":"expensive","replyId":"a","outcome":"great","query":""}',
      '{"v":1,"at":"yesterday","call":"c1","locale":"en","kind":"gap","query":"x"}',
      '{"v":1,"at":"2026-12-05T10:00:00Z","call":"c1","locale":"en","kind":"detect","objectionId":"trust","confidence":1.5}',
      '[1, 2]',
      '',
      '{"v":1,"at":"2026-12-05T10:00:00+03:00","call":"c1","locale":"en","kind":"gap","query":"warranty","objectionId":"trust"}',
    ].join('\r\n');
    const found = parseLogRecords(lines, 'pasted');
    expect(found.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: needs "outcome" to be "worked" or "failed"; the line is skipped',
      '2: needs "at" to be an ISO 8601 time; the line is skipped',
      '3: needs "confidence" to be a number from 0 to 1; the line is skipped',
      '4: is not a log record: a record is a JSON object with "v", "kind", "at", "call" and "locale"',
    ]);
    expect(found.records).toEqual([{ v: 1, at: '2026-12-05T10:00:00+03:00', call: 'c1', locale: 'en', kind: 'gap', query: 'warranty', objectionId: 'trust' }]);
  });

  it('keeps only the fields of the format', () => {
    const { records } = parseLogRecords('{"kind":"gap","v":1,"query":"warranty","at":"2026-12-05T10:00:00Z","call":"c1","locale":"en","clientName":"Anna"}', 'x');
    expect(records).toEqual([{ v: 1, at: '2026-12-05T10:00:00Z', call: 'c1', locale: 'en', kind: 'gap', query: 'warranty' }]);
  });
});

describe('logRecordsText', () => {
  it('writes records as JSON Lines that read back the same', () => {
    const { records } = read('anna-ru.jsonl');
    const text = logRecordsText(records);
    expect(text.split('\n')).toHaveLength(records.length + 1);
    expect(parseLogRecords(text, 'again')).toEqual({ records, problems: [] });
  });
});

describe('objections/log-record.schema.json', () => {
  const all: LogRecord[] = ['anna-ru.jsonl', 'john-en.jsonl', 'ayse-tr.jsonl'].flatMap((name) => read(name).records);

  it('accepts every record of the fixture logs, of every kind', () => {
    expect(new Set(all.map((record) => record.kind))).toEqual(new Set(LOG_RECORD_KINDS));
    for (const record of all) expect(validate(record) ? 'valid' : validate.errors).toBe('valid');
  });

  it('rejects what parseLogRecords rejects', () => {
    const base = { v: 1, at: '2026-12-05T10:00:00Z', call: 'c1', locale: 'en' };
    expect(validate({ ...base, kind: 'transfer' })).toBe(false);
    expect(validate({ ...base, v: 2, kind: 'gap', query: 'x' })).toBe(false);
    expect(validate({ ...base, kind: 'outcome', objectionId: 'a', replyId: 'b', outcome: 'great', query: '' })).toBe(false);
    expect(validate({ ...base, kind: 'gap', query: 'x', clientName: 'Anna' })).toBe(false);
    expect(validate({ ...base, kind: 'copy', objectionId: 'a', query: '' })).toBe(false);
  });
});
