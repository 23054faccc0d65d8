/**
 * Properties of the core that must hold for any input, checked with fast-check. The seed is fixed so CI is
 * reproducible; to explore other inputs run with a random one and keep the seed of a failure:
 *
 *   FC_SEED=$RANDOM npx vitest run tests/core/properties.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/core/visible-text.js';
import {
  KNOWN_PLACEHOLDERS,
  ObjectionSearch,
  builtinCatalog,
  fillTemplate,
  fillTemplateRanges,
  foldForSearch,
  mergeCatalogs,
  missingPlaceholders,
  parseCatalog,
  parseTemplate,
  switchKeyboardLayout,
  validateCatalog,
  type Catalog,
  type CatalogInput,
  type Objection,
  type Problem,
} from '../../src/core/index.js';

const SEED = Number(process.env['FC_SEED'] ?? 42);
fc.configureGlobal({ seed: SEED, numRuns: 200 });

/** Any UTF-16 code units, lone surrogates included, and whole grapheme clusters (emoji, flags, combining marks). */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** Text made of what folding treats specially: transliteration digraphs, doubles, digits, case, Turkish and Cyrillic. */
const foldableText = fc.string({
  unit: fc.constantFrom(...'aAbcChHijJkKqsStTwWxXyYz4 \'’-.ıİşŞçğüöéЁёйЙщЩшхцтсчкжяю'),
  maxLength: 16,
});

describe('foldForSearch', () => {
  it('never throws and keeps only letters, digits and single inner spaces, Latin in lower case', () => {
    // Letters with no lower case of their own, such as the mathematical "𝕬", stay as they are.
    fc.assert(
      fc.property(fc.oneof(anyText, foldableText), (text) => {
        const key = foldForSearch(text);
        expect(key).not.toMatch(/^ | $| {2}|[A-Z]/);
        for (const ch of key) expect(ch).toMatch(/^[\p{L}\p{N} ]$/u);
      }),
    );
  });

  it('leaves no variant spelling in the key: no w, x, j, y or q, no doubled letter, no "sch", "kh" or "ts"', () => {
    fc.assert(
      fc.property(foldableText, (text) => {
        expect(foldForSearch(text)).not.toMatch(/[wxjyq]|([a-z])\1|sch|kh|ts|[a-z]4|4[a-z]/);
      }),
    );
  });

  it('is idempotent: a key folds to itself', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, foldableText), (text) => {
        const key = foldForSearch(text);
        expect(foldForSearch(key)).toBe(key);
      }),
    );
  });

  it('ignores letter case in Latin, Turkish and Cyrillic text', () => {
    fc.assert(
      fc.property(foldableText, (text) => {
        const key = foldForSearch(text);
        expect(foldForSearch(text.toUpperCase())).toBe(key);
        expect(foldForSearch(text.toLowerCase())).toBe(key);
      }),
    );
  });

  it('gives each character of the key the index in the text it came from, in order', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, foldableText), (text) => {
        const offsets: number[] = [];
        const key = foldForSearch(text, offsets);
        expect(offsets).toHaveLength(key.length);
        offsets.forEach((offset, i) => {
          expect(offset).toBeGreaterThanOrEqual(i > 0 ? offsets[i - 1]! : 0);
          expect(offset).toBeLessThan(text.length);
        });
      }),
    );
  });

  it('makes Russian words and their chat transliterations meet', () => {
    // Each letter with the spellings people type for it; ё, ъ and ь have the ones folding does not merge left out.
    const SPELLINGS: Record<string, readonly string[]> = {
      а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['e'], ж: ['zh'], з: ['z'], и: ['i'],
      й: ['j', 'y', 'i'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'],
      т: ['t'], у: ['u'], ф: ['f'], х: ['kh', 'h', 'x'], ц: ['ts', 'c'], ч: ['ch', '4'], ш: ['sh', 'w'],
      щ: ['shch', 'sch', 'sh', 'w'], ъ: ['', "'"], ы: ['y', 'i'], ь: ['', "'"], э: ['e'], ю: ['yu', 'ju', 'iu'],
      я: ['ya', 'ja', 'ia'],
    };
    // The Russian words of the built-in catalog, of two letters or more ("4" stands for ч only inside a word).
    // Not any string of letters: "tshch" is т+щ as well as ц+х+ч, which no folding can make meet both.
    const words = new Set<string>();
    for (const objection of builtinCatalog().objections) {
      const texts = [objection.title['ru'], ...(objection.triggers['ru'] ?? []), ...objection.replies.map((r) => r.text['ru'])];
      for (const text of texts) for (const w of (text ?? '').toLowerCase().match(/[а-яё]{2,}/g) ?? []) words.add(w);
    }
    const word = fc.constantFrom(...words).map((w) => [...w]);
    const spelled = word.chain((letters) =>
      fc.tuple(fc.constant(letters.join('')), fc.tuple(...letters.map((l) => fc.constantFrom(...SPELLINGS[l]!))).map((parts) => parts.join(''))),
    );
    fc.assert(
      fc.property(spelled, ([cyrillic, latin]) => {
        expect(foldForSearch(latin)).toBe(foldForSearch(cyrillic));
      }),
      { numRuns: 500 },
    );
  });
});

