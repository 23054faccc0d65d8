// A Node or worker consumer of the core, as the README shows it.
import {
  BUILTIN_CATALOG_JSON,
  ObjectionSearch,
  builtinCatalog,
  loadBuiltinCatalog,
  mergeCatalogs,
  parseCatalog,
  validateCatalog,
  type CatalogInput,
  type Problem,
  type SearchHit,
} from 'objection-desk/core';

const ours: CatalogInput = {
  locale: 'en',
  objections: [{ id: 'too-slow', title: 'Too slow', triggers: ['slow', 'takes ages', 'late'], replies: [{ text: 'We ship in a day.' }] }],
};
const checked = validateCatalog(ours, 'ours.json');
const problems: readonly Problem[] = checked.problems;
const parsed = parseCatalog(JSON.stringify(BUILTIN_CATALOG_JSON), 'copy.json');

const search = new ObjectionSearch(mergeCatalogs([builtinCatalog(), checked.catalog, parsed.catalog]));
const hits: SearchHit[] = search.search('ljhjuj');
const firstId: string | undefined = hits[0]?.objection.id;
const locales: string[] | undefined = BUILTIN_CATALOG_JSON.locales;

// @ts-expect-error the catalog file format has no `name`: the raw catalog is typed, not `any`.
BUILTIN_CATALOG_JSON.name;

export async function lazily(): Promise<number> {
  return (await loadBuiltinCatalog()).objections.length + problems.length + (firstId?.length ?? 0) + (locales?.length ?? 0);
}
