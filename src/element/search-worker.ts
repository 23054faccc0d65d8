import { SearchEngine, type EngineRequest, type EngineResponse, type WorkerReady } from './search-engine.js';

/** What this module uses of the worker's global scope (the project compiles against the DOM lib, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
  postMessage(message: EngineResponse | WorkerReady): void;
}

const scope = globalThis as unknown as WorkerScope;
const engine = new SearchEngine();

scope.addEventListener('message', (event) => {
  void engine.handle(event.data).then((response) => scope.postMessage(response));
});
scope.postMessage({ kind: 'ready' });
