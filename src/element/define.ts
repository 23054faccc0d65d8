import { ObjectionDesk } from './objection-desk.component.js';

// The drop-in's types are this file's: its event details are named here (the `HTMLElementEventMap` entries come
// with the component's declarations, which re-export them too).
export type { CatalogErrorDetail, ObjectionSelectDetail, ReplyCopyDetail } from './events.js';

// A page may load two copies (the npm build and the standalone bundle); a second define would throw.
// The tag name is written out in full: custom-elements.json is generated from this call.
const defined = customElements.get('objection-desk');
if (!defined) {
  customElements.define('objection-desk', ObjectionDesk);
} else if (defined !== ObjectionDesk) {
  console.warn('<objection-desk> is already defined by another copy of objection-desk; this copy is not used.');
}

declare global {
  interface HTMLElementTagNameMap {
    'objection-desk': ObjectionDesk;
  }
}
