import type { PlaceholderValues } from '../../core/index.js';
import type { UiLocale } from '../../ui/locale.js';
import type { TemplateResult } from 'lit';
import type { CatalogNotice, CatalogNotices, NoticeKey } from '../catalog-notices.js';
import type { RecentPinnedController } from '../controllers/recent-pinned-controller.js';
import type { SrcController } from '../controllers/src-controller.js';
import type { ProgressReport } from '../engine/engine-protocol.js';
import type { FirstPaintStrings } from '../i18n.js';
import type { ReplyBehaviour } from '../reply-behaviour.js';
import type { ReplyCopy, ReplyState } from '../reply-state.js';
import type { SearchSession } from '../search-session.js';
import type { PaneTexts } from './pane-text.js';

/** The templates of what catalogs tell, loaded with the first notice (templates/catalog-notice.ts). */
export interface CatalogNoticeTemplates {
  /** One extra catalog's notice. */
  readonly renderCatalogNotice: (view: DeskView, key: NoticeKey, notice: CatalogNotice) => TemplateResult;
  /** The text of the loading line, while a `src` file comes or a big catalog indexes. */
  readonly loadingMessage: (view: DeskView) => string;
}

/** What the element's templates show, and what they do: made once per render by the element. */
export interface DeskView {
  /** The texts of the interface language, with the page's `strings` over them. */
  readonly strings: FirstPaintStrings;
  /** The interface's language: the strings', and the digits of its numbers. */
  readonly locale: UiLocale;
  /** The catalog texts' language, any one (`de`, `pt-BR`); a text without it falls back to English. */
  readonly textLocale: string;
  readonly categoryTitle: (id: string) => string;
  readonly session: SearchSession;
  /** A search is on its way (a big catalog indexing, a worker): what is shown is not its answer yet. */
  readonly searching: boolean;
  /** In a narrow element the opened objection takes the place of the results. */
  readonly listboxShown: boolean;
  /** The `hotkey`'s shortcuts, for `aria-keyshortcuts`; empty when it is off. */
  readonly keyshortcuts: string;
  /** The opened objection's id; undefined while none is open. */
  readonly openedId: string | undefined;
  /** The placeholders' values: the context's and those the operator typed. */
  readonly values: PlaceholderValues;
  /** The pinned objections, and pinning the opened one. */
  readonly pins: Pick<RecentPinnedController, 'pinned' | 'toggle'>;
  readonly src: SrcController;
  /** How far a big catalog's validation and indexing is, until it is searched. */
  readonly progress: ProgressReport | undefined;
  readonly notices: CatalogNotices<CatalogNoticeTemplates>;
  readonly onSearchInput: (event: InputEvent) => void;
  readonly onSearchKeydown: (event: KeyboardEvent) => void;
  readonly onClear: () => void;
  /** "No answer for this": the catalog lacks what the operator searched for. */
  readonly onMissing: () => void;
  readonly onOptionClick: (event: MouseEvent) => void;
}

/** What the opened objection's template shows, and what it does: made by the pane (objection-pane.ts) for each render. */
export interface ObjectionView extends Pick<DeskView, 'textLocale' | 'categoryTitle' | 'pins'> {
  /** The interface texts, with the opened objection's. */
  readonly strings: PaneTexts;
  readonly replies: ReplyState;
  /** The outcome of the last copy, while it is shown. */
  readonly copied: ReplyCopy | undefined;
  /** The reply copied last, offering its "Worked" / "Did not work" marks (see `ReplyBehaviour.marks`). */
  readonly marks: ReplyBehaviour['marks'];
  readonly onBack: () => void;
  /** A click on a mark: its `data-outcome` is `worked` or `failed`. */
  readonly onOutcomeClick: (event: MouseEvent) => void;
  /** "No answer for this" on the opened objection. */
  readonly onGap: () => void;
  readonly onReplyTextClick: (event: MouseEvent) => void;
  readonly onCopyClick: (event: MouseEvent) => void;
  readonly onPlaceholderInput: (event: InputEvent) => void;
}
