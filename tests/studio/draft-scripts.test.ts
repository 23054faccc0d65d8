import { describe, expect, it } from 'vitest';
import { draftScriptsOf } from '../../src/studio/draft-scripts.js';

const text = (input: unknown) => (typeof input === 'string' ? { en: input } : (input as Record<string, string>));

describe("the studio's draft scripts", () => {
  it('keeps what the forms do not edit: an answer’s context conditions, as the file wrote them', () => {
    const [script] = draftScriptsOf(
      [
        {
          id: 'call',
          kind: 'incoming',
          title: 'Call',
          start: 'greet',
          steps: [{ id: 'greet', say: 'Hello!', answers: [{ label: 'Has a card', end: 'ordered', when: { loyaltyDiscount: 'present' } }, { label: 'Other', end: 'resolved' }] }],
        },
      ],
      text,
    );
    const answers = script && 'steps' in script ? script.steps?.[0]?.answers : [];
    expect(answers).to.deep.equal([
      { label: { en: 'Has a card' }, end: 'ordered', when: { loyaltyDiscount: 'present' } },
      { label: { en: 'Other' }, end: 'resolved' },
    ]);
  });
});
