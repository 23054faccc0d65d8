/**
 * How long one browser test may run (Mocha's timeout), unless it sets its own. One number for the test runner,
 * which gives it to Mocha (web-test-runner.config.mjs), and for the tests, which bound their waits by it
 * (tests/browser-wait.ts) and give a test that waits longer this much on top of its wait.
 */
export const TEST_TIMEOUT_MS = 10_000;
