import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ObjectionDeskEventDetails } from '../element/events.js';
import type { ObjectionDesk } from '../element/objection-desk.component.js';
import type { ObjectionDeskProperties } from '../element/properties.js';

// Types only: nothing here runs, so an app without Vue never resolves `vue` through this package.

/**
 * `<objection-desk>` as Vue's template type-checking (vue-tsc, Vue's editor extension) sees it: the element's
 * properties as props besides the HTML attributes, and its events (`@objection-select`, `@reply-copy`,
 * `@objection-detect`…) with typed details. This is the form Vue's guide gives for custom elements not made with
 * Vue: the checker reads `$props` and `$emit`, which the element itself does not have.
 *
 * ```vue
 * <objection-desk locale="ru" :context="{ clientName: 'Анна' }" @reply-copy="(event) => log(event.detail.text)" />
 * ```
 */
export type ObjectionDeskVueComponent = new () => ObjectionDesk & {
  /** @deprecated Vue's template types only: the element has no `$props`. */
  $props: HTMLAttributes & Partial<ObjectionDeskProperties> & PublicProps;
  /** @deprecated Vue's template types only: the element has no `$emit`; it dispatches its events itself. */
  $emit: EmitFn<{ [Name in keyof ObjectionDeskEventDetails]: (event: CustomEvent<ObjectionDeskEventDetails[Name]>) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'objection-desk': ObjectionDeskVueComponent;
  }
}
