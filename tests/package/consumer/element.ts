// A browser app that installs the package and uses the element from TypeScript.
import 'objection-desk';
import { ObjectionDesk, type CatalogErrorDetail, type ObjectionSelectDetail, type ReplyCopyDetail } from 'objection-desk';
import { ObjectionDesk as ElementClass } from 'objection-desk/element';

const desk: ObjectionDesk = document.createElement('objection-desk');
desk.context = { clientName: 'Anna', orderNumber: 42 };
desk.src = '/catalogs/ours.json';
desk.catalog = { locale: 'en', objections: [{ id: 'too-slow', title: 'Too slow' }] };
desk.theme = 'dark';

const found: ObjectionDesk | null = document.querySelector('objection-desk');
const sameClass: typeof ElementClass = ObjectionDesk;

desk.addEventListener('objection-select', (event) => {
  const detail: ObjectionSelectDetail = event.detail;
  console.log(detail.id);
});
desk.addEventListener('reply-copy', (event) => {
  const { objectionId, replyId, text, copied }: ReplyCopyDetail = event.detail;
  console.log(objectionId, replyId, text.toUpperCase(), copied === true);
  // @ts-expect-error the detail is typed, not `any`.
  console.log(event.detail.nothing);
});
desk.addEventListener('catalog-error', (event) => {
  const detail: CatalogErrorDetail = event.detail;
  console.log(detail.source, detail.problems.length, found, sameClass);
});

// @ts-expect-error `theme` is one of auto, light and dark.
desk.theme = 'blue';
