import { messageOf } from '../../core/error-text.js';
import type { TrustedScriptUrl } from './worker-policy.js';

/** The blob: URL of the bootstrap for each worker script on another origin; one per page, never revoked. */
const bootstraps = new Map<string, string>();

/** A module worker's script from the page's own origin that imports the real one, wherever that is. */
function bootstrapUrl(url: URL): string {
  let bootstrap = bootstraps.get(url.href);
  if (!bootstrap) {
    const source = `import ${JSON.stringify(url.href)};\n`;
    bootstrap = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    bootstraps.set(url.href, bootstrap);
  }
  return bootstrap;
}

/** A worker started, and whether it runs through a blob: bootstrap (a worker script on another origin). */
export interface StartedWorker {
  readonly worker: Worker;
  readonly bootstrapped: boolean;
}

/**
 * Why a worker started through a bootstrap did not run, for the console: what the page and the script's
 * server must allow.
 */
export const BOOTSTRAP_HINT =
  "its script is on another origin than the page, so it is started from a blob: URL that imports it: the page's " +
  'Content Security Policy must allow blob: in worker-src, and the script\'s server must send Access-Control-Allow-Origin';

/**
 * Starts the module worker whose script is at `url`. `plain()` starts it from the plain URL, written out at
 * the call site in the form bundlers recognise (`new Worker(new URL(…, import.meta.url))`); `trusted` gives a
 * URL as the page's Trusted Types let it through, where they apply.
 *
 * A browser refuses a worker script from another origin (a drop-in script loaded from a CDN) with a
 * `SecurityError`: such a worker is started from a blob: URL of the page's origin whose module imports the
 * script, which module scripts may do across origins with CORS. Throws what the `Worker` constructor throws.
 */
export function startModuleWorker(url: URL, plain: () => Worker, trusted: TrustedScriptUrl): StartedWorker {
  if (url.origin !== globalThis.location?.origin) {
    try {
      const bootstrap = bootstrapUrl(url);
      return { worker: new Worker(trusted ? trusted(bootstrap) : bootstrap, { type: 'module' }), bootstrapped: true };
    } catch (error) {
      throw new Error(`${messageOf(error)}; ${BOOTSTRAP_HINT}`);
    }
  }
  return { worker: trusted ? new Worker(trusted(url.href), { type: 'module' }) : plain(), bootstrapped: false };
}
