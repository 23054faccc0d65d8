// Catalog JSON is validated at run time like any user catalog, so its static type is deliberately unknown.
declare module '*.json' {
  const value: unknown;
  export default value;
}
