import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG_JSON, MAX_SHORT_LENGTH, formatProblem, localize, validateCatalog, validateForAuthors } from '../../src/core/index.js';
import { missingTexts } from '../../src/core/missing-texts.js';

const schema = JSON.parse(readFileSync(new URL('../../objections/catalog.schema.json', import.meta.url), 'utf8'));

const catalogWith = (reply: object) => ({
  locales: ['ru', 'en'],
  objections: [{ id: 'expensive', title: { ru: 'Дорого', en: 'Too expensive' }, triggers: { ru: ['дорого'], en: ['expensive'] }, replies: [reply] }],
});

const REPLY = {
  text: { ru: '{clientName}, давайте посмотрим, что входит в цену: доставка, гарантия и установка.', en: '{clientName}, let us look at what the price includes: delivery, warranty and setup.' },
};

describe("a reply's short line", () => {
  it('is read beside the text, in the same shapes, and the file stays valid by the JSON Schema', () => {
    const input = catalogWith({ ...REPLY, short: { ru: 'Что входит в цену, {clientName}?', en: 'What the price includes, {clientName}' } });
    const { catalog, problems } = validateCatalog(input, 'mine.json');
    expect(problems).toEqual([]);
    expect(catalog.objections[0]!.replies[0]!.short).toEqual({ ru: 'Что входит в цену, {clientName}?', en: 'What the price includes, {clientName}' });
    expect(new Ajv({ strict: false }).validate(schema, input)).toBe(true);
  });

  it('is a plain string in a one-locale catalog, and optional', () => {
    const { catalog, problems } = validateCatalog(
      { locale: 'ru', objections: [{ id: 'x', title: 'Икс', triggers: ['икс'], replies: [{ text: 'Длинный ответ оператора.', short: 'Коротко.' }, { text: 'Ответ' }] }] },
      'mine.json',
    );
    expect(problems).toEqual([]);
    expect(catalog.objections[0]!.replies.map((reply) => reply.short)).toEqual([{ ru: 'Коротко.' }, undefined]);
  });

  it('is checked as reply text is: a missing declared locale is warned about and shown in another, an unknown placeholder too', () => {
    const { catalog, problems } = validateCatalog(catalogWith({ ...REPLY, short: { en: 'What the price includes, {clientNmae}' } }), 'mine.json');
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['objections[0].replies[0].short.en', 'unknown-placeholder'],
      ['objections[0].replies[0].short', 'missing-locale'],
    ]);
    expect(localize(catalog.objections[0]!.replies[0]!.short!, 'ru')).toBe('What the price includes, {clientNmae}');
  });

  it('is missing a locale its objection has elsewhere, for authors of an undeclared catalog', () => {
    const objection = { id: 'x', title: { ru: 'Икс', en: 'X' }, triggers: { ru: ['икс'], en: ['x'] }, replies: [{ text: { ru: 'Ответ', en: 'Reply' }, short: { en: 'R' } }] };
    expect(missingTexts(objection)).toEqual([{ path: 'replies[0].short', locale: 'ru' }]);
  });

  it(`warns an author about a short line over ${MAX_SHORT_LENGTH} characters, or one no shorter than its reply`, () => {
    const long = 'Давайте спокойно разберём, что именно входит в цену, '.repeat(3);
    const { problems } = validateForAuthors(catalogWith({ ...REPLY, short: { ru: long, en: `${REPLY.text.en} Really.` } }), 'mine.json');
    expect(problems.map(formatProblem)).toEqual([
      `mine.json: objections[0].replies[0].short.ru: warning: is ${long.length} characters long; a short line over 140 does not fit in one breath` +
        ' → keep only what is said first; the reply below it has the rest',
      `mine.json: objections[0].replies[0].short.en: warning: is ${REPLY.text.en.length + 8} characters long, no shorter than its reply (${REPLY.text.en.length})` +
        ' → keep only what is said first; the reply below it has the rest',
    ]);
  });

  it('is in every reply of the built-in catalog, in Russian, English and Turkish, one breath long and shorter than the reply', () => {
    const { objections } = BUILTIN_CATALOG_JSON as { objections: Array<{ replies: unknown[]; followUps?: Array<{ replies: unknown[] }> }> };
    const replies = objections.flatMap((o) => [...o.replies, ...(o.followUps ?? []).flatMap((f) => f.replies)]) as Array<{ short?: Record<string, string> }>;
    expect(replies.filter((reply) => Object.keys(reply.short ?? {}).sort().join() !== 'en,ru,tr')).toEqual([]);
    expect(validateForAuthors(BUILTIN_CATALOG_JSON, 'built-in').problems.filter((p) => p.code === 'long-short')).toEqual([]);
  });
});
