import type { ReactiveControllerHost } from 'lit';
import { NONE_OMITTED, messageOf } from '../core/index.js';
import { emit } from '../ui/emit.js';
import type { ListedProblems } from '../ui/problem-details.js';
import type { LoadFailure } from './i18n.js';

/** Which extra catalog a notice is about. */
export type NoticeKey = 'src' | 'catalog';

/** Something wrong with one extra catalog, shown under the results until it is fixed or dismissed. */
export interface CatalogNotice extends ListedProblems {
  /** Set when the catalog could not be used at all. */
  readonly failure?: LoadFailure;
}

/** A file of the widget itself that did not load, and the folder it was looked for in. */
export interface MissingFile {
  readonly file: string;
  readonly folder: string;
  /** Only objections cannot open (the opened objection's file); else the search cannot work. */
  readonly opening?: true;
}

/**
 * A script file's name and folder in `message` (browsers name the module a failed `import()` asked for), else
 * `file` in the folder of this script, where the drop-in's files sit side by side.
 */
export function missingFile(message: string, file: string): MissingFile {
  const url = /\b(?:https?|file):\/\/\S+?\.js\b/.exec(message)?.[0] ?? new URL(file, import.meta.url).href;
  const slash = url.lastIndexOf('/') + 1;
  return { file: url.slice(slash), folder: url.slice(0, slash) };
}

/**
 * The notices about the extra catalogs, and which of them have their "Details" open. A problem reported is
 * also told to the page as `catalog-error`. Above them, a file of the widget that did not load.
 */
export class CatalogNotices<Template> {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #loadTemplate: () => Promise<Template>;
  readonly shown = new Map<NoticeKey, CatalogNotice>();
  /** The search cannot work: a file of the widget did not load. */
  missing: MissingFile | undefined;
  /** The template of a catalog's notice, once loaded (with the first notice). */
  template: Template | undefined;
  /** The template's loading, until it has loaded. */
  loading: Promise<void> | undefined;
  /** Notices whose "Details" are open: only those render their list of problems. */
  readonly #open = new Set<NoticeKey>();

  /** `loadTemplate` loads the template of a catalog's notice: a chunk of its own, loaded with the first notice. */
  constructor(host: ReactiveControllerHost & HTMLElement, loadTemplate: () => Promise<Template>) {
    this.#host = host;
    this.#loadTemplate = loadTemplate;
  }

  /** Shows `notice` about catalog `key` from `source`; `undefined`, or a notice of no problems, takes the one shown down. */
  report(key: NoticeKey, source: string, notice: CatalogNotice | undefined): void {
    if (notice?.problems.length) {
      this.shown.set(key, notice);
      emit(this.#host, 'catalog-error', { source, problems: notice.problems, omitted: notice.omitted ?? NONE_OMITTED });
      this.load();
    } else {
      this.shown.delete(key);
    }
    this.#host.requestUpdate();
  }

  /** Shows that `missing` did not load, and says once in the console what an integrator has to copy. */
  reportMissing(missing: MissingFile): void {
    if (!this.missing) {
      console.error(
        `<objection-desk>: ${missing.file} did not load from ${missing.folder}: the widget needs all its files in one folder. ` +
          "Copy every file of the package's dist/browser/ folder there: objection-desk.min.js, objection-desk-*.js and search-worker.js.",
      );
    }
    this.missing = missing;
    this.#host.requestUpdate();
  }

  /** Loads the template, for a message it has to show (the progress of indexing) or soon will. */
  load(): void {
    if (this.template || this.loading) return;
    this.loading = this.#loadTemplate().then(
      (template) => {
        this.template = template;
        this.loading = undefined;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        this.reportMissing(missingFile(messageOf(error), 'objection-desk-catalog-notice-*.js'));
      },
    );
  }

  dismiss(key: NoticeKey): void {
    this.shown.delete(key);
    this.#open.delete(key);
    this.#host.requestUpdate();
  }

  detailsOpen(key: NoticeKey): boolean {
    return this.#open.has(key);
  }

  toggleDetails(key: NoticeKey, open: boolean): void {
    if (open === this.#open.has(key)) return;
    if (open) this.#open.add(key);
    else this.#open.delete(key);
    this.#host.requestUpdate();
  }
}
