import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CatalogErrorDetail, ObjectionDetectDetail, ObjectionGapDetail, ObjectionSelectDetail, ReplyCopyDetail, ReplyOutcomeDetail } from '../element/events.js';
import type { ObjectionDesk } from '../element/objection-desk.component.js';
import type { ObjectionDeskProperties } from '../element/properties.js';

/**
 * What `<objection-desk>` takes in React 19's JSX: HTML attributes, the element's properties (React 19 sets a
 * property when the element has one, so objects such as `context` pass as they are) and its events as
 * `on<event>` props, which React 19 adds as listeners of the event of that name.
 *
 * ```tsx
 * <objection-desk locale="ru" context={{ clientName: 'Анна' }} onreply-copy={(event) => log(event.detail.text)} />
 * ```
 */
export type ObjectionDeskJsxProps = DetailedHTMLProps<HTMLAttributes<ObjectionDesk>, ObjectionDesk> &
  Partial<ObjectionDeskProperties> & {
    'onobjection-select'?: (event: CustomEvent<ObjectionSelectDetail>) => void;
    'onreply-copy'?: (event: CustomEvent<ReplyCopyDetail>) => void;
    'oncatalog-error'?: (event: CustomEvent<CatalogErrorDetail>) => void;
    'onreply-outcome'?: (event: CustomEvent<ReplyOutcomeDetail>) => void;
    'onobjection-gap'?: (event: CustomEvent<ObjectionGapDetail>) => void;
    'onobjection-detect'?: (event: CustomEvent<ObjectionDetectDetail>) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'objection-desk': ObjectionDeskJsxProps;
    }
  }
}
