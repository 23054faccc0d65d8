import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../core/index.js';
import { listMap, textMap, withLocale, type ListMap, type TextMap } from './draft.js';
import { controlId } from './form-focus.js';
import type { StudioStrings } from './i18n.js';
import { pastedPhrases } from './pasted-phrases.js';

// The objection form's fields: a text or a list per language, each with its problems under it. The form
// (objection-editor.component.ts) gives them what they show and where to send a change.


/** Lines of a list field; blank lines are dropped, so none becomes an empty phrase. */
const linesOf = (value: string) => value.split('\n').filter((line) => line.trim() !== '');

/**
 * A paste of several lines into a phrase field goes in a phrase per line, on lines of its own, cleaned (see
 * `pastedPhrases`); the field's `input` then updates the draft as typing does. A one-line paste is the browser's.
 */
function pastePhrases(event: ClipboardEvent): void {
  const field = event.currentTarget as HTMLTextAreaElement;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!/[\r\n]/.test(text)) return;
  event.preventDefault();
  const phrases = pastedPhrases(text, linesOf(field.value));
  if (phrases.length === 0) return;
  const before = field.value.slice(0, field.selectionStart);
  const after = field.value.slice(field.selectionEnd);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  field.setRangeText(`${lead}${phrases.join('\n')}${trail}`, field.selectionStart, field.selectionEnd, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** What the fields need of the form around them. */
export interface FieldKit {
  readonly strings: StudioStrings;
  /** The languages to show a field for; a text's other languages are shown too. */
  readonly locales: readonly string[];
  /** Problems of the whole draft by form path. */
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
  /** The problems at a form path, listed under its field. */
  readonly problemsAt: (path: string) => TemplateResult | typeof nothing;
  /** "May need an update" under a text at a form path, while another language's text of it changed since. */
  readonly staleMark: (path: string, label: string) => TemplateResult | typeof nothing;
  /** A reply field took the focus: the placeholder buttons write into it. */
  readonly replyFocused: (field: HTMLTextAreaElement) => void;
}

export interface TextFieldOptions {
  readonly multiline?: boolean;
  readonly hint?: string;
  /** Reply texts: the placeholder buttons insert into the last one focused. */
  readonly reply?: boolean;
}

/** A fieldset with one text field per language; `change` gets the whole text after each edit. */
export function textFields(
  kit: FieldKit,
  legend: string,
  hint: string,
  path: string,
  text: TextMap,
  change: (text: TextMap) => void,
  options: TextFieldOptions = {},
): TemplateResult {
  return html`<fieldset class="localized" data-path=${path}>
    <legend>${legend}</legend>
    ${hint ? html`<p class="help">${hint}</p>` : nothing}
    ${kit.problemsAt(path)}
    ${localesOf(kit, text).map((locale) => {
      const localePath = `${path}.${locale}`;
      const update = (value: string) => change(withLocale(textMap(text), locale, value === '' ? undefined : value));
      return localeRow(
        kit,
        localePath,
        locale,
        legend,
        options.multiline ? textarea(kit, localePath, text[locale] ?? '', update, options.reply === true) : textInput(kit, localePath, text[locale] ?? '', update),
      );
    })}
  </fieldset>`;
}

/** A fieldset with one multi-line list per language, a phrase a line; `change` gets the whole list after each edit. */
export function listFields(kit: FieldKit, legend: string, hint: string, path: string, list: ListMap, change: (list: ListMap) => void, short = false): TemplateResult {
  return html`<fieldset class="localized" data-path=${path}>
    <legend>${legend}</legend>
    <p class="help">${hint}</p>
    ${kit.problemsAt(path)}
    ${localesOf(kit, list).map((locale) => {
      const localePath = `${path}.${locale}`;
      const update = (value: string) => {
        const lines = linesOf(value);
        change(withLocale(listMap(list), locale, lines.length > 0 ? lines : undefined));
      };
      return localeRow(kit, localePath, locale, legend, textarea(kit, localePath, (list[locale] ?? []).join('\n'), update, false, short, true));
    })}
  </fieldset>`;
}

function localeRow(kit: FieldKit, path: string, locale: string, legend: string, control: TemplateResult): TemplateResult {
  return html`<div class="locale-row">
    <label class="locale" for=${controlId(path)} title=${kit.strings.fieldInLanguage(legend, locale.toUpperCase())}>
      <span aria-hidden="true">${locale.toUpperCase()}</span><span class="visually-hidden">${legend} (${locale})</span>
    </label>
    <div class="locale-control">${control} ${kit.problemsAt(path)} ${kit.staleMark(path, `${legend} (${locale})`)}</div>
  </div>`;
}

/** A one-line text field at a form path. */
export function textInput(kit: FieldKit, path: string, value: string, update: (value: string) => void, placeholder = '', list?: string): TemplateResult {
  return html`<input
    type="text"
    id=${controlId(path)}
    data-path=${path}
    .value=${value}
    placeholder=${placeholder}
    list=${list ?? nothing}
    aria-invalid=${hasError(kit, path) ? 'true' : 'false'}
    aria-describedby=${kit.problems.get(path)?.length ? `${controlId(path)}-problems` : nothing}
    @input=${(event: InputEvent) => update((event.target as HTMLInputElement).value)}
  />`;
}

function textarea(kit: FieldKit, path: string, value: string, update: (value: string) => void, isReply: boolean, short = false, phrases = false): TemplateResult {
  return html`<textarea
    id=${controlId(path)}
    data-path=${path}
    ?data-reply=${isReply}
    class=${short ? 'short' : ''}
    rows=${short ? 2 : 3}
    .value=${value}
    aria-invalid=${hasError(kit, path) ? 'true' : 'false'}
    aria-describedby=${kit.problems.get(path)?.length ? `${controlId(path)}-problems` : nothing}
    @focus=${(event: FocusEvent) => isReply && kit.replyFocused(event.target as HTMLTextAreaElement)}
    @input=${(event: InputEvent) => update((event.target as HTMLTextAreaElement).value)}
    @paste=${phrases ? pastePhrases : nothing}
  ></textarea>`;
}

const hasError = (kit: FieldKit, path: string) => (kit.problems.get(path) ?? []).some((found) => found.severity === 'error');

/** The catalog's languages, then any other this text has, so nothing written is out of sight. */
const localesOf = (kit: FieldKit, byLocale: Record<string, unknown>) => [...new Set([...kit.locales, ...Object.keys(byLocale)])];
