import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, checkScriptObjections, lintScripts, mergeCatalogs, validateCatalog } from '../../src/core/index.js';
import { KNOWN_PLACEHOLDERS } from '../../src/core/placeholders.js';

// Reads the built-in call scripts as plain JSON, not through the catalog validator: what an operator relies on
// when walking a call (every answer leads somewhere, every step can end the call, every objection opens) holds
// for the file itself.
type Texts = Record<string, string>;
interface Answer { label: Texts; next?: string; objection?: string; end?: string }
interface Step { id: string; stage?: string; say: Texts; note?: Texts; checklist?: Texts[]; answers: Answer[] }
interface Script { id: string; kind: string; title: Texts; stages?: Array<{ id: string; title: Texts }>; start: string; steps: Step[] }

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const file = read('objections/scripts.json') as { $schema: string; locales: string[]; scripts: Script[] };
const objectionIds = new Set((read('objections/catalog.json') as { objections: Array<{ id: string }> }).objections.map((o) => o.id));
const LOCALES = ['ru', 'en', 'tr'];
const OUTCOMES = ['ordered', 'callback', 'declined', 'resolved'];
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const PLACEHOLDERS = new Set<string>(KNOWN_PLACEHOLDERS);
// Forms that give the operator (or the customer) a gender: "рад", "сам", "понял", "записал"…
const GENDERED_RU = /(?<!\p{L})(рад|сам|готов|уверен|должен|понял|записал|проверил|уточнил|нашёл|нашел|согласен|оформил|заказывал|пользовался)(?!\p{L})/iu;

const targets = (answer: Answer): string[] => (['next', 'objection', 'end'] as const).filter((key) => answer[key] !== undefined);
const fold = (text: string): string => text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function textsOf(script: Script): Array<[string, Texts]> {
  const texts: Array<[string, Texts]> = [[`${script.id}.title`, script.title]];
  for (const stage of script.stages ?? []) texts.push([`${script.id}.stages.${stage.id}`, stage.title]);
  for (const step of script.steps) {
    texts.push([`${script.id}.${step.id}.say`, step.say]);
    if (step.note) texts.push([`${script.id}.${step.id}.note`, step.note]);
    (step.checklist ?? []).forEach((item, i) => texts.push([`${script.id}.${step.id}.checklist[${i}]`, item]));
    step.answers.forEach((answer, i) => texts.push([`${script.id}.${step.id}.answers[${i}]`, answer.label]));
  }
  return texts;
}

describe('built-in call scripts (objections/scripts.json)', () => {
  it('is a catalog file with only scripts, in Russian, English and Turkish', () => {
    expect(Object.keys(file).sort()).toEqual(['$schema', 'locales', 'scripts']);
    expect(file.$schema).toBe('./catalog.schema.json');
    expect(file.locales).toEqual(LOCALES);
  });

  it('has the incoming call, the order confirmation and the after-sale call, each id once', () => {
    expect(file.scripts.map((s) => [s.id, s.kind])).toEqual([
      ['incoming-call', 'incoming'],
      ['order-confirmation', 'outgoing'],
      ['after-sale', 'outgoing'],
    ]);
  });

  for (const script of file.scripts) {
    describe(script.id, () => {
      const steps = new Map(script.steps.map((step) => [step.id, step]));
      const stageIds = (script.stages ?? []).map((stage) => stage.id);

      it('names each step and stage once, starts at a step and puts every step in a stage it has', () => {
        expect(steps.size).toBe(script.steps.length);
        expect(new Set(stageIds).size).toBe(stageIds.length);
        expect(steps.has(script.start)).toBe(true);
        for (const step of script.steps) if (step.stage !== undefined) expect(stageIds, step.id).toContain(step.stage);
        for (const stage of stageIds) expect(script.steps.some((step) => step.stage === stage), stage).toBe(true);
      });

      it('gives every step 1–9 answers, each with exactly one target that exists', () => {
        for (const step of script.steps) {
          expect(step.answers.length, step.id).toBeGreaterThanOrEqual(1);
          expect(step.answers.length, step.id).toBeLessThanOrEqual(9);
          for (const answer of step.answers) {
            expect(targets(answer), `${step.id}: ${answer.label.en}`).toHaveLength(1);
            if (answer.next !== undefined) expect(steps.has(answer.next), `${step.id} → ${answer.next}`).toBe(true);
            if (answer.objection !== undefined) expect(objectionIds.has(answer.objection), answer.objection).toBe(true);
            if (answer.end !== undefined) expect(OUTCOMES).toContain(answer.end);
          }
        }
      });

      it('reaches every step from the start, and every step can reach an end of the call', () => {
        const reached = new Set([script.start]);
        for (const id of reached) for (const answer of steps.get(id)!.answers) if (answer.next) reached.add(answer.next);
        expect([...steps.keys()].filter((id) => !reached.has(id))).toEqual([]);

        // An objection answer comes back to its step, so only `next` moves on.
        const ending = new Set(script.steps.filter((step) => step.answers.some((a) => a.end)).map((step) => step.id));
        for (let grown = true; grown; ) {
          grown = false;
          for (const step of script.steps) {
            if (!ending.has(step.id) && step.answers.some((a) => a.next && ending.has(a.next))) {
              ending.add(step.id);
              grown = true;
            }
          }
        }
        expect([...steps.keys()].filter((id) => !ending.has(id))).toEqual([]);
      });

      it('has no two answers of a step that read the same, in any language', () => {
        for (const step of script.steps) {
          for (const locale of LOCALES) {
            const labels = step.answers.map((answer) => fold(answer.label[locale] ?? ''));
            expect(new Set(labels).size, `${step.id} (${locale})`).toBe(labels.length);
          }
        }
      });

      it('has every text in ru, en and tr, with the same known placeholders in each', () => {
        for (const [path, texts] of textsOf(script)) {
          expect(Object.keys(texts).sort(), path).toEqual([...LOCALES].sort());
          const names = LOCALES.map((locale) => {
            expect(texts[locale]!.trim(), `${path}.${locale}`).not.toBe('');
            return [...texts[locale]!.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
          });
          expect(names[1], path).toEqual(names[0]);
          expect(names[2], path).toEqual(names[0]);
          for (const name of names[0]!) expect(PLACEHOLDERS.has(name), `${path}: {${name}}`).toBe(true);
        }
      });

      it('words the Russian texts for an operator of any gender', () => {
        for (const [path, texts] of textsOf(script)) expect(texts.ru!.match(GENDERED_RU)?.[0], path).toBeUndefined();
      });
    });
  }
});

describe('the built-in call scripts through the catalog validator', () => {
  it('validate with no problem, lint with no finding, and open only objections of the built-in catalog', () => {
    const { catalog, problems } = validateCatalog(file, 'built-in');
    expect(problems).toEqual([]);
    expect(catalog.scripts.map((script) => script.id)).toEqual(['incoming-call', 'order-confirmation', 'after-sale']);
    expect(lintScripts(catalog.scripts)).toEqual([]);
    expect(checkScriptObjections(mergeCatalogs([builtinCatalog(), catalog]))).toEqual([]);
  });
});
