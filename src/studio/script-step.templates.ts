import { html, nothing, type TemplateResult } from 'lit';
import type { ScriptAnswerInput, ScriptStepInput } from '../core/index.js';
import { textMap } from './draft.js';
import { MAX_ANSWERS, OUTCOMES, answerTarget, newAnswer, withTarget, type AnswerTarget, type StepFindings } from './draft-scripts.js';
import { controlId } from './form-focus.js';
import type { ScriptStrings } from './script-strings.js';


/** A choice of a select: what it stores, and what it shows. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** What a step's form needs of the script editor: the script around it, and how to change it. */
export interface StepContext {
  readonly strings: ScriptStrings;
  /** The step's draft path, `scripts[0].steps[2]`: the root of its fields' paths. */
  readonly path: string;
  readonly position: number;
  readonly start: string;
  readonly stages: readonly Choice[];
  readonly steps: readonly Choice[];
  readonly objections: readonly Choice[];
  readonly findings: StepFindings | undefined;
  /** The validation problems shown at a path of the step, or nothing. */
  readonly problems: (path: string) => TemplateResult | typeof nothing;
  /** A fieldset with a field per language; `say` fields get the placeholder buttons. */
  readonly textFields: (legend: string, path: string, text: Record<string, string>, change: (text: Record<string, string>) => void, multiline?: boolean) => TemplateResult;
  readonly placeholders: () => TemplateResult;
  readonly locales: readonly string[];
  readonly edit: (change: (step: ScriptStepInput) => void) => void;
  /** Gives the step a new id, the answers and the start that led to it following it. */
  readonly rename: (id: string) => void;
  readonly remove: () => void;
}

/** A finding of the lint, as text with a sign: never told by colour alone. */
const finding = (text: string): TemplateResult => html`<li class="problem warning finding"><span aria-hidden="true">⚠</span> ${text}</li>`;

/** One step of a script: its id, stage, texts, checklist and answers, and what the lint and validation say of it. */
export function stepTemplate(step: ScriptStepInput, context: StepContext): TemplateResult {
  const { strings, path, findings } = context;
  const headingId = `${controlId(path)}-heading`;
  const flagged = findings && (findings.unreachable || findings.deadEnd);
  return html`<section class="card step ${flagged ? 'flagged' : ''}" aria-labelledby=${headingId} data-step=${step.id} data-path=${path}>
    <div class="card-head">
      <h4 id=${headingId}>
        ${strings.step(context.position, step.id)}
        ${step.id === context.start && step.id !== '' ? html`<span class="badge tone-accent">${strings.start}</span>` : nothing}
      </h4>
      <button type="button" class="quiet danger" @click=${context.remove}>${strings.removeStep(step.id)}</button>
    </div>
    ${flagged
      ? html`<ul class="problems findings">
          ${findings.unreachable ? finding(strings.unreachable(context.start)) : nothing} ${findings.deadEnd ? finding(strings.deadEnd) : nothing}
        </ul>`
      : nothing}
    ${context.problems(path)}
    <div class="row">
      <div class="field">
        <label for=${controlId(`${path}.id`)}>${strings.stepId}</label>
        <input type="text" id=${controlId(`${path}.id`)} data-path="${path}.id" .value=${step.id} @input=${(event: Event) => context.rename((event.target as HTMLInputElement).value)} />
        ${context.problems(`${path}.id`)}
      </div>
      <div class="field">
        <label for=${controlId(`${path}.stage`)}>${strings.stepStage}</label>
        ${select(`${path}.stage`, step.stage ?? '', [{ value: '', label: strings.noStage }, ...context.stages], (stage) =>
          context.edit((s) => (stage ? (s.stage = stage) : delete s.stage)),
        )}
        ${context.problems(`${path}.stage`)}
      </div>
    </div>
    ${context.textFields(strings.say, `${path}.say`, textMap(step.say), (say) => context.edit((s) => (s.say = say)), true)} ${context.placeholders()}
    ${context.textFields(strings.note, `${path}.note`, textMap(step.note), (note) => context.edit((s) => (Object.keys(note).length > 0 ? (s.note = note) : delete s.note)), true)}
    ${checklistFields(step, context)} ${answersTemplate(step, context)}
  </section>`;
}

/**
 * A `<select>` of `choices` for the field at the draft path `path` (its id made from it); a value none of them has is
 * kept as a choice of its own, so nothing is lost from sight.
 */
export function select(path: string, value: string, choices: readonly Choice[], change: (value: string) => void, label?: string): TemplateResult {
  const all = value === '' || choices.some((choice) => choice.value === value) ? choices : [...choices, { value, label: value }];
  return html`<select id=${controlId(path)} data-path=${path} aria-label=${label ?? nothing} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
    ${all.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
  </select>`;
}

