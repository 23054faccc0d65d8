import type { TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/ui/highlight.js';

/** The pieces as text, with each highlighted run in [brackets]. */
function shown(pieces: ReadonlyArray<string | TemplateResult>): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : `[${String(piece.values[0])}]`)).join('');
}

describe('highlight', () => {
  it('marks each matched range and keeps the rest as text', () => {
    expect(shown(highlight('too expensive for us', [[4, 13]]))).toBe('too [expensive] for us');
  });

  it('shows no character twice when ranges overlap', () => {
    expect(shown(highlight('expensive', [[0, 4], [2, 6]]))).toBe('[expe][ns]ive');
  });

  it('drops a range inside one already marked and cuts one that runs past the text', () => {
    expect(shown(highlight('cheap', [[0, 3], [1, 2], [4, 99]]))).toBe('[che]a[p]');
  });

  it('keeps markup in the text as text', () => {
    const pieces = highlight('<b>price</b>', [[3, 8]]);
    expect(pieces[0]).toBe('<b>');
    expect(shown(pieces)).toBe('<b>[price]</b>');
  });
});
