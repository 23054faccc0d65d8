import { WEAK_CONFIDENCE, groupByCategory, type BrowseGroup, type Category, type SearchHit, type ShortcutGroup } from '../core/index.js';
import { uiStrings, type FirstPaintStrings } from './i18n.js';

/** A message for the live region, worded in the interface's texts and the catalog texts' language of the moment. */
export type Saying = (strings: FirstPaintStrings, textLocale: string) => string;

/** Hits as the engine lists them: for the empty query, the first objections and how many more there are. */
export interface HitList {
  readonly hits: readonly SearchHit[];
  readonly more: number;
}

/**
 * What the operator searched for and what the results show: the query, its hits, the active option and what
 * the live region says. No DOM: the element renders it, and Node tests drive it.
 */
export class SearchSession {
  query = '';
  hits: readonly SearchHit[] = [];
  /** The hits by category, when the query is empty, with the operator's pinned and recent objections above. */
  groups: readonly BrowseGroup[] | undefined;
  /** The pinned and recent groups for the empty query's list. */
  shortcuts: (hits: readonly SearchHit[]) => ShortcutGroup[] = () => [];
  /** How many objections the list for the empty query leaves out. */
  more = 0;
  /** The index of the active option in `hits`; -1 for none. */
  active = -1;
  /** The list shown is the built-in catalog's preview, listed before the catalog itself has loaded. */
  preview = false;
  /** The results shown are interim: from the catalogs of before a load the worker is still on. */
  interim = false;
  /** What the live region says. */
  announcement = '';
  /** How to word it again, in another language after a locale switch; `#said` is how it was last worded. */
  #say: Saying = () => '';
  #said = '';
  /** The words of the last update: what a {@link Saying} is worded with. */
  #words: Parameters<Saying> = [uiStrings('en'), 'en'];
  /** The result count the live region says last; unset once it says something else. */
  #announcedCount: number | undefined;
  /** The query the hits shown answer (the box may hold more already). */
  #answered = '';

  get activeHit(): SearchHit | undefined {
    return this.hits[this.active];
  }

  /**
   * No results, or only weak ones for a query of four characters or more: nothing the search is sure of. The
   * first few letters of a word match weakly whatever it will be; that is no reason to say "nothing found".
   */
  get nothingFound(): boolean {
    if (this.hits.length === 0) return true;
    return !this.groups && [...this.#answered.trim()].length > 3 && !this.hits.some((hit) => hit.confidence >= WEAK_CONFIDENCE);
  }

  /** The empty query's list last shown, for {@link regroup}. */
  #browsed: [HitList, readonly Category[]] | undefined;

  /** Lists the empty query's hits under their category titles, below the pinned and recent ones. */
  showByCategory(list: HitList, categories: readonly Category[]): void {
    this.#browsed = [list, categories];
    this.groups = [...this.shortcuts(list.hits), ...groupByCategory(list.hits, categories)];
    this.hits = this.groups.flatMap((group) => group.hits);
    this.more = list.more;
  }

  /** Lists the empty query's hits again, with the pinned and recent ones as they are now; the active objection stays. */
  regroup(): void {
    if (!this.groups) return;
    const id = this.activeHit?.objection.id;
    this.showByCategory(...this.#browsed!);
    this.active = id === undefined ? -1 : this.indexOf(id);
  }

  /**
   * Shows the hits of `query`. With `keepActive`, the objection that was active stays active where it is still
   * listed; else the first hit is active as soon as something is typed, so that Enter opens it.
   */
  show(query: string, list: HitList, categories: readonly Category[], keepActive: boolean): void {
    const previous = keepActive ? this.activeHit?.objection.id : undefined;
    this.#answered = query;
    if (query.trim() === '') {
      this.showByCategory(list, categories);
    } else {
      this.groups = undefined;
      this.hits = [...list.hits];
      this.more = 0;
    }
    const kept = previous === undefined ? -1 : this.indexOf(previous);
    this.active = kept >= 0 ? kept : this.groups || this.hits.length === 0 ? -1 : 0;
  }

  /** The index of the hit for objection `id`, -1 when it is not listed. */
  indexOf(id: string): number {
    return this.hits.findIndex((hit) => hit.objection.id === id);
  }

  /** Moves the active option down or up, round the list; false when there is nothing to move through. */
  move(step: 1 | -1): boolean {
    const count = this.hits.length;
    if (count === 0) return false;
    this.active = this.active < 0 ? (step === 1 ? 0 : count - 1) : (this.active + step + count) % count;
    return true;
  }

  /**
   * Says how many results there are (0 when {@link nothingFound}), unless that count is what was said last: the
   * operator's next search is heard, every keystroke of it is not.
   */
  announceCount(say: (count: number) => string | Saying): void {
    const count = this.nothingFound ? 0 : this.hits.length;
    if (count !== this.#announcedCount) this.announce(say(count), count);
  }

  /** Says `message` in the live region; `count` is the result count it tells, if it tells one. */
  announce(message: string | Saying, count?: number): void {
    this.#announcedCount = count;
    this.#say = typeof message === 'string' ? () => message : message;
    const text = (this.#said = this.#say(...this.#words));
    // A repeated message is changed invisibly so that screen readers read it again.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  /** Words what the live region says in `strings` and `textLocale`: after a locale switch, in the new language. */
  reword(...words: Parameters<Saying>): void {
    this.#words = words;
    const text = this.#say(...words);
    if (text !== this.#said) this.announcement = this.#said = text;
  }
}
