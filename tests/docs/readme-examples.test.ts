import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../element/repository-files.js';

// Issue 13, point 5: the README's core example lacked its `fs` import, and a newcomer copies it as it is.

/** The README's JavaScript blocks that use the core alone: what runs in Node as written. */
function coreExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((code) => code.includes("from 'objection-desk/core'"));
}

/** `expression; // 'value'`, the README's way to show a result, becomes a check of that result. */
const withChecks = (code: string) =>
  `import assert from 'node:assert/strict';\n${code.replace(/^(.+);\s*\/\/\s*('[^']*')$/gm, 'assert.equal($1, $2);')}`;

describe("the README's core examples", () => {
  let app: string;

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/core/index.js'))) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
    // An app with the package installed and the catalog file the Node example reads.
    app = mkdtempSync(join(tmpdir(), 'objection-desk-readme-'));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(ROOT, join(app, 'node_modules', 'objection-desk'), 'dir');
    copyFileSync(join(ROOT, 'tests/fixtures/minimal-catalog.json'), join(app, 'our-objections.json'));
  });

  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it('has one for Node with builtinCatalog() and one for browser apps with loadBuiltinCatalog()', () => {
    const examples = coreExamples();
    expect(examples).toHaveLength(2);
    expect(examples[0]).toContain('builtinCatalog()');
    expect(examples[1]).toContain('await loadBuiltinCatalog()');
  });

  it('run as written, with the results they show', async () => {
    for (const [index, code] of coreExamples().entries()) {
      const file = join(app, `example-${index}.mjs`);
      writeFileSync(file, withChecks(code));
      expect(readFileSync(file, 'utf8')).toContain('assert.equal(');
      await promisify(execFile)(process.execPath, [file], { cwd: app });
    }
  });
});
