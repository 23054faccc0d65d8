import { fixture, html } from '@open-wc/testing';
import { until } from '../browser-wait.js';

/**
 * The demo in a same-origin frame with `query`, once its scripts have run: the widget is defined by the bundle,
 * and the page around it is drawn by demo.js, which runs after it, once fetched (the document is then complete;
 * a frame's first document, about:blank, is complete too, hence the path).
 */
export async function demoFrame(query: string): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${`/demo/index.html${query}`} style="width: 1200px; height: 800px"></iframe>`);
  await until(() => frame.contentWindow?.customElements.get('objection-desk'), 'the demo did not define <objection-desk>');
  await until(
    () => frame.contentDocument?.location.pathname === '/demo/index.html' && frame.contentDocument.readyState === 'complete',
    'the demo page did not finish loading',
  );
  await (frame.contentDocument!.querySelector('objection-desk') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  return frame;
}
