import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localize, type CatalogInput, type Objection, type Problem, type ScriptInput } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { draftLocales, emptyDraft, textMap, type Draft } from './draft.js';
import { draftScriptsOf, freeSlug, newScript, stepFindings } from './draft-scripts.js';
import { UI_LOCALES, type UiLocale } from '../ui/locale.js';
import { WITHIN_STUDIO, type FieldTouchDetail, type ScriptChangeDetail } from './events.js';
import { studioStrings } from './i18n.js';
import { languageSwitch } from './objection-studio.templates.js';
import { PREVIEW_CONTEXT } from './studio-panels.templates.js';
import { fieldPathOf, scriptIndexOf } from './problem-fields.js';
import type { ProblemPresenter } from './problem-messages.js';
import type { ScriptEditor } from './script-editor.component.js';
import { scriptStrings, type ScriptStrings } from './script-strings.js';
import type { Choice } from './script-step.templates.js';
import { listStyles } from './objection-list.styles.js';
import { studioStyles } from './objection-studio.styles.js';
import { scriptStyles } from './script-studio.styles.js';
import { baseStyles } from './studio-base.styles.js';

/**
 * The call scripts of the draft: a list to choose one from (with the built-in scripts to copy or hide), its form,
 * and the real `<objection-desk>` walking it, following every change of the draft.
 *
 * @event {{ scripts: ScriptInput[] }} scripts-change - The marketer changed the draft's scripts.
 * @event {{ path: string }} field-touch - The marketer left a field of the script form after editing it.
 * @event {{ locale: 'ru' | 'en' | 'tr' }} preview-locale-change - The marketer switched the preview's language; the
 *   widget keeps its step.
 *
 * @csspart preview - The live `<objection-desk>` walking the script.
 */
export class ScriptStudio extends LitElement {
  static override styles = [baseStyles, studioStyles, listStyles, scriptStyles];

  /** The draft: its scripts to edit, its objections to open from an answer. */
  @property({ attribute: false }) draft: Draft = emptyDraft();

  /** The draft's problems as shown; this part shows those of its scripts. */
  @property({ attribute: false }) problems: readonly Problem[] = [];

  /** How problems are worded, in the marketer's language. */
  @property({ attribute: false }) presenter?: ProblemPresenter;

  /** The catalog the preview widget gets (the draft as last checked). */
  @property({ attribute: false }) preview: CatalogInput = emptyDraft().catalog;

  /** The built-in objections, which an extension catalog's answers can open. */
  @property({ attribute: false }) builtinObjections: readonly Objection[] = [];

  /** The preview's language, which titles are shown in; its switch sends `preview-locale-change`. */
  @property() locale = 'ru';

  /** The studio's interface language. */
  @property({ attribute: 'ui-locale' }) uiLocale: 'ru' | 'en' | 'tr' = 'en';

  #selected = 0;
  #builtin: readonly ScriptInput[] = [];
  #strings: ScriptStrings = scriptStrings('en');

  override connectedCallback(): void {
    super.connectedCallback();
    // The built-in scripts are a chunk of their own, as in the widget: loaded once the scripts are edited.
    void import('../../objections/scripts.json').then(({ default: file }) => {
      this.#builtin = draftScriptsOf((file as { scripts?: unknown }).scripts, textMap);
      this.requestUpdate();
    });
  }

  protected override willUpdate(): void {
    this.#strings = scriptStrings(this.uiLocale);
  }

