import { fileURLToPath } from 'node:url';
import { NODE_FILES } from '../../src/cli/node-io.js';
import { runCli, type CliIo } from '../../src/cli/run.js';

/** A file of tests/fixtures/, by its path there. */
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)).replace(/\/$/, '');

/** Runs the CLI in-process on the real file system (unless `files` says otherwise) and collects its output. */
export async function run(args: string[], stdin?: string, files: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => stdin,
    ...NODE_FILES,
    env: {},
    ...files,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
