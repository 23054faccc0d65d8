export * from './core/index.js';
export { ObjectionDesk } from './element/objection-desk.component.js';
export type {
  CatalogErrorDetail,
  ObjectionSelectDetail,
  ReplyCopyDetail,
} from './element/events.js';
import './element/define.js';
