#!/usr/bin/env node
// Releases the package: `node scripts/release.mjs <version | patch | minor | major> [--dry-run] [--no-build]`.
// Sets the version in package.json and package-lock.json, moves what CHANGELOG.md has under Unreleased into a
// dated entry for it, builds, and runs `npm publish`. With --dry-run it runs `npm publish --dry-run` (which
// packs and lists the tarball, and sends nothing anywhere) and then puts the three files back as they were.
// --no-build publishes dist/ as it is (the release test uses it on a copy that is already built).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this script is in (a copy of it, in the release test). */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;
const UNRELEASED = '## [Unreleased]';
/** A version's heading: `## [1.2.0] - 2026-12-04`. */
const VERSION_HEADING = /^## \[(\d+\.\d+\.\d+[^\]]*)\]/m;
/** A link reference definition at the end of the changelog: `[1.2.0]: https://…`. */
const LINK_LINE = /^\[[^\]]+\]: /;

const USAGE = 'Usage: node scripts/release.mjs <version | patch | minor | major> [--dry-run] [--no-build]';

/** The version to release: `patch`, `minor` or `major` of `current`, or `wanted` as it is. */
export function nextVersion(current, wanted) {
  const parts = SEMVER.exec(current);
  if (!parts) throw new Error(`package.json's version "${current}" is not a semantic version`);
  const [major, minor, patch] = parts.slice(1, 4).map(Number);
  if (wanted === 'major') return `${major + 1}.0.0`;
  if (wanted === 'minor') return `${major}.${minor + 1}.0`;
  if (wanted === 'patch') return `${major}.${minor}.${patch + 1}`;
  const exact = SEMVER.exec(wanted ?? '');
  if (!exact) throw new Error(`"${wanted}" is no version: give x.y.z, patch, minor or major`);
  const [wantedMajor, wantedMinor, wantedPatch] = exact.slice(1, 4).map(Number);
  // The current version itself may be released once (0.1.0, the first); CHANGELOG.md refuses a second time.
  const order = wantedMajor - major || wantedMinor - minor || wantedPatch - patch;
  if (order < 0) throw new Error(`${wanted} is lower than the current version ${current}`);
  return wanted;
}

/** The repository's web address, from package.json's `repository`. */
export function repositoryUrl(packageJson) {
  const url = typeof packageJson.repository === 'string' ? packageJson.repository : packageJson.repository?.url;
  if (!url) throw new Error('package.json has no repository');
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/**
 * The changelog with what is under Unreleased moved into an entry `## [version] - date`, an empty Unreleased
 * left above it, and the link references at the end pointing at the new tag.
 */
export function releaseChangelog(text, version, date, repository) {
  const start = text.indexOf(`${UNRELEASED}\n`);
  if (start === -1) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" heading`);
  const bodyStart = start + UNRELEASED.length + 1;
  const lines = text.slice(bodyStart).split('\n');
  const linksAt = lines.findIndex((line) => LINK_LINE.test(line));
  const headingAt = lines.findIndex((line) => VERSION_HEADING.test(line));
  const bodyEnd = [headingAt, linksAt, lines.length].filter((index) => index !== -1).reduce((a, b) => Math.min(a, b));
  const unreleased = lines.slice(0, bodyEnd).join('\n').trim();
  if (unreleased === '') throw new Error('CHANGELOG.md has nothing under Unreleased: write what this release changes first');
  if (new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(text)) throw new Error(`CHANGELOG.md already has an entry for ${version}`);

  const rest = lines.slice(bodyEnd);
  const older = rest.filter((line) => !LINK_LINE.test(line)).join('\n').trim();
  const links = rest.filter((line) => LINK_LINE.test(line) && !line.startsWith('[Unreleased]: '));
  const previous = VERSION_HEADING.exec(older)?.[1];
  const newLinks = [
    `[Unreleased]: ${repository}/compare/v${version}...HEAD`,
    `[${version}]: ${previous ? `${repository}/compare/v${previous}...v${version}` : `${repository}/releases/tag/v${version}`}`,
    ...links,
  ];
  const entry = `## [${version}] - ${date}\n\n${unreleased}`;
  return `${text.slice(0, bodyStart)}\n${[entry, older].filter(Boolean).join('\n\n')}\n\n${newLinks.join('\n')}\n`;
}

/** package-lock.json with the package's own version set (its top level and the root package). */
function withLockVersion(lock, version) {
  const parsed = JSON.parse(lock);
  parsed.version = version;
  if (parsed.packages?.['']) parsed.packages[''].version = version;
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

function release(root, args) {
  const dryRun = args.includes('--dry-run');
  const build = !args.includes('--no-build');
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && !['--dry-run', '--no-build'].includes(arg));
  if (positional.length !== 1 || unknown.length > 0) throw new Error(USAGE);

  const files = Object.fromEntries(['package.json', 'package-lock.json', 'CHANGELOG.md'].map((name) => [name, readFileSync(join(root, name), 'utf8')]));
  const packageJson = JSON.parse(files['package.json']);
  const version = nextVersion(packageJson.version, positional[0]);
  const date = new Date().toISOString().slice(0, 10);
  const changelog = releaseChangelog(files['CHANGELOG.md'], version, date, repositoryUrl(packageJson));
  const run = (command, commandArgs) => execFileSync(command, commandArgs, { cwd: root, stdio: 'inherit' });

  if (!dryRun) {
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
    if (status.trim() !== '') throw new Error('the working tree has changes: commit or stash them first');
  }
  console.log(`Releasing objection-desk ${version}${dryRun ? ' (dry run)' : ''}`);
  writeFileSync(join(root, 'package.json'), files['package.json'].replace(`"version": "${packageJson.version}"`, `"version": "${version}"`));
  writeFileSync(join(root, 'package-lock.json'), withLockVersion(files['package-lock.json'], version));
  writeFileSync(join(root, 'CHANGELOG.md'), changelog);
  try {
    if (build) run('npm', ['run', 'build']);
    run('npm', ['publish', ...(dryRun ? ['--dry-run'] : [])]);
  } finally {
    if (dryRun) for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  }
  if (dryRun) console.log(`Dry run done: ${version} was packed, not published; package.json, package-lock.json and CHANGELOG.md are as they were.`);
  else console.log(`Published ${version}. Now: git commit -am "Release ${version}" && git tag v${version} && git push --follow-tags`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    release(ROOT, process.argv.slice(2));
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
