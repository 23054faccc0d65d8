import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, packedConsumer, type PackedConsumer } from './packed-consumer.js';

// Issue 13, point 3: under node16 and nodenext the declarations failed (a JSON import in a .d.ts), and only
// `skipLibCheck` hid it. A consumer project type-checks against the packed package as an integrator's would.

const TSC = join(ROOT, 'node_modules/typescript/lib/tsc.js');
const SETTINGS = [
  { moduleResolution: 'bundler', module: 'esnext' },
  { moduleResolution: 'node16', module: 'node16' },
  { moduleResolution: 'nodenext', module: 'nodenext' },
] as const;

describe('the packed package in a consumer project', () => {
  let consumer: PackedConsumer;

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/index.js'))) expect.fail('dist/ is missing: run `npm run build` first (`npm test` does).');
    consumer = packedConsumer();
    cpSync(join(ROOT, 'tests/package/consumer'), join(consumer.dir, 'src'), { recursive: true });
    cpSync(join(ROOT, 'tests/frameworks/react/main.tsx'), join(consumer.dir, 'src/react-app.tsx'));
  });

  afterAll(() => consumer?.remove());

  it.each(SETTINGS)(
    'type-checks the core, the element, its events, the drop-in and React with strict and no skipLibCheck under moduleResolution $moduleResolution',
    async ({ moduleResolution, module }) => {
      const config = join(consumer.dir, `tsconfig.${moduleResolution}.json`);
      const compilerOptions = {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module,
        moduleResolution,
        strict: true,
        skipLibCheck: false,
        // An import of an entry that has no types is an error too, not only one whose names are used.
        noUncheckedSideEffectImports: true,
        jsx: 'react-jsx',
        // Only what the consumer imports: not every @types package the repository has.
        types: [],
        noEmit: true,
      };
      writeFileSync(config, JSON.stringify({ compilerOptions, include: ['src/**/*.ts', 'src/**/*.tsx'] }));
      const { stdout } = await promisify(execFile)(process.execPath, [TSC, '-p', config], { cwd: consumer.dir }).catch(
        (error: { stdout: string }) => ({ stdout: error.stdout }),
      );
      expect(stdout).toBe('');
    },
  );

  it('is required from a CommonJS script in Node (an ES module package; Node 20.19 and later load it)', () => {
    const output = execFileSync(process.execPath, [join(consumer.dir, 'src/node-require.cjs')], { cwd: consumer.dir, encoding: 'utf8' });
    expect(output).toBe('expensive');
  });
});
