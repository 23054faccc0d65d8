import type { CatalogInput } from '../../core/index.js';
import type { LoadRequest } from './engine-protocol.js';
import type { SearchClient } from './search-client.js';

/**
 * Sends a load to the engine. A structured clone refuses some objects, such as a framework's reactive proxies; their
 * JSON is the same catalog, sent instead. A catalog with no JSON form either (a cycle, a BigInt) is sent as none, after
 * `uncopyable` is called.
 */
export function sendLoad(client: SearchClient, request: LoadRequest, uncopyable: () => void): void {
  try {
    client.send(request);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'DataCloneError') || !request.catalog) throw error;
    const copy = jsonCopy(request.catalog);
    if (copy === undefined) uncopyable();
    client.send({ ...request, catalog: copy ?? null });
  }
}

/** `value` through JSON, or `undefined` when it has no JSON form. */
function jsonCopy(value: CatalogInput): CatalogInput | undefined {
  try {
    return JSON.parse(JSON.stringify(value)) as CatalogInput;
  } catch {
    return undefined;
  }
}
