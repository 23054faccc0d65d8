import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { KNOWN_PLACEHOLDERS, localize, type Problem, type ScriptInput, type ScriptStepInput } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { textMap, withLocale } from './draft.js';
import { newStep, stepFindings, type StepFindings } from './draft-scripts.js';
import { WITHIN_STUDIO } from './events.js';
import { studioStrings } from './i18n.js';
import { editorStyles } from './objection-editor.styles.js';
import { fieldProblems, plainPresenter, type ProblemPresenter } from './problem-messages.js';
import { scriptStrings, type ScriptStrings } from './script-strings.js';
import { FieldTouches } from './field-touches.js';
import { controlId, focusFieldAt } from './form-focus.js';
import { outcomeList, select, stepTemplate, type Choice } from './script-step.templates.js';
import { scriptStyles } from './script-studio.styles.js';
import { baseStyles } from './studio-base.styles.js';

/**
 * The form for one call script of the draft: its id, kind, title, stages and first step, then its steps, each with
 * its answers. What the lint finds (an unreachable step, a dead end, answers with the same label) is shown on the
 * step it is about, in words; validation problems under the field they are about. Each change is sent up whole.
 *
 * @event {{ index: number; script: ScriptInput }} script-change - The marketer changed the script.
 * @event {{ path: string }} field-touch - The marketer left a field after editing it: its problems show from now on.
 */
export class ScriptEditor extends LitElement {
  static override styles = [baseStyles, editorStyles, scriptStyles];

  /** The script to edit, as written in the draft (texts as maps by locale). */
  @property({ attribute: false }) script?: ScriptInput;

  /** Its place in the draft's `scripts`: the root of its problems' paths. */
  @property({ type: Number }) index = 0;

  /** The languages to show a field for. */
  @property({ attribute: false }) locales: readonly string[] = [];

  /** The objections an answer can open: those of the catalog the widget merges. */
  @property({ attribute: false }) objections: readonly Choice[] = [];

  /** The draft's problems shown, by form path; this form shows those under its script's path. */
  @property({ attribute: false }) problems: ReadonlyMap<string, readonly Problem[]> = new Map();

  /** How problems are worded, in the marketer's language. */
  @property({ attribute: false }) presenter?: ProblemPresenter;

  /** The language the steps are named in, in the lists of steps to go to. */
  @property() locale = 'ru';

  /** The script editor's texts, in the studio's language. */
  @property({ attribute: false }) strings: ScriptStrings = scriptStrings('en');

  #findings: ReadonlyMap<number, StepFindings> = new Map();
  /** Leaving a field after editing it sends `field-touch`, as in the objection form. */
  readonly #touches = new FieldTouches(this);
  /** The text field the placeholder buttons write into: the last one focused. */
  #lastTextField: HTMLTextAreaElement | undefined;

  protected override willUpdate(): void {
    this.#findings = this.script ? stepFindings(this.script) : new Map();
  }

  /** Focuses the field at a form path (its step, its answer, or the nearest group around it) and scrolls it into view. */
  focusField(fieldPath: string): void {
    focusFieldAt(this.renderRoot, fieldPath);
  }

