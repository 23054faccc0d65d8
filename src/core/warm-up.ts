import type { ObjectionSearch } from './search.js';

/**
 * Searches a freshly built index runs before the operator's first keystroke. A new index's first searches
 * run cold code on untouched memory: at 10,000 objections the first phrase typed took 10–25 ms a key in
 * Node, the same keys 1–4 ms once thirty searches had run in that index.
 */
export const WARM_UP_SEARCHES = 32;

/** Objections of the catalog whose texts the warm-up types, spread over it. */
const SAMPLED_OBJECTIONS = 4;

/** Results asked for per warm-up search: the element's default. */
const WARM_UP_LIMIT = 8;

/**
 * Runs {@link WARM_UP_SEARCHES} searches in a prepared `search`, one per step; before each, yields the share
 * done so far (0 to below 1, like {@link ObjectionSearch.prepareInSteps}: the end is when it is done).
 * What they leave behind (query words' plans, earlier words kept) changes no later search's hits.
 *
 * ```ts
 * search.prepare();
 * for (const _ of warmUpInSteps(search)) await new Promise(requestAnimationFrame);
 * ```
 */
export function* warmUpInSteps(search: ObjectionSearch): Generator<number, void, undefined> {
  const queries = warmUpQueries(search.catalog.objections);
  for (const [i, query] of queries.entries()) {
    yield i / queries.length;
    search.search(query, { limit: WARM_UP_LIMIT });
  }
}

/**
 * What an operator might type first, from the catalog itself: the title and first trigger of a few objections
 * spread over the catalog, in turn through their locales, typed key by key; the first `count` keys. A trigger
 * is a phrase, so one-letter prefixes, whole words and several words are all searched.
 */
export function warmUpQueries(
  objections: ObjectionSearch['catalog']['objections'],
  count = WARM_UP_SEARCHES,
): string[] {
  const sampled = Math.min(SAMPLED_OBJECTIONS, objections.length);
  const texts: string[] = [];
  for (let i = 0; i < sampled; i += 1) {
    const objection = objections[Math.floor((i * objections.length) / sampled)]!;
    const titles = Object.values(objection.title);
    const triggers = Object.values(objection.triggers).flatMap((phrases) => phrases.slice(0, 1));
    texts.push(...[titles[i % titles.length], triggers[i % Math.max(1, triggers.length)]].filter((text) => text !== undefined));
  }
  const queries = texts.flatMap((text) => Array.from({ length: text.length }, (_, length) => text.slice(0, length + 1)));
  return queries.filter((query) => query.trim() !== '').slice(0, count);
}
