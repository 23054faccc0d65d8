import type { CatalogInput } from '../src/core/index.js';

/** A catalog of `size` generated objections in ru, en and tr; the same size and seed give the same catalog. */
export declare function generateCatalog(size: number, seed?: number): CatalogInput;

/** A seeded PRNG (mulberry32): the function it returns gives the same numbers in [0, 1) for the same seed. */
export declare function random(seed: number): () => number;
