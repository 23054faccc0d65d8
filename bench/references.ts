// The reference libraries of the benchmark, set up the way an integrator would set them up, over the same
// merged catalog our search gets. Used in the browser (bench/browser/core-bench.ts) and by tests/bench/.
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Objection } from '../src/core/index.js';

/** A built index: the ids of the best objections for a query, best first. */
export interface ReferenceIndex {
  search(query: string, limit: number): string[];
}

export interface Reference {
  readonly name: ReferenceName;
  /** How the library is set up, for the table and bench/README.md. */
  readonly setup: string;
  build(objections: readonly Objection[]): ReferenceIndex;
}

export type ReferenceName = 'fuse' | 'ufuzzy' | 'minisearch';

/** The fields an integrator would index, each holding the texts of every locale. */
interface ObjectionTexts {
  readonly id: string;
  readonly title: string[];
  readonly triggers: string[];
  readonly tags: string[];
  readonly replies: string[];
}

const FIELDS = ['title', 'triggers', 'tags', 'replies'] as const;

function textsOf(objection: Objection): ObjectionTexts {
  return {
    id: objection.id,
    title: Object.values(objection.title),
    triggers: Object.values(objection.triggers).flat(),
    tags: Object.values(objection.tags).flat(),
    replies: objection.replies.flatMap((reply) => Object.values(reply.text)),
  };
}

/** fuse.js with its default options over objects with the four text fields. */
export const plainFuse: Reference = {
  name: 'fuse',
  setup: "new Fuse(docs, { keys: ['title', 'triggers', 'tags', 'replies'] }), search(q, { limit })",
  build(objections) {
    const fuse = new Fuse(objections.map(textsOf), { keys: [...FIELDS] });
    return { search: (query, limit) => fuse.search(query, { limit }).map((result) => result.item.id) };
  },
};

/**
 * uFuzzy over one line per text, with the universal (Unicode) options its README gives for non-Latin
 * alphabets, single-error mode for typos, and `latinize` for Turkish letters. Lines map back to objections.
 */
export const uFuzzyReference: Reference = {
  name: 'ufuzzy',
  setup: 'one haystack line per text, latinized; { unicode: true, …README Unicode splits, intraMode: 1 }; search(haystack, q)',
  build(objections) {
    const lines: string[] = [];
    const owners: string[] = [];
    for (const objection of objections) {
      const texts = textsOf(objection);
      for (const field of FIELDS) {
        for (const text of texts[field]) {
          lines.push(text);
          owners.push(objection.id);
        }
      }
    }
    const haystack = uFuzzy.latinize(lines);
    const finder = new uFuzzy({
      unicode: true,
      interSplit: "[^\\p{L}\\d']+",
      intraSplit: '\\p{Ll}\\p{Lu}',
      intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}',
      intraChars: "[\\p{L}\\d']",
      intraContr: "'\\p{L}{1,2}\\b",
      intraMode: 1,
    });
    return {
      search(query, limit) {
        const [idxs, info, order] = finder.search(haystack, uFuzzy.latinize(query));
        if (!idxs) return [];
        // Above its info threshold (1,000 matches) uFuzzy leaves the matches unranked, in haystack order.
        const ranked = order && info ? order.map((i) => info.idx[i]!) : idxs;
        return firstDistinct(ranked, owners, limit);
      },
    };
  },
};

/** MiniSearch with one document per objection, each field the texts of every locale, prefix + fuzzy search. */
export const miniSearchReference: Reference = {
  name: 'minisearch',
  setup: "fields title/triggers/tags/replies (locales joined); search(q, { prefix: true, fuzzy: 0.2 })",
  build(objections) {
    const index = new MiniSearch<Record<string, string>>({ fields: [...FIELDS] });
    index.addAll(
      objections.map((objection) => {
        const texts = textsOf(objection);
        return { id: texts.id, ...Object.fromEntries(FIELDS.map((field) => [field, texts[field].join('\n')])) };
      }),
    );
    return {
      search: (query, limit) =>
        index
          .search(query, { prefix: true, fuzzy: 0.2 })
          .slice(0, limit)
          .map((result) => String(result.id)),
    };
  },
};

export const REFERENCES: readonly Reference[] = [plainFuse, uFuzzyReference, miniSearchReference];

function firstDistinct(lineIndexes: readonly number[], owners: readonly string[], limit: number): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const line of lineIndexes) {
    const id = owners[line]!;
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
    if (ids.length === limit) break;
  }
  return ids;
}
