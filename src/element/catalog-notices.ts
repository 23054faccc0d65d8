import type { ListedProblems } from '../ui/problem-details.js';
import type { LoadFailure } from './i18n.js';

/** Which extra catalog a notice is about. */
export type NoticeKey = 'src' | 'catalog';

/** Something wrong with one extra catalog, shown under the results until it is fixed or dismissed. */
export interface CatalogNotice extends ListedProblems {
  /** Set when the catalog could not be used at all. */
  readonly failure?: LoadFailure;
}

/** The notices about the extra catalogs, and which of them have their "Details" open. */
export class CatalogNotices {
  readonly shown = new Map<NoticeKey, CatalogNotice>();
  /** Notices whose "Details" are open: only those render their list of problems. */
  readonly #open = new Set<NoticeKey>();

  /** Shows `notice` about catalog `key`; `undefined` takes the one shown down. */
  set(key: NoticeKey, notice: CatalogNotice | undefined): void {
    if (notice) this.shown.set(key, notice);
    else this.shown.delete(key);
  }

  dismiss(key: NoticeKey): void {
    this.shown.delete(key);
    this.#open.delete(key);
  }

  detailsOpen(key: NoticeKey): boolean {
    return this.#open.has(key);
  }

  /** Opens or closes the details of notice `key`; false when they already were. */
  toggleDetails(key: NoticeKey, open: boolean): boolean {
    if (open === this.#open.has(key)) return false;
    if (open) this.#open.add(key);
    else this.#open.delete(key);
    return true;
  }
}
