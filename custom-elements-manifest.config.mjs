// `cem analyze` (npm run build) reads this file. The manifest describes what the package ships: the element's
// public modules, at the paths of their built files in dist/, not the TypeScript sources the package leaves out.

/** `src/element/define.ts` (or the `/src/element/define.js` the analyzer writes for a definition) → `dist/element/define.js`. */
const builtPath = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');

/** Every module path in the manifest (a module's `path`, the `module` of an export, a declaration, a superclass…), rewritten. */
function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = builtPath(value);
      else rewritePaths(value);
    }
  }
}

/**
 * Exports re-exported from a module the analyzer did not read keep the specifier as written (`./events.js`):
 * here, the event detail types `define.ts` re-exports, which are types only and have no file at run time.
 * The manifest lists what runs; their types are in the package's .d.ts files.
 */
function dropUnreadReExports(modules) {
  for (const module of modules) {
    if (module.exports) module.exports = module.exports.filter((entry) => !entry.declaration?.module?.startsWith('./'));
  }
}

export default {
  globs: ['src/element/objection-desk.component.ts', 'src/element/define.ts'],
  litelement: true,
  plugins: [
    {
      name: 'built-paths',
      packageLinkPhase: ({ customElementsManifest }) => {
        dropUnreadReExports(customElementsManifest.modules);
        rewritePaths(customElementsManifest.modules);
      },
    },
  ],
};
