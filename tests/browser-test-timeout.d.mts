/** See browser-test-timeout.mjs: plain JavaScript, as the test runner's Node config imports it too. */
export declare const TEST_TIMEOUT_MS: number;
