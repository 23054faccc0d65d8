// What the engine loads to check catalogs, one chunk: the core's validation, and the call scripts' checks and
// lookups, which need it (the built-in scripts are validated too).
export { readExtras } from './extra-catalogs.js';
export { lookUpScript, readSrc, reportScripts } from './script-lookup.js';
