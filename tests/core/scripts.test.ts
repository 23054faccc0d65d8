import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { catalogToJson, compileCatalogFiles } from '../../src/core/catalog-files.js';
import { readCatalogText } from '../../src/core/catalog-text.js';
import { ANSWER_FIELDS, SCRIPT_FIELDS, STAGE_FIELDS, STEP_FIELDS } from '../../src/core/validate-scripts.js';
import {
  builtinCatalog,
  catalogStats,
  checkScriptObjections,
  disabledScriptObjections,
  formatProblem,
  lintScripts,
  mergeCatalogs,
  parseCatalog,
  validateCatalog,
  type Catalog,
  type CatalogInput,
} from '../../src/core/index.js';

const FIXTURES = 'tests/fixtures/scripts';
const compile = (...names: string[]) =>
  compileCatalogFiles(names.map((name) => ({ name: `${FIXTURES}/${name}`, text: readFileSync(`${FIXTURES}/${name}`, 'utf8') })), 'mine');
const lines = (catalog: { problems: readonly Parameters<typeof formatProblem>[0][] }) => catalog.problems.map(formatProblem);

/** A script of one locale, in one line per step: `id: answer → target, …`. */
const oneScript = (steps: CatalogInput['scripts']) => validateCatalog({ locale: 'en', scripts: steps }, 'mine');

describe('a catalog file with scripts', () => {
  it('reads the same script from JSON and YAML, with its stages, notes, checklist and answers', () => {
    const json = compile('good-scripts.json');
    const yaml = compile('good-scripts.yaml');
    expect(lines(json)).toEqual([]);
    expect(lines(yaml)).toEqual([]);
    expect(yaml.catalog.scripts).toEqual(json.catalog.scripts);
    expect(json.catalog.objections).toEqual([]);
    expect(json.catalog.disabledScripts).toEqual(['after-sale']);
    const [script] = json.catalog.scripts;
    expect(script).toMatchObject({
      id: 'callback-request',
      kind: 'outgoing',
      title: { en: 'Callback request' },
      stages: [{ id: 'greeting' }, { id: 'close' }],
      start: 'greet',
      source: 'mine',
    });
    expect(script!.steps[0]).toMatchObject({
      id: 'greet',
      stage: 'greeting',
      say: { en: 'Hello {clientName}, you asked us to call you back.' },
      note: { en: 'Say who you are and which store.' },
      checklist: [],
      answers: [
        { label: { en: 'Yes, go ahead' }, next: 'confirm' },
        { label: { en: 'You are expensive' }, objection: 'expensive' },
        { label: { en: 'Do not call again' }, end: 'declined' },
      ],
    });
    expect(script!.steps[1]!.checklist).toEqual([{ ru: 'Адрес', en: 'Address' }, { ru: 'Время доставки', en: 'Delivery time' }]);
  });

  it('tells each problem of a broken script file at its file, line and column', () => {
    expect(lines(compile('broken-scripts.yaml'))).toEqual([
      `${FIXTURES}/broken-scripts.yaml:4:5: scripts[0].kind: error: has the kind "inbound"; a script is "incoming" or "outgoing"`,
      `${FIXTURES}/broken-scripts.yaml:5:5: scripts[0].title: warning: has no "en" text; English or another locale will be shown instead → add the "en" text, or drop "en" from "locales" at the top`,
      `${FIXTURES}/broken-scripts.yaml:12:9: scripts[0].steps[0].stage: error: names the stage "greting", which this script's "stages" do not have — did you mean "greeting"?`,
      `${FIXTURES}/broken-scripts.yaml:14:9: scripts[0].steps[0].anwsers: warning: has an unknown field "anwsers" — did you mean "answers"?; it is ignored`,
      `${FIXTURES}/broken-scripts.yaml:17:13: scripts[0].steps[0].answers[0].next: error: names the step "confirm", which this script does not have`,
      `${FIXTURES}/broken-scripts.yaml:18:13: scripts[0].steps[0].answers[1]: error: leads nowhere: an answer takes exactly one of "next" (a step), "objection" (to open) or "end" (an outcome); it is left out`,
      `${FIXTURES}/broken-scripts.yaml:19:13: scripts[0].steps[0].answers[2]: error: has "objection" and "end": an answer takes exactly one of "next" (a step), "objection" (to open) or "end" (an outcome); it is left out`,
      `${FIXTURES}/broken-scripts.yaml:23:13: scripts[0].steps[0].answers[3].end: error: has the outcome "Declined"; an outcome is written as ids are, such as "ordered", "callback", "declined" or "resolved" → write "declined"`,
      `${FIXTURES}/broken-scripts.yaml:26:9: scripts[0].steps[1].id: error: repeats the id "greet" already used at ${FIXTURES}/broken-scripts.yaml:11:9; this one is skipped → give one of them another id; to change a built-in objection, keep its id in one file only`,
      `${FIXTURES}/broken-scripts.yaml:42:13: scripts[0].steps[2].answers[9]: error: has 10 answers; the digits 1–9 choose them, so only the first 9 are kept`,
      `${FIXTURES}/broken-scripts.yaml:46:5: scripts[1].start: error: names the step "hello", which this script does not have`,
      `${FIXTURES}/broken-scripts.yaml:52:5: scripts[2].id: error: repeats the id "broken-call" already used at ${FIXTURES}/broken-scripts.yaml:3:5; this one is skipped → give one of them another id; to change a built-in objection, keep its id in one file only`,
    ]);
  });

  it('reports a script with no kind, no steps or no start as missing them, and leaves it out', () => {
    const { catalog, problems } = oneScript([{ id: 'bare', title: 'Bare' } as never]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'scripts[0]: is missing the required field "kind"',
      'scripts[0]: is missing the required field "steps"',
      'scripts[0]: is missing the required field "start"',
    ]);
    expect(catalog.scripts).toEqual([]);
  });

  it('keeps a step whose answer leads to a step left out for its own problem, without that answer', () => {
    const { catalog, problems } = oneScript([
      {
        id: 'call',
        kind: 'incoming',
        title: 'Call',
        start: 'a',
        steps: [
          { id: 'a', say: 'Hi', answers: [{ label: 'On', next: 'b' }, { label: 'Bye', end: 'resolved' }] },
          { id: 'b', answers: [{ label: 'Bye', end: 'resolved' }] } as never,
        ],
      },
    ]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['scripts[0].steps[1]: is missing the required field "say"']);
    expect(catalog.scripts[0]!.steps.map((step) => [step.id, step.answers.map((answer) => answer.label['en'])])).toEqual([['a', ['Bye']]]);
  });

  it('is a valid catalog with scripts alone, and a file with neither objections nor scripts is not', () => {
    expect(parseCatalog('{"scripts": []}', 'x').problems).toEqual([]);
    expect(parseCatalog('{"locale": "en"}', 'x').problems.map((p) => p.message)).toEqual(['must be a JSON object with an "objections" array']);
  });

  it('writes scripts into a built catalog that reads back the same', () => {
    const { catalog } = compile('good-scripts.json');
    const again = validateCatalog(JSON.parse(JSON.stringify(catalogToJson(catalog))), 'mine');
    expect(again.problems).toEqual([]);
    expect(again.catalog.scripts).toEqual(catalog.scripts);
    expect(again.catalog.disabledScripts).toEqual(['after-sale']);
  });

  it('counts scripts and their steps', () => {
    expect(catalogStats(compile('good-scripts.json').catalog)).toMatchObject({ scripts: 1, steps: 2, disabledScripts: 1 });
  });
});

