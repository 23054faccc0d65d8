import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { catalogToJson, compileCatalogFiles } from '../../src/core/catalog-files.js';
import { builtinCatalog, contextFit, fittingFirst, formatProblem, mergeCatalogs, validateCatalog, type CatalogInput, type Reply } from '../../src/core/index.js';

describe('contextFit', () => {
  it('fits a reply with no conditions to any call', () => {
    expect(contextFit(undefined, {}).fits).toBe(true);
  });

  it('does not fit the loyalty-card offer to a customer whose context has a loyalty discount', () => {
    expect(contextFit({ loyaltyDiscount: 'absent' }, { loyaltyDiscount: '5%' })).toEqual({ fits: false, needs: [], known: ['loyaltyDiscount'] });
    expect(contextFit({ loyaltyDiscount: 'absent' }, { clientName: 'Anna' }).fits).toBe(true);
  });

  it('says which values a reply needs that the call does not know', () => {
    expect(contextFit({ orderNumber: 'present', clientName: 'present' }, { clientName: 'Anna' })).toEqual({ fits: false, needs: ['orderNumber'], known: [] });
  });

  it('counts a number and true as known, and an empty or blank text, false and null as unknown', () => {
    const present = { a: 'present', b: 'present' } as const;
    expect(contextFit(present, { a: 0, b: true }).fits).toBe(true);
    expect(contextFit(present, { a: '  ', b: false }).needs).toEqual(['a', 'b']);
    expect(contextFit({ a: 'absent' }, { a: null }).fits).toBe(true);
  });

  it('never takes a key from Object.prototype as known', () => {
    expect(contextFit({ constructor: 'present' as const }, {}).needs).toEqual(['constructor']);
  });
});

describe('fittingFirst', () => {
  const reply = (id: string, when?: Reply['when']): Reply => ({ id, text: { en: id }, ...(when ? { when } : {}) });

  it('puts the replies that fit first, keeping the order within each part', () => {
    const replies = [reply('card', { loyaltyDiscount: 'absent' }), reply('volume'), reply('has-card', { loyaltyDiscount: 'present' }), reply('today')];
    expect(fittingFirst(replies, { loyaltyDiscount: '5%' }).map((r) => r.id)).toEqual(['volume', 'has-card', 'today', 'card']);
    expect(fittingFirst(replies, {}).map((r) => r.id)).toEqual(['card', 'volume', 'today', 'has-card']);
  });
});

describe('the built-in catalog', () => {
  const replies = (objectionId: string) => {
    const objection = builtinCatalog().objections.find((o) => o.id === objectionId)!;
    return [...objection.replies, ...objection.followUps.flatMap((f) => f.replies)];
  };
  const fitting = (objectionId: string, values: Record<string, string>) =>
    fittingFirst(replies(objectionId), values).filter((reply) => contextFit(reply.when, values).fits).map((reply) => reply.id);

  it('offers a loyalty card only to a customer without one, and tells a card holder their discount applies', () => {
    // The card's discount is the store's term, known for every customer; the card's number, only for a holder.
    const store = { loyaltyDiscount: '5%' };
    const holder = { ...store, loyaltyCard: '4417' };
    expect(fitting('discount', store)).to.include('loyalty-card').and.not.include('loyalty-card-holder');
    expect(fitting('expensive', store)).to.include('loyalty-card');
    expect(fitting('discount', holder)).to.include('loyalty-card-holder').and.not.include.members(['loyalty-card', 'now-beats-later']);
    expect(fitting('over-budget', holder)).not.include.members(['loyalty-card', 'loyalty-and-checkout']);
    expect(fitting('expensive', holder)).not.include('loyalty-card');
  });

  it('offers a discount only when the context names the one the operator may give, and leaves payment and shipping replies where they are', () => {
    const offers = ['discount-for-decision-today', 'close-with-discount'];
    expect(fitting('discount', { orderDiscount: '3%' })).to.include.members(offers);
    expect(fitting('discount', {}).filter((id) => offers.includes(id))).toEqual([]);
    expect(fitting('expensive', {}).filter((id) => ['match-on-same-terms', 'discount-for-order-today'].includes(id))).toEqual([]);
    // A store's ways to pay and the city it ships from are facts every store has: the operator types them in.
    expect(fitting('online-payment-distrust', {})[0]).toBe('payment-options');
    expect(fitting('delivery-too-long', {})[0]).toBe('ships-from-city');
  });

  it('asks the name with the price only when the context does not know it', () => {
    expect(fitting('how-much', {})).to.include('range-right-away').and.not.include('range-for-known-customer');
    expect(fitting('how-much', { clientName: 'Anna' })[0]).toBe('range-for-known-customer');
    expect(fitting('how-much', { clientName: 'Anna' })).not.toContain('range-right-away');
  });
});

