import type { Catalog, Category, MergedCatalog, Objection } from '../core/index.js';

/**
 * Objections per message of a hand-off. Receiving a message holds the main thread while its objections are
 * deserialised (about 27 µs per objection of the benchmark's catalogs on a 2-core machine): 200 keep each
 * message to a few milliseconds, where a 10,000-objection catalog in one message took 270 ms.
 */
export const HAND_OFF_PART_SIZE = 200;

/** The catalogs a search engine has loaded: what another engine needs to take over from it. */
export interface EngineSnapshot {
  readonly src: Catalog | undefined;
  readonly catalog: Catalog | undefined;
  readonly merged: MergedCatalog;
}

/** A catalog whose objections are given by their index in the merged objections where they are the same object. */
export interface CatalogByReference extends Omit<Catalog, 'objections'> {
  readonly objections: ReadonlyArray<number | Objection>;
}

/** One part of a hand-off: the next objections of the merged catalog. */
export interface HandOffPart {
  readonly kind: 'handoff-part';
  /** The load the catalogs are the outcome of. */
  readonly id: number;
  readonly objections: readonly Objection[];
}

/**
 * The last part of a hand-off, after the {@link HandOffPart}s: the worker gives the main thread the catalogs it
 * loaded, for the main thread to index and search them itself.
 */
export interface HandOffEnd {
  readonly kind: 'handoff-end';
  readonly id: number;
  readonly objections: readonly Objection[];
  readonly categories: readonly Category[];
  readonly src: CatalogByReference | undefined;
  readonly catalog: CatalogByReference | undefined;
}

export type HandOffMessage = HandOffPart | HandOffEnd;

/**
 * Sent by the main thread for each part it received: the worker posts the next one. Paced so, a hand-off is a
 * task of a few milliseconds now and then on the main thread; posted at once, its parts would queue up ahead
 * of timers and rendering for a few hundred milliseconds.
 */
export interface HandOffNext {
  readonly kind: 'handoff-next';
  readonly id: number;
}

/**
 * The messages that carry `snapshot` from the worker, in order: parts of at most `partSize` merged objections,
 * then the end; each is posted on the main thread's {@link HandOffNext}. The `src` and `catalog` catalogs refer to the merged objections they share with it, so no
 * objection is copied twice.
 */
export function handOffMessages(id: number, snapshot: EngineSnapshot, partSize = HAND_OFF_PART_SIZE): HandOffMessage[] {
  const { merged } = snapshot;
  const indexOf = new Map(merged.objections.map((objection, index) => [objection, index]));
  const byReference = (catalog: Catalog | undefined): CatalogByReference | undefined =>
    catalog && { ...catalog, objections: catalog.objections.map((objection) => indexOf.get(objection) ?? objection) };
  const messages: HandOffMessage[] = [];
  let start = 0;
  for (; start + partSize < merged.objections.length; start += partSize) {
    messages.push({ kind: 'handoff-part', id, objections: merged.objections.slice(start, start + partSize) });
  }
  messages.push({
    kind: 'handoff-end',
    id,
    objections: merged.objections.slice(start),
    categories: merged.categories,
    src: byReference(snapshot.src),
    catalog: byReference(snapshot.catalog),
  });
  return messages;
}

/** Puts a hand-off back together on the main thread, one message at a time. */
export class HandOffReceiver {
  #id: number | undefined;
  #objections: Objection[] = [];

  /**
   * Takes the next message of the hand-off for load `id`; a message of another load drops what was received.
   * Returns the snapshot with the end, else `undefined`.
   */
  receive(message: HandOffMessage): EngineSnapshot | undefined {
    if (message.id !== this.#id) {
      this.#id = message.id;
      this.#objections = [];
    }
    for (const objection of message.objections) this.#objections.push(objection);
    if (message.kind === 'handoff-part') return undefined;
    const objections = this.#objections;
    this.reset();
    const resolve = (catalog: CatalogByReference | undefined): Catalog | undefined =>
      catalog && {
        ...catalog,
        objections: catalog.objections.map((objection) => (typeof objection === 'number' ? objections[objection]! : objection)),
      };
    return {
      src: resolve(message.src),
      catalog: resolve(message.catalog),
      merged: { categories: message.categories, objections },
    };
  }

  /** Drops what was received. */
  reset(): void {
    this.#id = undefined;
    this.#objections = [];
  }
}
