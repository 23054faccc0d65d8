import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The `hotkey` unless the page sets one: the O of objection. */
export const DEFAULT_HOTKEY = 'Alt+Shift+O';

/** The element's side of its hotkey: the properties that shape it, and `focus()`, which focuses the search box. */
export interface HotkeyHost extends ReactiveControllerHost, HTMLElement {
  readonly hotkey: string | null | undefined;
  readonly returnFocus: boolean;
}

/** The elements that have a hotkey, in the order they were connected; one listener on the document serves them all. */
const controllers = new Set<HotkeyController>();
let lastFocused: HotkeyController | undefined;

/**
 * Moves focus to the search box from anywhere on the page on the element's `hotkey`, and back to where the
 * operator was once a reply is copied. Of several elements with that hotkey the one focused last answers, else
 * the first visible one.
 */
export class HotkeyController implements ReactiveController {
  readonly host: HotkeyHost;
  /** Where focus was when the hotkey brought it in, until a copy sends it back or the operator goes elsewhere. */
  #returnTo: HTMLElement | undefined;

  constructor(host: HotkeyHost) {
    this.host = host;
    host.addController(this);
    host.addEventListener('focusin', () => (lastFocused = this));
    // Focus that left for another element of the page was taken there by the operator (a window losing focus has none).
    host.addEventListener('focusout', (event) => event.relatedTarget && (this.#returnTo = undefined));
    host.addEventListener('reply-copy', (event) => {
      if (event.detail.copied && host.returnFocus) this.#returnTo?.focus();
      this.#returnTo = undefined;
    });
  }

  /** The hotkey's shortcuts, in `aria-keyshortcuts` form: those with Control, Alt or Meta; empty when off. */
  get shortcuts(): string[] {
    return (this.host.hotkey ?? DEFAULT_HOTKEY).split(' ').filter((shortcut) => /(control|alt|meta)\+/i.test(shortcut));
  }

  hostConnected(): void {
    // Added once: the same listener again is no new one. Without elements it does nothing.
    document.addEventListener('keydown', handleKeydown, true);
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Focuses the search box, its text selected so that typing replaces it; remembers where focus was. */
  summon(): void {
    const { host } = this;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!host.matches(':focus-within')) this.#returnTo = active as HTMLElement;
    host.focus();
    // Before its first render the element has no search box yet; with a call script, focus is on its step.
    (host.shadowRoot?.activeElement as HTMLInputElement | null)?.select?.();
  }
}

function handleKeydown(event: KeyboardEvent): void {
  // A key pressed to compose text in an input method (Japanese, Chinese…) is the input method's.
  if (event.isComposing || event.keyCode === 229) return;
  // Letters and digits by the key's place on the keyboard (KeyO), so the shortcut works whatever layout is on:
  // with a Russian one, Alt+Shift+O gives "Щ".
  const pressed = [event.ctrlKey && 'control', event.altKey && 'alt', event.shiftKey && 'shift', event.metaKey && 'meta'].filter(Boolean);
  pressed.push((/^(Key|Digit).$/.test(event.code) ? event.code.slice(-1) : event.key).toLowerCase());
  const matching = [...controllers].filter(
    // Visibility last: it lays the page out, which every key typed anywhere would otherwise pay for.
    ({ host, shortcuts }) => shortcuts.some((shortcut) => shortcut.toLowerCase().split('+').sort().join() === pressed.sort().join()) && host.checkVisibility(),
  );
  const chosen = answering(matching, (controller) => controller.host);
  if (!chosen) return;
  // Also keeps the key from typing a character (Alt+Shift+O types "Ø" on a Mac).
  event.preventDefault();
  chosen.summon();
}

/** Of the elements that could answer a key (page-wide, such as Alt+1 for a suggestion), the one focused last, else the first. */
export function answering<T>(candidates: readonly T[], hostOf: (candidate: T) => HTMLElement): T | undefined {
  return candidates.find((candidate) => hostOf(candidate) === lastFocused?.host) ?? candidates[0];
}
