import { lintScripts } from '../core/lint-scripts.js';
import { isJsonObject, scalarText, type JsonObject } from '../core/json-object.js';
import type { Script, ScriptAnswerInput, ScriptInput, ScriptStepInput } from '../core/index.js';
import type { Draft, TextMap } from './draft-types.js';

// The draft's call scripts as the studio keeps and edits them: every text a map by locale, as for objections.

/** The outcomes the built-in scripts use, offered first for an answer that ends the call (any slug is allowed). */
export const OUTCOMES = ['ordered', 'callback', 'declined', 'resolved'] as const;

/** The digits 1–9 choose an answer in the widget: a step has at most this many. */
export const MAX_ANSWERS = 9;

/** What an answer leads to: the next step, an objection to open (then back to the step), or the call's end. */
export type AnswerTarget = 'next' | 'objection' | 'end';

const textOf = (value: unknown): TextMap => (isJsonObject(value) ? (value as TextMap) : {});

/**
 * A catalog file's `scripts` in the studio's shape: `text` turns a one-locale file's plain strings into maps; what
 * the forms do not edit is left out. Empty when the file has none.
 */
export function draftScriptsOf(value: unknown, text: (input: unknown) => TextMap): ScriptInput[] {
  const objects = (input: unknown): JsonObject[] => (Array.isArray(input) ? input.filter(isJsonObject) : []);
  const slug = (input: unknown) => (input === undefined ? undefined : scalarText(input));
  return objects(value).map((entry): ScriptInput => {
    const id = scalarText(entry['id'] ?? '');
    if (entry['disabled'] === true) return { id, disabled: true };
    const kind = entry['kind'] === 'outgoing' ? 'outgoing' : 'incoming';
    const stages = objects(entry['stages']).map((stage) => ({ id: scalarText(stage['id'] ?? ''), title: text(stage['title']) }));
    const steps = objects(entry['steps']).map((step): ScriptStepInput => {
      const answers = objects(step['answers']).map((answer): ScriptAnswerInput => {
        const [key] = (['next', 'objection', 'end'] as const).filter((target) => answer[target] !== undefined);
        // The forms do not edit an answer's context conditions; they are kept as written.
        const when = isJsonObject(answer['when']) ? { when: answer['when'] as ScriptAnswerInput['when'] } : {};
        return { label: text(answer['label']), ...(key ? { [key]: slug(answer[key]) } : {}), ...when };
      });
      return {
        id: scalarText(step['id'] ?? ''),
        ...(step['stage'] === undefined ? {} : { stage: scalarText(step['stage']) }),
        say: text(step['say']),
        ...(step['note'] === undefined ? {} : { note: text(step['note']) }),
        ...(Array.isArray(step['checklist']) ? { checklist: step['checklist'].map(text) } : {}),
        answers,
      };
    });
    return { id, kind, title: text(entry['title']), ...(stages.length > 0 ? { stages } : {}), start: scalarText(entry['start'] ?? ''), steps };
  });
}

/** `draft` with `scripts`; a draft left with none has no `scripts` at all, as a file without scripts. */
export function withScripts(draft: Draft, scripts: readonly ScriptInput[]): Draft {
  const { scripts: _dropped, ...catalog } = draft.catalog;
  return { ...draft, catalog: scripts.length > 0 ? { ...catalog, scripts: [...scripts] } : catalog };
}

/** `base`, or `base-2`, `base-3`… whichever none of `taken` is. */
export function freeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** A new step: nothing to say yet, one answer that ends the call, to be pointed elsewhere. */
export const newStep = (steps: readonly ScriptStepInput[]): ScriptStepInput => ({
  id: freeSlug('step', steps.map((step) => step.id)),
  say: {},
  answers: [newAnswer()],
});

export const newAnswer = (): ScriptAnswerInput => ({ label: {}, end: 'resolved' });

/** A new script: one step, its start. */
export function newScript(scripts: readonly ScriptInput[]): ScriptInput {
  return { id: freeSlug('new-script', scripts.map((script) => script.id)), kind: 'incoming', title: {}, start: 'greeting', steps: [{ ...newStep([]), id: 'greeting' }] };
}

/** Which of next / objection / end an answer leads to, and where; `next` with none when it names nothing yet. */
export function answerTarget(answer: ScriptAnswerInput): { readonly kind: AnswerTarget; readonly value: string } {
  if (answer.objection !== undefined) return { kind: 'objection', value: answer.objection };
  if (answer.end !== undefined) return { kind: 'end', value: answer.end };
  return { kind: 'next', value: answer.next ?? '' };
}

/** `answer` leading to `value` of `kind` instead, its label kept. */
export const withTarget = (answer: ScriptAnswerInput, kind: AnswerTarget, value: string): ScriptAnswerInput => ({ label: answer.label, [kind]: value });

/** A draft script as the widget's model, for the lint: texts as written, the missing lists empty. */
export function scriptModel(input: ScriptInput): Script {
  return {
    id: input.id,
    kind: input.kind ?? 'incoming',
    title: textOf(input.title),
    stages: (input.stages ?? []).map((stage) => ({ id: stage.id, title: textOf(stage.title) })),
    start: input.start ?? '',
    steps: (input.steps ?? []).map((step) => ({
      id: step.id,
      ...(step.stage === undefined ? {} : { stage: step.stage }),
      say: textOf(step.say),
      ...(step.note === undefined ? {} : { note: textOf(step.note) }),
      checklist: (step.checklist ?? []).map(textOf),
      answers: step.answers.map(({ label, next, objection, end }) => ({ label: textOf(label), next, objection, end })),
    })),
    source: 'draft',
  };
}

/** What the lint says of one step: unreachable, a dead end, and the answers whose label repeats an earlier one's. */
export interface StepFindings {
  readonly unreachable: boolean;
  readonly deadEnd: boolean;
  /** Answer index → the locales in which its label reads the same as an earlier answer's of the step. */
  readonly sameLabels: ReadonlyMap<number, readonly string[]>;
}

const NO_FINDINGS: StepFindings = { unreachable: false, deadEnd: false, sameLabels: new Map() };

/** `lintScripts`' findings on a draft script, by step index; a step without any has none in the map. */
export function stepFindings(input: ScriptInput): ReadonlyMap<number, StepFindings> {
  const script = scriptModel(input);
  const byStep = new Map<number, StepFindings>();
  for (const finding of lintScripts([script])) {
    const index = script.steps.indexOf(finding.step);
    const known = byStep.get(index) ?? NO_FINDINGS;
    const sameLabels = new Map(known.sameLabels);
    if (finding.kind === 'same-label' && finding.answer !== undefined) {
      sameLabels.set(finding.answer, [...(sameLabels.get(finding.answer) ?? []), finding.locale ?? '']);
    }
    byStep.set(index, {
      unreachable: known.unreachable || finding.kind === 'unreachable-step',
      deadEnd: known.deadEnd || finding.kind === 'dead-end-step',
      sameLabels,
    });
  }
  return byStep;
}
