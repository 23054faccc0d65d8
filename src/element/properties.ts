import type { LitElement } from 'lit';
import type { ObjectionDesk } from './objection-desk.component.js';

/**
 * The element's own properties, every one settable (`locale`, `context`, `src`, `catalog`, `strings`…): what a
 * framework's template binds. Not LitElement's, nor the read-only `objectionCount`.
 */
export type ObjectionDeskProperties = Omit<ObjectionDesk, keyof LitElement | 'objectionCount'>;
