import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { catalogPreview } from './build/catalog-preview.mjs';
import { TEST_TIMEOUT_MS } from './tests/browser-test-timeout.mjs';
import { catalogServer } from './tests/element/catalog-server.mjs';
import {
  clipboardPermissionCommand,
  heapUsedCommand,
  imeCompositionCommand,
  insertTextCommand,
  pageListenersCommand,
  russianKeysCommand,
} from './tests/element/devtools-commands.mjs';
import { screenshotCommands } from './tests/element/screenshot-commands.mjs';

const ROOT = fileURLToPath(new URL('./', import.meta.url));

/**
 * The element starts its worker with `new URL('./search-worker.js', import.meta.url)`, a URL the esbuild
 * plugin does not rewrite (it resolves only imports). A request for a `.js` file under `src/` that exists only
 * as `.ts` is served from the `.ts` file, which the esbuild plugin then compiles: the dev server's documented
 * way to alias a file (https://modern-web.dev/docs/dev-server/middleware/#rewriting-request-urls).
 */
function typescriptSources(context, next) {
  if (context.path.startsWith('/src/') && context.path.endsWith('.js')) {
    const ts = `${context.path.slice(0, -'.js'.length)}.ts`;
    if (!existsSync(`${ROOT}${ts.slice(1)}`) || existsSync(`${ROOT}${context.path.slice(1)}`)) return next();
    context.url = `${ts}${context.querystring ? `?${context.querystring}` : ''}`;
  }
  return next();
}

/** The drop-in's built-in catalog chunk, beside dist/browser/objection-desk.min.js. */
const CATALOG_CHUNK = /^\/dist\/browser\/objection-desk-catalog-[\w-]+\.js$/;
/**
 * A hold nobody released lets the chunk through after this long: a test that never ended never stalls the run.
 * As long as a test may run, so the hold cannot end under a test that is still going, however slow the machine
 * (it was 5 s: a test on a loaded machine could reach its check after that); a test releases it when it ends.
 */
const HOLD_MS = TEST_TIMEOUT_MS;
let heldChunk;

/**
 * Holds back the built-in catalog chunk for a test that looks at the element before it has loaded:
 * `/test-hold/catalog-chunk` holds the next requests for it, `/test-hold/release` lets them through.
 */
async function catalogChunkHold(context, next) {
  if (context.path === '/test-hold/catalog-chunk') {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const timer = setTimeout(release, HOLD_MS);
    heldChunk = { released, release: () => (clearTimeout(timer), release()) };
    context.status = 204;
    return;
  }
  if (context.path === '/test-hold/release') {
    heldChunk?.release();
    heldChunk = undefined;
    context.status = 204;
    return;
  }
  if (heldChunk && CATALOG_CHUNK.test(context.path)) await heldChunk.released;
  return next();
}

/** The built-in data files, `objections/*.json`. */
const DATA_FILE = /^\/objections\/[\w-]+\.json$/;

/**
 * The demo fetches objections/scripts.json as JSON (the demo server sends it as it is), to name the answers in its
 * log; the esbuild plugin would send it as a module, as the element's tests import it: a fetch gets the file.
 */
async function dataFilesFetched(context, next) {
  if (!DATA_FILE.test(context.path) || context.get('sec-fetch-dest') !== 'empty') return next();
  context.type = 'application/json';
  context.body = readFileSync(`${ROOT}${context.path.slice(1)}`, 'utf8');
}

/**
 * The built drop-in as a CDN serves it (jsDelivr and unpkg answer with `Access-Control-Allow-Origin: *`): a page
 * in a sandboxed iframe has an opaque origin, and loads module scripts only with CORS.
 */
async function cdnHeaders(context, next) {
  await next();
  if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
}

/**
 * The drop-in's files as an integrator may have copied them, some left behind: `/copied/<set>/<file>` serves
 * `dist/browser/<file>` when the set has it, else answers 404, as a folder without the file would.
 */
const COPIED_SETS = {
  'min-only': (file) => file === 'objection-desk.min.js',
  'no-catalog': (file) => !file.startsWith('objection-desk-catalog-'),
  'no-objection-pane': (file) => !file.startsWith('objection-desk-objection-pane-'),
};

async function copiedDropIn(context, next) {
  const match = /^\/copied\/([\w-]+)\/([\w.-]+\.js)$/.exec(context.path);
  if (!match) return next();
  const [, set, file] = match;
  if (!COPIED_SETS[set]?.(file)) {
    context.status = 404;
    return;
  }
  context.url = `/dist/browser/${file}`;
  return next();
}

/**
 * The strictest policy the widget runs under, exactly as the README gives it to integrators: its one line that
 * starts with `Content-Security-Policy:`.
 */
const STRICT_POLICY = readmePolicy();

function readmePolicy() {
  const lines = readFileSync(`${ROOT}README.md`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('Content-Security-Policy: '));
  if (lines.length !== 1) throw new Error(`README.md should show one Content-Security-Policy: line, not ${lines.length}`);
  return lines[0].slice('Content-Security-Policy: '.length).trim();
}

/** Serves tests/element/strict-page/ with that policy in a header, as a CRM would. */
async function strictPolicy(context, next) {
  await next();
  if (context.path.startsWith('/tests/element/strict-page/')) context.set('Content-Security-Policy', STRICT_POLICY);
}

export default {
  files: ['tests/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: TEST_TIMEOUT_MS } },
  // The runner's own page, with tests/browser-assertions.ts first: a failed assertion carries nodes as their HTML.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/tests/browser-assertions.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // A file's bound is only a hang detector: each test fails by its own timeout first. The default (2 minutes)
  // was below what the tests of one file may take within theirs: big-catalogs' 12 tests are bounded at 10 to 70
  // s each, and at load average 12 to 15 the file took over 2 minutes with every test inside its bound.
  testsFinishTimeout: 10 * 60_000,
  plugins: [
    fromRollup(catalogPreview)(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    heapUsedCommand(),
    clipboardPermissionCommand(),
    pageListenersCommand(),
    insertTextCommand(),
    imeCompositionCommand(),
    russianKeysCommand(),
    screenshotCommands(),
  ],
  middleware: [typescriptSources, dataFilesFetched, catalogServer, catalogChunkHold, copiedDropIn, cdnHeaders, strictPolicy],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
      createBrowserContext: ({ browser }) =>
        browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] }),
    }),
  ],
};
