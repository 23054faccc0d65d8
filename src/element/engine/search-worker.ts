import { handOff } from './hand-off.js';
import type { EngineRequest, WorkerMessage } from './engine-protocol.js';
import { SearchEngine, type StepRunner } from './search-engine.js';

/** What this module uses of the worker's global scope (the project compiles against the DOM lib, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

/**
 * Off the main thread, steps run in one go, two tasks later: the search sent with a load waits one task (see
 * `SearchEngine`), so it is answered from the catalogs' list before the index is built. Progress is reported at
 * each whole percent.
 */
const runAtOnce: StepRunner = (steps, wanted, report) =>
  new Promise((resolve, reject) => {
    setTimeout(() =>
      setTimeout(() => {
        try {
          let reported = -1;
          for (let step = steps.next(); !step.done && wanted(); step = steps.next()) {
            const percent = Math.floor(step.value * 100);
            if (percent > reported) report?.(step.value);
            reported = Math.max(reported, percent);
          }
          resolve(wanted());
        } catch (error) {
          reject(error);
        }
      }),
    );
  });

const engine = new SearchEngine({ run: runAtOnce, report: (progress) => scope.postMessage(progress), indexOnSearchMax: Infinity });

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
