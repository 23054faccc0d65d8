import { readFile, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import type { CliFiles } from './load.js';

/** The CLI's file access on the real file system. */
export const NODE_FILES: CliFiles = {
  readFile: (path) => readFile(path, 'utf8'),
  readDir: async (path) => (await readdir(path, { withFileTypes: true })).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() })),
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  realPath: (path) => realpath(path),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};
