import { html, nothing, type TemplateResult } from 'lit';
import { problemPosition } from '../core/index.js';
import { UI_LOCALES, type UiLocale } from '../ui/locale.js';
import { problemCount, problemDetails, type ListedProblems } from '../ui/problem-details.js';
import type { DraftMode } from './draft.js';
import type { NearField } from './near-fields.js';
import { LANGUAGE_NAMES, type StudioStrings } from './i18n.js';
import { problemLine, type ProblemWorder } from './problem-words.js';

// The parts of the studio's own shadow root that need none of its state: each is given what it shows and
// what to call back.

/** Languages offered for a catalog; one the draft already has is always listed too. */
const OFFERED_LOCALES = ['ru', 'en', 'tr'];

/** A notice's text, worded when shown: switching the interface language rewords a notice already up. */
export type NoticeMessage = (strings: StudioStrings) => string;

/** What an added file replaced, and the misspelt fields of an opened one that can be kept. */
export interface OpenedExtras {
  /** Names of the draft's objections a file's took the place of. */
  readonly replaced?: readonly string[];
  readonly nearFields?: readonly NearField[];
  /** What the last "use as" did. */
  readonly used?: NoticeMessage;
}

/** What the studio tells about the last open, start or undo. */
export type Notice =
  | ({ readonly kind: 'replaced'; readonly message: NoticeMessage } & ListedProblems & OpenedExtras)
  | ({ readonly kind: 'refused'; readonly message: NoticeMessage } & ListedProblems)
  | { readonly kind: 'info'; readonly message: NoticeMessage };

/**
 * RU / EN / TR buttons (or those of `offered`), the pressed one `current`; the interface switch names each
 * language in itself.
 */
export function languageSwitch(
  className: string,
  label: string,
  current: string,
  choose: (locale: UiLocale) => void,
  named = false,
  offered: readonly UiLocale[] = UI_LOCALES,
): TemplateResult {
  return html`<div class="segmented ${className}" role="group" aria-label=${label}>
      ${offered.map(
        (locale) => html`<button
          type="button"
          lang=${named ? locale : nothing}
          title=${named ? LANGUAGE_NAMES[locale] : nothing}
          aria-pressed=${current === locale ? 'true' : 'false'}
          @click=${() => choose(locale)}
        >
          ${locale.toUpperCase()}
        </button>`,
      )}
    </div>`;
}

export interface NoticeOptions {
  readonly strings: StudioStrings;
  readonly lang: UiLocale;
  /** Whether "Undo" can bring back the draft the notice tells was replaced. */
  readonly canUndo: boolean;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
  /** Keeps a misspelt field's data under the known field. */
  readonly onUseField: (near: NearField) => void;
  /** Whether the list of a file's problems is open. */
  readonly problemsOpen: boolean;
  readonly onToggleProblems: (open: boolean) => void;
  /** How a file's problems are worded, in the marketer's language. */
  readonly word: ProblemWorder;
}

/** The notice of an open, a start or an undo, with the opened file's problems each at its line. */
export function noticeTemplate(notice: Notice, options: NoticeOptions): TemplateResult {
  const { strings } = options;
  return html`<div class="notice ${notice.kind}" role=${notice.kind === 'refused' ? 'alert' : 'status'} lang=${options.lang}>
      <p>
        ${notice.message(strings)}
        ${notice.kind === 'replaced' && options.canUndo ? html`<button type="button" @click=${options.onUndo}>${strings.undo}</button>` : nothing}
        <button type="button" class="quiet" aria-label=${strings.dismiss} @click=${options.onDismiss}>×</button>
      </p>
      ${notice.kind === 'replaced' ? openedExtras(notice, options) : nothing}
      ${notice.kind !== 'info' && notice.problems.length > 0
        ? problemDetails(notice, {
            open: options.problemsOpen,
            onToggle: options.onToggleProblems,
            summary: strings.fileProblems(problemCount(notice)),
            moreProblems: strings.moreProblems,
            className: 'file-problems',
            item: (found) => html`<code>${found.source}${problemPosition(found)}</code>
              ${found.path ? html`<code class="muted">${found.path}</code>` : nothing} ${problemLine(options.word(found))}`,
          })
        : nothing}
    </div>`;
}

/** The objections an added file replaced, and a "use as" button for each misspelt field of the file. */
function openedExtras({ replaced = [], nearFields = [], used }: OpenedExtras, { strings, onUseField }: NoticeOptions): TemplateResult {
  return html`${replaced.length > 0
      ? html`<p class="replaced">${strings.replacedList}</p>
          <ul class="replaced">
            ${replaced.map((name) => html`<li>${name}</li>`)}
          </ul>`
      : nothing}
    ${nearFields.length > 0
      ? html`<p class="near-fields">
          ${nearFields.map((near) => html`<button type="button" @click=${() => onUseField(near)}>${strings.useFieldAs(near.field, near.known, near.id)}</button> `)}
        </p>`
      : nothing}
    ${used ? html`<p role="status">${used(strings)}</p>` : nothing}`;
}

/** Whether the draft extends or replaces the built-in catalog; `builtinCount` is unknown until it has loaded. */
export function modeFieldset(mode: DraftMode, builtinCount: number | undefined, strings: StudioStrings, choose: (mode: DraftMode) => void): TemplateResult {
  const option = (value: DraftMode, label: string, help: string) => html`<label class="mode-option">
      <input type="radio" name="mode" .checked=${mode === value} @change=${() => choose(value)} />
      <span><strong>${label}</strong> <span class="muted">${help}</span></span>
    </label>`;
  return html`<fieldset class="mode">
      <legend>${strings.modeLegend}</legend>
      ${option('extend', strings.extendLabel, strings.extendHelp(builtinCount))}
      ${option('replace', strings.replaceLabel, strings.replaceHelp)}
    </fieldset>`;
}

/** A checkbox for each language the catalog may declare in `locales`. */
export function localesFieldset(locales: readonly string[], strings: StudioStrings, toggle: (locale: string, on: boolean) => void): TemplateResult {
  return html`<fieldset class="locales">
      <legend>${strings.languagesLegend}</legend>
      ${[...new Set([...OFFERED_LOCALES, ...locales])].map(
        (locale) => html`<label class="locale-option">
          <input type="checkbox" .checked=${locales.includes(locale)} @change=${(event: Event) => toggle(locale, (event.target as HTMLInputElement).checked)} />
          ${locale.toUpperCase()}
        </label>`,
      )}
    </fieldset>`;
}

export interface EmptyEditorOptions {
  readonly strings: StudioStrings;
  readonly mode: DraftMode;
  /** Whether the draft has no objection at all, rather than none chosen. */
  readonly emptyCatalog: boolean;
  /** Whether the built-in catalog has loaded and can be opened. */
  readonly canOpenBuiltin: boolean;
  readonly onAdd: () => void;
  readonly onOpenBuiltin: () => void;
}

/** The editor's place while no objection is chosen: what to do first. */
export function emptyEditor(options: EmptyEditorOptions): TemplateResult {
  const { strings } = options;
  return html`<div class="empty-editor">
      <h2>${options.emptyCatalog ? strings.emptyCatalog : strings.chooseObjection}</h2>
      <p class="muted">${strings.emptyHelp(options.mode)}</p>
      <div class="empty-actions">
        <button type="button" class="primary" @click=${options.onAdd}>${strings.addObjection}</button>
        <button type="button" @click=${options.onOpenBuiltin} ?disabled=${!options.canOpenBuiltin}>${strings.openBuiltin}</button>
      </div>
    </div>`;
}
