import type { ObjectionSearch } from '../core/index.js';
import { handOffMessages, type HandOffMessage, type HandOffNext } from './hand-off.js';
import { SearchEngine, type EngineRequest, type WorkerMessage } from './search-engine.js';

/** What this module uses of the worker's global scope (the project compiles against the DOM lib, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest | HandOffNext>) => void): void;
  postMessage(message: WorkerMessage): void;
}

/** The hand-off under way: its messages not posted yet, and what to resume once they are. */
let handOff: { readonly id: number; readonly messages: HandOffMessage[]; readonly done: () => void } | undefined;
/** Resolves once the hand-off under way is over (posted, or replaced by a newer load). */
let handOffPosted: Promise<void> = Promise.resolve();

/**
 * Off the main thread, an index is built in one go: after the catalogs' list (the search sent with a load
 * waits one task, see `SearchEngine`, so this waits two), and after a hand-off, which the build would hold up.
 */
const indexAtOnce = (search: ObjectionSearch, isCurrent: () => boolean) =>
  new Promise<boolean>((resolve) => {
    setTimeout(() =>
      setTimeout(() => {
        void handOffPosted.then(() => {
          if (isCurrent()) search.prepare();
          resolve(isCurrent());
        });
      }),
    );
  });

const scope = globalThis as unknown as WorkerScope;
const engine = new SearchEngine(indexAtOnce);

function postNextPart(): void {
  const message = handOff?.messages.shift();
  if (!message) return;
  scope.postMessage(message);
  if (message.kind === 'handoff-end') endHandOff();
}

function endHandOff(): void {
  handOff?.done();
  handOff = undefined;
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.kind === 'handoff-next') {
    if (request.id === handOff?.id) postNextPart();
    return;
  }
  // Catalogs being handed over are out of date once another load comes.
  if (request.kind === 'load') endHandOff();
  void engine.handle(request).then((response) => {
    scope.postMessage(response);
    if (request.kind !== 'load' || response.kind !== 'loaded' || request.handOffUpTo === undefined) return;
    if (response.objectionCount > request.handOffUpTo) return;
    const snapshot = engine.snapshot(request.id);
    if (!snapshot) return;
    // After the answer, so the catalogs are listed before the main thread spends time receiving them.
    let done!: () => void;
    handOffPosted = new Promise((resolve) => (done = resolve));
    handOff = { id: request.id, messages: handOffMessages(request.id, snapshot), done };
    postNextPart();
  });
});
scope.postMessage({ kind: 'ready' });
