import { chmod } from 'node:fs/promises';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const CLI_ENTRY = 'cli/main';

/** Runtime dependencies stay imports in the npm build; the bundler of the integrating app resolves them. */
const isExternal = (id) =>
  id.startsWith('node:') || /^(lit|@lit\/|@lit-labs\/|lit-html|lit-element|fuse\.js|tslib)(\/|$)/.test(id);

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
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist' }),
      executableCli(),
    ],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/objection-desk.min.js', format: 'es', sourcemap: false },
    plugins: [
      resolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
