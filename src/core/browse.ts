import type { CategoryGroup, SearchHit } from './hits.js';
import type { Category, MergedCatalog, Objection } from './types.js';

/** Most recently opened objections listed above the catalog when nothing is typed. */
export const RECENT_LIMIT = 5;

/** The operator's own objections, listed above the categories when nothing is typed: pinned, then recent. */
export interface ShortcutGroup {
  readonly shortcut: 'pinned' | 'recent';
  readonly hits: readonly SearchHit[];
}

/** A group of the list shown before anything is typed. */
export type BrowseGroup = CategoryGroup | ShortcutGroup;

/**
 * The list shown before anything is typed: every objection, grouped by category in the catalog's category
 * order, then in catalog order. Apart from the search (and fuse.js), so a catalog can be listed before the
 * search code has loaded.
 *
 * ```ts
 * browseCatalog(mergeCatalogs([builtinCatalog()]))[0].objection.id; // 'expensive'
 * ```
 */
export function browseCatalog(catalog: Pick<MergedCatalog, 'categories' | 'objections'>): SearchHit[] {
  const categoryOrder = new Map(catalog.categories.map((category, index) => [category.id, index]));
  const order = (category: string) => categoryOrder.get(category) ?? categoryOrder.size;
  return catalog.objections
    .map((objection, index) => ({ objection, index }))
    .sort((a, b) => order(a.objection.category) - order(b.objection.category) || a.index - b.index)
    .map(({ objection }) => ({ objection, score: 0, confidence: 1 }));
}

/** Splits hits for display under their category titles; categories without hits are left out. */
export function groupByCategory(hits: readonly SearchHit[], categories: readonly Category[]): CategoryGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.objection.category);
    if (group) group.push(hit);
    else groups.set(hit.objection.category, [hit]);
  }
  const byId = new Map(categories.map((category) => [category.id, category]));
  return [...groups].map(([id, groupHits]) => ({
    category: byId.get(id) ?? { id, title: { en: id } },
    hits: groupHits,
  }));
}

/**
 * The groups above the categories in the list shown before anything is typed: the `pinned` objections in their
 * order, then the {@link RECENT_LIMIT} latest of `recent` (ids, the latest first) that are not pinned. Objections
 * are taken from `hits` (the list), else from `known` (objections opened, which a big catalog's list may cut);
 * ids of neither are left out, and so are empty groups.
 *
 * ```ts
 * shortcutGroups(browseCatalog(catalog), ['trust'], ['expensive', 'trust']).map((group) => group.hits.length); // [1, 1]
 * ```
 */
export function shortcutGroups(
  hits: readonly SearchHit[],
  pinned: readonly string[],
  recent: readonly string[],
  known: readonly Objection[] = [],
): ShortcutGroup[] {
  // The list's copy is the fresh one: after a catalog change, a known objection may be an old copy.
  const byId = new Map([...known, ...hits.map((hit) => hit.objection)].map((objection) => [objection.id, objection]));
  const group = (shortcut: ShortcutGroup['shortcut'], ids: readonly string[]): ShortcutGroup[] => {
    const groupHits = [...new Set(ids)].flatMap((id) => {
      const objection = byId.get(id);
      return objection ? [{ objection, score: 0, confidence: 1 }] : [];
    });
    return groupHits.length > 0 ? [{ shortcut, hits: groupHits }] : [];
  };
  return [...group('pinned', pinned), ...group('recent', recent.filter((id) => !pinned.includes(id)).slice(0, RECENT_LIMIT))];
}
