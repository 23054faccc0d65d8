import { chmod } from 'node:fs/promises';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { catalogPreview } from './build/catalog-preview.mjs';

const CLI_ENTRY = 'cli/main';

/** Runtime dependencies stay imports in the npm build; the bundler of the integrating app resolves them. */
const isExternal = (id) =>
  id.startsWith('node:') || /^(lit|@lit\/|@lit-labs\/|lit-html|lit-element|fuse\.js|tslib|yaml)(\/|$)/.test(id);

/** npm sets the bin's mode on install; this makes `./dist/cli/main.js` runnable from a checkout too. */
const executableCli = () => ({
  name: 'executable-cli',
  async writeBundle(options, bundle) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type === 'chunk' && chunk.name === CLI_ENTRY) await chmod(`${options.dir}/${fileName}`, 0o755);
    }
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      'element/objection-desk.component': 'src/element/objection-desk.component.ts',
      'element/define': 'src/element/define.ts',
      // Next to the component, which starts it with `new URL('./search-worker.js', import.meta.url)`.
      'element/search-worker': 'src/element/search-worker.ts',
      [CLI_ENTRY]: 'src/cli/main.ts',
    },
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      banner: (chunk) => (chunk.name === CLI_ENTRY ? '#!/usr/bin/env node' : ''),
    },
    plugins: [
      catalogPreview(),
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist' }),
      executableCli(),
    ],
  },
  // The drop-in script: it only defines the element, so the static built-in catalog is shaken out. The
  // component's code is inlined here, so `import.meta.url` is this file and its worker sits beside it.
  dropIn('src/element/define.ts', 'objection-desk.min.js'),
  // Its worker, self-contained: lit-free, with fuse.js and the core inside.
  dropIn('src/element/search-worker.ts', 'search-worker.js'),
];

/**
 * One file of the drop-in build, with its dependencies inside. The built-in catalog, imported dynamically,
 * becomes a chunk fetched at run time; the worker and the main-thread fallback load the same one.
 */
function dropIn(input, fileName) {
  return {
    input,
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: fileName,
      chunkFileNames: 'objection-desk-[name]-[hash].js',
    },
    plugins: [
      catalogPreview(),
      resolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  };
}
