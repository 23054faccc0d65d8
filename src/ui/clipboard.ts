/**
 * False where a permissions policy forbids the Clipboard API (a cross-origin frame without
 * `allow="clipboard-write"`), which only Chromium tells: calling it there logs a violation in the page's console.
 */
function clipboardApiAllowed(): boolean {
  const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
  return navigator.clipboard !== undefined && (policy?.allowsFeature('clipboard-write') ?? true);
}

/**
 * Copies with the Clipboard API, else with a hidden textarea in `root` and `execCommand('copy')` (older
 * browsers, pages without clipboard permission). False when both refuse; the focus in `root` is kept.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    if (clipboardApiAllowed()) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied, or the document has no focus: try the old way.
  }
  const focused = root.activeElement as HTMLElement | null;
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.setAttribute('aria-hidden', 'true');
  textarea.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  root.append(textarea);
  textarea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
    focused?.focus();
  }
}

/** The keys that copy a selection by hand on this platform, for a hint when the clipboard refused. */
export function copyShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
}
