import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ObjectionDesk as ObjectionDeskElement } from '../element/objection-desk.component.js';
import type { CatalogErrorDetail, ObjectionDetectDetail, ObjectionGapDetail, ObjectionSelectDetail, ReplyCopyDetail, ReplyOutcomeDetail } from '../element/events.js';
import '../element/define.js';

export type { CatalogErrorDetail, ObjectionDetectDetail, ObjectionGapDetail, ObjectionSelectDetail, ReplyCopyDetail, ReplyOutcomeDetail } from '../element/events.js';
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
    /** The operator marked the reply copied last as worked, or not. */
    onReplyOutcome: 'reply-outcome' as EventName<CustomEvent<ReplyOutcomeDetail>>,
    /** The operator pressed "No answer for this": for `query`, or in the objection `objectionId`. */
    onObjectionGap: 'objection-gap' as EventName<CustomEvent<ObjectionGapDetail>>,
    /** A customer's line given to `hear()` sounds like an objection, which the suggestion card now shows. */
    onObjectionDetect: 'objection-detect' as EventName<CustomEvent<ObjectionDetectDetail>>,
  },
  displayName: 'ObjectionDesk',
});
