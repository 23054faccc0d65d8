import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What a consumer project takes from the repository's node_modules besides the package: its dependencies, the
 * optional peers of `objection-desk/react`, and what the apps of tests/frameworks/ build with.
 */
const LINKED = ['lit', 'fuse.js', 'tslib', 'yaml', '@lit/react', 'react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'vite', '@vitejs/plugin-vue'];

export interface PackedConsumer {
  /** The consumer project: package.json (`"type": "module"`) and node_modules/objection-desk from the tarball. */
  readonly dir: string;
  readonly tarball: string;
  remove(): void;
}

/**
 * Packs the package as `npm publish` would (dist/ must be built) and installs the tarball into a new consumer
 * project in a temporary folder. The tarball is unpacked into node_modules/objection-desk, as npm does; the
 * packages it depends on are links to the repository's copies, so no registry is asked (an offline
 * `npm install` of the tarball needs the registry's metadata of every dependency).
 */
export function packedConsumer(): PackedConsumer {
  const dir = mkdtempSync(join(tmpdir(), 'objection-desk-consumer-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }),
  ) as Array<{ filename: string }>;
  const tarball = join(dir, packed[0]!.filename);
  const installed = join(dir, 'node_modules', 'objection-desk');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const name of LINKED) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  return { dir, tarball, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a folder of the repository (tests/frameworks/react, …) into the consumer project. */
export function copyIntoConsumer(consumer: PackedConsumer, from: string, to: string): string {
  const target = join(consumer.dir, to);
  cpSync(join(ROOT, from), target, { recursive: true });
  return target;
}

/**
 * Runs a type checker of the repository on a project of the consumer, in a process of its own: `checker` is its
 * script under node_modules (`vue-tsc/bin/vue-tsc.js`, which reads .vue files; consumer-type-check.ts checks
 * TypeScript projects in this process). What it reports, '' when all is well.
 */
export async function typeCheck(checker: string, config: string, cwd: string): Promise<string> {
  const run = promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', checker), '-p', config], { cwd });
  const { stdout } = await run.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  return stdout;
}
