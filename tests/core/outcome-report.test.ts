import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomeReport, parseLogRecords, type LogRecord } from '../../src/core/index.js';

const LOGS = ['anna-ru.jsonl', 'john-en.jsonl', 'ayse-tr.jsonl'];
const records: LogRecord[] = LOGS.flatMap((name) => parseLogRecords(readFileSync(`tests/fixtures/logs/${name}`, 'utf8'), name).records);
const report = outcomeReport(records);

describe('outcomeReport over three operators\' logs', () => {
  it('counts the records and calls, and the time they span', () => {
    expect(report).toMatchObject({ records: 45, calls: 9, from: '2026-12-03T09:01:07.037Z', to: '2026-12-04T11:06:42.222Z' });
  });

  it('gives each objection its opens, copies, marks and success rate, most opened first', () => {
    expect(report.objections.map((o) => [o.objectionId, o.opens, o.copies, o.worked, o.failed, o.n, o.rate])).toEqual([
      ['expensive', 4, 5, 3, 2, 5, 0.6],
      ['think-about-it', 2, 2, 1, 1, 2, 0.5],
      ['discount', 1, 2, 1, 0, 1, 1],
      ['trust', 1, 1, 1, 0, 1, 1],
    ]);
  });

  it('gives each reply its copies and success rate, with no rate where nothing was marked', () => {
    expect(report.replies[0]).toEqual({ objectionId: 'expensive', replyId: 'compare-whole-offer', copies: 4, worked: 3, failed: 1, n: 4, rate: 0.75 });
    const unmarked = report.replies.find((reply) => reply.replyId === 'discount-for-decision-today')!;
    expect(unmarked).toEqual({ objectionId: 'discount', replyId: 'discount-for-decision-today', copies: 1, worked: 0, failed: 0, n: 0 });
    expect(report.replies.map((reply) => `${reply.objectionId}/${reply.replyId} ${reply.worked}/${reply.n}`)).toEqual([
      'expensive/compare-whole-offer 3/4',
      'discount/discount-for-decision-today 0/0',
      'discount/loyalty-card 1/1',
      'expensive/pay-in-instalments 0/1',
      'think-about-it/find-real-doubt 0/1',
      'think-about-it/fix-next-step 1/1',
      'trust/social-reviews 1/1',
    ]);
  });

  it('says how often an objection was detected and how often the operator then opened it in that call', () => {
    const detections = report.objections.map((o) => [o.objectionId, o.detected, o.openedAfterDetection]);
    expect(detections).toEqual([
      ['expensive', 2, 1],
      ['think-about-it', 1, 1],
      ['discount', 0, 0],
      ['trust', 1, 0],
    ]);
  });

  it('counts how each call script ended', () => {
    expect(report.scripts).toEqual([
      { scriptId: 'incoming-call', ends: 2, outcomes: [{ outcome: 'callback', count: 1 }, { outcome: 'ordered', count: 1 }] },
      { scriptId: 'after-sale', ends: 1, outcomes: [{ outcome: 'resolved', count: 1 }] },
      { scriptId: 'order-confirmation', ends: 1, outcomes: [{ outcome: 'ordered', count: 1 }] },
    ]);
  });

  it('groups gap queries that say the same with other words or typos, biggest group first', () => {
    expect(report.gaps.map((group) => [group.title, group.count])).toEqual([
      ['Warranty repair', 3],
      ['Garanti tamir', 2],
      ['Гарантия на ремонт', 2],
      ['Hafta sonu teslimat', 1],
      ['Weekend delivery', 1],
      ['Доставка в выходные', 1],
    ]);
    const [warranty, , russian] = report.gaps;
    expect(warranty).toEqual({
      count: 3,
      queries: [
        { query: 'warranty repair', locale: 'en', count: 1 },
        { query: 'warranty repairs', locale: 'en', count: 1 },
        { query: 'warrenty repair', locale: 'en', count: 1 },
      ],
      calls: ['c-4c6d13', 'c-91aa02', 'c-e8f924'],
      objectionIds: [],
      locale: 'en',
      title: 'Warranty repair',
      triggers: { en: ['warranty repair', 'warranty repairs', 'warrenty repair'] },
    });
    expect(russian!.triggers).toEqual({ ru: ['гарантия на ремонт', 'гарантия ремонта'] });
    expect(report.gaps.at(-1)!.objectionIds).toEqual(['delivery-too-long']);
  });

  it('counts a query typed again, in other case or with end punctuation, as the same query', () => {
    const at = '2026-12-05T10:00:00Z';
    const gap = (query: string, call: string): LogRecord => ({ v: 1, at, call, locale: 'ru', kind: 'gap', query });
    const { gaps } = outcomeReport([gap('Рассрочка?', 'a'), gap('рассрочка', 'b'), gap('  рассрочка  ', 'c'), gap('рассрочку', 'c')]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.queries).toEqual([
      { query: 'рассрочка', locale: 'ru', count: 3 },
      { query: 'рассрочку', locale: 'ru', count: 1 },
    ]);
    expect(gaps[0]!.title).toBe('Рассрочка');
  });

  it('gives the same report whatever order the logs are read in', () => {
    expect(outcomeReport([...records].reverse())).toEqual(report);
  });

  it('is empty, with no rates, for no records', () => {
    expect(outcomeReport([])).toEqual({ records: 0, calls: 0, objections: [], replies: [], scripts: [], gaps: [] });
  });
});
