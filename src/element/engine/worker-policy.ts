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
 * Created as the element's first script loads, as Lit creates `lit-html`: a page script that runs after it
 * cannot take the name first. (The code that starts the worker loads later, so it is handed
 * {@link trustedScriptUrl} rather than making a policy of its own.) `null` without Trusted Types, or when the
 * page does not allow the name (the plain URL is then tried, and without a worker the main thread searches).
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

/**
 * A worker script's URL as the `Worker` constructor takes it under the page's Trusted Types, through the
 * element's policy; `undefined` where there is no policy for it (plain URLs are then given as they are).
 */
export type TrustedScriptUrl = ((url: string) => string) | undefined;

export const trustedScriptUrl: TrustedScriptUrl = policy
  ? (url) => {
      allowedUrls.add(url);
      return policy.createScriptURL(url) as string;
    }
  : undefined;
