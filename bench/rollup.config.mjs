// Bundles the benchmark's in-page code to bench/dist/ (gitignored): our core from src/ with the reference
// libraries, the element probe, and each reference library alone, minified, to compare bundle sizes.
// Run by bench/run.mjs after `npm run build`; by hand: npx rollup -c bench/rollup.config.mjs
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** What an app bundles when it imports each reference library. */
const REFERENCE_ENTRIES = {
  'fuse.js': "export { default } from 'fuse.js';",
  '@leeoniya/ufuzzy': "export { default } from '@leeoniya/ufuzzy';",
  minisearch: "export { default } from 'minisearch';",
};
const VIRTUAL = '\0reference:';

const referenceEntries = () => ({
  name: 'reference-entries',
  resolveId: (id) => (id.startsWith(VIRTUAL) ? id : null),
  load: (id) => (id.startsWith(VIRTUAL) ? REFERENCE_ENTRIES[id.slice(VIRTUAL.length)] : null),
});

export default [
  {
    input: {
      'core-bench': 'bench/browser/core-bench.ts',
      'element-probe': 'bench/browser/element-probe.ts',
    },
    output: { dir: 'bench/dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [
      resolve({ browser: true }),
      json({ preferConst: true }),
      typescript({ tsconfig: 'bench/tsconfig.json', outDir: 'bench/dist', declaration: false }),
    ],
  },
  {
    input: Object.fromEntries(Object.keys(REFERENCE_ENTRIES).map((name) => [name.replace(/^@[^/]+\//, '').replace(/\.js$/, ''), `${VIRTUAL}${name}`])),
    output: { dir: 'bench/dist/references', format: 'es', entryFileNames: '[name].min.js' },
    plugins: [referenceEntries(), resolve({ browser: true }), terser({ ecma: 2022, module: true, format: { comments: false } })],
  },
];
