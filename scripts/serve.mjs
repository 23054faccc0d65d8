#!/usr/bin/env node
// Serves the repository root for the demo (`npm start`): http://localhost:8000/demo/, or the next free port.
// PORT picks another starting port. Runs until Ctrl+C; never opens a browser.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8000;
const PORTS_TO_TRY = 50;
const DEMO_PATH = '/demo/';
const BUNDLE = join(ROOT_DIR, 'dist', 'browser', 'objection-desk.min.js');

function startingPort() {
  const raw = process.env.PORT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`objection-desk: PORT must be a number from 1 to 65535, not "${raw}".`);
    process.exit(1);
  }
  return port;
}

/** Listens like the dev server does (all interfaces), so a port that is free here is free for it. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen({ port });
  });
}

async function freePort(first) {
  for (let port = first; port < first + PORTS_TO_TRY && port <= 65535; port += 1) {
    if (await isFree(port)) return port;
  }
  console.error(`objection-desk: ports ${first}–${first + PORTS_TO_TRY - 1} are all taken; set PORT to another one.`);
  process.exit(1);
}

const isLoopback = (address = '') => address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');

/** The dev server listens on every interface when asked for localhost; the tree (with .git) stays local. */
async function localOnly(ctx, next) {
  if (!isLoopback(ctx.req.socket.remoteAddress)) {
    ctx.status = 403;
    ctx.body = 'The objection-desk demo server only answers requests from this machine.\n';
    return;
  }
  await next();
}

/** `/` and `/demo` go to `/demo/`: the page loads `../dist/…`, which needs the trailing slash. */
async function redirectToDemo(ctx, next) {
  if (ctx.path === '/' || ctx.path === '/demo') {
    ctx.redirect(`${DEMO_PATH}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
    return;
  }
  await next();
}

if (!existsSync(BUNDLE)) {
  console.warn('objection-desk: dist/browser/objection-desk.min.js is missing, so the demo has no widget; run `npm run build` (or `npm start`).');
}

const port = await freePort(startingPort());
const server = await startDevServer({
  config: {
    rootDir: ROOT_DIR,
    hostname: 'localhost',
    port,
    watch: false,
    nodeResolve: false,
    injectWebSocket: false,
    middleware: [localOnly, redirectToDemo],
  },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  logStartMessage: false,
});

console.log(`objection-desk demo: http://localhost:${port}${DEMO_PATH}`);
console.log(`catalog studio:      http://localhost:${port}${DEMO_PATH}studio.html`);
console.log('Press Ctrl+C to stop.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
