import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './repository-files.js';

// Issue 11, item 11: dist/package.json.js shipped the whole package.json for `--version`, and the built-in
// catalog's data was in the package four times.

interface PackedFile {
  readonly path: string;
}

/** The longest piece of a reply of the built-in catalog that every copy writes the same: no quote, backslash or line break. */
function catalogMarker(): string {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'objections/catalog.json'), 'utf8')) as { objections: Array<{ replies: Array<{ text: Record<string, string> }> }> };
  const texts = catalog.objections.flatMap((objection) => objection.replies.flatMap((reply) => Object.values(reply.text)));
  return texts.flatMap((text) => text.split(/["'`\\\n]/)).sort((a, b) => b.length - a.length)[0]!;
}

describe('the npm package', () => {
  let files: string[];

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/index.js'))) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{ files: PackedFile[] }>;
    files = packed[0]!.files.map((file) => file.path);
  });

  it('carries the version for --version, and nothing else of package.json', () => {
    expect(files.filter((path) => path.includes('package.json'))).toEqual(['package.json']);
    const cli = readFileSync(join(ROOT, 'dist/cli/run.js'), 'utf8');
    expect(cli).not.toContain('devDependencies');
  });

  it("has the built-in catalog's data three times: the data file, one module every build imports, and the self-contained worker", () => {
    const marker = catalogMarker();
    expect(marker.length).toBeGreaterThan(40);
    const copies = files.filter((path) => readFileSync(join(ROOT, path), 'utf8').includes(marker));
    expect(copies.sort()).toEqual([
      expect.stringMatching(/^dist\/browser\/objection-desk-catalog-[0-9a-f]{8}\.js$/),
      expect.stringMatching(/^dist\/element\/engine\/search-worker\.js$/),
      'objections/catalog.json',
    ]);
  });
});
