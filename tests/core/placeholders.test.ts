import { describe, expect, it } from 'vitest';
import { fillTemplate, fillTemplateRanges, missingPlaceholders, parseTemplate } from '../../src/core/index.js';

describe('fillTemplate', () => {
  const reply = '{clientName}, доставка займёт {deliveryDays} дня. Звоните: {managerName}.';

  it('fills placeholders that have values and keeps the others visible', () => {
    expect(fillTemplate(reply, { clientName: 'Анна', deliveryDays: 3 })).toBe(
      'Анна, доставка займёт 3 дня. Звоните: {managerName}.',
    );
  });

  it('treats empty and whitespace values as missing', () => {
    expect(missingPlaceholders(reply, { clientName: '  ', deliveryDays: '' })).toEqual([
      'clientName',
      'deliveryDays',
      'managerName',
    ]);
  });

  it('never reaches Object.prototype through names like {constructor}', () => {
    expect(fillTemplate('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });

  it('ignores values that are not text or numbers', () => {
    expect(fillTemplate('{clientName}', { clientName: { toString: () => 'x' } })).toBe('{clientName}');
  });

  it('inserts values literally, without interpreting them', () => {
    expect(fillTemplate('Hi {clientName}', { clientName: '{managerName} $& <b>' })).toBe('Hi {managerName} $& <b>');
  });
});

describe('parseTemplate', () => {
  it('splits a reply into text and placeholders and leaves stray braces as text', () => {
    expect(parseTemplate('a {x} b { y } {')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'placeholder', name: 'x' },
      { kind: 'text', text: ' b { y } {' },
    ]);
  });
});

describe('fillTemplateRanges', () => {
  it('moves matched ranges to the same words of the filled reply', () => {
    const template = '{clientName}, доставка из {city} займёт {deliveryDays} дня';
    const at = template.indexOf('доставка');
    const filled = fillTemplateRanges(template, { clientName: 'Анна', city: 'Казани', deliveryDays: 3 }, [[at, at + 8]]);
    expect(filled.text).toBe('Анна, доставка из Казани займёт 3 дня');
    const [[start, end]] = filled.ranges;
    expect(filled.text.slice(start, end)).toBe('доставка');
  });

  it('widens a range touching a placeholder to the whole value, and keeps unfilled placeholders', () => {
    const filled = fillTemplateRanges('Город {city}, менеджер {managerName}', { city: 'Казань' }, [[7, 11], [24, 30]]);
    expect(filled.text).toBe('Город Казань, менеджер {managerName}');
    expect(filled.ranges.map(([s, e]) => filled.text.slice(s, e))).toEqual(['Казань', '{managerName}']);
  });
});
