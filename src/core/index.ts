// The core for Node and tools (`objection-desk/core`): the API of ./api.ts, and the built-in catalog as part
// of the module, for code that wants it at once.
export * from './api.js';
export { BUILTIN_CATALOG_JSON, builtinCatalog } from './builtin-catalog-sync.js';
