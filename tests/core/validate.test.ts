import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG_JSON, parseCatalog, validateCatalog, type Problem } from '../../src/core/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../objections/catalog.schema.json', import.meta.url), 'utf8'));
const errorsAt = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').map((p) => p.path);

describe('validateCatalog', () => {
  it('accepts the minimal catalog of the docs and fills in reply ids and the category', () => {
    const { catalog, problems } = parseCatalog(fixture('minimal-catalog.json'), 'minimal.json');
    expect(problems).toEqual([]);
    expect(catalog.objections).toHaveLength(1);
    expect(catalog.objections[0]).toMatchObject({
      id: 'x',
      category: 'other',
      title: { ru: 'Икс' },
      replies: [{ id: 'reply-1', text: { ru: 'Ответ' } }],
      source: 'minimal.json',
    });
  });

  it('accepts plain strings in a catalog that declares its one locale', () => {
    const { catalog, problems } = parseCatalog(fixture('marketer-catalog.json'), 'mine.json');
    expect(problems).toEqual([]);
    expect(catalog.objections[0]!.title).toEqual({ ru: 'Сомнения в гарантии' });
    expect(catalog.objections[0]!.triggers['ru']).toContain('вдруг сломается через месяц');
    expect(catalog.categories).toEqual([{ id: 'warranty', title: { ru: 'Гарантия' } }]);
    expect(catalog.disabled).toEqual(['too-cheap']);
  });

  it('reports each problem of a broken file with its path, keeps the valid entries and skips the invalid', () => {
    const { catalog, problems } = parseCatalog(fixture('broken-catalog.json'), 'broken.json');
    expect(catalog.objections.map((o) => o.id)).toEqual(['ok-entry', 'partly-bad']);
    expect(errorsAt(problems)).toEqual([
      'objections[1].id',
      'objections[2]',
      'objections[3].title',
      'objections[3]',
      'objections[4].triggers.en[1]',
      'objections[4].replies[0].text',
      'objections[5].id',
      'objections[6]',
    ]);
    const byPath = new Map(problems.map((p) => [`${p.severity} ${p.path}`, p]));
    expect(byPath.get('error objections[2]')!.message).toBe('is missing the required field "replies"');
    expect(byPath.get('error objections[3].title')!.code).toBe('plain-string-without-locale');
    expect(byPath.get('warning objections[3].tigger')!.message).toContain('did you mean "triggers"?');
    expect(byPath.get('warning objections[4].replies[1].text.en')!.code).toBe('unknown-placeholder');
    expect(byPath.get('error objections[5].id')!.code).toBe('duplicate-id');
    expect(problems.every((p) => p.source === 'broken.json')).toBe(true);
  });

  it('keeps what is left of a partly broken objection', () => {
    const { catalog } = parseCatalog(fixture('broken-catalog.json'), 'broken.json');
    const partly = catalog.objections.find((o) => o.id === 'partly-bad')!;
    expect(partly.triggers).toEqual({ en: ['fine'] });
    expect(partly.replies.map((r) => r.id)).toEqual(['good']);
  });

  it('reports where a src file stops being JSON without quoting any of it', () => {
    // Issue 11, item 9: JSON.parse's own message quotes the text around the error.
    const [found] = parseCatalog('{"objections": [\n  {"id": "x", "secret": "sk-live-4242" oops}\n]}', 'bad.json').problems;
    expect(found).toMatchObject({ code: 'not-json', line: 2, column: 40 });
    expect(found!.message).toBe('is not valid JSON: a "," or a closing bracket is expected here');
    expect(JSON.stringify(found)).not.toContain('sk-live');
  });

  it('reports invalid JSON and a wrong root instead of throwing', () => {
    expect(parseCatalog('{"objections": [', 'bad.json').problems[0]).toMatchObject({ code: 'not-json', path: '' });
    for (const input of [null, 42, 'x', [], {}, { objections: {} }]) {
      const { catalog, problems } = validateCatalog(input, 'odd');
      expect(catalog.objections).toEqual([]);
      expect(problems[0]!.code).toBe('not-an-object');
    }
  });

  it('quotes a wrong value in its message without calling the value\'s own toString', () => {
    // Found by the property tests: String() on {"toString": false} threw instead of reporting a problem.
    const { problems } = parseCatalog('{"locale": {"toString": false}, "objections": [{"id": {"toString": 1}}]}', 'odd.json');
    expect(problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      'locale has "{"toString":false}" where a locale code such as "ru", "en" or "tr" is expected',
      'objections[0].id has the id "{"toString":1}"; ids are lower-case letters, digits and dashes, starting with a letter or digit',
    ]);
  });

  it('warns when a text lacks one of the declared locales', () => {
    const { problems, catalog } = validateCatalog(
      {
        locales: ['ru', 'en', 'tr'],
        objections: [{ id: 'a', title: { ru: 'А', en: 'A' }, triggers: { ru: ['а'] }, replies: [{ text: { en: 'x' } }] }],
      },
      'partial',
    );
    expect(catalog.objections).toHaveLength(1);
    expect(problems.filter((p) => p.code === 'missing-locale').map((p) => `${p.path} ${p.message}`)).toEqual([
      'objections[0].title has no "tr" text; English or another locale will be shown instead',
      'objections[0].triggers has no "en" text; English or another locale will be shown instead',
      'objections[0].triggers has no "tr" text; English or another locale will be shown instead',
      'objections[0].replies[0].text has no "ru" text; English or another locale will be shown instead',
      'objections[0].replies[0].text has no "tr" text; English or another locale will be shown instead',
    ]);
  });

  it('accepts an entry that only disables another', () => {
    expect(validateCatalog({ objections: [{ id: 'expensive', disabled: true }] }, 'x')).toMatchObject({
      problems: [],
      catalog: { disabled: ['expensive'], objections: [] },
    });
  });
});

describe('catalog.schema.json', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('accepts the built-in catalog and the valid fixtures', () => {
    for (const input of [BUILTIN_CATALOG_JSON, JSON.parse(fixture('minimal-catalog.json')), JSON.parse(fixture('marketer-catalog.json'))]) {
      expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects the broken fixture, as the validator does', () => {
    expect(validate(JSON.parse(fixture('broken-catalog.json')))).toBe(false);
  });
});
