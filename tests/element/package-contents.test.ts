import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureEntry } from '../../bench/lib/bundle.mjs';
import { ROOT } from './repository-files.js';

// Issue 11, item 11: dist/package.json.js shipped the whole package.json for `--version`, and the built-in
// catalog's data was in the package four times. Issue 13, point 2: no LICENSE, no repository, the studio's
// build and types shipped, links to files left out, a manifest pointing at sources left out.

const HOME = 'https://github.com/objection-desk/objection-desk';

interface PackedFile {
  readonly path: string;
}

/** Every string under `node`, at any depth, or only those whose key is one of `keys`. */
function stringsAt(node: unknown, keys?: readonly string[]): string[] {
  if (Array.isArray(node)) return node.flatMap((item) => stringsAt(item, keys));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? (!keys || keys.includes(key) ? [value] : []) : stringsAt(value, keys)));
}

/** The targets of a Markdown file's links and images that are files, not web addresses or anchors, relative to the package. */
function linkedFiles(markdown: string): string[] {
  const text = readFileSync(join(ROOT, markdown), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => normalize(join(dirname(markdown), target.split('#')[0]!)).split('\\').join('/'));
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

describe('the npm package, as a newcomer meets it', () => {
  let files: string[];
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    license: string;
    repository: { url: string };
    homepage: string;
    bugs: { url: string };
    exports: unknown;
    bin: Record<string, string>;
  };

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/index.js'))) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{ files: PackedFile[] }>;
    files = packed[0]!.files.map((file) => file.path);
  });

  it('has the MIT license it names, a changelog, and says where the project lives', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']));
    expect(packageJson.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(packageJson.repository.url).toBe(`git+${HOME}.git`);
    expect(packageJson.homepage).toBe(`${HOME}#readme`);
    expect(packageJson.bugs.url).toBe(`${HOME}/issues`);
  });

  it('ships the file of every export and of the command', () => {
    const targets = [...stringsAt(packageJson.exports), ...Object.values(packageJson.bin)];
    expect(targets).toContain('./dist/browser/objection-desk.min.js');
    for (const target of targets) expect(files, target).toContain(target.replace(/^\.\//, ''));
  });

  it('leaves out the studio, the sources, the tests and the pages of the repository', () => {
    expect(files.filter((path) => /studio/i.test(path))).toEqual([]);
    expect(files.filter((path) => /^(src|tests|bench|demo|scripts|build|dist-studio)\//.test(path))).toEqual([]);
    expect(files.filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((path) => /\.(png|jpe?g|gif|webp)$/.test(path))).toEqual([]);
  });

  it('has the drop-in in a folder of its own: dist/browser/ holds its script, every file it loads, and nothing else', async () => {
    const dropIn = await measureEntry(join(ROOT, 'dist/browser/objection-desk.min.js'), ROOT);
    const loaded = [...dropIn.files, ...dropIn.lazy.flatMap((chunk) => chunk.files)].map((file) => file.file.split('\\').join('/'));
    expect(loaded).toEqual(expect.arrayContaining(['dist/browser/objection-desk-engine.js', 'dist/browser/search-worker.js']));
    expect(loaded.some((file) => /^dist\/browser\/objection-desk-catalog-[0-9a-f]{8}\.js$/.test(file))).toBe(true);
    expect(files.filter((path) => path.startsWith('dist/browser/')).sort()).toEqual([...new Set(loaded)].sort());
  });

  it('links only to files it ships or to web addresses, in the README, the guide and --help', () => {
    const linked = [...linkedFiles('README.md'), ...linkedFiles('docs/extend-catalog.md')];
    expect(linked).toEqual(expect.arrayContaining(['docs/extend-catalog.md', 'objections/catalog.json', 'LICENSE', 'CHANGELOG.md']));
    for (const target of linked) expect(files, target).toContain(target);
    const help = execFileSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), '--help'], { encoding: 'utf8' });
    const helpFiles = [...help.matchAll(/(?<![\w/.])(docs\/[\w./-]+\.md)/g)].map((match) => match[1]!);
    expect(helpFiles).toEqual(['docs/extend-catalog.md']);
    for (const target of helpFiles) expect(files, target).toContain(target);
  });

  it("has a custom elements manifest that points at the package's built files", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as unknown;
    const paths = stringsAt(manifest, ['path', 'module']);
    expect(paths).toEqual(expect.arrayContaining(['dist/element/objection-desk.component.js', 'dist/element/define.js']));
    for (const path of paths) expect(files, path).toContain(path);
  });
});
