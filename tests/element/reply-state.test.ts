// The opened objection's state, driven in Node the way the element drives it, with objections of the real
// built-in catalog: the operator opens one, moves through its replies and types what the context lacks.
import { describe, expect, it } from 'vitest';
import { fillTemplate, localize } from '../../src/core/index.js';
import { builtinCatalog } from '../../src/core/builtin-catalog-sync.js';
import { ReplyState } from '../../src/element/reply-state.js';

const objections = builtinCatalog().objections;
const objection = (id: string) => objections.find((candidate) => candidate.id === id)!;
const withFollowUps = objections.find((candidate) => candidate.followUps.length > 0)!;
const withClientName = objections.find((candidate) => candidate.replies.some((reply) => localize(reply.text, 'en').includes('{clientName}')))!;

describe('the reply state', () => {
  it('orders the replies as the arrow keys go: the objection’s own, then each follow-up’s', () => {
    const state = new ReplyState();
    state.show(withFollowUps);
    const expected = [...withFollowUps.replies, ...withFollowUps.followUps.flatMap((followUp) => followUp.replies)];
    expect(state.replies).toEqual(expected);
    expect(expected.map((reply) => state.indexOf(reply))).toEqual(expected.map((_, index) => index));
  });

  it('fills a typed value into every reply of every objection, unless the context has one', () => {
    const state = new ReplyState();
    state.show(withClientName);
    state.type('clientName', 'Anna');
    const reply = withClientName.replies.find((candidate) => localize(candidate.text, 'en').includes('{clientName}'))!;
    expect(fillTemplate(localize(reply.text, 'en'), state.values)).toContain('Anna');
    state.show(objection('expensive'));
    expect(state.values).toMatchObject({ clientName: 'Anna' });
    state.setContext({ clientName: 'Maria' });
    expect(state.values).toMatchObject({ clientName: 'Maria' });
    state.type('clientName', '');
    state.setContext({});
    expect(state.values).toEqual({});
  });

  it('keeps the context as it was assigned, whatever the page does to the object later', () => {
    const state = new ReplyState();
    const context: Record<string, unknown> = { clientName: 'Anna' };
    state.setContext(context);
    context['clientName'] = 'Someone else';
    expect(state.values).toEqual({ clientName: 'Anna' });
    state.setContext('not an object');
    expect(state.values).toEqual({});
  });

  it('tells whether some reply has a placeholder the context leaves empty, in the language shown', () => {
    const state = new ReplyState();
    state.show(withClientName);
    expect(state.hasUnfilled('en')).toBe(true);
    state.setContext({ clientName: 'Anna', managerName: 'Oleg', orderNumber: '1', deliveryDays: '2', expressDays: '1', officeAddress: 'x', city: 'y', loyaltyDiscount: '5', partners: 'z', priceFrom: '9' });
    const missing = state.replies.some((reply) => /\{\w+\}/.test(fillTemplate(localize(reply.text, 'en'), state.context)));
    expect(state.hasUnfilled('en')).toBe(missing);
  });

  it('moves through the replies with the arrows round the list, and to its ends with Home and End', () => {
    const state = new ReplyState();
    state.show(withFollowUps);
    const last = state.replies.length - 1;
    expect(state.moved('ArrowUp')).toBe(last);
    expect(state.moved('ArrowDown')).toBe(1);
    state.active = last;
    expect(state.moved('ArrowDown')).toBe(0);
    expect(state.moved('Home')).toBe(0);
    expect(state.moved('End')).toBe(last);
  });

  it('keeps the active reply in range when a fresh copy of the objection has fewer replies', () => {
    const state = new ReplyState();
    state.show(withFollowUps);
    state.active = state.replies.length - 1;
    state.show({ ...withFollowUps, followUps: [] });
    expect(state.active).toBe(withFollowUps.replies.length - 1);
    state.close();
    expect(state.opened).toBeUndefined();
    expect(state.replies).toEqual([]);
  });

  it('orders replies with 20 or more marks by their share of "Worked" with learn, those that fit the context still first', () => {
    const state = new ReplyState();
    state.setContext({ loyaltyCard: 'LC-1' });
    state.rates = new Map([
      ['expensive/loyalty-card', { worked: 20, count: 20 }],
      ['expensive/pay-in-instalments', { worked: 15, count: 20 }],
      ['expensive/compare-whole-offer', { worked: 18, count: 19 }],
    ]);
    state.show(objection('expensive'));
    // loyalty-card is for a customer without the card: unfit here, so after those that fit, however good its marks.
    expect(state.groups[0]!.map((reply) => reply.id)).toEqual(['pay-in-instalments', 'price-only-question', 'compare-whole-offer', 'value-for-the-price', 'loyalty-card']);
    expect(state.learned(state.groups[0]![0]!)).toEqual({ worked: 15, count: 20 });
    expect(state.learned(state.groups[0]![2]!), 'fewer than 20 marks').toBe(undefined);
  });
});
