import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextVersion, releaseChangelog } from '../../scripts/release.mjs';
import { ROOT } from '../element/repository-files.js';

const REPOSITORY = 'https://github.com/objection-desk/objection-desk';
const changelog = () => readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');

describe('CHANGELOG.md', () => {
  it('lists what exists under Unreleased, in the Keep a Changelog format', () => {
    const text = changelog();
    expect(text).toContain('[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)');
    expect(text).toMatch(/^## \[Unreleased\]\n\n### Added\n\n- /m);
    for (const thing of ['<objection-desk>', 'dist/browser/', 'builtinCatalog()', 'loadBuiltinCatalog()', 'CLI', 'studio']) expect(text).toContain(thing);
  });
});

describe('the release script', () => {
  it('moves Unreleased into a dated entry for the first release, linked to its tag', () => {
    const released = releaseChangelog(changelog(), '0.1.0', '2026-12-04', REPOSITORY);
    expect(released).toContain('## [Unreleased]\n\n## [0.1.0] - 2026-12-04\n\n### Added\n\n- `<objection-desk>`');
    expect(released).toContain(`[Unreleased]: ${REPOSITORY}/compare/v0.1.0...HEAD\n[0.1.0]: ${REPOSITORY}/releases/tag/v0.1.0\n`);
    expect(released).not.toContain('/commits/main');
  });

  it('links a later release to the one before it and keeps the older entries', () => {
    const first = releaseChangelog(changelog(), '0.1.0', '2026-12-04', REPOSITORY);
    const withChange = first.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A fix.\n');
    const second = releaseChangelog(withChange, '0.1.1', '2027-01-10', REPOSITORY);
    expect(second).toContain('## [Unreleased]\n\n## [0.1.1] - 2027-01-10\n\n### Fixed\n\n- A fix.\n\n## [0.1.0] - 2026-12-04\n');
    expect(second).toContain(`[0.1.1]: ${REPOSITORY}/compare/v0.1.0...v0.1.1\n[0.1.0]: ${REPOSITORY}/releases/tag/v0.1.0\n`);
  });

  it('refuses a release with nothing under Unreleased, a version released already, or a lower one', () => {
    const first = releaseChangelog(changelog(), '0.1.0', '2026-12-04', REPOSITORY);
    expect(() => releaseChangelog(first, '0.1.1', '2027-01-10', REPOSITORY)).toThrow('nothing under Unreleased');
    expect(() => releaseChangelog(first.replace('## [Unreleased]\n', '## [Unreleased]\n\n- x\n'), '0.1.0', '2027-01-10', REPOSITORY)).toThrow('already has an entry for 0.1.0');
    expect(() => nextVersion('0.2.0', '0.1.9')).toThrow('lower than the current version');
    expect([nextVersion('0.1.0', 'patch'), nextVersion('0.1.0', 'minor'), nextVersion('0.1.0', 'major'), nextVersion('0.1.0', '0.1.0')]).toEqual(['0.1.1', '0.2.0', '1.0.0', '0.1.0']);
  });

  describe('--dry-run, on a copy of the built package', () => {
    let copy: string;

    beforeAll(() => {
      if (!existsSync(join(ROOT, 'dist/index.js'))) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
      copy = mkdtempSync(join(tmpdir(), 'objection-desk-release-'));
      const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
      for (const path of [...packed[0]!.files.map((file) => file.path), 'package-lock.json', 'scripts/release.mjs']) {
        mkdirSync(dirname(join(copy, path)), { recursive: true });
        cpSync(join(ROOT, path), join(copy, path));
      }
    });

    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('packs the next version with npm publish --dry-run, offline, and leaves the files as they were', async () => {
      const before = ['package.json', 'package-lock.json', 'CHANGELOG.md'].map((name) => readFileSync(join(copy, name), 'utf8'));
      // Offline, with a registry nobody answers at: a dry run needs no network.
      const env = { ...process.env, npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/' };
      const { stdout } = await promisify(execFile)(process.execPath, ['scripts/release.mjs', 'minor', '--dry-run', '--no-build'], { cwd: copy, env });
      expect(stdout).toContain('Releasing objection-desk 0.2.0 (dry run)');
      expect(stdout).toContain('+ objection-desk@0.2.0');
      expect(['package.json', 'package-lock.json', 'CHANGELOG.md'].map((name) => readFileSync(join(copy, name), 'utf8'))).toEqual(before);
    });
  });
});
