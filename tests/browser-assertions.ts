import { use } from '@esm-bundle/chai';

/**
 * Loaded into every browser test page before its tests (web-test-runner.config.mjs, `testRunnerHtml`).
 * web-test-runner sends a failed assertion's `actual` and `expected` from the page to the runner as they are; a
 * node of the element's shadow root among them never arrived, and the run hung for its 10 minutes instead of
 * failing one test (clean-clone CI at a6fab87). A failed assertion carries nodes as their HTML instead.
 * Chai alone, the very instance @open-wc/testing uses: @open-wc/testing loaded before Mocha registers no fixture
 * cleanup, and each test's widgets stayed in the page for the next.
 */
const shown = (value: unknown): unknown => {
  if (value instanceof Element) return value.outerHTML;
  if (value instanceof Node) return `${value.nodeName}: ${value.textContent ?? ''}`;
  return Array.isArray(value) && value.some((item) => item instanceof Node) ? value.map(shown) : value;
};

use(({ Assertion, AssertionError }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const failed = error as { actual?: unknown; expected?: unknown };
        failed.actual = shown(failed.actual);
        failed.expected = shown(failed.expected);
      }
      throw error;
    }
  };
});