describe('merging catalogs with scripts', () => {
  const script = (id: string, title: string): NonNullable<CatalogInput['scripts']>[number] => ({
    id,
    kind: 'incoming',
    title,
    start: 'a',
    steps: [{ id: 'a', say: title, answers: [{ label: 'Bye', end: 'resolved' }] }],
  });
  const catalog = (source: string, scripts: CatalogInput['scripts']): Catalog => validateCatalog({ locale: 'en', objections: [], scripts }, source).catalog;

  it('adds scripts in order, replaces one of the same id whole, and hides a disabled one', () => {
    const first = catalog('first', [script('incoming-call', 'First call'), script('after-sale', 'After sale')]);
    const second = catalog('second', [script('incoming-call', 'Our call'), { id: 'after-sale', disabled: true }, script('survey', 'Survey')]);
    const merged = mergeCatalogs([first, second]);
    expect(merged.scripts.map((s) => [s.id, s.title['en'], s.source])).toEqual([
      ['incoming-call', 'Our call', 'second'],
      ['survey', 'Survey', 'second'],
    ]);
  });

  it('reports an answer opening an objection no merged catalog has, at its line, with the closest id', () => {
    const mine = compile('good-scripts.json');
    expect(checkScriptObjections(mergeCatalogs([builtinCatalog(), mine.catalog]))).toEqual([]);
    const alone = mergeCatalogs([mine.catalog]);
    const problems = checkScriptObjections(alone, (found, step, objection) => mine.locateScriptObjection(found.id, step.id, objection));
    expect(problems.map(formatProblem)).toEqual([
      `${FIXTURES}/good-scripts.json:22:77: scripts[0].steps[0].answers[1].objection: error: opens the objection "expensive", which none of the catalogs has → correct the id, or give the catalog that has the objection too`,
    ]);
  });

  it('suggests the objection meant by a misspelt id', () => {
    const typo = catalog('mine', [{ ...script('call', 'Call'), steps: [{ id: 'a', say: 'Hi', answers: [{ label: 'Dear', objection: 'expnsive' }, { label: 'Bye', end: 'resolved' }] }] }]);
    const [found] = checkScriptObjections(mergeCatalogs([builtinCatalog(), typo]));
    expect(found).toMatchObject({ source: 'mine', path: 'scripts[0].steps[0].answers[0].objection', code: 'unknown-objection' });
    expect(found!.message).toBe('opens the objection "expnsive", which none of the catalogs has — did you mean "expensive"?');
  });
});