describe('a catalog with conditions', () => {
  it('reads `when` on replies and script answers, and merging keeps it', () => {
    const { catalog, problems } = validateCatalog(
      {
        locale: 'en',
        objections: [{ id: 'discount', title: 'Discount', triggers: ['discount'], replies: [{ text: 'A loyalty card?', when: { loyaltyDiscount: 'absent' } }] }],
        scripts: [{ id: 'call', kind: 'incoming', title: 'Call', start: 'greet', steps: [{ id: 'greet', say: 'Hello!', answers: [{ label: 'Name known', end: 'resolved', when: { clientName: 'present' } }] }] }],
      },
      'mine',
    );
    expect(problems).toEqual([]);
    const merged = mergeCatalogs([catalog]);
    expect(merged.objections[0]!.replies[0]!.when).toEqual({ loyaltyDiscount: 'absent' });
    expect(merged.scripts[0]!.steps[0]!.answers[0]!.when).toEqual({ clientName: 'present' });
  });

  it('keeps the conditions (and short lines) through `build`', () => {
    const input: CatalogInput = {
      locale: 'en',
      objections: [{ id: 'discount', title: 'Discount', triggers: ['discount'], replies: [{ id: 'card', text: 'A loyalty card?', short: 'A card?', when: { loyaltyDiscount: 'absent' } }] }],
      scripts: [{ id: 'call', kind: 'incoming', title: 'Call', start: 'greet', steps: [{ id: 'greet', say: 'Hello!', answers: [{ label: 'Name known', end: 'resolved', when: { clientName: 'present' } }] }] }],
    };
    const { catalog } = validateCatalog(input, 'mine');
    const built = validateCatalog(JSON.parse(JSON.stringify(catalogToJson(catalog))), 'mine').catalog;
    expect(built.objections[0]!.replies[0]).toEqual({ id: 'card', text: { en: 'A loyalty card?' }, short: { en: 'A card?' }, when: { loyaltyDiscount: 'absent' } });
    expect(built.scripts[0]!.steps[0]!.answers[0]!.when).toEqual({ clientName: 'present' });
  });

  it('tells a condition that is not present or absent, and a key that is no placeholder, at its file, line and column', () => {
    const name = 'tests/fixtures/when/broken-when.yaml';
    const { problems, catalog } = compileCatalogFiles([{ name, text: readFileSync(name, 'utf8') }], 'mine');
    expect(problems.map(formatProblem)).toEqual([
      `${name}:9:11: objections[0].replies[0].when.loyaltyDiscount: error: asks "yes" of "loyaltyDiscount"; a condition is "present" (the context must know it) or "absent" (it must not); it is ignored`,
      expect.stringMatching(new RegExp(`^${name}:10:11: objections\\[0\\]\\.replies\\[0\\]\\.when\\.vipStatus: warning: names the context key "vipStatus", which is not one of "clientName", `)),
      `${name}:12:9: objections[0].replies[1].when: error: must be an object of conditions by context key, such as {"loyaltyCard": "absent"}, not a string`,
      `${name}:25:15: scripts[0].steps[0].answers[0].when.clientName: error: asks "known" of "clientName"; a condition is "present" (the context must know it) or "absent" (it must not); it is ignored`,
    ]);
    // The replies and the answer stay, with the conditions that could be read.
    const replies = catalog.objections[0]!.replies;
    expect(replies.map((r) => r.when)).toEqual([{ vipStatus: 'absent' }, undefined]);
    expect(catalog.scripts[0]!.steps[0]!.answers[0]!.when).toBeUndefined();
  });

  it('is described by catalog.schema.json, which refuses a condition other than present or absent', () => {
    const schema = JSON.parse(readFileSync('objections/catalog.schema.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const catalog = (when: unknown) => ({ locale: 'en', objections: [{ id: 'a', title: 'A', triggers: ['a'], replies: [{ text: 'A', when }] }] });
    expect(validate(catalog({ loyaltyDiscount: 'absent', clientName: 'present' }))).toBe(true);
    expect(validate(catalog({ loyaltyDiscount: 'yes' }))).toBe(false);
  });
});
