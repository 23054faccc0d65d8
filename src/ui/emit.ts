/** The `detail` type of an event that `HTMLElementEventMap` declares as a `CustomEvent`. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of the events declared in `HTMLElementEventMap` (the element's, the studio's). They bubble
 * and cross shadow roots by default, so a CRM page can listen on `document`.
 */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: EventDetail<K>,
  init: Omit<CustomEventInit, 'detail'> = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, ...init, detail }));
}