/** The checklist as one multi-line field per language: line n of each is item n. */
function checklistFields(step: ScriptStepInput, { strings, path, locales, edit, problems }: StepContext): TemplateResult {
  const items = (step.checklist ?? []).map(textMap);
  const listPath = `${path}.checklist`;
  const change = (locale: string, value: string) =>
    edit((s) => {
      const lines = value.split('\n').filter((line) => line.trim() !== '');
      const next = Array.from({ length: Math.max(lines.length, items.length) }, (_, i) => {
        const { [locale]: _old, ...others } = items[i] ?? {};
        return lines[i] === undefined ? others : { ...others, [locale]: lines[i]! };
      }).filter((item) => Object.keys(item).length > 0);
      if (next.length > 0) s.checklist = next;
      else delete s.checklist;
    });
  return html`<fieldset class="localized" data-path=${listPath}>
    <legend>${strings.checklist}</legend>
    <p class="help">${strings.checklistHelp}</p>
    ${problems(listPath)}
    ${locales.map((locale) => {
      const id = controlId(`${listPath}.${locale}`);
      return html`<div class="locale-row">
        <label class="locale" for=${id}><span aria-hidden="true">${locale.toUpperCase()}</span><span class="visually-hidden">${strings.checklist} (${locale})</span></label>
        <textarea id=${id} data-path="${listPath}.${locale}" rows="2" .value=${items.map((item) => item[locale] ?? '').join('\n')} @input=${(event: Event) => change(locale, (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>`;
    })}
  </fieldset>`;
}

/** The customer's answers: a label per language, and where each leads, chosen from lists. */
function answersTemplate(step: ScriptStepInput, context: StepContext): TemplateResult {
  const { strings, path, edit } = context;
  const full = step.answers.length >= MAX_ANSWERS;
  return html`<fieldset class="answers" data-path="${path}.answers">
    <legend>${strings.answers}</legend>
    ${context.problems(`${path}.answers`)}
    <ol class="answer-list">
      ${step.answers.map((answer, a) => html`<li>${answerTemplate(answer, a, context)}</li>`)}
    </ol>
    <button type="button" ?disabled=${full} aria-describedby=${full ? `${controlId(path)}-full` : nothing} @click=${() => edit((s) => s.answers.push(newAnswer()))}>
      ${strings.addAnswer}
    </button>
    ${full ? html`<p class="help" id="${controlId(path)}-full">${strings.answersFull}</p>` : nothing}
  </fieldset>`;
}

function answerTemplate(answer: ScriptAnswerInput, a: number, context: StepContext): TemplateResult {
  const { strings, edit } = context;
  const path = `${context.path}.answers[${a}]`;
  const target = answerTarget(answer);
  const same = context.findings?.sameLabels.get(a);
  const retarget = (kind: AnswerTarget, value: string) => edit((s) => (s.answers[a] = withTarget(s.answers[a]!, kind, value)));
  const targetId = controlId(`${path}.${target.kind}`);
  const kinds: Choice[] = (['next', 'objection', 'end'] as const).map((kind) => ({ value: kind, label: strings.targets[kind] }));
  return html`<div class="answer" role="group" aria-label=${strings.answer(a + 1)} data-path=${path}>
    <div class="card-head">
      <span class="answer-number" aria-hidden="true">${a + 1}</span>
      <button type="button" class="quiet" @click=${() => edit((s) => s.answers.splice(a, 1))}>${strings.removeAnswer(a + 1)}</button>
    </div>
    ${context.problems(path)}
    ${context.textFields(strings.answerLabel, `${path}.label`, textMap(answer.label), (label) => edit((s) => (s.answers[a]!.label = label)))}
    ${same ? html`<ul class="problems">${finding(strings.sameLabel(same.map((locale) => locale.toUpperCase()).join(', ')))}</ul>` : nothing}
    <div class="row target">
      <div class="field">
        <label for="${controlId(path)}-kind">${strings.leadsTo}</label>
        ${select(`${path}.kind`, target.kind, kinds, (kind) => retarget(kind as AnswerTarget, kind === 'end' ? 'resolved' : ''))}
      </div>
      <div class="field">
        <label for=${targetId}>${target.kind === 'next' ? strings.targetStep : target.kind === 'objection' ? strings.targetObjection : strings.outcome}</label>
        ${target.kind === 'end'
          ? html`<input type="text" id=${targetId} data-path="${path}.end" list="outcomes" .value=${target.value} @input=${(event: Event) => retarget('end', (event.target as HTMLInputElement).value)} />`
          : select(
              `${path}.${target.kind}`,
              target.value,
              [{ value: '', label: target.kind === 'next' ? strings.chooseStep : strings.chooseObjection }, ...(target.kind === 'next' ? context.steps : context.objections)],
              (value) => retarget(target.kind, value),
            )}
        ${context.problems(`${path}.${target.kind}`)}
      </div>
    </div>
  </div>`;
}

/** The outcomes offered for an answer that ends the call; any other can be typed. */
export const outcomeList = (): TemplateResult => html`<datalist id="outcomes">${OUTCOMES.map((outcome) => html`<option value=${outcome}></option>`)}</datalist>`;
