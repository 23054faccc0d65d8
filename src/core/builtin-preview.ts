import BUILTIN_PREVIEW_JSON from '../../objections/catalog.json?preview';
import { BUILTIN_SOURCE } from './builtin-catalog.js';
import { browseCatalog } from './browse.js';
import type { SearchHit } from './hits.js';
import { DEFAULT_CATEGORY, type Category, type Locale, type LocalizedText, type Objection } from './types.js';

/** What the list shows of an objection before anything is typed. */
export type ObjectionPreview = Pick<Objection, 'id' | 'category' | 'title'>;

/** A catalog as its list shows it before anything is typed: its categories, and each objection's id, category and title. */
export interface CatalogPreview {
  readonly locales: readonly Locale[];
  readonly categories: readonly Category[];
  readonly objections: readonly ObjectionPreview[];
}

let preview: CatalogPreview | undefined;

/**
 * The preview of the built-in catalog: a few kilobytes made from it at build time (`build/catalog-preview.mjs`)
 * and bundled with the element, which lists it in its first render while the catalog itself loads. It is read
 * as {@link builtinCatalog} reads the catalog, so the list does not change when the catalog arrives.
 *
 * Not re-exported from `index.ts`: a bundler without the build's plugin cannot resolve the `?preview` import.
 *
 * ```ts
 * builtinPreview().objections[0]; // { id: 'expensive', category: 'price', title: { ru: 'Дорого / …', … } }
 * ```
 */
export function builtinPreview(): CatalogPreview {
  preview ??= {
    locales: BUILTIN_PREVIEW_JSON.locales,
    categories: Object.entries(BUILTIN_PREVIEW_JSON.categories).map(([id, { title }]) => ({ id, title: title as LocalizedText })),
    objections: BUILTIN_PREVIEW_JSON.objections.map(({ id, category, title }) => ({
      id,
      category: category ?? DEFAULT_CATEGORY,
      title: title as LocalizedText,
    })),
  };
  return preview;
}

/**
 * The list for the empty query that {@link browseCatalog} gives over the catalog, from its preview: the
 * same objections in the same order. Its objections have no triggers, replies or tips: they are listed, not
 * opened.
 *
 * ```ts
 * browsePreview(builtinPreview()).map((hit) => hit.objection.id); // as browse() over builtinCatalog()
 * ```
 */
export function browsePreview(catalog: CatalogPreview): SearchHit[] {
  const objections = catalog.objections.map(
    (objection): Objection => ({ ...objection, triggers: {}, tags: {}, replies: [], followUps: [], tips: [], source: BUILTIN_SOURCE }),
  );
  return browseCatalog({ categories: catalog.categories, objections });
}
