import { said } from './problem-words.js';
import { isJsonObject, jsonTypeName, shown, type JsonObject } from './json-object.js';
import type { Worded } from './localized-values.js';
import { closestId } from './unknown-fields.js';
import type { ExpectedType } from './problem-words.js';
import { readWhen } from './validate-when.js';
import type { LocalizedText, ProblemCode, Script, ScriptAnswer, ScriptStage, ScriptStep } from './types.js';

/** The fields a script may have; any other is an unknown field. */
export const SCRIPT_FIELDS = ['id', 'kind', 'title', 'stages', 'start', 'steps', 'disabled'];
export const STAGE_FIELDS = ['id', 'title'];
export const STEP_FIELDS = ['id', 'stage', 'say', 'note', 'checklist', 'answers'];
export const ANSWER_FIELDS = ['label', 'next', 'objection', 'end', 'when'];
/** Where an answer leads: exactly one of these. */
const TARGETS = ['next', 'objection', 'end'] as const;
const KINDS: ReadonlyArray<Script['kind']> = ['incoming', 'outgoing'];
/** Digits 1–9 choose an answer. */
export const MAX_ANSWERS = 9;

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** What the catalog's validator lends the script reader: its problem report and its readers of texts. */
export interface ScriptChecks {
  readonly error: (path: string, code: ProblemCode, message: Worded) => void;
  readonly warning: (path: string, code: ProblemCode, message: Worded) => void;
  /** A localised text; `template` checks its placeholders as a reply's. */
  readonly text: (value: unknown, path: string, template?: boolean) => LocalizedText | undefined;
  readonly checkFields: (value: JsonObject, path: string, known: readonly string[]) => void;
  /** How a message names another place of the catalog ("already used at …"). */
  readonly describePath: (path: string) => string;
}

export interface ReadScripts {
  readonly scripts: Script[];
  /** Script ids the catalog hides from those merged before it. */
  readonly disabled: string[];
}

/**
 * Reads a catalog's `scripts`: what is valid is kept, each problem is reported at its JSON path. A script is
 * left out when it cannot be walked (no title, no step, or a `start` that names none); a step without `say`
 * and an answer that leads nowhere known are left out of theirs.
 */
export function readScripts(value: unknown, source: string, checks: ScriptChecks): ReadScripts {
  const scripts: Script[] = [];
  const disabled: string[] = [];
  if (value === undefined) return { scripts, disabled };
  if (!Array.isArray(value)) {
    checks.error('scripts', 'wrong-type', () => said('wrongType', 'scripts', jsonTypeName(value)));
    return { scripts, disabled };
  }
  const reader = new ScriptReader(checks);
  const firstPathById = new Map<string, string>();
  value.forEach((entry: unknown, index) => {
    const path = `scripts[${index}]`;
    const id = reader.id(entry, path, 'object');
    if (id === undefined || !isJsonObject(entry)) return;
    const firstPath = firstPathById.get(id);
    if (firstPath !== undefined) {
      checks.error(`${path}.id`, 'duplicate-id', () => said('duplicateId', id, firstPath, checks.describePath(firstPath)));
      return;
    }
    firstPathById.set(id, path);
    checks.checkFields(entry, path, SCRIPT_FIELDS);
    if (entry['disabled'] !== undefined && typeof entry['disabled'] !== 'boolean') {
      checks.error(`${path}.disabled`, 'wrong-type', () => said('wrongType', 'boolean', jsonTypeName(entry['disabled'])));
    }
    if (entry['disabled'] === true) disabled.push(id);
    else {
      const script = reader.script(entry, id, path, source);
      if (script) scripts.push(script);
    }
  });
  return { scripts, disabled };
}

class ScriptReader {
  readonly #checks: ScriptChecks;

  constructor(checks: ScriptChecks) {
    this.#checks = checks;
  }

