import type { Catalog, Locale, LocalizedText, MergedCatalog, Objection } from './types.js';

export interface LocaleStats {
  readonly locale: Locale;
  /** Objections with a title in this locale. */
  readonly objections: number;
  readonly triggers: number;
  /** Replies, follow-up replies included, with a text in this locale. */
  readonly replies: number;
}

export interface CategoryStats {
  readonly id: string;
  /** Undefined for a category objections name but the catalog does not define. */
  readonly title?: LocalizedText;
  readonly objections: number;
  /** In all locales. */
  readonly triggers: number;
  readonly replies: number;
}

export interface CatalogStats {
  readonly objections: number;
  /** Ids the catalog disables (zero for a merged catalog). */
  readonly disabled: number;
  /** The catalog's locales first, then any other a text is written in. */
  readonly locales: readonly LocaleStats[];
  /** Defined categories in catalog order, then the ones only named by objections. */
  readonly categories: readonly CategoryStats[];
  /** Call scripts, and their steps in all. */
  readonly scripts: number;
  readonly steps: number;
  /** Script ids the catalog disables (zero for a merged catalog). */
  readonly disabledScripts: number;
}

/**
 * Counts per locale and per category, to see where a catalog is thin.
 *
 * ```ts
 * catalogStats(builtinCatalog()).locales; // [{ locale: 'ru', objections: 19, triggers: 620, replies: 61 }, …]
 * ```
 */
export function catalogStats(catalog: Catalog | MergedCatalog): CatalogStats {
  const { objections } = catalog;
  const allReplies = (objection: Objection) => [...objection.replies, ...objection.followUps.flatMap((f) => f.replies)];
  const declared = 'locales' in catalog ? catalog.locales : [];
  const used = objections.flatMap((o) => [...Object.keys(o.title), ...Object.keys(o.triggers), ...allReplies(o).flatMap((r) => Object.keys(r.text))]);
  const locales = [...new Set([...declared, ...[...new Set(used)].sort()])];
  const categoryIds = [...new Set([...catalog.categories.map((c) => c.id), ...objections.map((o) => o.category)])];
  return {
    objections: objections.length,
    disabled: 'disabled' in catalog ? catalog.disabled.length : 0,
    locales: locales.map((locale) => ({
      locale,
      objections: objections.filter((o) => locale in o.title).length,
      triggers: sum(objections, (o) => o.triggers[locale]?.length ?? 0),
      replies: sum(objections, (o) => allReplies(o).filter((r) => locale in r.text).length),
    })),
    categories: categoryIds.map((id) => {
      const inCategory = objections.filter((o) => o.category === id);
      const title = catalog.categories.find((c) => c.id === id)?.title;
      return {
        id,
        ...(title ? { title } : {}),
        objections: inCategory.length,
        triggers: sum(inCategory, (o) => sum(Object.values(o.triggers), (list) => list.length)),
        replies: sum(inCategory, (o) => allReplies(o).length),
      };
    }),
    scripts: catalog.scripts.length,
    steps: sum(catalog.scripts, (script) => script.steps.length),
    disabledScripts: 'disabledScripts' in catalog ? catalog.disabledScripts.length : 0,
  };
}

function sum<T>(items: readonly T[], count: (item: T) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}
