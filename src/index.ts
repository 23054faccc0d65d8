// Not ./core/index.js: its builtinCatalog() carries the catalog's data, which a page loads only when it needs it.
export * from './core/api.js';
export { ObjectionDesk } from './element/objection-desk.component.js';
export type {
  CatalogErrorDetail,
  ObjectionDetectDetail,
  ObjectionGapDetail,
  ObjectionSelectDetail,
  ReplyCopyDetail,
  ReplyOutcome,
  ReplyOutcomeDetail,
  ScriptEndDetail,
  ScriptPathEntry,
  ScriptStepDetail,
} from './element/events.js';
export type { UiStrings } from './element/i18n.js';
import './element/define.js';
