export interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}

export interface BuiltFile extends FileSize {
  /** Relative to the root given to {@link measureEntry}. */
  readonly file: string;
}

export interface LazyChunk extends FileSize {
  readonly file: string;
  readonly files: readonly BuiltFile[];
}

export interface EntrySize extends FileSize {
  readonly entry: string;
  /** The entry and every file it imports statically; `raw` and `gzip` are their sums. */
  readonly files: readonly BuiltFile[];
  readonly lazy: readonly LazyChunk[];
}

export declare function fileSize(file: string): FileSize;
export declare function measureEntry(entry: string, root: string): Promise<EntrySize>;

export interface CodeSize extends FileSize {
  readonly files: readonly BuiltFile[];
}

/** The drop-in's script and the search engine it loads: what its size budget counts. */
export declare function dropInCode(min: EntrySize): CodeSize;
