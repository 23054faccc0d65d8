import { chmod } from 'node:fs/promises';
import { relative } from 'node:path';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import typescript from '@rollup/plugin-typescript';
import { catalogPreview } from './build/catalog-preview.mjs';
import { CATALOG_FILE, CATALOG_INPUT, DROP_IN_DIR, SCRIPTS_FILE, SCRIPTS_INPUT, catalogAsFile, versionOnly } from './build/package-contents.mjs';

const CLI_ENTRY = 'cli/main';
const ENGINE_FILE = 'objection-desk-engine.js';
const WORKER_FILE = 'search-worker.js';
/** The catalog studio's build: a page of the repository (demo/studio.html), not part of the package. */
const STUDIO_DIR = 'dist-studio';

/**
 * Runtime dependencies stay imports in the npm build; the bundler of the integrating app resolves them. So do
 * React and `@lit/react`, the optional peer dependencies of `objection-desk/react`.
 */
const isExternal = (id) =>
  id.startsWith('node:') || /^(lit|@lit\/|@lit-labs\/|lit-html|lit-element|fuse\.js|tslib|yaml|react|@lit\/react)(\/|$)/.test(id);

/**
 * Whether a module must be kept for its side effects when nothing of it is used. The core is pure (its tables
 * are built at load but touch nothing else), and so are the libraries it imports: without this, a module that
 * imports the core for one helper keeps `import 'fuse.js/basic'`, and an app's first script loads the search
 * library the element only needs after its first paint.
 */
const hasSideEffects = (id, external) => !(id.includes('/src/core/') || (external && /^(fuse\.js|yaml|tslib)(\/|$)/.test(id)));

/**
 * How the element's html`` (and what clean-css left of its css``) is minified: each run of white space with a
 * line break in it becomes one space, and nothing else changes (an HTML minifier also re-quotes and rewrites
 * attributes). That renders the same because the widget's root resets `white-space` to normal (`.isolation`'s
 * `all: initial`; a page's `white-space: pre` would otherwise pass in), and no template writes text inside a
 * <pre> or <textarea> or an attribute value over several lines. The strategy's other hooks are the ones the
 * plugin requires: the parts of a template joined with a placeholder, minified, and split again.
 */
const TEMPLATE_INDENTATION = {
  getPlaceholder: () => '@TEMPLATE_EXPRESSION();',
  combineHTMLStrings: (parts, placeholder) => parts.map((part) => part.text).join(placeholder),
  minifyHTML: (text) => text.replace(/\s*\n\s*/g, ' '),
  // In CSS, one space is the same white space token as any run of it (a string cannot hold a line break).
  minifyCSS: (text) => text.replace(/\s*\n\s*/g, ' '),
  splitHTMLByPlaceholder: (text, placeholder) => text.split(placeholder),
};

/** npm sets the bin's mode on install; this makes `./dist/cli/main.js` runnable from a checkout too. */
const executableCli = () => ({
  name: 'executable-cli',
  async writeBundle(options, bundle) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type === 'chunk' && chunk.name === CLI_ENTRY) await chmod(`${options.dir}/${fileName}`, 0o755);
    }
  },
});

/**
 * TypeScript declares every file of the program, the studio's too; the package has no studio (its build is
 * {@link STUDIO_DIR}), so it has no types for it either.
 */
const withoutStudioTypes = () => ({
  name: 'without-studio-types',
  generateBundle(options, bundle) {
    for (const fileName of Object.keys(bundle)) if (fileName.startsWith('studio/')) delete bundle[fileName];
  },
});

