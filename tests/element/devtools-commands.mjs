// Test-runner commands that read or set what a page cannot by itself, through Chromium's DevTools protocol.

/**
 * `executeServerCommand('heap-used')` answers the test page's JS heap, in bytes, after a full garbage collection,
 * through Chromium's DevTools protocol: `performance.memory` in the page stays flat between its coarse updates.
 */
export function heapUsedCommand() {
  return {
    name: 'heap-used',
    async executeCommand({ command, session }) {
      if (command !== 'heap-used') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('clipboard-permission', { setting: 'denied' })` denies the test page's origin the
 * clipboard-write permission, as a browser setting or an operator's "Block" would; `{ setting: 'granted' }` puts
 * it back. Chromium drops the permission overrides of a context when a DevTools session that set one ends (the
 * test runner's grants with them), so the session stays open for the whole run.
 */
export function clipboardPermissionCommand() {
  let overriding;
  return {
    name: 'clipboard-permission',
    async executeCommand({ command, payload, session }) {
      if (command !== 'clipboard-permission') return undefined;
      const page = session.browser.getPage(session.id);
      const pageSession = await page.context().newCDPSession(page);
      const { targetInfo } = await pageSession.send('Target.getTargetInfo');
      await pageSession.detach();
      overriding ??= await page.context().browser().newBrowserCDPSession();
      await overriding.send('Browser.setPermission', {
        permission: { name: 'clipboard-write' },
        setting: payload.setting,
        origin: new URL(page.url()).origin,
        browserContextId: targetInfo.browserContextId,
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('page-listeners')` answers how many event listeners the test page's window and document
 * hold, read through Chromium's DevTools protocol (the page cannot list its own).
 */
export function pageListenersCommand() {
  return {
    name: 'page-listeners',
    async executeCommand({ command, session }) {
      if (command !== 'page-listeners') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const counts = {};
        for (const target of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: target });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          counts[target] = listeners.length;
        }
        return counts;
      } finally {
        await cdp.detach();
      }
    },
  };
}
