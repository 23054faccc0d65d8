import { defineConfig } from 'vitest/config';
import { catalogPreview } from './build/catalog-preview.mjs';

export default defineConfig({
  plugins: [catalogPreview()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
