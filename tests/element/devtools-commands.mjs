// Test-runner commands that read or set what a page cannot by itself, through Chromium's DevTools protocol.

/** Runs `use` with a DevTools session on the test page, ended when it is done. */
async function withPageSession(session, use) {
  const page = session.browser.getPage(session.id);
  const cdp = await page.context().newCDPSession(page);
  try {
    return await use(cdp, page);
  } finally {
    await cdp.detach();
  }
}

/** A test-runner plugin answering `executeServerCommand(name, payload)` with `run(payload, session)`. */
function command(name, run) {
  return {
    name,
    executeCommand: ({ command: asked, payload, session }) => (asked === name ? run(payload, session) : undefined),
  };
}

/**
 * `executeServerCommand('heap-used')` answers the test page's JS heap, in bytes, after a full garbage collection:
 * `performance.memory` in the page stays flat between its coarse updates.
 */
export const heapUsedCommand = () =>
  command('heap-used', (_payload, session) =>
    withPageSession(session, async (cdp) => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    }),
  );

/**
 * `executeServerCommand('page-listeners')` answers how many event listeners the test page's window and document
 * hold (the page cannot list its own).
 */
export const pageListenersCommand = () =>
  command('page-listeners', (_payload, session) =>
    withPageSession(session, async (cdp) => {
      const counts = {};
      for (const target of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: target });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        counts[target] = listeners.length;
      }
      return counts;
    }),
  );

/**
 * `executeServerCommand('clipboard-permission', { setting: 'denied' })` denies the test page's origin the
 * clipboard-write permission, as a browser setting or an operator's "Block" would; `{ setting: 'granted' }` puts
 * it back. Chromium drops the permission overrides of a context when a DevTools session that set one ends (the
 * test runner's grants with them), so that browser session stays open for the whole run.
 */
export function clipboardPermissionCommand() {
  let overriding;
  return command('clipboard-permission', async ({ setting }, session) => {
    const { page, browserContextId } = await withPageSession(session, async (cdp, page) => {
      const { targetInfo } = await cdp.send('Target.getTargetInfo');
      return { page, browserContextId: targetInfo.browserContextId };
    });
    overriding ??= await page.context().browser().newBrowserCDPSession();
    await overriding.send('Browser.setPermission', {
      permission: { name: 'clipboard-write' },
      setting,
      origin: new URL(page.url()).origin,
      browserContextId,
    });
    return true;
  });
}

/**
 * `executeServerCommand('insert-text', { text })` inserts `text` at the caret of the focused field with no key events,
 * as an input method's commit, dictation, an on-screen keyboard or a text expander does: DevTools' `Input.insertText`
 * (what Playwright's `keyboard.insertText` sends, and its `keyboard.type` for a character off the US layout).
 */
export const insertTextCommand = () =>
  command('insert-text', ({ text }, session) =>
    withPageSession(session, async (cdp) => {
      await cdp.send('Input.insertText', { text });
      return true;
    }),
  );

/**
 * `executeServerCommand('ime-composition', { text })` shows `text` as an input method's composition (not committed
 * yet) at the caret of the focused field, in place of the composition shown before: DevTools'
 * `Input.imeSetComposition`. `insert-text` then commits it.
 */
export const imeCompositionCommand = () =>
  command('ime-composition', ({ text }, session) =>
    withPageSession(session, async (cdp) => {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      return true;
    }),
  );

/** The Russian (ЙЦУКЕН) layout: each letter and the US key it is on. */
const RUSSIAN_KEYS = new Map(
  [...'йцукенгшщзхъфывапролджэячсмитьбю'].map((letter, index) => [letter, 'qwertyuiop[]asdfghjkl;\'zxcvbnm,.'[index]]),
);
const KEY_CODES = { '[': ['BracketLeft', 219], ']': ['BracketRight', 221], ';': ['Semicolon', 186], "'": ['Quote', 222], ',': ['Comma', 188], '.': ['Period', 190] };

/**
 * `executeServerCommand('russian-keys', { text })` types lowercase Russian `text` key by key on a Russian keyboard
 * layout: a keydown with the letter as its `key` (and the US key's `code`), its text, and a keyup, as Chromium gets
 * them from such a keyboard. Playwright's `keyboard.type` inserts a letter off the US layout without any key event.
 */
export const russianKeysCommand = () =>
  command('russian-keys', ({ text }, session) =>
    withPageSession(session, async (cdp) => {
      for (const letter of text) {
        const us = RUSSIAN_KEYS.get(letter);
        if (us === undefined) throw new Error(`russian-keys: "${letter}" is not a lowercase Russian letter`);
        const [code, keyCode] = KEY_CODES[us] ?? [`Key${us.toUpperCase()}`, us.toUpperCase().charCodeAt(0)];
        const key = { key: letter, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: letter, unmodifiedText: letter, ...key });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
      }
      return true;
    }),
  );
