// Catalog JSON is validated at run time like any user catalog, so its static type is deliberately unknown.
declare module '*.json' {
  const value: unknown;
  export default value;
}

// A catalog's preview, made from the catalog file by build/catalog-preview.mjs: the catalog file format with
// only what the list shows (see `CatalogInput`). The built-in catalog is validated by the test suite.
declare module '*.json?preview' {
  type Text = string | Record<string, string>;
  const value: {
    readonly locales: readonly string[];
    readonly categories: Readonly<Record<string, { readonly title: Text }>>;
    readonly objections: ReadonlyArray<{ readonly id: string; readonly category?: string; readonly title?: Text }>;
  };
  export default value;
}
