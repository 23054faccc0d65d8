import { detectObjections } from '../../core/detect.js';
import { prepareDetection } from '../../core/detect-phrases.js';
import type { ObjectionSearch } from '../../core/search.js';
import type { Objection } from '../../core/types.js';
import type { DetectRequest, DetectedResponse } from './engine-protocol.js';

// The transcript detector, a chunk of the engine's own (`objection-desk-detect-*.js`): loaded with the first
// line `hear()` is given, never by a page that does not use it.

/**
 * Answers `request` from the catalogs of `search`, whose objections `objectionOf` finds by id: their phrase table is
 * built by the first request.
 */
export function detectLine({ id, text, locale }: DetectRequest, search: ObjectionSearch, objectionOf: (id: string) => Objection): DetectedResponse {
  prepareDetection(search);
  const detected = detectObjections(search, text, { locale }).map((detection) => ({ ...detection, title: objectionOf(detection.id).title }));
  return { kind: 'detected', id, detected };
}
