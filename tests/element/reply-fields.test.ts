// Where Enter and the arrow keys go among the replies' placeholder fields, driven in Node with the real built-in
// "expensive" objection: its first reply asks for the client's name and the product, the others for the name.
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/core/builtin-catalog-sync.js';
import { emptyField, fieldToFill, fields, step } from '../../src/element/reply-fields.js';
import { ReplyState } from '../../src/element/reply-state.js';

const expensive = builtinCatalog().objections.find((objection) => objection.id === 'expensive')!;

function opened(context: Record<string, string> = {}): ReplyState {
  const state = new ReplyState();
  state.setContext(context);
  state.show(expensive);
  return state;
}

describe('the replies’ fields', () => {
  it('lists a reply’s fields in order, leaving out the placeholders the context fills', () => {
    expect(fields(opened(), 0, 'ru')).toEqual(['clientName', 'productName']);
    expect(fields(opened({ clientName: 'Анна' }), 0, 'ru')).toEqual(['productName']);
  });

  it('steps through each reply’s fields before its copy button, round the list', () => {
    const state = opened();
    const last = state.replies.length - 1;
    expect(step(state, { reply: 0 }, true, 'ru')).toEqual({ reply: 1, field: 0 });
    expect(step(state, { reply: 1, field: 0 }, true, 'ru')).toEqual({ reply: 1 });
    expect(step(state, { reply: 0 }, false, 'ru')).toEqual({ reply: 0, field: 1 });
    expect(step(state, { reply: 0, field: 0 }, false, 'ru')).toEqual({ reply: last });
    expect(step(state, { reply: last }, true, 'ru')).toEqual({ reply: 0, field: 0 });
  });

  it('finds the next empty field after one, round to those before it', () => {
    const state = opened();
    expect(emptyField(state, 0, 'ru')).toBe(0);
    state.type('clientName', 'Анна');
    expect(emptyField(state, 0, 'ru')).toBe(1);
    expect(emptyField(state, 0, 'ru', 1)).toBeUndefined();
    state.type('clientName', '');
    expect(emptyField(state, 0, 'ru', 1)).toBe(0);
  });

  it('sends a press to the first empty field once, then copies; Enter in a filled field goes on, in an empty one copies', () => {
    const state = opened();
    expect(fieldToFill(state, 0, 'ru', undefined, false)).toBe(0);
    expect(fieldToFill(state, 0, 'ru', undefined, true)).toBeUndefined();
    expect(fieldToFill(state, 0, 'ru', 0, true)).toBeUndefined();
    state.type('clientName', 'Анна');
    expect(fieldToFill(state, 0, 'ru', 0, true)).toBe(1);
    state.type('productName', 'пылесос');
    expect(fieldToFill(state, 0, 'ru', 1, true)).toBeUndefined();
    expect(fieldToFill(state, 0, 'ru', undefined, false)).toBeUndefined();
  });
});
