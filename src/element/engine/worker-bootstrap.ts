import { messageOf } from '../../core/error-text.js';

/** The part of the Trusted Types API used here (TypeScript's DOM library does not declare it). */
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedScriptUrlPolicy;
}

interface TrustedScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

/**
 * Pages with a `trusted-types` allow-list must name this policy, beside Lit's `lit-html`: it lets the element
 * start its own worker and nothing else.
 */
export const TRUSTED_TYPES_POLICY = 'objection-desk';

/** The script URLs the policy lets through: the worker's, and the bootstraps made for it. */
const allowedUrls = new Set<string>();

/**
 * Created as the module loads, as Lit creates `lit-html`: a page script that runs after the widget's script
 * cannot take the name first. `null` without Trusted Types, or when the page does not allow the name (the
 * plain URL is then tried, and without a worker the main thread searches).
 */
const policy: TrustedScriptUrlPolicy | null = (() => {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  try {
    return (
      trustedTypes?.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (url) => {
          if (!allowedUrls.has(url)) throw new TypeError(`${TRUSTED_TYPES_POLICY} only allows its search worker, not ${url}`);
          return url;
        },
      }) ?? null
    );
  } catch {
    return null;
  }
})();

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

/** `url` as the `Worker` constructor takes it: through the policy where the page has one for us. */
function scriptUrl(url: string): string {
  if (!policy) return url;
  allowedUrls.add(url);
  return policy.createScriptURL(url) as string;
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
 * the call site in the form bundlers recognise (`new Worker(new URL(…, import.meta.url))`).
 *
 * A browser refuses a worker script from another origin (a drop-in script loaded from a CDN) with a
 * `SecurityError`: such a worker is started from a blob: URL of the page's origin whose module imports the
 * script, which module scripts may do across origins with CORS. Throws what the `Worker` constructor throws.
 */
export function startModuleWorker(url: URL, plain: () => Worker): StartedWorker {
  if (url.origin !== globalThis.location?.origin) {
    try {
      return { worker: new Worker(scriptUrl(bootstrapUrl(url)), { type: 'module' }), bootstrapped: true };
    } catch (error) {
      throw new Error(`${messageOf(error)}; ${BOOTSTRAP_HINT}`);
    }
  }
  return { worker: policy ? new Worker(scriptUrl(url.href), { type: 'module' }) : plain(), bootstrapped: false };
}
