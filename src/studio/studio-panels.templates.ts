import { html, type TemplateResult } from 'lit';
import type { CatalogInput, ObjectionSearch } from '../core/index.js';
import type { UiLocale } from '../ui/locale.js';
import type { Draft, DraftMode } from './draft.js';
import type { StudioStrings } from './i18n.js';
import { languageSwitch, localesFieldset, modeFieldset } from './objection-studio.templates.js';

// The studio's toolbar, catalog settings and objection preview: each is given what it shows and what to call
// back, as the templates of objection-studio.templates.ts are.

export interface ToolbarOptions {
  readonly strings: StudioStrings;
  readonly lang: UiLocale;
  readonly onUiLocale: (locale: UiLocale) => void;
  readonly onStartEmpty: () => void;
  readonly onOpenBuiltin: () => void;
  /** Whether the built-in catalog has loaded and can be opened. */
  readonly canOpenBuiltin: boolean;
  /** "Open file…" and "Add from file…" (see `FileActions.buttons`). */
  readonly fileButtons: TemplateResult;
  readonly onExport: (kind: 'json' | 'yaml' | 'copy') => void;
  /** Whether the last copy worked, while its button says so. */
  readonly copied: boolean;
  /** Undo and Redo (see `HistoryController.buttons`). */
  readonly historyButtons: TemplateResult;
  readonly notSaved: boolean;
}

/** The studio's header: its name and interface language, open, export, undo, and whether the draft is saved. */
export function toolbarTemplate(options: ToolbarOptions): TemplateResult {
  const { strings, lang } = options;
  return html`<header part="toolbar" class="toolbar" lang=${lang}>
    <div class="brand">
      <span class="brand-mark" aria-hidden="true">OD</span>
      <div>
        <h1>${strings.studioTitle}</h1>
        <p class="muted small">objection-desk · <a href="./">${strings.demoPage}</a></p>
      </div>
      ${languageSwitch('ui-locale', strings.interfaceLanguage, lang, options.onUiLocale, true)}
    </div>
    <div class="toolbar-group" role="group" aria-label=${strings.openGroup}>
      <button type="button" @click=${options.onStartEmpty}>${strings.startEmpty}</button>
      <button type="button" @click=${options.onOpenBuiltin} ?disabled=${!options.canOpenBuiltin}>${strings.openBuiltin}</button>
      ${options.fileButtons}
    </div>
    <div class="toolbar-group" role="group" aria-label=${strings.exportGroup}>
      <button type="button" class="primary" @click=${() => options.onExport('json')}>${strings.downloadJson}</button>
      <button type="button" @click=${() => options.onExport('yaml')}>${strings.downloadYaml}</button>
      <button type="button" @click=${() => options.onExport('copy')}>${options.copied ? strings.copied : strings.copyJson}</button>
    </div>
    ${options.historyButtons}
    <p class="save-state small ${options.notSaved ? 'not-saved' : ''}" role="status">${options.notSaved ? strings.draftNotSaved : strings.draftSaved}</p>
  </header>`;
}

export interface CatalogBarOptions {
  readonly strings: StudioStrings;
  readonly lang: UiLocale;
  readonly draft: Draft;
  /** How many objections the built-in catalog has; unknown until it has loaded. */
  readonly builtinCount: number | undefined;
  readonly onMode: (mode: DraftMode) => void;
  readonly onLocale: (locale: string, on: boolean) => void;
}

/** The catalog's settings (extend or replace the built-in one, its languages) and how to use the exported file. */
export function catalogBar({ strings, lang, draft, builtinCount, onMode, onLocale }: CatalogBarOptions): TemplateResult {
  const noBuiltin = draft.mode === 'replace';
  return html`<section class="catalog-bar" aria-label=${strings.catalogSettings} lang=${lang}>
    ${modeFieldset(draft.mode, builtinCount, strings, onMode)} ${localesFieldset(draft.catalog.locales ?? [], strings, onLocale)}
    <p class="how-to small muted">
      ${strings.exportHowTo({
        file: html`<code>catalog.json</code>`,
        tag: html`<code>&lt;objection-desk src="catalog.json"${noBuiltin ? ' no-builtin' : ''}&gt;</code>`,
        folder: html`<code>demo/</code>`,
        demoLink: html`<a href="./?src=catalog.json${noBuiltin ? '&no-builtin' : ''}">demo/?src=catalog.json</a>`,
      })}
    </p>
  </section>`;
}

/** The context the previews fill placeholders from, as a CRM would give it. */
export const PREVIEW_CONTEXT = { clientName: 'Анна', storeName: 'ТехноДом', managerName: 'Игорь' };

export interface ObjectionPreviewOptions {
  readonly strings: StudioStrings;
  readonly locale: UiLocale;
  readonly onLocale: (locale: UiLocale) => void;
  readonly mode: DraftMode;
  /** The phrase tester's search of the draft as last checked. */
  readonly search: ObjectionSearch | undefined;
  /** The ids of the draft's own objections. */
  readonly ownIds: ReadonlySet<string>;
  /** The catalog the widget gets: the draft as last checked. */
  readonly catalog: CatalogInput;
}

/** The objections tab's preview: its language, the phrase tester and the real widget with the draft. */
export function objectionPreview(options: ObjectionPreviewOptions): TemplateResult {
  const { strings, locale } = options;
  return html`<aside class="panel preview" aria-label=${strings.preview}>
    <div class="preview-head">
      <h2>${strings.preview}</h2>
      ${languageSwitch('preview-locale', strings.previewLanguage, locale, options.onLocale)}
    </div>
    <objection-studio-tester .search=${options.search} .ownIds=${options.ownIds} .locale=${locale} .strings=${strings}></objection-studio-tester>
    <p class="muted small">${strings.previewNote(options.mode)}</p>
    <objection-desk
      part="preview"
      class="desk"
      locale=${locale}
      ?no-builtin=${options.mode === 'replace'}
      limit="6"
      .catalog=${options.catalog}
      .context=${PREVIEW_CONTEXT}
    ></objection-desk>
  </aside>`;
}
