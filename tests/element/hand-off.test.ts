import { describe, expect, it } from 'vitest';
import { builtinCatalog, mergeCatalogs, validateCatalog, type CatalogInput } from '../../src/core/index.js';
import { handOff, readHandOff, type EngineSnapshot, type HandOff } from '../../src/element/engine/hand-off.js';

/** A catalog of `count` objections with ids `${prefix}-0`…, in English. */
function catalogOf(prefix: string, count: number, source: string) {
  const input: CatalogInput = {
    locale: 'en',
    objections: Array.from({ length: count }, (_, i) => ({
      id: `${prefix}-${i}`,
      title: `${prefix} ${i}`,
      triggers: [`the ${prefix} number ${i}`],
      replies: [{ text: `Reply to ${prefix} ${i}.` }],
    })),
  };
  return validateCatalog(input, source).catalog;
}

/** What the main thread does with a hand-off: every step of reading it; returns the catalogs and the steps. */
function read(message: HandOff): { snapshot: EngineSnapshot; steps: number } {
  const reading = readHandOff(message);
  for (let steps = 0; ; steps += 1) {
    const next = reading.next();
    if (next.done) return { snapshot: next.value, steps };
  }
}

describe('handOff', () => {
  const src = catalogOf('src', 23, 'https://crm.example/objections.json');
  // The catalog property replaces one src objection and adds one.
  const property = validateCatalog(
    {
      locale: 'en',
      objections: [
        { id: 'src-3', title: 'Replaced', triggers: ['replaced'], replies: [{ text: 'Replaced.' }] },
        { id: 'own', title: 'Own', triggers: ['own'], replies: [{ text: 'Own.' }] },
      ],
    },
    'catalog',
  ).catalog;
  // What the engine reported of them goes along, for the main thread's engine to tell a change of their problems.
  const reports = {
    own: [{ problems: [], omitted: { error: 0, warning: 0 } }],
    sent: ['{"problems":[]}'],
    written: [{ scripts: [{ id: 'call' }] }],
    builtin: true,
  };
  const snapshot: EngineSnapshot = { src, catalog: property, merged: mergeCatalogs([builtinCatalog(), src, property]), reports };

  it('puts the catalogs back together on the main thread, after a structured clone with the bytes transferred', () => {
    const message = handOff(7, snapshot, 10);
    const received = structuredClone(message, { transfer: [message.bytes] });
    expect(message.bytes.byteLength, 'the worker keeps no copy').toBe(0);
    expect(received.id).toBe(7);
    expect(read(received).snapshot).toEqual(snapshot);
  });

  it('reads the merged objections a part of at most the given size per step', () => {
    const total = snapshot.merged.objections.length;
    expect(read(handOff(7, snapshot, 10)).steps).toBe(Math.ceil(total / 10));
    expect(read(handOff(7, snapshot, total)).steps).toBe(1);
  });

  it('gives the src and catalog catalogs the very objects of the merged catalog they share with it', () => {
    const { snapshot: received } = read(handOff(7, snapshot, 10));
    const merged = received.merged.objections;
    const shared = (objections: readonly unknown[]) => objections.filter((objection) => merged.includes(objection as never)).length;
    // Only the src objection that the catalog property replaced is not in the merged catalog.
    expect(shared(received.src!.objections)).toBe(src.objections.length - 1);
    expect(shared(received.catalog!.objections)).toBe(property.objections.length);
  });

  it('sends each objection the catalogs share with the merged catalog once', () => {
    const alone = handOff(1, { src: undefined, catalog: undefined, merged: snapshot.merged, reports }, 10);
    const withCatalogs = handOff(1, snapshot, 10);
    const replaced = JSON.stringify(src.objections[3]).length;
    expect(withCatalogs.bytes.byteLength - alone.bytes.byteLength).toBeLessThan(replaced + 2_000);
  });

  it('keeps absent catalogs absent', () => {
    const builtinOnly: EngineSnapshot = { src: undefined, catalog: undefined, merged: mergeCatalogs([builtinCatalog()]), reports: {} };
    expect(read(handOff(2, builtinOnly)).snapshot).toEqual(builtinOnly);
  });
});
