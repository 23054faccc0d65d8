// Test-runner middleware that serves catalogs for the `src` attribute, plus routes that fail in each way a
// real catalog server can: 404, 500, a body that is not JSON, an answer that comes too late or never.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const PREFIX = '/test-catalogs/';
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** Proofs of concept of issue 11: small ones as files, big ones as generator modules. */
const HOSTILE = new URL('../fixtures/hostile/', import.meta.url);
const HOSTILE_NAME = /^\d\d-[a-z0-9-]+$/;
/** Only plain file names: no way out of the fixtures folder. */
const FIXTURE_NAME = /^[a-z0-9-]+\.json$/;
/** Longer than any `src-timeout` a test sets; a test run never waits for it. */
const NEVER_MS = 60_000;
const MAX_GENERATED = 50_000;
/** A generated catalog sent part by part comes in parts of this many bytes. */
const PART_BYTES = 256 * 1024;

/** Words of generated triggers: product questions, none of them in the built-in catalog's phrasings. */
const WORDS = {
  en: 'screen battery camera memory noise weight colour charger remote filter motor display speaker cable adapter cover door shelf drum sensor timer panel keyboard fan port cord quiet heavy overheats blinks beeps'.split(' '),
  ru: 'экран батарея камера память шум вес цвет зарядка пульт фильтр мотор дисплей динамик кабель адаптер чехол дверца полка барабан датчик таймер панель клавиатура вентилятор порт шнур тихий тяжёлый греется мигает пищит'.split(' '),
};
const CATEGORIES = ['price', 'trust', 'timing', 'process', 'request'];
const generated = new Map();

/**
 * A catalog of `size` objections about products, the same every time: a big catalog for the tests, made on
 * first request and kept in memory, never written to disk. Making one takes the server a while (21,500
 * objections: 4 s on a loaded 2-core machine), so a test asks for it with `?prepare` in a hook first: a wait in
 * the test itself then waits for the element, not for the server making the file.
 */
function generatedCatalog(size) {
  let text = generated.get(size);
  if (text) return text;
  const phrase = (locale, index, offset) => {
    const pool = WORDS[locale];
    const words = [0, 1, 2].map((k) => pool[(index * 7 + (offset + k) * 13) % pool.length]);
    return `${words.join(' ')} ${locale === 'ru' ? 'модель' : 'model'} ${index}`;
  };
  const objections = Array.from({ length: size }, (_, index) => ({
    id: `generated-${index}`,
    category: CATEGORIES[index % CATEGORIES.length],
    title: { en: `Model ${index}: ${phrase('en', index, 0)}`, ru: `Модель ${index}: ${phrase('ru', index, 0)}` },
    triggers: {
      en: [1, 4, 7, 10].map((offset) => phrase('en', index, offset)),
      ru: [1, 4, 7, 10].map((offset) => phrase('ru', index, offset)),
    },
    replies: [
      { text: { en: `{clientName}, model ${index} has ${phrase('en', index, 2)}.`, ru: `{clientName}, у модели ${index} ${phrase('ru', index, 2)}.` } },
      { text: { en: `Let me check ${phrase('en', index, 5)} for you.`, ru: `Сейчас уточню: ${phrase('ru', index, 5)}.` } },
    ],
  }));
  text = JSON.stringify({ locales: ['ru', 'en'], objections });
  generated.set(size, text);
  return text;
}

/**
 * The start of a catalog, then one space every `ms` milliseconds (at least 10) for as long as the browser
 * listens, up to NEVER_MS: a server that is never silent for long and never done.
 */
function drip(ctx, ms) {
  const pauseMs = Math.max(10, ms);
  let listening = true;
  ctx.req.once('close', () => (listening = false));
  async function* bytes() {
    yield '{"objections": [';
    for (let waited = 0; listening && waited < NEVER_MS; waited += pauseMs) {
      await sleep(pauseMs);
      yield ' ';
    }
  }
  ctx.type = 'application/json';
  // A compressing middleware would hold the single bytes back.
  ctx.compress = false;
  ctx.body = Readable.from(bytes());
}

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

/**
 * `text` sent part by part at `megabytesPerSecond` (at once when not given), with its length in a header, or
 * without one (`sized: false`) as a compressing or generating server sends a file.
 */
function sendInParts(ctx, text, { megabytesPerSecond, sized }) {
  const bytes = Buffer.from(text);
  const pauseMs = megabytesPerSecond ? (PART_BYTES / 1e6 / megabytesPerSecond) * 1000 : 0;
  async function* parts() {
    for (let start = 0; start < bytes.length; start += PART_BYTES) {
      if (pauseMs) await sleep(pauseMs);
      yield bytes.subarray(start, start + PART_BYTES);
    }
  }
  ctx.type = 'application/json';
  ctx.body = Readable.from(parts());
  if (sized) ctx.length = bytes.length;
}

