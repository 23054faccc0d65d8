// @web/test-runner provides Mocha's globals at run time; the project has no @types/mocha, so the few the
// element tests use are declared here for the type checker.
interface MochaContext {
  timeout(ms: number): void;
}

declare function describe(title: string, suite: () => void): void;
declare function it(title: string, test: (this: MochaContext) => void | Promise<void>): void;
declare function beforeEach(hook: () => void | Promise<void>): void;
declare function afterEach(hook: () => void | Promise<void>): void;
declare function before(hook: (this: MochaContext) => void | Promise<void>): void;
declare function after(hook: () => void | Promise<void>): void;