export default [
  // The built-in catalog's data, once, for every build below but the npm build's worker: an ES module that
  // exports the adopted catalog as its default, and the JSON file as it is (src/core/builtin-catalog-data.ts).
  ...[
    [CATALOG_INPUT, CATALOG_FILE, [typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: DROP_IN_DIR })]],
    // The built-in call scripts, as `import('…/scripts.json')` gives them, loaded when a script is opened.
    [SCRIPTS_INPUT, SCRIPTS_FILE, []],
  ].map(([input, file, plugins]) => ({
      input,
      preserveEntrySignatures: 'strict',
      treeshake: { moduleSideEffects: hasSideEffects },
      output: { file: `${DROP_IN_DIR}/${file}`, format: 'es' },
      plugins: [json({ preferConst: true, compact: true }), ...plugins, terser({ ecma: 2022, module: true, format: { comments: false } })],
    })),
  {
    input: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      'element/objection-desk.component': 'src/element/objection-desk.component.ts',
      'element/define': 'src/element/define.ts',
      'react/index': 'src/react/index.ts',
      [CLI_ENTRY]: 'src/cli/main.ts',
    },
    external: isExternal,
    treeshake: { moduleSideEffects: hasSideEffects },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      preserveModules: true,
      preserveModulesRoot: 'src',
      banner: (chunk) => (chunk.name === CLI_ENTRY ? '#!/usr/bin/env node' : ''),
    },
    plugins: [
      catalogPreview(),
      versionOnly(),
      catalogAsFile({ modulesOf: 'src' }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist' }),
      withoutStudioTypes(),
      executableCli(),
    ],
  },
  // The drop-in script, in a folder of its own with every file it loads: it only defines the element, so the
  // static built-in catalog is shaken out. The component's code is inlined here, so `import.meta.url` is this
  // file and its worker sits beside it.
  dropIn('src/element/define.ts', 'objection-desk.min.js', [engineAsFile(), catalogAsFile()]),
  // Its search engine, loaded after the first paint: a file of its own that imports nothing from the script
  // (a page may load that as `objection-desk.min.js?v=2`, and an import of it would load a second copy).
  dropIn('src/element/engine/search-engine.ts', ENGINE_FILE, [catalogAsFile()], { shortenUnderscored: true }),
  // Its worker, self-contained: lit-free, with fuse.js and the core inside.
  dropIn('src/element/engine/search-worker.ts', WORKER_FILE, [catalogAsFile()]),
  // The npm build's worker, next to the engine's client, which starts it with `new URL('./search-worker.js',
  // import.meta.url)`. One file with no import at all, the built-in catalog inside: an app's bundler that
  // copies it as a plain asset (as Vite and webpack do when the URL is not written inside `new Worker(…)`, as
  // the element's Trusted Types policy needs) still gets a worker that runs.
  dropIn('src/element/engine/search-worker.ts', `element/engine/${WORKER_FILE}`, [], { dir: 'dist', inlineDynamicImports: true }),
  // The catalog studio (demo/studio.html): a page of its own, with the element for its preview and `yaml` for
  // reading and writing files. A separate build outside dist/, so none of it reaches the widget's script or the
  // package; its widget loads the drop-in's engine, catalog and worker from the drop-in's folder.
  dropIn('src/studio/define.ts', 'objection-studio.js', [engineAsFile(STUDIO_DIR), catalogAsFile({ dir: STUDIO_DIR }), workerInDropIn(STUDIO_DIR)], {
    dir: STUDIO_DIR,
  }),
];

/** The URL of a file of the drop-in's folder, from a module built into `dir`. */
function dropInFile(dir, file) {
  const path = relative(dir, `${DROP_IN_DIR}/${file}`).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * fuse.js/basic refuses `useTokenSearch` in its constructor ("Token search is not available"), yet keeps the code
 * that would build and read a token index when the option is set: its analyzer, inverted index and BM25 scoring,
 * 843 B gzip of the engine that never runs. Its reads of the option, and of the index only that option makes, are
 * made `false`; the refusal, and every line that runs, stay as they are (same hits, scores and did-you-means).
 * A fuse.js whose code no longer reads so fails the build: look again at what its basic build leaves out.
 */
function withoutFuseTokenSearch() {
  const FOLDS = [
    // [what fuse.js/basic says, how many times, what it says here]
    ['if (this.options.useTokenSearch && true) throw new Error(TOKEN_SEARCH_UNAVAILABLE);', 1, null],
    ['if (this.options.useTokenSearch) {', 1, 'if (false) {'],
    ['const requireAllTokens = this.options.useTokenSearch &&', 2, 'const requireAllTokens = false &&'],
    ['if (this._invertedIndex', 3, 'if (false'],
    ['createSearcher(query, this._invertedIndex ?', 1, 'createSearcher(query, false ?'],
  ];
  return {
    name: 'without-fuse-token-search',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/node_modules/fuse.js/dist/fuse.basic.mjs')) return null;
      for (const [written, times, folded] of FOLDS) {
        const found = code.split(written).length - 1;
        if (found !== times) this.error(`fuse.js/basic has "${written}" ${found} times, not ${times}: update withoutFuseTokenSearch()`);
        if (folded !== null) code = code.replaceAll(written, folded);
      }
      return { code, map: null };
    },
  };
}

