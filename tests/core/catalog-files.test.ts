import { describe, expect, it } from 'vitest';
import { compileCatalogFiles } from '../../src/core/catalog-files.js';
import { readCatalogText } from '../../src/core/catalog-text.js';
import { checkForAuthors } from '../../src/core/index.js';

const YAML = 'objections:\n  - id: expensive\n    triggers:\n      ru: [дорого, "no"]\n';
const JSON_TEXT = '{\n  "objections": [\n    {\n      "id": "expensive",\n      "triggers": { "ru": ["дорого", "no"] }\n    }\n  ]\n}\n';

describe('readCatalogText', () => {
  it('reads YAML and JSON to the same data and finds each path at its line and column', () => {
    const yaml = readCatalogText(YAML, 'a.yaml', 'yaml');
    const json = readCatalogText(JSON_TEXT, 'a.json', 'json');
    expect(yaml.value).toEqual(json.value);
    expect(yaml.positionOf('objections[0].triggers.ru[1]')).toEqual({ line: 4, column: 20 });
    expect(json.positionOf('objections[0].triggers.ru[1]')).toEqual({ line: 5, column: 38 });
    expect(json.positionOf('objections[0].replies')).toEqual({ line: 3, column: 5 });
  });

  it('keeps no, yes and on as text (YAML 1.2) but reads a bare 404 as a number', () => {
    expect(readCatalogText('a: no\nb: yes\nc: on\nd: 404\n', 'a.yaml', 'yaml').value).toEqual({ a: 'no', b: 'yes', c: 'on', d: 404 });
  });

  it.each([
    ['a.yaml', 'yaml', 'id: a\ntitle: x\ntitle: y\n', 3, 1],
    ['a.json', 'json', '{\n  "id": "a",\n  "id": "b"\n}\n', 3, 3],
  ] as const)('reports a repeated key in %s as an error at the second one', (name, format, text, line, column) => {
    const { problems } = readCatalogText(text, name, format);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', code: 'duplicate-key', line, column })]);
  });

  it('refuses JSON that only YAML would accept', () => {
    const { value, problems } = readCatalogText('{ objections: [], }', 'a.json', 'json');
    expect(value).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'not-json', line: 1, column: 3 });
  });
});

describe('compileCatalogFiles', () => {
  const objection = (id: string, trigger: string) =>
    `id: ${id}\ntitle: ${id}\ntriggers: [${trigger}]\nreplies:\n  - text: ответ\n`;

  it('reads one objection a file with the settings of another, in the order given', () => {
    const { catalog, problems } = compileCatalogFiles(
      [
        { name: 'f/_catalog.yaml', text: 'locale: ru\ncategories:\n  price: { title: Цена }\n' },
        { name: 'f/b.yaml', text: objection('b', 'бэ') },
        { name: 'f/a.yaml', text: objection('a', 'а') },
      ],
      'f',
    );
    expect(problems).toEqual([]);
    expect(catalog.objections.map((o) => [o.id, o.title])).toEqual([['b', { ru: 'b' }], ['a', { ru: 'a' }]]);
    expect(catalog.categories).toEqual([{ id: 'price', title: { ru: 'Цена' } }]);
  });

  it('tells a problem in the file it is in, and an id used twice with the place of the first', () => {
    const { problems } = compileCatalogFiles(
      [
        { name: 'f/_catalog.yaml', text: 'locale: ru\n' },
        { name: 'f/a.yaml', text: objection('a', 'а') },
        { name: 'f/b.yaml', text: `\n${objection('a', 'бэ')}` },
        { name: 'f/c.yaml', text: 'locale: en\n' },
      ],
      'f',
    );
    expect(problems.map((p) => [p.source, p.line, p.column, p.path, p.code])).toEqual([
      ['f/b.yaml', 2, 1, 'id', 'duplicate-id'],
      ['f/c.yaml', 1, 1, 'locale', 'conflicting-setting'],
    ]);
    expect(problems[0]!.message).toContain('already used at f/a.yaml:1:1');
  });

  it('says a file that is neither a catalog nor an objection is one', () => {
    const { problems } = compileCatalogFiles([{ name: 'x.yaml', text: '- just\n- a list\n' }], 'x.yaml');
    expect(problems).toEqual([expect.objectContaining({ code: 'not-a-catalog-file', line: 1, column: 1 })]);
  });
});

describe('checkForAuthors', () => {
  it('warns of a reply over 400 characters and of a trigger repeated once folded', () => {
    const { problems } = checkForAuthors(
      {
        locale: 'en',
        objections: [
          { id: 'a', title: 'A', triggers: ['Too expensive!'], replies: [{ text: 'x'.repeat(401) }] },
          { id: 'b', title: 'B', triggers: ['too expensive'], replies: [{ text: 'fine' }] },
        ],
      },
      'mine',
    );
    expect(problems.map((p) => [p.severity, p.path, p.code])).toEqual([
      ['warning', 'objections[0].replies[0].text', 'long-reply'],
      ['warning', 'objections[1].triggers[0]', 'duplicate-trigger'],
    ]);
    expect(problems[1]!.message).toContain('already at objections[0].triggers[0]');
  });
});