  get #scripts(): readonly ScriptInput[] {
    return this.draft.catalog.scripts ?? [];
  }

  override render(): TemplateResult {
    const strings = this.#strings;
    const scripts = this.#scripts;
    const selected = scripts[Math.min(this.#selected, scripts.length - 1)];
    const index = scripts.indexOf(selected!);
    const byField = new Map<string, Problem[]>();
    for (const found of this.problems) {
      if (!found.path.startsWith('scripts[')) continue;
      const place = fieldPathOf(found);
      byField.set(place, [...(byField.get(place) ?? []), found]);
    }
    return html`<div class="workspace">
      <aside class="panel side" aria-labelledby="scripts-title">${this.#list(scripts, index, byField)}</aside>
      <main class="panel editor" aria-label=${strings.scripts}>
        ${selected && !selected.disabled
          ? html`<h2 class="editor-title">${localize(textMap(selected.title), this.locale) || selected.id}</h2>
              <objection-studio-script-editor
                .script=${selected}
                .index=${index}
                .locales=${draftLocales(this.draft.catalog)}
                .objections=${this.#objectionChoices()}
                .problems=${byField}
                .presenter=${this.presenter}
                .locale=${this.locale}
                .strings=${strings}
                @script-change=${({ detail }: CustomEvent<ScriptChangeDetail>) => this.#change(scripts.map((s, i) => (i === detail.index ? detail.script : s)))}
                @field-touch=${({ detail }: CustomEvent<FieldTouchDetail>) => emit(this, 'field-touch', detail, WITHIN_STUDIO)}
              ></objection-studio-script-editor>`
          : html`<p class="muted">${selected ? strings.hiddenScript : strings.noScripts}</p>`}
      </main>
      <aside class="panel preview" aria-labelledby="script-preview-title">
        <div class="preview-head">
          <h2 id="script-preview-title">${strings.previewScript}</h2>
          ${languageSwitch(
            'preview-locale',
            studioStrings(this.uiLocale).previewLanguage,
            this.locale,
            (locale) => emit(this, 'preview-locale-change', { locale }, WITHIN_STUDIO),
            false,
            selected ? this.#previewLocales(selected) : undefined,
          )}
        </div>
        <p class="muted small">${strings.previewHelp}</p>
        ${selected && !selected.disabled
          ? html`<objection-desk
              part="preview"
              class="desk"
              locale=${this.locale}
              ?no-builtin=${this.draft.mode === 'replace'}
              script=${selected.id}
              .catalog=${this.preview}
              .context=${PREVIEW_CONTEXT}
            ></objection-desk>`
          : nothing}
      </aside>
    </div>`;
  }

  #list(scripts: readonly ScriptInput[], index: number, byField: ReadonlyMap<string, readonly Problem[]>): TemplateResult {
    const strings = this.#strings;
    const ids = new Set(scripts.map((script) => script.id));
    const available = this.#builtin.filter((script) => !ids.has(script.id));
    return html`<div class="head">
        <h2 id="scripts-title">${strings.scripts} <span class="muted">${scripts.length}</span></h2>
        <button type="button" class="primary" @click=${() => this.#add(newScript(scripts))}>${strings.addScript}</button>
      </div>
      ${scripts.length === 0
        ? html`<p class="muted">${strings.noScripts}</p>`
        : html`<ul class="list" aria-labelledby="scripts-title">
            ${scripts.map((script, i) => {
              const findings = script.disabled ? 0 : [...stepFindings(script).values()].filter((f) => f.unreachable || f.deadEnd || f.sameLabels.size > 0).length;
              const errors = [...byField].filter(([path, found]) => path.startsWith(`scripts[${i}]`) && found.some((p) => p.severity === 'error')).length;
              return html`<li>
                <button type="button" class="item ${script.disabled ? 'is-hidden' : ''}" aria-current=${i === index ? 'true' : 'false'} @click=${() => this.#select(i)}>
                  <span class="item-title">${localize(textMap(script.title), this.locale) || script.id || '—'}</span>
                  <span class="item-meta">
                    <code>${script.id || '—'}</code>
                    ${script.disabled ? html`<span class="badge tone-warning">${strings.hiddenScript.split(':')[0]}</span>` : nothing}
                    ${findings > 0 ? html`<span class="badge tone-warning">⚠ ${strings.findings(findings)}</span>` : nothing}
                    ${errors > 0 ? html`<span class="badge tone-error">✕ ${errors}</span>` : nothing}
                  </span>
                </button>
              </li>`;
            })}
          </ul>`}
      ${index >= 0 ? html`<button type="button" class="danger" @click=${() => this.#change(scripts.filter((_, i) => i !== index))}>${strings.removeScript}</button>` : nothing}
      ${available.length > 0
        ? html`<div class="builtin">
            <label for="builtin-script">${strings.builtinScripts}</label>
            <select id="builtin-script">
              ${available.map((script) => html`<option value=${script.id}>${localize(textMap(script.title), this.locale)} (${script.id})</option>`)}
            </select>
            <p class="help small muted">${strings.builtinHelp}</p>
            <div class="builtin-actions">
              <button type="button" @click=${() => this.#pickBuiltin(false)}>${this.presenter?.strings.editCopy ?? 'Edit a copy'}</button>
              <button type="button" @click=${() => this.#pickBuiltin(true)}>${this.presenter?.strings.hideBuiltin ?? 'Hide it'}</button>
            </div>
          </div>`
        : nothing}`;
  }

  /**
   * The languages the preview offers, of those the widget speaks: the catalog's, those the script's steps are
   * written in (a built-in script copied into a Russian catalog keeps its English), and the one it is in.
   */
  #previewLocales(script: ScriptInput): UiLocale[] {
    const locales = new Set([this.locale, ...draftLocales(this.draft.catalog), ...(script.steps ?? []).flatMap((step) => Object.keys(textMap(step.say)))]);
    return UI_LOCALES.filter((locale) => locales.has(locale));
  }

  /** The objections an answer can open: the draft's shown ones, and in an extension catalog the built-in ones it keeps. */
  #objectionChoices(): Choice[] {
    const own = this.draft.catalog.objections;
    const hidden = new Set(own.filter((o) => o.disabled).map((o) => o.id));
    const choices = new Map<string, string>();
    if (this.draft.mode === 'extend') for (const o of this.builtinObjections) if (!hidden.has(o.id)) choices.set(o.id, localize(o.title, this.locale));
    for (const o of own) if (!o.disabled && o.id) choices.set(o.id, localize(textMap(o.title), this.locale) || choices.get(o.id) || o.id);
    return [...choices].map(([value, title]) => ({ value, label: `${title} (${value})` })).sort((a, b) => a.label.localeCompare(b.label));
  }

  #pickBuiltin(hide: boolean): void {
    const id = this.renderRoot.querySelector<HTMLSelectElement>('#builtin-script')?.value;
    const script = this.#builtin.find((s) => s.id === id);
    if (script) this.#add(hide ? { id: script.id, disabled: true } : structuredClone(script));
  }

  #add(script: ScriptInput): void {
    const scripts = this.#scripts;
    const id = script.disabled ? script.id : freeSlug(script.id, scripts.map((s) => s.id));
    this.#selected = scripts.length;
    this.#change([...scripts, { ...script, id }]);
  }

  #select(index: number): void {
    this.#selected = index;
    this.requestUpdate();
  }

  /** Shows the script of a form path (`scripts[1].steps[2].say.ru`) and focuses its field once drawn. */
  async showField(fieldPath: string): Promise<void> {
    const index = scriptIndexOf(fieldPath);
    if (index === undefined || index >= this.#scripts.length) return;
    this.#select(index);
    await this.updateComplete;
    const editor = this.renderRoot.querySelector<ScriptEditor>('objection-studio-script-editor');
    await editor?.updateComplete;
    editor?.focusField(fieldPath);
  }

  #change(scripts: readonly ScriptInput[]): void {
    emit(this, 'scripts-change', { scripts }, WITHIN_STUDIO);
  }
}
