export type {
  Catalog,
  CatalogInput,
  Category,
  FollowUp,
  FollowUpInput,
  Locale,
  LocalizedList,
  LocalizedListInput,
  LocalizedText,
  LocalizedTextInput,
  MergedCatalog,
  Objection,
  ObjectionInput,
  Problem,
  ProblemCode,
  ProblemSeverity,
  Reply,
  ReplyInput,
} from './types.js';
export { BUILTIN_LOCALES, DEFAULT_CATEGORY } from './types.js';
export { PROBLEM_MESSAGES, formatProblem } from './errors.js';
export { FALLBACK_LOCALE, localize, localizeList, primaryLanguage } from './localize.js';
export { emptyCatalog, parseCatalog, validateCatalog } from './validate.js';
export type { ValidationResult } from './validate.js';
export { mergeCatalogs } from './merge.js';
export { foldForSearch } from './fold.js';
export { switchKeyboardLayout } from './keyboard-layout.js';
export { ObjectionSearch } from './search.js';
export { browseCatalog, groupByCategory } from './browse.js';
export type { CategoryGroup, MatchField, SearchHit, SearchMatch, SearchOptions, TextRange } from './search.js';
export {
  KNOWN_PLACEHOLDERS,
  fillTemplate,
  fillTemplateRanges,
  missingPlaceholders,
  parseTemplate,
  placeholderValue,
} from './placeholders.js';
export type { PlaceholderValues, TemplateSegment } from './placeholders.js';
export { BUILTIN_SOURCE, loadBuiltinCatalog, prefetchBuiltinCatalog } from './builtin-catalog.js';
export { BUILTIN_CATALOG_JSON, builtinCatalog } from './builtin-catalog-sync.js';
export { evaluateSearch, parseLabelledQueries } from './evaluate.js';
export type { LabelledQuery, QualityFigures, QualityReport, QueryMiss } from './evaluate.js';
