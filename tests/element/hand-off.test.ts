import { describe, expect, it } from 'vitest';
import { builtinCatalog, mergeCatalogs, validateCatalog, type CatalogInput } from '../../src/core/index.js';
import { HandOffReceiver, handOffMessages, type EngineSnapshot, type HandOffMessage } from '../../src/element/hand-off.js';

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

/** What the main thread receives: each message through a structured clone, as `postMessage` makes one. */
function receiveAll(receiver: HandOffReceiver, messages: readonly HandOffMessage[]): EngineSnapshot | undefined {
  let snapshot: EngineSnapshot | undefined;
  for (const message of messages) snapshot = receiver.receive(structuredClone(message));
  return snapshot;
}

describe('handOffMessages', () => {
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
  const snapshot: EngineSnapshot = { src, catalog: property, merged: mergeCatalogs([builtinCatalog(), src, property]) };

  it('carries the merged objections in parts of at most the given size, then an end', () => {
    const messages = handOffMessages(7, snapshot, 10);
    const total = snapshot.merged.objections.length;
    expect(messages.map((message) => message.kind)).toEqual([
      ...Array<string>(Math.ceil(total / 10) - 1).fill('handoff-part'),
      'handoff-end',
    ]);
    expect(messages.every((message) => message.id === 7 && message.objections.length <= 10)).toBe(true);
    expect(messages.flatMap((message) => message.objections)).toEqual(snapshot.merged.objections);
  });

  it('puts the catalogs back together on the other side, the src and catalog objections as the merged ones', () => {
    const received = receiveAll(new HandOffReceiver(), handOffMessages(7, snapshot, 10))!;
    expect(received).toEqual(snapshot);
    const merged = received.merged.objections;
    expect(received.src!.objections.filter((objection) => merged.includes(objection))).toHaveLength(src.objections.length - 1);
    expect(received.catalog!.objections.every((objection) => merged.includes(objection))).toBe(true);
  });

  it('sends each objection the catalogs share with the merged catalog once', () => {
    const end = handOffMessages(7, snapshot, 10).at(-1)!;
    if (end.kind !== 'handoff-end') throw new Error('no end');
    // Only the src objection that the catalog property replaced is not in the merged catalog.
    expect(end.src!.objections.filter((objection) => typeof objection !== 'number').map((objection) => objection.id)).toEqual(['src-3']);
    expect(end.catalog!.objections.every((objection) => typeof objection === 'number')).toBe(true);
  });

  it('keeps absent catalogs absent and a catalog that fits one part in one message', () => {
    const builtinOnly: EngineSnapshot = { src: undefined, catalog: undefined, merged: mergeCatalogs([builtinCatalog()]) };
    const messages = handOffMessages(2, builtinOnly);
    expect(messages).toHaveLength(1);
    expect(receiveAll(new HandOffReceiver(), messages)).toEqual(builtinOnly);
  });
});

describe('HandOffReceiver', () => {
  it('drops the parts of a hand-off when one of a newer load comes', () => {
    const older = handOffMessages(1, { src: undefined, catalog: undefined, merged: mergeCatalogs([catalogOf('old', 30, 'old')]) }, 10);
    const newer: EngineSnapshot = { src: undefined, catalog: undefined, merged: mergeCatalogs([catalogOf('new', 25, 'new')]) };
    const receiver = new HandOffReceiver();
    expect(receiveAll(receiver, older.slice(0, 2))).toBeUndefined();
    expect(receiveAll(receiver, handOffMessages(2, newer, 10))).toEqual(newer);
  });
});
