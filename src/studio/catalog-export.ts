import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CatalogFormat } from '../core/catalog-text.js';
import type { CatalogInput } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { CopyController, type CopyOutcome } from '../ui/copy-controller.js';
import { catalogFileText } from './draft.js';
import type { StudioStrings } from './i18n.js';

/** A download of the catalog as a file, or a copy of its JSON. */
export type ExportKind = CatalogFormat | 'copy';

/** What the draft's check found that the exported file would carry: errors, and the objections they are in. */
export interface ExportErrors {
  readonly count: number;
  /** Names of the objections with errors, as the list shows them. */
  readonly objections: readonly string[];
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The studio's exports: download JSON or YAML, copy JSON, each told to the page as `catalog-export`. A draft
 * with errors is not exported at once: a dialog asks first, naming what the widget would leave out, and can
 * take the marketer to the errors instead.
 */
export class CatalogExport implements ReactiveController {
  readonly #host: Host;
  readonly #catalog: () => CatalogInput;
  readonly #check: () => void;
  readonly #errors: () => ExportErrors;
  readonly #showErrors: () => void;
  readonly #clipboardRefused: () => void;
  readonly #copy: CopyController<CopyOutcome>;
  /** The export the dialog asks about, and the errors it tells of. */
  #asked: { readonly kind: ExportKind; readonly errors: ExportErrors } | undefined;

  /**
   * `check` shows every problem of the draft as it is now (an export is a check of the whole draft); `errors`
   * then tells what is shown.
   */
  constructor(
    host: Host,
    options: { catalog: () => CatalogInput; check: () => void; errors: () => ExportErrors; showErrors: () => void; clipboardRefused: () => void },
  ) {
    this.#host = host;
    this.#catalog = options.catalog;
    this.#check = options.check;
    this.#errors = options.errors;
    this.#showErrors = options.showErrors;
    this.#clipboardRefused = options.clipboardRefused;
    this.#copy = new CopyController(host);
    host.addController(this);
  }

  /** Whether the last copy worked, while its button says so. */
  get copied(): boolean {
    return this.#copy.outcome?.copied ?? false;
  }

  /** Exports, or asks first when the draft has errors. */
  request(kind: ExportKind): void {
    this.#check();
    const errors = this.#errors();
    if (errors.count === 0) {
      void this.#export(kind);
      return;
    }
    this.#asked = { kind, errors };
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#dialog()?.showModal());
  }

  hostUpdated(): void {
    if (!this.#asked) this.#dialog()?.close();
  }

  /** The question before exporting with errors; nothing is shown until an export asks it. */
  render(strings: StudioStrings, lang: string): TemplateResult {
    const errors = this.#asked?.errors;
    return html`<dialog class="export-question" lang=${lang} aria-labelledby="export-question-title" @close=${() => this.#answer(undefined)}>
      ${errors
        ? html`<h2 id="export-question-title">${strings.exportWithErrors(errors.count)}</h2>
            <p>${strings.exportWithErrorsText(errors.objections.join(', '))}</p>
            <div class="dialog-actions">
              <button type="button" class="primary" @click=${() => this.#answer('errors')}>${strings.showErrors}</button>
              <button type="button" @click=${() => this.#answer('export')}>${strings.exportAnyway}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.export-question');
  }

  #answer(answer: 'errors' | 'export' | undefined): void {
    const asked = this.#asked;
    if (!asked) return;
    this.#asked = undefined;
    this.#host.requestUpdate();
    if (answer === 'export') void this.#export(asked.kind);
    else if (answer === 'errors') this.#showErrors();
  }

  async #export(kind: ExportKind): Promise<void> {
    const format = kind === 'copy' ? 'json' : kind;
    const text = catalogFileText(this.#catalog(), format);
    emit(this.#host, 'catalog-export', { format, fileName: `catalog.${format}`, text });
    if (kind === 'copy') {
      const { copied } = await this.#copy.copy(text, (done) => ({ copied: done }));
      if (!copied) this.#clipboardRefused();
      return;
    }
    const type = format === 'json' ? 'application/json' : 'application/yaml';
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `catalog.${format}` });
    link.click();
    // The download has started from the URL by the next task; it can go then.
    setTimeout(() => URL.revokeObjectURL(url));
  }
}
