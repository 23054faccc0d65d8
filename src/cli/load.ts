import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { compileCatalogFiles, type CatalogFile, type CompiledCatalog } from '../core/catalog-files.js';
import { capProblems, problem, said, type Problem } from '../core/index.js';
import { accessGivenPath } from './usage-error.js';

/** The files the CLI reads and writes. */
export interface CliFiles {
  readonly readFile: (path: string) => Promise<string>;
  /** The entries of a folder, in any order. */
  readonly readDir: (path: string) => Promise<ReadonlyArray<{ readonly name: string; readonly isDirectory: boolean }>>;
  /** Whether the path is a folder; throws when there is nothing there. */
  readonly isDirectory: (path: string) => Promise<boolean>;
  /** The path with every symbolic link resolved; throws when there is nothing there. */
  readonly realPath: (path: string) => Promise<string>;
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

/**
 * Reads files and folders as one catalog named `source`. A folder is read with its subfolders, files sorted
 * by path (code point order, the same on every machine), hidden files and `node_modules` left out; `exclude`
 * (the file `build` writes) is never read. Only files that really are in the folder are read: a link to a
 * file elsewhere (`/proc/self/environ`, `~/.ssh/…`) is a warning, and not opened. A single file is read
 * after the `_catalog.yaml` beside it, so it has the locales its folder declares. A path given that cannot be
 * read at all is a usage error (`accessGivenPath`), not a catalog's problem.
 */
export async function loadCatalog(paths: readonly string[], source: string, files: CliFiles, exclude?: string): Promise<LoadedCatalog> {
  const catalogFiles: CatalogFile[] = [];
  const folderProblems: Problem[] = [];
  for (const path of paths) {
    const names = (await accessGivenPath('read', path, () => files.isDirectory(path)))
      ? await listFolder(path, await files.realPath(path), files, folderProblems)
      : [...(await settingsBeside(path, files, folderProblems)), path];
    const kept = names.filter((name) => exclude === undefined || resolve(name) !== resolve(exclude));
    if (kept.length === 0) {
      folderProblems.push(problem('error', path, '', 'no-catalog-files', said('noCatalogFiles')));
    }
    for (const name of kept) catalogFiles.push({ name, text: await accessGivenPath('read', name, () => files.readFile(name)) });
  }
  const compiled = compileCatalogFiles(catalogFiles, source);
  return {
    ...compiled,
    ...capProblems([...folderProblems, ...compiled.problems], compiled.omitted),
    fileCount: catalogFiles.length,
  };
}

/** The catalog files under `folder`, whose real path is `root` or a folder in it; links out are `skipped`. */
async function listFolder(folder: string, root: string, files: CliFiles, skipped: Problem[]): Promise<string[]> {
  const found: string[] = [];
  const entries = [...(await files.readDir(folder))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory) found.push(...(await listFolder(path, root, files, skipped)));
    else if (CATALOG_FILE.test(entry.name) && (await isInside(path, root, files, skipped))) found.push(path);
  }
  return found;
}

/** Whether the file at `path` really is in the folder `root` (a real path); if not, a warning says it is left out. */
async function isInside(path: string, root: string, files: CliFiles, skipped: Problem[]): Promise<boolean> {
  // A link to nothing is read as it is, and reported as unreadable.
  const real = await files.realPath(path).catch(() => undefined);
  if (real === undefined) return true;
  const inside = relative(root, real);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return true;
  skipped.push(problem('warning', path, '', 'outside-folder', said('outsideFolder')));
  return false;
}

/** The settings file of the folder a single file is in, unless it is that file; none if it is unreadable. */
async function settingsBeside(file: string, files: CliFiles, skipped: Problem[]): Promise<string[]> {
  if (SETTINGS_FILE.test(basename(file))) return [];
  const folder = dirname(file);
  const entries = await files.readDir(folder).catch(() => []);
  const settings = entries.filter((entry) => !entry.isDirectory && SETTINGS_FILE.test(entry.name)).map((entry) => entry.name).sort();
  if (settings.length === 0) return [];
  const path = join(folder, settings[0]!);
  return (await isInside(path, await files.realPath(folder), files, skipped)) ? [path] : [];
}
