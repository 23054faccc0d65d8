import { describe, expect, it } from 'vitest';
import { compileCatalogFiles } from '../../src/core/catalog-files.js';
import { readCatalogText } from '../../src/core/catalog-text.js';
import { parseCatalog } from '../../src/core/index.js';
import { generatedText, hostileText } from '../fixtures/hostile/index.js';

// Issue 11, items 8, 9 and 11: files crafted to crash the reader, to make it quote a secret, or to slip keys
// past the folder compiler.

describe('reading crafted catalog files', () => {
  it('reports an id with its own toString as a bad id (08-tostring-id.json)', () => {
    const text = hostileText('08-tostring-id.json');
    const { problems } = compileCatalogFiles([{ name: 'poc.json', text }], 'poc');
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-id', path: 'objections[0].id', line: 1, column: 31 })]);
    expect(parseCatalog(text, 'poc.json').problems.map((found) => found.code)).toEqual(['bad-id']);
  });

  it('refuses JSON nested 5,000 deep with a problem at the level that is too deep (08-deep-nesting.mjs)', async () => {
    const text = await generatedText('08-deep-nesting');
    const { value, problems } = readCatalogText(text, 'poc.json', 'json');
    expect(value).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'not-json', message: expect.stringContaining('nested more than 100 levels'), line: 1, column: 115 })]);
    expect(compileCatalogFiles([{ name: 'poc.json', text }], 'poc').problems).toHaveLength(1);
  });

  it('refuses YAML nested too deep, in flow or in blocks', () => {
    const flow = `objections: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const blocks = `objections:\n${Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth + 1)}- `).join('\n')}x\n`;
    const compact = `objections:\n  ${'- '.repeat(100_000)}x\n`;
    for (const [text, line, column] of [[flow, 1, 112], [blocks, 101, 201], [compact, 2, 201]] as const) {
      const { value, problems } = readCatalogText(text, 'poc.yaml', 'yaml');
      expect(value).toBeUndefined();
      expect(problems).toEqual([expect.objectContaining({ code: 'syntax-error', message: expect.stringContaining('nested more than 100 levels'), line, column })]);
    }
  });

  it('refuses a YAML alias bomb with a problem (08-alias-bomb.yaml)', () => {
    const { value, problems } = readCatalogText(hostileText('08-alias-bomb.yaml'), 'poc.yaml', 'yaml');
    expect(value).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'syntax-error', message: expect.stringContaining('aliases (*name) expand to more than 100') })]);
  });

  it.each([
    ['env.json', 'HOME=/root\0API_TOKEN=hunter2-secret\0'],
    ['env.yaml', 'HOME=/root\0API_TOKEN=hunter2-secret\0'],
    ['a.json', '{"objections": hunter2-secret}'],
    ['a.json', '{"objections": [], "hunter2-secret"}'],
    ['a.yaml', 'a: "\\qhunter2-secret"\n'],
    ['a.yaml', 'a: !hunter2-secret x\n'],
    ['a.yaml', 'a: *hunter2-secret\n'],
    ['a.yaml', 'a: [&hunter2-secret]\nb: |x hunter2-secret\n  text\n'],
    ['a.yaml', '%hunter2-secret\n---\na: 1\n'],
  ])('says why %s cannot be read without quoting it', (name, text) => {
    const { problems } = compileCatalogFiles([{ name, text }], 'poc');
    expect(problems.length).toBeGreaterThan(0);
    for (const found of problems) expect(`${found.message} ${found.hint ?? ''}`).not.toContain('hunter2');
  });
});

describe('compileCatalogFiles and the keys Object.prototype has', () => {
  it.each(['__proto__', 'toString', 'constructor', 'hasOwnProperty'])('warns of a top-level "%s" key', (key) => {
    const text = `{"locale": "en", ${JSON.stringify(key)}: 1, "objections": []}`;
    const { problems } = compileCatalogFiles([{ name: 'a.json', text }], 'a');
    expect(problems).toEqual([expect.objectContaining({ code: 'unknown-field', path: key, message: expect.stringContaining(`"${key}"`), line: 1, column: 18 })]);
  });

  it.each(['__proto__', 'toString'])('reports a category "%s" as a bad id, and keeps one called "constructor"', (key) => {
    const text = `{"locale": "en", "categories": {${JSON.stringify(key)}: {"title": "t"}, "constructor": {"title": "c"}}, "objections": []}`;
    const { catalog, problems } = compileCatalogFiles([{ name: 'a.json', text }], 'a');
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-id', path: `categories.${key}`, message: expect.stringContaining(`"${key}"`) })]);
    expect(catalog.categories.map((category) => category.id)).toEqual(['constructor']);
  });
});