describe('switchKeyboardLayout', () => {
  const QWERTY_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~";
  const JCUKEN_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ';

  it('never throws and keeps the number of code points', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect([...switchKeyboardLayout(text)]).toHaveLength([...text].length);
      }),
    );
  });

  it('gives back the original when switched twice, for text typed on either layout', () => {
    const typed = (keys: string) => fc.string({ unit: fc.constantFrom(...keys, ' ', '1', '?'), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(typed(QWERTY_KEYS), typed(JCUKEN_KEYS)), (text) => {
        expect(switchKeyboardLayout(switchKeyboardLayout(text))).toBe(text);
      }),
    );
  });
});

describe('placeholders', () => {
  const name = fc.oneof(fc.constantFrom(...KNOWN_PLACEHOLDERS), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,6}$/));
  /** Templates full of braces, placeholders, half placeholders and text that looks like replacement patterns. */
  const template = fc
    .array(fc.oneof(name.map((n) => `{${n}}`), fc.constantFrom('{', '}', '{}', '{{', 'client', 'Name', '$&', '$1', ' ', 'ё', '😀'), fc.string({ maxLength: 4 })), { maxLength: 12 })
    .map((parts) => parts.join(''));
  /** A value as the element's context may hold it: text without braces, or a finite number. */
  const value = fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '' && !/[{}]/.test(s)),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const allKnownValues = fc.record(Object.fromEntries(KNOWN_PLACEHOLDERS.map((n) => [n, value])));
  const someValues = fc.dictionary(name, fc.oneof(value, fc.constantFrom('', '  ', null, undefined, {}, NaN)));

  it('parses every template back into itself', () => {
    fc.assert(
      fc.property(fc.oneof(template, anyText), (text) => {
        const rebuilt = parseTemplate(text).map((s) => (s.kind === 'text' ? s.text : `{${s.name}}`)).join('');
        expect(rebuilt).toBe(text);
      }),
    );
  });

  it('never leaves a known placeholder unfilled when it has a value', () => {
    fc.assert(
      fc.property(template, allKnownValues, (text, values) => {
        const filled = fillTemplate(text, values);
        expect(missingPlaceholders(text, values).filter((n) => Object.hasOwn(values, n))).toEqual([]);
        // Braces in the reply are the template's stray ones: a value never brings or leaves one.
        const strayBraces = parseTemplate(text)
          .filter((s) => s.kind === 'text')
          .reduce((count, s) => count + (s.kind === 'text' ? s.text.replace(/[^{}]/g, '').length : 0), 0);
        const namesLeft = parseTemplate(text).filter((s) => s.kind === 'placeholder' && !Object.hasOwn(values, s.name));
        expect(filled.replace(/[^{}]/g, '').length).toBe(strayBraces + 2 * namesLeft.length);
      }),
    );
  });

  it('fills exactly what missingPlaceholders does not list, with any values', () => {
    fc.assert(
      fc.property(template, someValues, (text, values) => {
        const missing = new Set(missingPlaceholders(text, values));
        const expected = parseTemplate(text)
          .map((s) => (s.kind === 'text' ? s.text : missing.has(s.name) ? `{${s.name}}` : String(values[s.name])))
          .join('');
        expect(fillTemplate(text, values)).toBe(expected);
      }),
    );
  });

  it('moves sorted ranges to sorted ranges of the filled text, words outside placeholders unchanged', () => {
    const templateWithRanges = template.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.uniqueArray(fc.nat(text.length), { maxLength: 6 }).map((cuts) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const ranges: Array<[number, number]> = [];
          for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push([sorted[i]!, sorted[i + 1]!]);
          return ranges;
        }),
      ),
    );
    fc.assert(
      fc.property(templateWithRanges, someValues, ([text, ranges], values) => {
        const filled = fillTemplateRanges(text, values, ranges);
        expect(filled.text).toBe(fillTemplate(text, values));
        const textSpans: Array<[number, number]> = [];
        let at = 0;
        for (const s of parseTemplate(text)) {
          const length = s.kind === 'text' ? s.text.length : s.name.length + 2;
          if (s.kind === 'text') textSpans.push([at, at + length]);
          at += length;
        }
        filled.ranges.forEach(([start, end], i) => {
          expect(0 <= start && start <= end && end <= filled.text.length).toBe(true);
          if (i > 0) expect(start).toBeGreaterThanOrEqual(filled.ranges[i - 1]![0]);
          if (i > 0) expect(end).toBeGreaterThanOrEqual(filled.ranges[i - 1]![1]);
          const [from, to] = ranges[i]!;
          if (textSpans.some(([a, b]) => a <= from && to <= b)) expect(filled.text.slice(start, end)).toBe(text.slice(from, to));
        });
      }),
    );
  });

  it('never throws on any template, values or ranges', () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(
      fc.property(fc.oneof(template, anyText), fc.object(), fc.array(range, { maxLength: 4 }), (text, values, ranges) => {
        fillTemplate(text, values);
        missingPlaceholders(text, values);
        fillTemplateRanges(text, values, ranges);
      }),
    );
  });
});

