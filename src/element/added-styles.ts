import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Adds a chunk's own `styles` after those the element's shadow root has: Lit's `adoptStyles` replaces them where
 * style sheets are adopted, so two chunks adopting theirs would drop each other's.
 */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  else adoptStyles(root, [styles]);
}
