// Detection per utterance (issue 17), timed in Node over the built core: each line of tests/detect/utterances.tsv
// detected in its locale with the built-in catalog, after an untimed pass over holdout.tsv (the JIT's warm-up,
// and the phrase table detection builds once per catalog).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './stats.mjs';

/** Timed passes over the utterances: more samples for the p95 without a long run. */
const ROUNDS = 5;

/** `core` is dist/core/index.js, imported. */
export function benchDetection(core, root) {
  const { ObjectionSearch, builtinCatalog, detectObjections, mergeCatalogs, parseLabelledUtterances } = core;
  const read = (file) => parseLabelledUtterances(readFileSync(join(root, 'tests/detect', file), 'utf8')).utterances;
  const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
  const start = performance.now();
  detectObjections(search, 'алло', { locale: 'ru' });
  const firstMs = performance.now() - start;
  for (const { text, locale } of read('holdout.tsv')) detectObjections(search, text, { locale });
  const utterances = read('utterances.tsv');
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { text, locale } of utterances) {
      const before = performance.now();
      detectObjections(search, text, { locale });
      times.push(performance.now() - before);
    }
  }
  return { utterances: utterances.length, rounds: ROUNDS, firstMs, perUtterance: summarize(times) };
}
