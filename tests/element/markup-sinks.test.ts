import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, filesUnder } from './repository-files.js';

/**
 * Issue 6, item 1: nothing turns text into markup or code. Lit renders every `${}` in a template as text; these
 * are the ways around that, and none may appear in our source. Lit itself sets `innerHTML` only from our
 * templates' static strings, so the built bundle is checked for the unsafe directives alone.
 */
const SOURCE_SINKS = [
  'unsafeHTML',
  'unsafeSVG',
  'unsafeMathML',
  'unsafeStatic',
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'createContextualFragment',
  'document.write',
  'eval(',
  'new Function',
  'setHTMLUnsafe',
];
const BUNDLE_SINKS = ['unsafeHTML', 'unsafeSVG', 'unsafeMathML', 'unsafeStatic'];

/** `sink in file` for every sink that occurs in one of the files. */
function sinksIn(files: readonly string[], sinks: readonly string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return sinks.filter((sink) => text.includes(sink)).map((sink) => `${sink} in ${relative(ROOT, file)}`);
  });
}

describe('markup and code sinks', () => {
  it('none in the source', () => {
    const files = filesUnder('src', '.ts');
    expect(files.length).toBeGreaterThan(20);
    expect(sinksIn(files, SOURCE_SINKS)).toEqual([]);
  });

  it('no unsafe Lit directive in the built files', () => {
    // The package's files, and the studio's build (a page of the repository, outside the package).
    const files = [...filesUnder('dist', '.js'), ...filesUnder('dist-studio', '.js')];
    expect(files.map((file) => relative(ROOT, file))).toContain(join('dist', 'browser', 'objection-desk.min.js'));
    expect(files.map((file) => relative(ROOT, file))).toContain(join('dist-studio', 'objection-studio.js'));
    expect(sinksIn(files, BUNDLE_SINKS)).toEqual([]);
  });
});
