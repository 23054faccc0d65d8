import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckConsumer } from './consumer-type-check.js';
import { ROOT, packedConsumer, type PackedConsumer } from './packed-consumer.js';

// Issue 13, point 3: under node16 and nodenext the declarations failed (a JSON import in a .d.ts), and only
// `skipLibCheck` hid it. A consumer project type-checks against the packed package as an integrator's would.

const SETTINGS = [
  { moduleResolution: 'bundler', module: 'esnext' },
  { moduleResolution: 'node16', module: 'node16' },
  { moduleResolution: 'nodenext', module: 'nodenext' },
] as const;

/**
 * How long type-checking one consumer program may take. With skipLibCheck off it checks lib.dom.d.ts, React's,
 * Vue's and @babel/types' declarations with the package's: 3 to 7.5 s of CPU a program (the most for the first,
 * which parses the declarations the others reuse), which is its time on an idle machine; 8 to 40 s on the 2-core
 * machine at load average 11 to 22. Twice the slowest seen.
 */
const PROGRAM_MS = 80_000;

/** What a consumer's tsconfig.json has under `moduleResolution` (with the `module` that goes with it). */
function compilerOptions({ moduleResolution, module }: (typeof SETTINGS)[number]): Record<string, unknown> {
  return {
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
}

/**
 * The package's entries that type the element: every one with types but the core's. Issue 13: the declarations
 * of `objection-desk/element` did not bring the events' `HTMLElementEventMap` entries, those of the others did.
 */
const ELEMENT_ENTRIES = Object.entries((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports)
  .filter(([name, target]) => name !== './core' && typeof target === 'object' && target !== null && 'types' in target)
  .map(([name]) => `objection-desk${name.slice(1)}`);

/** A module that imports only `entry` and listens to the element's events on any element, reading their details. */
const listenerOf = (entry: string) => `import type {} from '${entry}';

document.body.addEventListener('objection-select', (event) => console.log(event.detail.id.length));
document.body.addEventListener('reply-copy', (event) => console.log(event.detail.text.length, event.detail.copied === true));
document.body.addEventListener('catalog-error', (event) => console.log(event.detail.problems.length));
`;

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
    'type-checks the core, the element, its events, the drop-in, React and Vue with strict and no skipLibCheck under moduleResolution $moduleResolution',
    (setting) => {
      const config = { compilerOptions: compilerOptions(setting), include: ['src/**/*.ts', 'src/**/*.tsx'] };
      expect(typeCheckConsumer(config, consumer.dir)).toBe('');
    },
    PROGRAM_MS,
  );

  it('types the details of the events in a module that imports any one entry that types the element, and that one only', () => {
    expect(ELEMENT_ENTRIES).toEqual(expect.arrayContaining(['objection-desk', 'objection-desk/element', 'objection-desk/define', 'objection-desk/vue']));
    // A program of its own for each entry: in one program, one entry's global declarations would serve every file.
    const reports = ELEMENT_ENTRIES.map((entry, index) => {
      const dir = join(consumer.dir, `entry-${index}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'listener.ts'), listenerOf(entry));
      // The declarations themselves are checked above: here only whether the entry brings the events' types.
      const options = { ...compilerOptions(SETTINGS[2]), skipLibCheck: true };
      return `${entry}: ${typeCheckConsumer({ compilerOptions: options, files: ['listener.ts'] }, dir)}`;
    });
    expect(reports).toEqual(ELEMENT_ENTRIES.map((entry) => `${entry}: `));
  }, PROGRAM_MS); // Run alone, its first program parses the declarations the others reuse.

  it('is required from a CommonJS script in Node (an ES module package; Node 20.19 and later load it)', () => {
    const output = execFileSync(process.execPath, [join(consumer.dir, 'src/node-require.cjs')], { cwd: consumer.dir, encoding: 'utf8' });
    expect(output).toBe('expensive');
  });
});
