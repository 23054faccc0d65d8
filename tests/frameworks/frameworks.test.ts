import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../bench/lib/server.mjs';
import { copyIntoConsumer, packedConsumer, typeCheck, type PackedConsumer } from '../package/packed-consumer.js';

// Issue 13, point 4: React and Vue apps, built by Vite against the packed package as an integrator's app would
// be, then driven in Chromium.

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/** Builds the app of tests/frameworks/<name> inside the consumer project, with its own vite.config.ts if it has one. */
async function buildApp(consumer: PackedConsumer, name: string): Promise<void> {
  const root = copyIntoConsumer(consumer, `tests/frameworks/${name}`, name);
  await build({ root, base: './', logLevel: 'error', build: { outDir: 'dist' } });
}

/** Finds "дорого" by its wrong-layout spelling, opens it with Enter and copies its first reply with Enter. */
async function copyFirstReply(page: Page, desk: string, query: string, title: RegExp): Promise<void> {
  const input = page.locator(`${desk} input`).first();
  await input.fill(query);
  await page.locator(`${desk} [role="option"]`).first().filter({ hasText: title }).waitFor();
  await input.press('Enter');
  await page.locator(`${desk} [part~="copy-button"]`).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * The text an app's handler wrote into `output`, once it has: the app renders what its handler received in a
 * later frame (React batches the state update), so the output is read when it is filled, not at once.
 */
async function textIn(page: Page, output: string): Promise<string> {
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent !== '', output);
  return (await page.locator(output).textContent())!;
}

/**
 * What Vue's template type-checker (vue-tsc: tsc does not read .vue files) reports for the Vue app, with the
 * deliberate mistakes of tests/frameworks/vue-type-errors checked in the same program: one diagnostic a line,
 * its file relative to the app. The app's own tsconfig.json is what an integrator's would be.
 */
async function vueTemplateErrors(consumer: PackedConsumer): Promise<string[]> {
  copyIntoConsumer(consumer, 'tests/frameworks/vue-type-errors', 'vue-type-errors');
  const app = join(consumer.dir, 'vue');
  const config = { extends: './tsconfig.json', include: ['main.ts', '*.vue', '../vue-type-errors/*.vue'] };
  writeFileSync(join(app, 'tsconfig.with-errors.json'), JSON.stringify(config));
  const report = await typeCheck('vue-tsc/bin/vue-tsc.js', 'tsconfig.with-errors.json', app);
  return report.split('\n').filter((line) => line.trim() !== '');
}

async function detailIn(page: Page, output: string): Promise<Record<string, unknown>> {
  return JSON.parse(await textIn(page, output)) as Record<string, unknown>;
}

describe('the packed package in framework apps built with Vite', () => {
  let consumer: PackedConsumer;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    consumer = packedConsumer();
    // A production build, as an integrator ships it (vitest runs with NODE_ENV=test, which Vite would follow).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await buildApp(consumer, 'react');
      await buildApp(consumer, 'vue');
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    server = await startServer(consumer.dir);
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    // A step that does not come fails with Playwright's message, well before the test's own bound.
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    consumer?.remove();
  });

  it('React: the objection-desk/react component renders, finds "expensive" for "ljhjuj" and hands onReplyCopy the copied reply', async () => {
    await page.goto(`${server.origin}/react/dist/index.html`);
    await copyFirstReply(page, '#wrapped', 'ljhjuj', /Дорого/);
    expect(await textIn(page, '#wrapped-selected')).toBe('expensive');
    const detail = await detailIn(page, '#wrapped-copied');
    expect(detail).toMatchObject({ objectionId: 'expensive', copied: true });
    expect(detail.text).toMatch(/^Анна, /);
  });

  it('React 19: the plain <objection-desk> tag takes its context as a property and its event as onreply-copy', async () => {
    await copyFirstReply(page, '#plain', 'expensive', /expensive/i);
    const detail = await detailIn(page, '#plain-copied');
    expect(detail).toMatchObject({ objectionId: 'expensive', copied: true });
    expect(detail.text).toMatch(/^Anna, /);
  });

  it('Vue 3: objection-desk/vue types the template: the app type-checks with vue-tsc, and a wrong prop or detail is an error', async () => {
    const errors = await vueTemplateErrors(consumer);
    expect(errors).toEqual([
      expect.stringMatching(/^\.\.\/vue-type-errors\/WrongUse\.vue\(8,\d+\): error TS2322: Type 'string' is not assignable to type 'number'\.$/),
      expect.stringMatching(/^\.\.\/vue-type-errors\/WrongUse\.vue\(9,\d+\): error TS2322: Type '"blue"' is not assignable to type '.*"dark".*'\.$/),
      expect.stringMatching(/^\.\.\/vue-type-errors\/WrongUse\.vue\(10,\d+\): error TS2339: Property 'title' does not exist on type 'ObjectionSelectDetail'\.$/),
    ]);
  });

  it('Vue 3: <objection-desk> as a custom element renders, finds "expensive" for "ljhjuj" and hands @objection-select and @reply-copy their details', async () => {
    await page.goto(`${server.origin}/vue/dist/index.html`);
    await copyFirstReply(page, 'objection-desk', 'ljhjuj', /Дорого/);
    expect(await textIn(page, '#selected')).toBe('expensive');
    const detail = await detailIn(page, '#copied');
    expect(detail).toMatchObject({ objectionId: 'expensive', copied: true });
    expect(detail.text).toMatch(/^Анна, /);
  });
});
