import { defineConfig } from 'vitest/config';
import { catalogPreview } from './build/catalog-preview.mjs';

export default defineConfig({
  plugins: [catalogPreview()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
    // A hang bound, not a claim about speed (timing claims are ratios inside the tests). Vitest's 5 s default
    // failed CPU-bound tests on a 2-core machine shared by four runs: search quality over queries.tsv (6.0 s,
    // 2.7 s on a quieter run) and a property test making 100 catalogs (5.7 s). The heaviest tests already carried
    // 30 s of their own; this is the same for all.
    testTimeout: 30_000,
  },
});
