import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/core/index.js';
import { REPLY_EXCERPT_LENGTH, bySuccess, gapObjection, insightNames, readLogs } from '../../src/studio/insights.js';

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

describe('the Insights names of replies', () => {
  const builtin = builtinCatalog();
  const draft = (text: Record<string, string>) => ({
    categories: [],
    scripts: [],
    objections: [{ ...builtin.objections.find((o) => o.id === 'expensive')!, replies: [{ id: 'compare-whole-offer', text }], followUps: [] }],
  });

  it('gives the start of a built-in reply\'s text in the preview language, cut at a word within 80 characters', () => {
    const names = insightNames({ objections: [], merged: undefined, builtin }, 'en', 'en');
    expect(names.reply('discount', 'discount-for-decision-today')).toEqual({
      text: 'My supervisor lets me give you {orderDiscount} off if we place the order today…',
      locale: 'en',
    });
    const russian = insightNames({ objections: [], merged: undefined, builtin }, 'en', 'ru').reply('expensive', 'price-only-question')!;
    expect(russian.locale).toBe('ru');
    expect(russian.text.startsWith('{clientName}, давайте уточню: цена — единственное, что нужно решить?')).toBe(true);
    expect(russian.text.length).toBeLessThanOrEqual(REPLY_EXCERPT_LENGTH + 1);
    expect(russian.text.endsWith('…')).toBe(true);
  });

  it('finds a follow-up\'s reply, and none for an id no catalog has', () => {
    const names = insightNames({ objections: [], merged: undefined, builtin }, 'en', 'en');
    const followUp = builtin.objections.find((o) => o.followUps.length > 0)!.followUps[0]!;
    const objectionId = builtin.objections.find((o) => o.followUps.includes(followUp))!.id;
    const reply = followUp.replies[0]!;
    expect(names.reply(objectionId, reply.id)?.text.slice(0, 40)).toBe(reply.text.en!.slice(0, 40));
    expect(names.reply('expensive', 'no-such-reply')).toBeUndefined();
    expect(names.reply('no-such-objection', 'compare-whole-offer')).toBeUndefined();
  });

  it('takes the draft\'s text over the built-in one, and falls back to a language the reply has', () => {
    const names = insightNames({ objections: [], merged: draft({ en: 'Where   did you\nsee it cheaper?' }), builtin }, 'en', 'tr');
    expect(names.reply('expensive', 'compare-whole-offer')).toEqual({ text: 'Where did you see it cheaper?', locale: 'en' });
    // A reply the draft's objection no longer has is still named as the built-in catalog names it.
    expect(names.reply('expensive', 'loyalty-card')?.locale).toBe('tr');
  });
});
