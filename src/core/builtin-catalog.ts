import { DEFAULT_CATEGORY, type Catalog, type CatalogInput, type LocalizedText, type Reply, type ReplyInput } from './types.js';

/** The `source` of problems and objections that come from the built-in catalog. */
export const BUILTIN_SOURCE = 'built-in';

let loading: Promise<Catalog> | undefined;

/**
 * The built-in catalog JSON taken as a {@link Catalog} without checking it again: the test suite validates
 * it with no problem at all, and start-up time is what an embedded widget is judged by. (A test checks
 * that this gives exactly what `validateCatalog` gives.) The module of the data adopts it: the drop-in's
 * search engine, which loads that module, carries none of this code.
 */
export function adoptBuiltinCatalog(json: unknown): Catalog {
  const input = json as CatalogInput;
  const text = (value: unknown) => value as LocalizedText;
  // A built-in reply has every field as the validator keeps it (id, text, short, when): taken whole.
  const reply = (input: ReplyInput) => input as Reply;
  return {
    source: BUILTIN_SOURCE,
    locales: input.locales ?? [],
    categories: Object.entries(input.categories ?? {}).map(([id, { title }]) => ({ id, title: text(title) })),
    objections: input.objections.map((objection) => ({
      id: objection.id,
      category: objection.category ?? DEFAULT_CATEGORY,
      title: text(objection.title),
      triggers: objection.triggers as Catalog['objections'][number]['triggers'],
      tags: (objection.tags ?? {}) as Catalog['objections'][number]['tags'],
      replies: (objection.replies ?? []).map(reply),
      followUps: (objection.followUps ?? []).map((followUp) => ({
        id: followUp.id!,
        customer: text(followUp.customer),
        replies: followUp.replies.map(reply),
      })),
      tips: (objection.tips ?? []).map(text),
      source: BUILTIN_SOURCE,
    })),
    disabled: [],
    scripts: [],
    disabledScripts: [],
  };
}

/**
 * The built-in catalog, loaded on first use: a bundler makes the catalog a chunk of its own, fetched only
 * when a page needs it, so the script that defines the element stays small. (`builtinCatalog()`, in a module
 * of its own, has it at once, for Node and tools.)
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([await loadBuiltinCatalog()]));
 * ```
 */
export function loadBuiltinCatalog(): Promise<Catalog> {
  loading ??= import('./builtin-catalog-data.js').then(
    (module) => module.default,
    (error: unknown) => {
      // A failed fetch of the chunk (offline for a moment) is tried again on the next call.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts fetching the built-in catalog's chunk without reading it, so that {@link loadBuiltinCatalog}, called
 * later, perhaps from code loaded meanwhile, finds it loaded.
 */
export function prefetchBuiltinCatalog(): void {
  // `default` is read so that a bundler keeps what the chunk exports: an import whose exports nobody reads
  // is shaken out whole.
  import('./builtin-catalog-data.js').then(
    (module) => module.default,
    () => undefined,
  );
}