describe('disabledScriptObjections', () => {
  const builtinScripts = oneScript([
    { id: 'call', kind: 'incoming', title: 'Call', start: 'a', steps: [{ id: 'a', say: 'Hi', answers: [{ label: 'Bye', end: 'resolved' }, { label: 'Dear', objection: 'expensive' }] }] },
  ]).catalog.scripts;
  const hiding = (source: string, more: Partial<CatalogInput> = {}) => validateCatalog({ locale: 'en', objections: [{ id: 'expensive', disabled: true }], ...more }, source).catalog;

  it('reports a built-in script’s answer opening an objection a catalog disables, in each catalog that does', () => {
    const mine = hiding('mine');
    const theirs = hiding('theirs');
    const problems = disabledScriptObjections(builtinScripts, mergeCatalogs([builtinCatalog(), mine, theirs]), [mine, theirs]);
    expect(problems.map(formatProblem)).toEqual(
      ['mine', 'theirs'].map(
        (source) =>
          `${source}: error: disables the objection "expensive", which answer 2 of step "a" of the built-in call script "call" opens; that answer is offered disabled → keep the objection, or disable or replace the script "call" too`,
      ),
    );
  });

  it('leaves alone a built-in script the catalogs hide or replace, and an objection another catalog gives back', () => {
    const hidden = hiding('mine', { scripts: [{ id: 'call', disabled: true }] });
    expect(disabledScriptObjections(builtinScripts, mergeCatalogs([builtinCatalog(), hidden]), [hidden])).toEqual([]);
    const mine = hiding('mine');
    const back = validateCatalog({ locale: 'en', objections: [{ id: 'expensive', title: 'Pricey', triggers: ['pricey'], replies: [{ text: 'It lasts.' }] }] }, 'back').catalog;
    expect(disabledScriptObjections(builtinScripts, mergeCatalogs([builtinCatalog(), mine, back]), [mine, back])).toEqual([]);
  });
});

describe('lintScripts', () => {
  it('finds steps never reached, steps with no way to an end, and answers that read the same', () => {
    const findings = lintScripts(compile('lint-scripts.yaml').catalog.scripts);
    expect(findings.map((f) => [f.kind, f.step.id, f.answer, f.locale, f.message])).toEqual([
      ['same-label', 'greet', 1, 'en', 'answer 2 "I want to order!" reads the same as answer 1 in en once case, accents and punctuation are ignored'],
      ['dead-end-step', 'loop', undefined, undefined, 'no answer leads from this step to an end ("end"); a call that gets here cannot be closed with an outcome'],
      ['unreachable-step', 'orphan', undefined, undefined, 'no answer leads to this step from the start ("greet"); the operator never reaches it'],
    ]);
  });

  it('finds nothing in a script every step of which leads on to an end', () => {
    expect(lintScripts(compile('good-scripts.json').catalog.scripts)).toEqual([]);
  });
});

describe('catalog.schema.json for scripts', () => {
  const schema = JSON.parse(readFileSync('objections/catalog.schema.json', 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const read = (name: string) => readCatalogText(readFileSync(`${FIXTURES}/${name}`, 'utf8'), name, name.endsWith('.json') ? 'json' : 'yaml').value;

  it('has the fields the validator reads, no more and no fewer', () => {
    const { script, step, answer } = schema.definitions;
    expect(Object.keys(script.properties).sort()).toEqual([...SCRIPT_FIELDS].sort());
    expect(Object.keys(script.properties.stages.items.properties).sort()).toEqual([...STAGE_FIELDS].sort());
    expect(Object.keys(step.properties).sort()).toEqual([...STEP_FIELDS].sort());
    expect(Object.keys(answer.properties).sort()).toEqual([...ANSWER_FIELDS].sort());
  });

  it('accepts the good script files, JSON and YAML, and the catalog built from them', () => {
    for (const input of [read('good-scripts.json'), read('good-scripts.yaml'), read('lint-scripts.yaml'), catalogToJson(compile('good-scripts.json').catalog)]) {
      expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects what the validator rejects: a wrong kind, an answer leading to two places or nowhere, ten answers', () => {
    const [broken] = (read('broken-scripts.yaml') as { scripts: unknown[] }).scripts;
    expect(validate({ scripts: [broken] })).toBe(false);
    const one = (answers: unknown[]) => ({
      locale: 'en',
      scripts: [{ id: 's', kind: 'incoming', title: 'S', start: 'a', steps: [{ id: 'a', say: 'Hi', answers }] }],
    });
    expect(validate(one([{ label: 'Bye', end: 'resolved' }]))).toBe(true);
    expect(validate(one([{ label: 'Bye' }]))).toBe(false);
    expect(validate(one([{ label: 'Bye', end: 'resolved', next: 'a' }]))).toBe(false);
    expect(validate(one(Array.from({ length: 10 }, () => ({ label: 'Bye', end: 'resolved' }))))).toBe(false);
    expect(validate({ locale: 'en' })).toBe(false);
  });
});