/** A catalog's JSON that validates without a single problem. */
const validCatalogInput: fc.Arbitrary<CatalogInput> = fc
  .subarray(['ru', 'en', 'tr'], { minLength: 1 })
  .chain((locales) => {
    // Invisible characters are warned about (and left out): a valid text is all visible.
    const phrase = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() !== '' && !/[{}]/.test(s) && visibleText(s) === s);
    const replyText = fc
      .array(fc.oneof(phrase, fc.constantFrom(...KNOWN_PLACEHOLDERS).map((n) => `{${n}}`)), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(' '))
      .filter((s) => s.trim() !== '');
    const byLocale = <T>(item: fc.Arbitrary<T>) => fc.tuple(...locales.map(() => item)).map((items) => Object.fromEntries(locales.map((l, i) => [l, items[i]!])));
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,8}$/);
    return fc.record({
      locales: fc.constant(locales),
      categories: fc.dictionary(id, fc.record({ title: byLocale(phrase) }), { maxKeys: 3 }),
      objections: fc.uniqueArray(
        fc.record(
          {
            id,
            title: byLocale(phrase),
            triggers: byLocale(fc.array(phrase, { minLength: 1, maxLength: 3 })),
            tags: byLocale(fc.array(phrase, { minLength: 1, maxLength: 2 })),
            replies: fc.array(fc.record({ text: byLocale(replyText) }), { minLength: 1, maxLength: 3 }),
            tips: fc.array(byLocale(phrase), { maxLength: 2 }),
          },
          { requiredKeys: ['id', 'title', 'triggers', 'replies'] },
        ),
        { selector: (o) => o.id, maxLength: 5 },
      ),
    });
  });

/** Something shaped like a catalog, with anything at every place a catalog has something. */
const catalogLikeInput = (() => {
  const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('ru', 'x', '', '{clientName', '__proto__'));
  const textish = fc.oneof(anything, fc.dictionary(fc.constantFrom('ru', 'en', 'xx', 'constructor', '__proto__'), anything));
  const objection = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'constructor', '__proto__', 'Bad id'), anything),
      category: anything,
      title: textish,
      triggers: fc.oneof(textish, fc.array(anything, { maxLength: 3 })),
      replies: fc.oneof(anything, fc.array(fc.record({ id: anything, text: textish }, { requiredKeys: [] }), { maxLength: 3 })),
      followUps: fc.oneof(anything, fc.array(fc.record({ customer: textish, replies: anything }, { requiredKeys: [] }), { maxLength: 2 })),
      tips: anything,
      disabled: fc.oneof(fc.boolean(), anything),
      tigger: anything,
    },
    { requiredKeys: [] },
  );
  return fc.record(
    {
      locale: anything,
      locales: fc.oneof(anything, fc.array(anything, { maxLength: 3 })),
      categories: fc.oneof(anything, fc.dictionary(fc.string({ maxLength: 4 }), anything)),
      objections: fc.array(fc.oneof(objection, anything), { maxLength: 4 }),
    },
    { requiredKeys: ['objections'] },
  );
})();

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** The same JSON with the keys of every object in reverse order, except the order-giving category map. */
function reverseKeys(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => reverseKeys(item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, reverseKeys(v, k)] as const);
  return Object.fromEntries(key === 'categories' ? entries : entries.reverse());
}

