import type { Catalog, Category, MergedCatalog, Objection } from '../../core/index.js';
import type { ScriptReports } from './script-lookup.js';

/** The catalogs a search engine has loaded: what another engine needs to take over from it. */
export interface EngineSnapshot {
  readonly src: Catalog | undefined;
  readonly catalog: Catalog | undefined;
  readonly merged: MergedCatalog;
  /** What was reported of `src` and `catalog`, for the next load to report a change of their scripts' problems. */
  readonly reports: ScriptReports;
}

/**
 * Objections per part of a hand-off, which the main thread parses in one step: 200 of the benchmark's
 * objections are about 470 KB of JSON, a few milliseconds.
 */
export const HAND_OFF_PART_SIZE = 200;

/** A catalog whose objections are given by their index in the merged objections where they are the same object. */
interface CatalogByReference extends Omit<Catalog, 'objections'> {
  readonly objections: ReadonlyArray<number | Objection>;
}

/** The last part of a hand-off, after the parts of merged objections. */
interface HandOffEnd {
  readonly categories: readonly Category[];
  readonly scripts: MergedCatalog['scripts'];
  readonly src: CatalogByReference | null;
  readonly catalog: CatalogByReference | null;
  readonly reports: ScriptReports;
}

/**
 * Posted by the worker after its answer to a load whose merged catalog is small enough: the catalogs, for the
 * main thread to index and search itself. They travel as JSON in one transferred buffer, so receiving the
 * message costs nothing; the main thread parses it a part at a time, between frames. (A structured clone of a
 * 10,000-objection catalog held the main thread for 270 ms in one message; as 50 messages they came in a burst
 * that kept timers waiting for 190 ms, or, paced by the main thread, waited for the worker's own work.)
 */
export interface HandOff {
  readonly kind: 'handoff';
  /** The load the catalogs are the outcome of. */
  readonly id: number;
  /** UTF-8 JSON: each part of at most {@link HAND_OFF_PART_SIZE} merged objections, then a {@link HandOffEnd}. */
  readonly bytes: ArrayBuffer;
  /** Where each part ends in `bytes`. */
  readonly ends: readonly number[];
}

/**
 * Encodes `snapshot` for the main thread (post it with `bytes` transferred). The `src` and `catalog` catalogs
 * refer to the merged objections they share with it, so no objection is sent twice.
 */
export function handOff(id: number, snapshot: EngineSnapshot, partSize = HAND_OFF_PART_SIZE): HandOff {
  const { merged } = snapshot;
  const indexOf = new Map(merged.objections.map((objection, index) => [objection, index]));
  const byReference = (catalog: Catalog | undefined): CatalogByReference | null =>
    catalog ? { ...catalog, objections: catalog.objections.map((objection) => indexOf.get(objection) ?? objection) } : null;
  const texts: string[] = [];
  for (let start = 0; start < merged.objections.length; start += partSize) {
    texts.push(JSON.stringify(merged.objections.slice(start, start + partSize)));
  }
  const end: HandOffEnd = { categories: merged.categories, scripts: merged.scripts, src: byReference(snapshot.src), catalog: byReference(snapshot.catalog), reports: snapshot.reports };
  texts.push(JSON.stringify(end));
  const encoder = new TextEncoder();
  const encoded = texts.map((text) => encoder.encode(text));
  const bytes = new Uint8Array(encoded.reduce((sum, part) => sum + part.length, 0));
  const ends: number[] = [];
  let offset = 0;
  for (const part of encoded) {
    bytes.set(part, offset);
    offset += part.length;
    ends.push(offset);
  }
  return { kind: 'handoff', id, bytes: bytes.buffer, ends };
}

/** Decodes a {@link HandOff} one part per step; returns the catalogs at the end. */
export function* readHandOff({ bytes, ends }: HandOff): Generator<void, EngineSnapshot, undefined> {
  const decoder = new TextDecoder();
  const part = (index: number): unknown => {
    const start = index === 0 ? 0 : ends[index - 1]!;
    return JSON.parse(decoder.decode(new Uint8Array(bytes, start, ends[index]! - start)));
  };
  const objections: Objection[] = [];
  for (let index = 0; index < ends.length - 1; index += 1) {
    for (const objection of part(index) as Objection[]) objections.push(objection);
    yield;
  }
  const end = part(ends.length - 1) as HandOffEnd;
  const resolve = (catalog: CatalogByReference | null): Catalog | undefined =>
    catalog
      ? { ...catalog, objections: catalog.objections.map((objection) => (typeof objection === 'number' ? objections[objection]! : objection)) }
      : undefined;
  return { src: resolve(end.src), catalog: resolve(end.catalog), merged: { categories: end.categories, objections, scripts: end.scripts }, reports: end.reports };
}
