import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bySuccess, gapObjection, readLogs } from '../../src/studio/insights.js';

const LOGS = ['anna-ru.jsonl', 'john-en.jsonl', 'ayse-tr.jsonl'].map((name) => ({ name, text: readFileSync(`tests/fixtures/logs/${name}`, 'utf8') }));

describe('the studio\'s Insights', () => {
  it('reads the logs of several operators into one report, with the lines it could not read', () => {
    const { files, report, problems } = readLogs(LOGS);
    expect(files).toEqual(['anna-ru.jsonl', 'john-en.jsonl', 'ayse-tr.jsonl']);
    expect(report).toMatchObject({ records: 45, calls: 9 });
    expect(problems.map((p) => `${p.source}:${p.line} ${p.code} ${p.detail ?? ''}`)).toEqual([
      'anna-ru.jsonl:16 not-json ',
      'john-en.jsonl:16 unknown-version 2',
      'ayse-tr.jsonl:9 unknown-kind transfer',
    ]);
  });

  it('orders replies by success rate, more marks first among equal rates, unmarked last', () => {
    const { report } = readLogs(LOGS);
    expect(bySuccess(report.replies).map((r) => `${r.replyId} ${r.worked}/${r.n}`)).toEqual([
      'loyalty-card 1/1', 'fix-next-step 1/1', 'social-reviews 1/1', 'compare-whole-offer 3/4', 'pay-in-instalments 0/1', 'find-real-doubt 0/1', 'discount-for-decision-today 0/0',
    ]);
  });

  it('makes an objection of a gap group: its title, its queries as triggers in their locale, an id of its own', () => {
    const { report } = readLogs(LOGS);
    const warranty = report.gaps[0]!;
    expect(gapObjection(warranty, [])).toEqual({
      id: 'warranty-repair',
      title: { en: 'Warranty repair' },
      triggers: { en: ['warranty repair', 'warranty repairs', 'warrenty repair'] },
      replies: [{ text: {} }],
    });
    expect(gapObjection(warranty, [{ id: 'warranty-repair', title: {}, triggers: {}, replies: [] }]).id).toBe('warranty-repair-2');
  });
});
