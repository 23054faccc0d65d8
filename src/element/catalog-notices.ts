import type { ReactiveControllerHost } from 'lit';
import { NONE_OMITTED } from '../core/index.js';
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

/**
 * The notices about the extra catalogs, and which of them have their "Details" open. A problem reported is
 * also told to the page as `catalog-error`.
 */
export class CatalogNotices {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly shown = new Map<NoticeKey, CatalogNotice>();
  /** Notices whose "Details" are open: only those render their list of problems. */
  readonly #open = new Set<NoticeKey>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** Shows `notice` about catalog `key` from `source`; `undefined` takes the one shown down. */
  report(key: NoticeKey, source: string, notice: CatalogNotice | undefined): void {
    if (notice) {
      this.shown.set(key, notice);
      emit(this.#host, 'catalog-error', { source, problems: notice.problems, omitted: notice.omitted ?? NONE_OMITTED });
    } else {
      this.shown.delete(key);
    }
    this.#host.requestUpdate();
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