  /** The id of an item that must have one; `undefined`, reported, when it has none or a bad one. */
  id(entry: unknown, path: string, expected: ExpectedType): string | undefined {
    if (!isJsonObject(entry)) {
      this.#checks.error(path, 'wrong-type', () => said('wrongType', expected, jsonTypeName(entry)));
      return undefined;
    }
    const id = entry['id'];
    if (id === undefined) {
      this.#checks.error(path, 'missing-field', () => said('missingField', 'id'));
      return undefined;
    }
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      this.#checks.error(`${path}.id`, 'bad-id', () => said('badId', shown(id)));
      return undefined;
    }
    return id;
  }

  script(entry: JsonObject, id: string, path: string, source: string): Script | undefined {
    const kind = entry['kind'];
    if (kind === undefined) this.#checks.error(path, 'missing-field', () => said('missingField', 'kind'));
    else if (!KINDS.includes(kind as Script['kind'])) this.#checks.error(`${path}.kind`, 'bad-kind', () => said('badKind', shown(kind)));
    const title = this.#requiredText(entry, 'title', path);
    const stages = this.#stages(entry['stages'], `${path}.stages`);
    const stageIds = stages.map((stage) => stage.id);
    const rawSteps = this.#array(entry, 'steps', path);
    // References are checked against every step written with an id, so an answer to a step left out for its
    // own problem is not reported again.
    const written = new Map<string, string>();
    const steps: ScriptStep[] = [];
    rawSteps?.forEach((item: unknown, index) => {
      const stepPath = `${path}.steps[${index}]`;
      const stepId = this.id(item, stepPath, 'object');
      if (stepId === undefined || !isJsonObject(item)) return;
      const firstPath = written.get(stepId);
      if (firstPath !== undefined) {
        this.#checks.error(`${stepPath}.id`, 'duplicate-id', () => said('duplicateId', stepId, firstPath, this.#checks.describePath(firstPath)));
        return;
      }
      written.set(stepId, stepPath);
    });
    const stepIds = [...written.keys()];
    rawSteps?.forEach((item: unknown, index) => {
      const stepPath = `${path}.steps[${index}]`;
      if (!isJsonObject(item) || typeof item['id'] !== 'string' || written.get(item['id']) !== stepPath) return;
      const step = this.#step(item, item['id'], stepPath, stepIds, stageIds);
      if (step) steps.push(step);
    });
    if (rawSteps && rawSteps.length === 0) this.#checks.error(`${path}.steps`, 'empty', () => said('empty', 'step'));
    const start = this.#reference(entry, 'start', path, stepIds, 'unknownStep', true);
    if (kind === undefined || !KINDS.includes(kind as Script['kind']) || !title || steps.length === 0 || start === undefined) return undefined;
    const kept = new Set(steps.map((step) => step.id));
    if (!kept.has(start)) return undefined;
    // An answer to a step left out for its own problem is left out with it.
    const walkable = steps.map((step) => ({ ...step, answers: step.answers.filter((answer) => answer.next === undefined || kept.has(answer.next)) }));
    return { id, kind: kind as Script['kind'], title, stages, start, steps: walkable, source };
  }

  #stages(value: unknown, path: string): ScriptStage[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.#checks.error(path, 'wrong-type', () => said('wrongType', 'stages', jsonTypeName(value)));
      return [];
    }
    const stages: ScriptStage[] = [];
    const firstPathById = new Map<string, string>();
    value.forEach((item: unknown, index) => {
      const stagePath = `${path}[${index}]`;
      const id = this.id(item, stagePath, 'object');
      if (id === undefined || !isJsonObject(item)) return;
      this.#checks.checkFields(item, stagePath, STAGE_FIELDS);
      const firstPath = firstPathById.get(id);
      if (firstPath !== undefined) {
        this.#checks.error(`${stagePath}.id`, 'duplicate-id', () => said('duplicateId', id, firstPath, this.#checks.describePath(firstPath)));
        return;
      }
      firstPathById.set(id, stagePath);
      const title = this.#requiredText(item, 'title', stagePath);
      if (title) stages.push({ id, title });
    });
    return stages;
  }

  #step(entry: JsonObject, id: string, path: string, stepIds: readonly string[], stageIds: readonly string[]): ScriptStep | undefined {
    this.#checks.checkFields(entry, path, STEP_FIELDS);
    const stage = entry['stage'] === undefined ? undefined : this.#reference(entry, 'stage', path, stageIds, 'unknownStage', false);
    const say = this.#requiredText(entry, 'say', path, true);
    const note = entry['note'] === undefined ? undefined : this.#checks.text(entry['note'], `${path}.note`, true);
    const checklist: LocalizedText[] = [];
    const rawChecklist = entry['checklist'];
    if (Array.isArray(rawChecklist)) {
      rawChecklist.forEach((item: unknown, index) => {
        const text = this.#checks.text(item, `${path}.checklist[${index}]`, true);
        if (text) checklist.push(text);
      });
    } else if (rawChecklist !== undefined) {
      this.#checks.error(`${path}.checklist`, 'wrong-type', () => said('wrongType', 'checklist', jsonTypeName(rawChecklist)));
    }
    const answers = this.#answers(entry, path, stepIds);
    if (!say) return undefined;
    return { id, ...(stage === undefined ? {} : { stage }), say, ...(note ? { note } : {}), checklist, answers };
  }

  #answers(entry: JsonObject, path: string, stepIds: readonly string[]): ScriptAnswer[] {
    const value = this.#array(entry, 'answers', path);
    if (!value) return [];
    if (value.length === 0) this.#checks.error(`${path}.answers`, 'empty', () => said('empty', 'answer'));
    if (value.length > MAX_ANSWERS) {
      this.#checks.error(`${path}.answers[${MAX_ANSWERS}]`, 'too-many-answers', () => said('tooManyAnswers', value.length, MAX_ANSWERS));
    }
    const answers: ScriptAnswer[] = [];
    value.slice(0, MAX_ANSWERS).forEach((item: unknown, index) => {
      const answerPath = `${path}.answers[${index}]`;
      if (!isJsonObject(item)) {
        this.#checks.error(answerPath, 'wrong-type', () => said('wrongType', 'object', jsonTypeName(item)));
        return;
      }
      this.#checks.checkFields(item, answerPath, ANSWER_FIELDS);
      const label = this.#requiredText(item, 'label', answerPath);
      const given = TARGETS.filter((field) => item[field] !== undefined);
      if (given.length !== 1) {
        this.#checks.error(answerPath, 'answer-target', () => said('answerTarget', given));
        return;
      }
      const field = given[0]!;
      const target = field === 'next' ? this.#reference(item, 'next', answerPath, stepIds, 'unknownStep', false) : this.#slug(item, field, answerPath);
      const when = readWhen(item['when'], `${answerPath}.when`, this.#checks);
      if (label && target !== undefined) answers.push({ label, [field]: target, ...(when ? { when } : {}) });
    });
    return answers;
  }

  /** An id naming one of `known` (a step or a stage); reported with the closest known id when it names none. */
  #reference(owner: JsonObject, field: string, ownerPath: string, known: readonly string[], word: 'unknownStep' | 'unknownStage', required: boolean): string | undefined {
    const value = owner[field];
    if (value === undefined) {
      if (required) this.#checks.error(ownerPath, 'missing-field', () => said('missingField', field));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.#checks.error(`${ownerPath}.${field}`, 'wrong-type', () => said('wrongType', 'string', jsonTypeName(value)));
      return undefined;
    }
    if (known.includes(value)) return value;
    const code = word === 'unknownStep' ? 'unknown-step' : 'unknown-stage';
    this.#checks.error(`${ownerPath}.${field}`, code, () => said(word, value, closestId(value, known)));
    return undefined;
  }

  /** An objection id or an outcome, written as ids are. */
  #slug(owner: JsonObject, field: 'objection' | 'end', ownerPath: string): string | undefined {
    const value = owner[field];
    const path = `${ownerPath}.${field}`;
    if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
    if (field === 'end') this.#checks.error(path, 'bad-outcome', () => said('badOutcome', shown(value)));
    else this.#checks.error(path, 'bad-id', () => said('badId', shown(value)));
    return undefined;
  }

  #array(owner: JsonObject, field: 'steps' | 'answers', ownerPath: string): unknown[] | undefined {
    const value = owner[field];
    if (value === undefined) {
      this.#checks.error(ownerPath, 'missing-field', () => said('missingField', field));
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.#checks.error(`${ownerPath}.${field}`, 'wrong-type', () => said('wrongType', field, jsonTypeName(value)));
      return undefined;
    }
    return value;
  }

  #requiredText(owner: JsonObject, field: string, ownerPath: string, template = false): LocalizedText | undefined {
    if (owner[field] === undefined) {
      this.#checks.error(ownerPath, 'missing-field', () => said('missingField', field));
      return undefined;
    }
    return this.#checks.text(owner[field], `${ownerPath}.${field}`, template);
  }
}