  override render(): TemplateResult {
    const script = this.script;
    if (!script) return html``;
    const { strings } = this;
    const root = `scripts[${this.index}]`;
    const steps = script.steps ?? [];
    const stepChoices: Choice[] = steps.map((step) => ({ value: step.id, label: this.#stepLabel(step) }));
    const stages: Choice[] = (script.stages ?? []).map((stage) => ({ value: stage.id, label: localize(textMap(stage.title), this.locale) || stage.id }));
    return html`<form part="form" @submit=${(event: Event) => event.preventDefault()} @focusin=${this.#handleFocusIn} @input=${this.#touches.handleInput} @focusout=${this.#touches.handleFocusOut}>
      ${this.#problems(root)}
      <div class="row">
        <div class="field">
          <label for=${controlId(`${root}.id`)}>${strings.scriptId}</label>
          <input type="text" id=${controlId(`${root}.id`)} data-path="${root}.id" .value=${script.id} @input=${(e: Event) => this.#edit((s) => (s.id = (e.target as HTMLInputElement).value))} />
          ${this.#problems(`${root}.id`)}
        </div>
        <div class="field">
          <label for=${controlId(`${root}.kind`)}>${strings.kind}</label>
          ${select(`${root}.kind`, script.kind ?? 'incoming', (['incoming', 'outgoing'] as const).map((kind) => ({ value: kind, label: strings.kinds[kind] })), (kind) =>
            this.#edit((s) => (s.kind = kind as 'incoming' | 'outgoing')),
          )}
        </div>
        <div class="field">
          <label for=${controlId(`${root}.start`)}>${strings.start}</label>
          ${select(`${root}.start`, script.start ?? '', [{ value: '', label: strings.chooseStep }, ...stepChoices], (start) => this.#edit((s) => (s.start = start)))}
          ${this.#problems(`${root}.start`)}
        </div>
      </div>
      ${this.#textFields(strings.scriptTitle, `${root}.title`, textMap(script.title), (title) => this.#edit((s) => (s.title = title)))} ${this.#stagesGroup(script, root)}
      <section class="group" aria-labelledby="steps-title">
        <h3 id="steps-title">${strings.steps} <span class="muted">${steps.length}</span></h3>
        ${this.#problems(`${root}.steps`)}
        ${steps.map((step, s) =>
          stepTemplate(step, {
            strings,
            path: `${root}.steps[${s}]`,
            position: s + 1,
            start: script.start ?? '',
            stages,
            steps: stepChoices,
            objections: this.objections,
            findings: this.#findings.get(s),
            locales: this.locales,
            problems: (path) => this.#problems(path),
            textFields: (legend, path, text, change, multiline) => this.#textFields(legend, path, text, change, multiline),
            placeholders: () => this.#placeholderButtons(),
            edit: (change) => this.#edit((draft) => change(draft.steps![s]!)),
            rename: (id) => this.#rename(s, id),
            remove: () => this.#edit((draft) => draft.steps!.splice(s, 1)),
          }),
        )}
        <button type="button" class="primary" @click=${() => this.#edit((s) => (s.steps = [...(s.steps ?? []), newStep(s.steps ?? [])]))}>${strings.addStep}</button>
      </section>
      ${outcomeList()}
    </form>`;
  }

  /** A step as the lists of steps name it: its id, and the start of what is said there. */
  #stepLabel(step: ScriptStepInput): string {
    const said = localize(textMap(step.say), this.locale);
    return said ? `${step.id} — ${said.length > 48 ? `${said.slice(0, 47)}…` : said}` : step.id || '—';
  }

  #stagesGroup(script: ScriptInput, root: string): TemplateResult {
    const { strings } = this;
    const stages = script.stages ?? [];
    return html`<section class="group" aria-labelledby="stages-title">
      <h3 id="stages-title">${strings.stages}</h3>
      <p class="help">${strings.stagesHelp}</p>
      ${this.#problems(`${root}.stages`)}
      ${stages.map((stage, i) => {
        const path = `${root}.stages[${i}]`;
        return html`<div class="card stage" role="group" aria-label=${strings.stage(i + 1)}>
          <div class="card-head">
            <div class="field">
              <label for=${controlId(`${path}.id`)}>${strings.stageId}</label>
              <input type="text" id=${controlId(`${path}.id`)} data-path="${path}.id" .value=${stage.id} @input=${(e: Event) => this.#edit((s) => (s.stages![i]!.id = (e.target as HTMLInputElement).value))} />
            </div>
            <button type="button" class="quiet" @click=${() => this.#edit((s) => (s.stages!.splice(i, 1), s.stages!.length === 0 && delete s.stages))}>${strings.removeStage(i + 1)}</button>
          </div>
          ${this.#problems(path)} ${this.#problems(`${path}.id`)} ${this.#textFields(strings.stageTitle, `${path}.title`, textMap(stage.title), (title) => this.#edit((s) => (s.stages![i]!.title = title)))}
        </div>`;
      })}
      <button type="button" @click=${() => this.#edit((s) => (s.stages = [...(s.stages ?? []), { id: `stage-${stages.length + 1}`, title: {} }]))}>${strings.addStage}</button>
    </section>`;
  }

  #placeholderButtons(): TemplateResult {
    const insert = (name: string) => {
      const field = this.#lastTextField?.isConnected ? this.#lastTextField : this.renderRoot.querySelector<HTMLTextAreaElement>('textarea[data-say]');
      if (!field) return;
      field.focus();
      field.setRangeText(`{${name}}`, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    return html`<div class="placeholders" role="group" aria-label=${this.strings.insertPlaceholder}>
      ${KNOWN_PLACEHOLDERS.map(
        (name) => html`<button type="button" class="chip" @mousedown=${(event: MouseEvent) => event.preventDefault()} @click=${() => insert(name)}>{${name}}</button>`,
      )}
    </div>`;
  }

  /** A fieldset with one field per language; `change` gets the whole text after each edit. */
  #textFields(legend: string, path: string, text: Record<string, string>, change: (text: Record<string, string>) => void, multiline = false): TemplateResult {
    const locales = [...new Set([...this.locales, ...Object.keys(text)])];
    return html`<fieldset class="localized" data-path=${path}>
      <legend>${legend}</legend>
      ${this.#problems(path)}
      ${locales.map((locale) => {
        const id = controlId(`${path}.${locale}`);
        const update = (event: Event) => {
          const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
          change(withLocale(textMap(text), locale, value === '' ? undefined : value));
        };
        const invalid = (this.problems.get(`${path}.${locale}`) ?? []).some((found) => found.severity === 'error');
        return html`<div class="locale-row">
          <label class="locale" for=${id}><span aria-hidden="true">${locale.toUpperCase()}</span><span class="visually-hidden">${legend} (${locale})</span></label>
          <div class="locale-control">
            ${multiline
              ? html`<textarea id=${id} data-path="${path}.${locale}" ?data-say=${path.endsWith('.say')} rows="2" aria-invalid=${invalid ? 'true' : 'false'} .value=${text[locale] ?? ''} @input=${update}></textarea>`
              : html`<input type="text" id=${id} data-path="${path}.${locale}" aria-invalid=${invalid ? 'true' : 'false'} .value=${text[locale] ?? ''} @input=${update} />`}
            ${this.#problems(`${path}.${locale}`)}
          </div>
        </div>`;
      })}
    </fieldset>`;
  }

  #problems(path: string): TemplateResult | typeof nothing {
    return fieldProblems(this.problems.get(path), `${controlId(path)}-problems`, this.presenter ?? plainPresenter(studioStrings('en')), this);
  }

  #handleFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLTextAreaElement && target.dataset['say'] !== undefined) this.#lastTextField = target;
  };

  /** A step's new id: the answers and the start that led to its old id follow it, unless another step has the new one. */
  #rename(index: number, id: string): void {
    this.#edit((script) => {
      const steps = script.steps!;
      const old = steps[index]!.id;
      steps[index]!.id = id;
      if (old === '' || steps.some((step, s) => s !== index && (step.id === id || step.id === old))) return;
      if (script.start === old) script.start = id;
      for (const step of steps) for (const answer of step.answers) if (answer.next === old) answer.next = id;
    });
  }

  /** Edits a copy of the script and sends it up. */
  #edit(change: (script: ScriptInput) => unknown): void {
    if (!this.script) return;
    const next = structuredClone(this.script);
    change(next);
    emit(this, 'script-change', { index: this.index, script: next }, WITHIN_STUDIO);
  }
}
