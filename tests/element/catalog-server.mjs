// Test-runner middleware that serves catalogs for the `src` attribute, plus routes that fail in each way a
// real catalog server can: 404, 500, a body that is not JSON, an answer that comes too late or never.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const PREFIX = '/test-catalogs/';
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** Only plain file names: no way out of the fixtures folder. */
const FIXTURE_NAME = /^[a-z0-9-]+\.json$/;
/** Longer than any `src-timeout` a test sets; a test run never waits for it. */
const NEVER_MS = 60_000;

/** Resolves after `ms`, or as soon as the browser gives up on the request. */
function delay(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function serveFixture(ctx, name) {
  if (!FIXTURE_NAME.test(name)) {
    ctx.status = 404;
    return;
  }
  try {
    ctx.body = await readFile(`${FIXTURES}${name}`, 'utf8');
    ctx.type = 'application/json';
  } catch {
    ctx.status = 404;
  }
}

/**
 * Koa-style middleware for @web/test-runner:
 * - `/test-catalogs/<fixture>.json` — a file from tests/fixtures/
 * - `/test-catalogs/slow/<fixture>.json?ms=500` — the same, answered late
 * - `/test-catalogs/status/404`, `/test-catalogs/status/500` — an HTTP error
 * - `/test-catalogs/not-json` — 200 with a truncated JSON body
 * - `/test-catalogs/never` — no answer until the browser gives up
 */
export async function catalogServer(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  ctx.set('Cache-Control', 'no-store');
  const route = ctx.path.slice(PREFIX.length);
  if (route.startsWith('status/')) {
    const status = Number(route.slice('status/'.length));
    ctx.status = status >= 400 && status <= 599 ? status : 400;
    ctx.body = `Status ${ctx.status} on purpose`;
  } else if (route === 'not-json') {
    ctx.type = 'application/json';
    ctx.body = '{"objections": [{"id": "cut-off", ';
  } else if (route === 'never') {
    await delay(ctx, NEVER_MS);
    ctx.status = 504;
  } else if (route.startsWith('slow/')) {
    await delay(ctx, Math.min(Number(ctx.query.ms) || 500, 5000));
    await serveFixture(ctx, route.slice('slow/'.length));
  } else {
    await serveFixture(ctx, route);
  }
}
