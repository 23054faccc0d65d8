import { TEST_TIMEOUT_MS } from './browser-test-timeout.mjs';

/**
 * How long {@link until} waits for a condition unless told otherwise: half of a test's time. What the element
 * does in a few ms now and then takes a 2-core machine under load (load average 12) more than a second: open-wc's
 * `waitUntil` gave up after its default 1 s on conditions that came (flaky-logs run4, head-wtr3). Half leaves the
 * other half to the rest of the test, so a condition that never comes fails with its own message, not Mocha's.
 */
export const WAIT_MS = TEST_TIMEOUT_MS / 2;

/** How often {@link until} looks again: open-wc's `waitUntil` interval. */
const POLL_MS = 50;

/**
 * Resolves once `condition` returns a truthy value (or a promise of one); rejects with `message` once it has not
 * for `timeout` ms. It looks once more after the time is up before it fails: a page the system stopped for a
 * while is not failed for a condition met meanwhile. An async `condition` never runs twice at once.
 */
export async function until(condition: () => unknown, message: string, { timeout = WAIT_MS } = {}): Promise<void> {
  // Made now, so that its stack shows the test that waited rather than a timer.
  const failure = new Error(`Timeout after ${timeout} ms: ${message}`);
  const deadline = performance.now() + timeout;
  for (;;) {
    const lastLook = performance.now() >= deadline;
    if (await condition()) return;
    if (lastLook) throw failure;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
