import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateForAuthors } from '../../src/core/index.js';
import { studioStrings } from '../../src/studio/i18n.js';
import { describeFieldPath, problemsByField } from '../../src/studio/problem-fields.js';

const draft = JSON.parse(readFileSync(new URL('../fixtures/missing-ru-reply.json', import.meta.url), 'utf8')) as unknown;

describe('the studio\'s problems', () => {
  it('shows a text missing a language of the rest of its objection at that text\'s field, as other warnings', () => {
    const byField = problemsByField(validateForAuthors(draft, 'draft').problems);
    const places = [...byField.keys()];
    expect(places).toEqual(['objections[0].replies[0].text', 'objections[0].tips[0]']);
    expect(byField.get(places[0]!)![0]).toMatchObject({ severity: 'warning', code: 'missing-locale', hint: 'write its "ru" text' });
    expect(places.map((place) => describeFieldPath(place, studioStrings('en')))).toEqual(['Reply 1 · Text', 'Tip 1']);
  });
});
