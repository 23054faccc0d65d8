import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dropInCode, measureEntry } from '../../bench/lib/bundle.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = `${ROOT}dist/browser/objection-desk.min.js`;
/** Issue 4's budget: 40 KB gzip with lit and fuse.js; the built-in catalog's data may load lazily. */
const BUDGET_BYTES = 40 * 1024;

describe('the self-contained bundle', () => {
  it('dist/browser/objection-desk.min.js is at most 40 KB gzipped, with the search engine it loads', async () => {
    if (!existsSync(BUNDLE)) expect.fail('dist/browser/objection-desk.min.js is missing: run `npm run build` first (`npm test` does).');
    const { gzip, files } = dropInCode(await measureEntry(BUNDLE, ROOT));
    const sizes = files.map((file) => `${file.file}: ${file.gzip} bytes gzip`).join('\n');
    expect(gzip, `gzip -9 per file, ${gzip} bytes in all:\n${sizes}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