describe('validateCatalog', () => {
  it('never throws on any value and reports every problem with a path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), catalogLikeInput), (input) => {
        const { catalog, problems } = validateCatalog(input, 'prop.json');
        expect(catalog.source).toBe('prop.json');
        for (const problem of problems) {
          expect(['error', 'warning']).toContain(problem.severity);
          expect(typeof problem.path).toBe('string');
          expect(problem.message.length).toBeGreaterThan(0);
        }
        const ids = catalog.objections.map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const objection of catalog.objections) {
          expect(objection.id).toMatch(ID_PATTERN);
          expect(objection.replies.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), catalogLikeInput.map((v) => JSON.stringify(v))), (text) => {
        const { catalog, problems } = parseCatalog(text, 'prop.json');
        expect(catalog.source).toBe('prop.json');
        expect(problems.every((p) => typeof p.path === 'string')).toBe(true);
      }),
    );
  });

  it('accepts a valid catalog without a problem and keeps all of it', () => {
    fc.assert(
      fc.property(validCatalogInput, (input) => {
        const { catalog, problems } = validateCatalog(input, 'prop.json');
        expect(problems).toEqual([]);
        expect(catalog.objections.map((o) => o.id)).toEqual(input.objections.map((o) => o.id));
        expect(catalog.categories.map((c) => c.id)).toEqual(Object.keys(input.categories ?? {}));
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of keys inside objects', () => {
    fc.assert(
      fc.property(fc.oneof(validCatalogInput, catalogLikeInput), (input) => {
        const straight = validateCatalog(input, 'prop.json');
        const reversed = validateCatalog(reverseKeys(input), 'prop.json');
        expect(reversed.catalog).toEqual(straight.catalog);
        // Messages quote wrong values as written, keys in their order; what is wrong where must not change.
        const sorted = (problems: readonly Problem[]) => problems.map((p) => `${p.severity} ${p.path} ${p.code}`).sort();
        expect(sorted(reversed.problems)).toEqual(sorted(straight.problems));
      }),
      { numRuns: 100 },
    );
  });
});

describe('mergeCatalogs', () => {
  const IDS = ['a', 'b', 'c', 'd'];
  const objection = (id: string, source: string, mark: number): Objection => ({
    id, category: 'other', title: { en: `${id}${mark}` }, triggers: { en: ['t'] }, tags: {}, replies: [{ id: 'reply-1', text: { en: 'r' } }], followUps: [], tips: [], source,
  });
  const catalogs = fc
    .array(
      fc.record({
        objections: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 4 }),
        disabled: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 2 }),
        categories: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 2 }),
      }),
      { maxLength: 5 },
    )
    .map((specs) =>
      specs.map((spec, n): Catalog => ({
        source: `c${n}`,
        locales: ['en'],
        categories: spec.categories.map((id) => ({ id, title: { en: `${id}${n}` } })),
        objections: spec.objections.map((id, k) => objection(id, `c${n}`, k)),
        // A valid catalog never both disables and defines an id.
        disabled: spec.disabled.filter((id) => !spec.objections.includes(id)),
        scripts: [],
        disabledScripts: [],
      })),
    );

  it('is deterministic', () => {
    fc.assert(
      fc.property(catalogs, (list) => {
        expect(mergeCatalogs(structuredClone(list))).toEqual(mergeCatalogs(list));
      }),
    );
  });

  it('keeps, for each id, what the last catalog naming it says: its objection, or nothing if it disabled it', () => {
    fc.assert(
      fc.property(catalogs, (list) => {
        const merged = mergeCatalogs(list);
        const ids = merged.objections.map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of IDS) {
          const last = [...list].reverse().find((c) => c.disabled.includes(id) || c.objections.some((o) => o.id === id));
          const expected = last?.objections.find((o) => o.id === id);
          expect(merged.objections.find((o) => o.id === id)).toBe(expected);
        }
        for (const id of ['x', 'y', 'z']) {
          const expected = [...list].reverse().find((c) => c.categories.some((k) => k.id === id))?.categories.find((k) => k.id === id);
          expect(merged.categories.find((k) => k.id === id)).toBe(expected);
        }
      }),
    );
  });

  it('keeps the order of the first catalog for what later ones do not touch', () => {
    fc.assert(
      fc.property(catalogs, (list) => {
        if (list.length === 0) return;
        const touched = (id: string) => list.slice(1).some((c) => c.disabled.includes(id) || c.objections.some((o) => o.id === id));
        const untouched = list[0]!.objections.filter((o) => !touched(o.id));
        expect(mergeCatalogs(list).objections.filter((o) => untouched.includes(o))).toEqual(untouched);
      }),
    );
  });
});

describe('ObjectionSearch', () => {
  const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
  const query = fc.oneof(anyText, foldableText, fc.string({ unit: fc.constantFrom(...".*+?()[]{}\\'!^=$| дорогоljhjuj"), maxLength: 20 }));

  it('never throws and returns at most `limit` hits, best first, with ranges inside the matched text', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 25 }), (text, limit) => {
        const hits = search.search(text, { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        hits.forEach((hit, i) => {
          if (text.trim() !== '' && i > 0) expect(hit.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
          for (const [start, end] of hit.match?.ranges ?? []) {
            expect(0 <= start && start < end && end <= hit.match!.text.length).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
