// Serves the repository over localhost for the benchmark pages, on a free port.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** A port nothing listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0 }, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs, which a 1 ms budget
 * needs. Nothing is cached: every page of the run loads the files as a first-time visitor would.
 */
async function isolated(ctx, next) {
  await next();
  ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
  ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
  ctx.set('Cache-Control', 'no-store');
}

const isLoopback = (address = '') => address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');

/** The server listens on every interface; the repository (with .git) is for this machine only. */
async function localOnly(ctx, next) {
  if (!isLoopback(ctx.req.socket.remoteAddress)) {
    ctx.status = 403;
    return;
  }
  await next();
}

/** `middleware` runs after the local-only and isolation ones, e.g. to serve generated files. */
export async function startServer(rootDir, middleware = []) {
  const port = await freePort();
  const server = await startDevServer({
    config: {
      rootDir,
      hostname: 'localhost',
      port,
      watch: false,
      nodeResolve: false,
      injectWebSocket: false,
      middleware: [localOnly, isolated, ...middleware],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  return { origin: `http://localhost:${port}`, stop: () => server.stop() };
}
