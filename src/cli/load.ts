import { basename, dirname, join, resolve } from 'node:path';
import { compileCatalogFiles, type CatalogFile, type CompiledCatalog } from '../core/catalog-files.js';
import { FILE_MESSAGES, capProblems, messageOf, type Problem } from '../core/index.js';

/** The files the CLI reads and writes. */
export interface CliFiles {
  readonly readFile: (path: string) => Promise<string>;
  /** The entries of a folder, in any order. */
  readonly readDir: (path: string) => Promise<ReadonlyArray<{ readonly name: string; readonly isDirectory: boolean }>>;
  /** Whether the path is a folder; throws when there is nothing there. */
  readonly isDirectory: (path: string) => Promise<boolean>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
}

/** Files a catalog folder is read from; others (a README, images) are passed over. */
const CATALOG_FILE = /\.(ya?ml|json)$/i;
/** The folder's settings (locales, categories): read first, and with any one file of the folder read alone. */
const SETTINGS_FILE = /^_catalog\.(ya?ml|json)$/i;

export interface LoadedCatalog extends CompiledCatalog {
  /** How many files were read. */
  readonly fileCount: number;
}

/** Thrown when a path given on the command line cannot be read at all: a usage problem, not a catalog one. */
export class UnreadablePathError extends Error {}

/**
 * Reads files and folders as one catalog named `source`. A folder is read with its subfolders, files sorted
 * by path (code point order, the same on every machine), hidden files and `node_modules` left out; `exclude`
 * (the file `build` writes) is never read. A single file is read after the `_catalog.yaml` beside it, so
 * it has the locales its folder declares.
 */
export async function loadCatalog(paths: readonly string[], source: string, files: CliFiles, exclude?: string): Promise<LoadedCatalog> {
  const catalogFiles: CatalogFile[] = [];
  const emptyFolders: Problem[] = [];
  for (const path of paths) {
    const names = (await isDirectory(path, files)) ? await listFolder(path, files) : [...(await settingsBeside(path, files)), path];
    const kept = names.filter((name) => exclude === undefined || resolve(name) !== resolve(exclude));
    if (kept.length === 0) {
      emptyFolders.push({ severity: 'error', source: path, path: '', code: 'no-catalog-files', message: FILE_MESSAGES.noCatalogFiles() });
    }
    for (const name of kept) catalogFiles.push({ name, text: await read(name, files) });
  }
  const compiled = compileCatalogFiles(catalogFiles, source);
  return {
    ...compiled,
    ...capProblems([...emptyFolders, ...compiled.problems], compiled.omitted),
    fileCount: catalogFiles.length,
  };
}

async function listFolder(folder: string, files: CliFiles): Promise<string[]> {
  const found: string[] = [];
  const entries = [...(await files.readDir(folder))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory) found.push(...(await listFolder(path, files)));
    else if (CATALOG_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

/** The settings file of the folder a single file is in, unless it is that file; none if it is unreadable. */
async function settingsBeside(file: string, files: CliFiles): Promise<string[]> {
  if (SETTINGS_FILE.test(basename(file))) return [];
  const entries = await files.readDir(dirname(file)).catch(() => []);
  const settings = entries.filter((entry) => !entry.isDirectory && SETTINGS_FILE.test(entry.name)).map((entry) => entry.name).sort();
  return settings.length > 0 ? [join(dirname(file), settings[0]!)] : [];
}

async function isDirectory(path: string, files: CliFiles): Promise<boolean> {
  try {
    return await files.isDirectory(path);
  } catch (error) {
    throw new UnreadablePathError(`cannot read ${path}: ${messageOf(error)}`);
  }
}

async function read(path: string, files: CliFiles): Promise<string> {
  try {
    return await files.readFile(path);
  } catch (error) {
    throw new UnreadablePathError(`cannot read ${path}: ${messageOf(error)}`);
  }
}
