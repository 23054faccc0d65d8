import { foldForSearch } from '../core/fold.js';
import type { ObjectionInput } from '../core/index.js';
import { listMap, textMap } from './draft.js';

/** The words of a text as the widget's search folds them. */
const foldedWords = (text: string): string[] => foldForSearch(text).split(' ').filter(Boolean);

/**
 * The indexes of the objections the list's search box keeps: those with an ID, title or customer phrase, in
 * any language, in which each word of the query starts a word, once both are folded as the widget's search
 * folds them (case, ё/е, diacritics, Cyrillic as Latin: «дорого», «ДОРОГО» and `dorogo` are one). Word starts,
 * not any part: folding makes short keys ("zzzqqq" is "zk"), which would turn up inside unrelated words. An
 * empty query keeps all. `extraTitle` gives a title the objection does not hold itself, such as the built-in
 * title of one it hides.
 */
export function filterObjections(
  objections: readonly ObjectionInput[],
  query: string,
  extraTitle: (objection: ObjectionInput) => string | undefined = () => undefined,
): number[] {
  const all = objections.map((_, index) => index);
  const queryWords = foldedWords(query);
  if (queryWords.length === 0) return all;
  return all.filter((index) => {
    const objection = objections[index]!;
    const texts = [
      objection.id,
      extraTitle(objection) ?? '',
      ...Object.values(textMap(objection.title)),
      ...Object.values(listMap(objection.triggers)).flat(),
    ];
    return texts.some((text) => {
      if (typeof text !== 'string') return false;
      const words = foldedWords(text);
      return queryWords.every((queryWord) => words.some((word) => word.startsWith(queryWord)));
    });
  });
}
