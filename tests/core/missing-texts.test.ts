import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG_JSON, ObjectionSearch, formatProblem, lintCatalog, mergeCatalogs, validateCatalog, validateForAuthors } from '../../src/core/index.js';
import { missingTexts } from '../../src/core/missing-texts.js';

const input = JSON.parse(readFileSync(new URL('../fixtures/missing-ru-reply.json', import.meta.url), 'utf8')) as unknown;

describe('texts missing a language their objection has', () => {
  it('warns, with a fix, about a reply only in English under a Russian title, and every other such text', () => {
    const { problems } = validateForAuthors(input, 'mine.json');
    expect(problems.map(formatProblem)).toEqual([
      'mine.json: objections[0].replies[0].text: warning: is missing the "ru" text that the rest of its objection has; an operator' +
        ' would read another language here → write its "ru" text',
      'mine.json: objections[0].tips[0]: warning: is missing the "en" text that the rest of its objection has; an operator' +
        ' would read another language here → write its "en" text',
    ]);
  });

  it('leaves the locales the catalog declares to the validator, which warns about them once', () => {
    const declared = { ...(input as object), locales: ['ru', 'en'] };
    const missing = validateForAuthors(declared, 'mine.json').problems.filter((p) => p.code === 'missing-locale');
    expect(missing.map((p) => `${p.path} ${p.message}`)).toEqual([
      'objections[0].replies[0].text has no "ru" text; English or another locale will be shown instead',
      'objections[0].tips[0] has no "en" text; English or another locale will be shown instead',
    ]);
  });

  it('is not a problem the element reports: the widget still shows the text in another language', () => {
    expect(validateCatalog(input, 'mine.json').problems).toEqual([]);
  });

  it('finds none in the built-in catalog', () => {
    const objections = (BUILTIN_CATALOG_JSON as { objections: unknown[] }).objections;
    expect(objections.flatMap((objection) => missingTexts(objection))).toEqual([]);
  });

  it('is a lint finding too, naming the text', () => {
    const { catalog } = validateCatalog(input, 'mine.json');
    const findings = lintCatalog(new ObjectionSearch(mergeCatalogs([catalog])), () => true).filter((f) => f.kind === 'missing-text');
    expect(findings.map((f) => f.message)).toEqual([
      'replies[0].text is missing the "ru" text that the rest of the objection has',
      'tips[0] is missing the "en" text that the rest of the objection has',
    ]);
  });

  it('reads plain strings as the catalog\'s one locale', () => {
    expect(missingTexts({ title: 'Дорого', triggers: ['дорого'], replies: [{ text: { en: 'I see.' } }] }, 'ru')).toEqual([
      { path: 'title', locale: 'en' },
      { path: 'triggers', locale: 'en' },
      { path: 'replies[0].text', locale: 'ru' },
    ]);
  });
});
