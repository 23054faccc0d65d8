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
