import { plural, type UiLocale } from './locale.js';

/** The last line of a list of problems, for the problems not listed, in each interface language. */
export const MORE_PROBLEMS: Readonly<Record<UiLocale, (count: number) => string>> = {
  en: (count) => plural('en', count, { one: '… and # more problem, not listed.', other: '… and # more problems, not listed.' }),
  ru: (count) =>
    plural('ru', count, {
      one: '… и ещё # замечание, не показано.',
      few: '… и ещё # замечания, не показаны.',
      many: '… и ещё # замечаний, не показаны.',
      other: '… и ещё # замечания, не показаны.',
    }),
  tr: (count) => plural('tr', count, { other: '… ve listelenmeyen # sorun daha.' }),
};
