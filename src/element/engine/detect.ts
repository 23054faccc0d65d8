import { detectObjections } from '../../core/detect.js';
import { prepareDetection } from '../../core/detect-phrases.js';
import type { ObjectionSearch } from '../../core/search.js';
import type { DetectRequest, DetectedResponse } from './engine-protocol.js';

// The transcript detector, a chunk of the engine's own (`objection-desk-detect-*.js`): loaded with the first
// line `hear()` is given, never by a page that does not use it.

/** Answers `request` from the catalogs of `search`: their phrase table is built by the first request. */
export function detectLine({ id, text, locale }: DetectRequest, search: ObjectionSearch): DetectedResponse {
  prepareDetection(search);
  const { objections } = search.catalog;
  const detected = detectObjections(search, text, { locale }).map((detection) => ({
    ...detection,
    title: objections.find((objection) => objection.id === detection.id)!.title,
  }));
  return { kind: 'detected', id, detected };
}