/** The import of the search engine is of the drop-in's engine file, built apart. */
function engineAsFile(dir = DROP_IN_DIR) {
  return {
    name: 'engine-as-file',
    resolveId(source, importer) {
      if (source === './search-engine.js' && importer?.endsWith('/src/element/engine/search-client.ts')) {
        return { id: dropInFile(dir, ENGINE_FILE), external: 'absolute' };
      }
      return null;
    },
  };
}

/** A build outside the drop-in's folder starts the drop-in's worker: its `new URL('./search-worker.js', …)` points there. */
function workerInDropIn(dir) {
  const written = `new URL('./${WORKER_FILE}', import.meta.url)`;
  return {
    name: 'worker-in-drop-in',
    transform(code, id) {
      if (!id.endsWith('/src/element/engine/worker-link.ts')) return null;
      if (!code.includes(written)) this.error(`worker-link.ts no longer says ${written}: update workerInDropIn()`);
      return { code: code.replaceAll(written, `new URL('${dropInFile(dir, WORKER_FILE)}', import.meta.url)`), map: null };
    },
  };
}

/**
 * One file of the drop-in build, with its dependencies inside. The built-in catalog, imported dynamically,
 * becomes a chunk fetched at run time; the worker and the main-thread fallback load the same one.
 */
function dropIn(input, fileName, plugins = [], { dir = DROP_IN_DIR, inlineDynamicImports = false, shortenUnderscored = false } = {}) {
  return {
    input,
    // A module of the core that nothing uses is left out, so the search's code stays out of the first script.
    treeshake: { moduleSideEffects: hasSideEffects },
    // A lazy chunk's imports from the entry are exported by the entry itself, not by a chunk behind a facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir,
      format: 'es',
      sourcemap: false,
      inlineDynamicImports,
      entryFileNames: fileName,
      chunkFileNames: 'objection-desk-[name]-[hash].js',
    },
    plugins: [
      ...plugins,
      catalogPreview(),
      withoutFuseTokenSearch(),
      resolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: dir }),
      // The stylesheets' css`` text, which terser leaves as written: comments and indentation are a kilobyte
      // of the script, gzipped. Only the styles files (the templates' HTML keeps its spaces between elements),
      // and only whole stylesheets: a fragment of declarations (the colour tokens) is no stylesheet to parse.
      minifyTemplateLiterals({
        include: ['src/**/*.styles.ts'],
        failOnError: true,
        options: { shouldMinifyCSS: (template) => template.tag === 'css' && template.parts.some((part) => part.text.includes('{')) },
      }),
      // The templates' html`` text loses its indentation and nothing else (see TEMPLATE_INDENTATION), and so
      // does the css`` that clean-css leaves: the colour tokens' fragments, and line breaks inside var().
      minifyTemplateLiterals({
        include: ['src/element/**/*.ts', 'src/ui/**/*.ts'],
        failOnError: true,
        options: { shouldMinifyCSS: (template) => template.tag === 'css', strategy: TEMPLATE_INDENTATION },
      }),
      // A second pass finds what the first one's inlining made removable: 150 bytes gzip of the drop-in.
      terser({
        ecma: 2022,
        module: true,
        compress: { passes: 2 },
        // fuse.js's own properties (`_docs`, `_myIndex`, `_getSearcher`…, 81 in the engine) are shortened as local
        // names are: 139 B gzip of the engine. Only names of `_` and a letter, which nothing of ours has (Lit's
        // `_$…` stay). Each file is shortened on its own: no such property may cross from one file to another.
        ...(shortenUnderscored && { mangle: { properties: { regex: /^_[a-zA-Z]/ } } }),
        format: { comments: false },
      }),
    ],
  };
}
