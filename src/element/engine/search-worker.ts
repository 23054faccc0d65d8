import type { ObjectionSearch } from '../../core/index.js';
import { handOff } from './hand-off.js';
import type { EngineRequest, WorkerMessage } from './engine-protocol.js';
import { SearchEngine } from './search-engine.js';

/** What this module uses of the worker's global scope (the project compiles against the DOM lib, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

/**
 * Off the main thread, an index is built in one go, after the catalogs' list: the search sent with a load waits
 * one task (see `SearchEngine`), so the build waits two.
 */
const indexAtOnce = (search: ObjectionSearch, isCurrent: () => boolean) =>
  new Promise<boolean>((resolve) => {
    setTimeout(() =>
      setTimeout(() => {
        if (isCurrent()) search.prepare();
        resolve(isCurrent());
      }),
    );
  });

const scope = globalThis as unknown as WorkerScope;
const engine = new SearchEngine(indexAtOnce);

scope.addEventListener('message', (event) => {
  const request = event.data;
  void engine.handle(request).then((response) => {
    scope.postMessage(response);
    if (request.kind !== 'load' || response.kind !== 'loaded' || request.handOffUpTo === undefined) return;
    if (response.objectionCount > request.handOffUpTo) return;
    // After the answer, so the catalogs are listed before the main thread spends time taking them over.
    const snapshot = engine.snapshot(request.id);
    if (!snapshot) return;
    const message = handOff(request.id, snapshot);
    scope.postMessage(message, [message.bytes]);
  });
});
scope.postMessage({ kind: 'ready' });
