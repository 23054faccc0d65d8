import type { CategoryGroup, SearchHit } from './hits.js';
import type { Category, MergedCatalog } from './types.js';

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