/**
 * `tests/fixtures/hostile/<name>.json` as it is, or else the text of the generator `<name>.mjs` (made on
 * first request and kept in memory).
 */
async function serveHostile(ctx, name) {
  if (!HOSTILE_NAME.test(name)) {
    ctx.status = 404;
    return;
  }
  let text = generated.get(name);
  if (text === undefined) {
    try {
      text = await readFile(new URL(`${name}.json`, HOSTILE), 'utf8');
    } catch {
      try {
        text = (await import(new URL(`${name}.mjs`, HOSTILE).href)).text();
      } catch {
        ctx.status = 404;
        return;
      }
      generated.set(name, text);
    }
  }
  ctx.type = 'application/json';
  ctx.body = text;
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
 * - `/test-catalogs/generated/5000.json` — a generated catalog of that many objections (up to 50,000);
 *   `?mbps=4` sends it at 4 MB/s, `?unsized` without a `Content-Length` (21,500 objections make 20 MB);
 *   `?prepare` makes it and answers 204 without it, for a test's `before()` hook (see {@link generatedCatalog})
 * - `/test-catalogs/slow/<fixture>.json?ms=500` — the same, answered late
 * - `/test-catalogs/status/404`, `/test-catalogs/status/500` — an HTTP error
 * - `/test-catalogs/not-json` — 200 with a truncated JSON body
 * - `/test-catalogs/web-page` — 200 with an HTML page, as a single-page app answers an unknown address
 * - `/test-catalogs/as-text` — tests/fixtures/minimal-catalog.json sent as `text/plain`
 * - `/test-catalogs/not-a-catalog` — JSON that is not a catalog
 * - `/test-catalogs/never` — no answer until the browser gives up
 * - `/test-catalogs/hostile/02-million-zeros.json` — a proof of concept from tests/fixtures/hostile/, the
 *   file of that name or the text its generator module makes
 * - `/test-catalogs/drip?ms=50` — the start of a catalog, then a byte every 50 ms, never the end
 */
export async function catalogServer(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  ctx.set('Cache-Control', 'no-store');
  const route = ctx.path.slice(PREFIX.length);
  if (route.startsWith('status/')) {
    const status = Number(route.slice('status/'.length));
    ctx.status = status >= 400 && status <= 599 ? status : 400;
    ctx.body = `Status ${ctx.status} on purpose`;
  } else if (route === 'web-page') {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = '<!doctype html><title>Our CRM</title><div id="app"></div>';
  } else if (route === 'as-text') {
    // A JSON catalog sent with a generic type, as many static servers do.
    await serveFixture(ctx, 'minimal-catalog.json');
    ctx.type = 'text/plain';
  } else if (route === 'not-a-catalog') {
    ctx.type = 'application/json';
    ctx.body = '{"objections": "none here", "colour": "blue"}';
  } else if (route === 'not-json') {
    ctx.type = 'application/json';
    ctx.body = '{"objections": [{"id": "cut-off", ';
  } else if (route === 'drip') {
    drip(ctx, Number(ctx.query.ms) || 50);
  } else if (route === 'never') {
    await delay(ctx, NEVER_MS);
    ctx.status = 504;
  } else if (route.startsWith('generated/')) {
    const size = Number(route.slice('generated/'.length).replace(/\.json$/, ''));
    if (Number.isInteger(size) && size > 0 && size <= MAX_GENERATED) {
      const text = generatedCatalog(size);
      if (ctx.query.prepare !== undefined) {
        ctx.status = 204;
        return;
      }
      const megabytesPerSecond = Number(ctx.query.mbps) || undefined;
      const sized = ctx.query.unsized === undefined;
      if (megabytesPerSecond || !sized) {
        sendInParts(ctx, text, { megabytesPerSecond, sized });
      } else {
        ctx.type = 'application/json';
        ctx.body = text;
      }
    } else {
      ctx.status = 404;
    }
  } else if (route.startsWith('hostile/')) {
    await serveHostile(ctx, route.slice('hostile/'.length).replace(/\.json$/, ''));
  } else if (route.startsWith('slow/')) {
    await delay(ctx, Math.min(Number(ctx.query.ms) || 500, 5000));
    await serveFixture(ctx, route.slice('slow/'.length));
  } else {
    await serveFixture(ctx, route);
  }
}
