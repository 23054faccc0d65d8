// A page whose bundler takes the drop-in script from the package, or a module that only registers the tag:
// both bring the tag's and the events' types.
import 'objection-desk/objection-desk.min.js';
import type { ReplyCopyDetail } from 'objection-desk/objection-desk.min.js';
import type { ObjectionSelectDetail } from 'objection-desk/define';

const desk = document.querySelector('objection-desk');
desk?.addEventListener('reply-copy', (event) => {
  const detail: ReplyCopyDetail = event.detail;
  console.log(detail.text.length);
});
desk?.addEventListener('objection-select', (event) => {
  const detail: ObjectionSelectDetail = event.detail;
  console.log(detail.id);
});
if (desk) desk.limit = 5;
