/**
 * The core's API for pages and tools alike: everything but the built-in catalog carried in the module
 * (`builtinCatalog()`, `BUILTIN_CATALOG_JSON`), which `./index.ts` adds for Node. The package's main entry
 * exports this: an app that imports `objection-desk` then reaches the catalog's data only through
 * `loadBuiltinCatalog()`'s dynamic import, which bundlers split off and a browser without a bundler fetches
 * only when the element asks for it.
 *
 * Reading YAML (catalog-text.ts, catalog-files.ts) is not here either: the `yaml` package would follow it into
 * the widget's bundle. Tools import those modules directly.
 */
export type {
  Catalog,
  CatalogInput,
  Category,
  ContextCondition,
  ContextConditions,
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
  Script,
  ScriptAnswer,
  ScriptAnswerInput,
  ScriptInput,
  ScriptStage,
  ScriptStep,
  ScriptStepInput,
} from './types.js';
export { BUILTIN_LOCALES, DEFAULT_CATEGORY } from './types.js';
export { CONTEXT_CONDITIONS } from './validate-when.js';
export { FILE_MESSAGES, LINT_MESSAGES, PROBLEM_HINTS, PROBLEM_MESSAGES, formatProblem, idSlug, problemHint, problemPosition } from './errors.js';
export {
  EMPTY_THINGS,
  EXPECTED_TYPES,
  HINT_WORDS,
  PROBLEM_WORDS,
  hinted,
  problem,
  said,
  withHint,
  wordWith,
  type EmptyThing,
  type ExpectedType,
  type HintWordKey,
  type HintWording,
  type ProblemWordKey,
  type ProblemWording,
  type WordTable,
  type Wording,
} from './problem-words.js';
export { JSON_FAULTS, type JsonFaultKind } from './json-text.js';
export { messageOf } from './error-text.js';
export { FALLBACK_LOCALE, canonicalLocale, localize, localizeList, primaryLanguage } from './localize.js';
export { emptyCatalog, parseCatalog, validateCatalog } from './validate.js';
export { MAX_REPLY_LENGTH, MAX_SHORT_LENGTH, checkForAuthors, validateForAuthors } from './authoring-checks.js';
export type { AuthoringCheckOptions } from './authoring-checks.js';
export type { ValidateOptions, ValidationResult } from './validate.js';
export { MAX_PROBLEMS, NONE_OMITTED, ProblemCollector, capProblems, countProblems, omittedCount, sumOmitted } from './problem-cap.js';
export type { CappedProblems, OmittedProblems } from './problem-cap.js';
export { mergeCatalogs } from './merge.js';
export { foldForSearch } from './fold.js';
export { MAX_SEARCHED_LENGTH } from './searched-text.js';
export { switchKeyboardLayout } from './keyboard-layout.js';
export { ObjectionSearch } from './search.js';
export { WARM_UP_SEARCHES, warmUpInSteps } from './warm-up.js';
export { WEAK_CONFIDENCE } from './hits.js';
export { DETECT_CONFIDENCE, detectObjections } from './detect.js';
export { prepareDetection } from './detect-phrases.js';
export type { DetectOptions, Detection } from './detect.js';
export { evaluateDetection, parseLabelledUtterances } from './detect-eval.js';
export type { DetectionFigures, DetectionReport, LabelledUtterance } from './detect-eval.js';
export { searchCatalogs } from './search-catalogs.js';
export { RECENT_LIMIT, browseCatalog, groupByCategory, shortcutGroups, type BrowseGroup, type ShortcutGroup } from './browse.js';
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
export { contextFit, fittingFirst, isKnown } from './context-fit.js';
export type { ContextFit } from './context-fit.js';
export { INVISIBLE_KINDS, stripInvisible, visibleText } from './visible-text.js';
export type { InvisibleKind, VisibleText } from './visible-text.js';
export { BUILTIN_SOURCE, loadBuiltinCatalog, prefetchBuiltinCatalog } from './builtin-catalog.js';
export { NO_OBJECTION, evaluateSearch, parseLabelledQueries } from './evaluate.js';
export type { EvaluateOptions, LabelledQuery, QualityFigures, QualityReport, QueryMiss } from './evaluate.js';
export { MIN_TRIGGERS, NEAR_TRIGGER_LENGTH, lintCatalog } from './lint.js';
export type { LintFinding, LintKind, LintOptions } from './lint.js';
export { lintScripts } from './lint-scripts.js';
export type { ScriptLintFinding, ScriptLintKind } from './lint-scripts.js';
export { MAX_ANSWERS, SCRIPT_FIELDS } from './validate-scripts.js';
export { checkScriptObjections, disabledScriptObjections } from './script-objections.js';
export type { ScriptObjectionPlace } from './script-objections.js';
export { catalogStats } from './stats.js';
export type { CatalogStats, CategoryStats, LocaleStats } from './stats.js';
export { LOG_RECORD_KINDS, LOG_RECORD_VERSION, logRecordsText, parseLogRecords } from './call-log.js';
export type {
  CopyRecord,
  DetectRecord,
  GapRecord,
  LogProblem,
  LogProblemCode,
  LogRecord,
  LogRecordBase,
  LogRecordKind,
  OpenRecord,
  OpenedVia,
  OutcomeRecord,
  ReplyOutcome,
  ScriptEndRecord,
} from './call-log.js';
export { outcomeReport } from './outcome-report.js';
export type { GapGroup, GapQuery, ObjectionOutcomes, OutcomeReport, ReplyOutcomes, ScriptOutcomes, SuccessRate } from './outcome-report.js';
