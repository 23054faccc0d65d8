import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ObjectionDesk as ObjectionDeskElement } from '../element/objection-desk.component.js';
import type { CatalogErrorDetail, ObjectionMissingDetail, ObjectionSelectDetail, ReplyCopyDetail } from '../element/events.js';
import '../element/define.js';

export type { CatalogErrorDetail, ObjectionMissingDetail, ObjectionSelectDetail, ReplyCopyDetail } from '../element/events.js';
// Also brings the JSX entry of `<objection-desk>` itself into the program of a file that imports this one.
export type { ObjectionDeskJsxProps } from './jsx.js';

/**
 * `<objection-desk>` as a React component (made with `@lit/react`): the element's properties as props, and
 * its events as camel-case handler props with typed details.
 *
 * ```tsx
 * import { ObjectionDesk } from 'objection-desk/react';
 *
 * <ObjectionDesk locale="ru" context={{ clientName: 'Анна' }} onReplyCopy={(event) => log(event.detail.text)} />
 * ```
 */
export const ObjectionDesk = createComponent({
  react: React,
  tagName: 'objection-desk',
  elementClass: ObjectionDeskElement,
  events: {
    /** The operator opened an objection. */
    onObjectionSelect: 'objection-select' as EventName<CustomEvent<ObjectionSelectDetail>>,
    /** The operator copied a reply; `copied` is false when the text was only selected for manual copy. */
    onReplyCopy: 'reply-copy' as EventName<CustomEvent<ReplyCopyDetail>>,
    /** An extra catalog could not be loaded or has problems; the built-ins keep working. */
    onCatalogError: 'catalog-error' as EventName<CustomEvent<CatalogErrorDetail>>,
    /** The operator pressed "No answer for this": the catalog has nothing for `query`. */
    onObjectionMissing: 'objection-missing' as EventName<CustomEvent<ObjectionMissingDetail>>,
  },
  displayName: 'ObjectionDesk',
});
