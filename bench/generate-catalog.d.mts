import type { CatalogInput } from '../src/core/index.js';

/** A catalog of `size` generated objections in ru, en and tr; the same size and seed give the same catalog. */
export declare function generateCatalog(size: number, seed?: number): CatalogInput;
