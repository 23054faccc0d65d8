import { logRecordsText, type LogRecord } from '../core/call-log.js';

// The local call log, a chunk of its own (`objection-desk-call-log-*.js`): loaded with the first record, or by
// `exportLog()`. Records are kept in this browser's IndexedDB, shared by the widgets of the site; where storage is
// refused or missing the log is silently off (the events still tell the page everything).

/** The IndexedDB database of the log, and its object store. */
export const LOG_DATABASE = 'objection-desk';
export const LOG_STORE = 'log';
/** The most records kept: each write drops the oldest beyond it. */
export const LOG_LIMIT = 10_000;
/** The longest a record waits for the browser to be idle before it is written, in ms. */
const WRITE_MAX_DELAY_MS = 1000;

/** A reply's marks in the log: how many times it was marked, and how many of those as worked. */
export interface ReplyRate {
  readonly worked: number;
  readonly count: number;
}

let database: Promise<IDBDatabase | undefined> | undefined;
/** The log's database once open, for the page's last moment. */
let connection: IDBDatabase | undefined;
/** Records not written yet, oldest first. */
let pending: LogRecord[] = [];
/** The write waiting for idle time, until it starts. */
let scheduled: Promise<void> | undefined;
/** The marks of every reply in the log, by `objectionId/replyId` (as `replyKey` names it), once {@link replyRates} has read them. */
let rates: Map<string, ReplyRate> | undefined;

// Records still waiting for idle time when the page goes (a reload, a closed tab) are written at once, in the event
// itself (no promise step: the page may be gone after it), on the connection opened with the first record.
addEventListener('pagehide', () => {
  if (!connection || pending.length === 0) return;
  try {
    const transaction = connection.transaction(LOG_STORE, 'readwrite');
    for (const record of pending) transaction.objectStore(LOG_STORE).add(record);
    pending = [];
    transaction.commit();
  } catch {
    // Left to the next write, if the page stays.
  }
});

/** Keeps `record`: written with the others of the moment when the browser is next idle, never on a keystroke's path. */
export function append(record: LogRecord): void {
  pending.push(record);
  void open();
  if (rates && record.kind === 'outcome') count(rates, record);
  scheduled ??= new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: WRITE_MAX_DELAY_MS });
    else setTimeout(resolve, WRITE_MAX_DELAY_MS);
  }).then(write);
}

/** The log kept, as JSON Lines, oldest first (records not written yet included); empty when storage is off. */
export async function exportLog(): Promise<string> {
  return logRecordsText(await readAll());
}

/** The marks of every reply in the log, by `replyKey(objectionId, replyId)`; read once, then kept up to date. */
export async function replyRates(): Promise<ReadonlyMap<string, ReplyRate>> {
  if (rates) return rates;
  const read = new Map<string, ReplyRate>();
  for (const record of await readAll()) if (record.kind === 'outcome') count(read, record);
  return (rates ??= read);
}

function count(into: Map<string, ReplyRate>, record: Extract<LogRecord, { kind: 'outcome' }>): void {
  const key = `${record.objectionId}/${record.replyId}`;
  const { worked = 0, count = 0 } = into.get(key) ?? {};
  into.set(key, { worked: worked + (record.outcome === 'worked' ? 1 : 0), count: count + 1 });
}

async function readAll(): Promise<LogRecord[]> {
  await write();
  const db = await open();
  if (!db) return [];
  return new Promise((resolve) => {
    try {
      const request = db.transaction(LOG_STORE).objectStore(LOG_STORE).getAll();
      request.onsuccess = () => resolve(request.result as LogRecord[]);
      request.onerror = () => resolve([]);
    } catch {
      resolve([]);
    }
  });
}

/** Writes the pending records and, in the same transaction, drops the oldest beyond {@link LOG_LIMIT}. */
async function write(): Promise<void> {
  scheduled = undefined;
  const batch = pending;
  pending = [];
  if (batch.length === 0) return;
  const db = await open();
  if (!db) return;
  await new Promise<void>((resolve) => {
    try {
      const transaction = db.transaction(LOG_STORE, 'readwrite');
      transaction.oncomplete = transaction.onerror = transaction.onabort = () => resolve();
      const store = transaction.objectStore(LOG_STORE);
      for (const record of batch) store.add(record);
      const counted = store.count();
      counted.onsuccess = () => {
        const excess = counted.result - LOG_LIMIT;
        if (excess <= 0) return;
        // Keys grow with each record: the first ones are the oldest.
        const keys = store.getAllKeys(null, excess);
        keys.onsuccess = () => store.delete(IDBKeyRange.upperBound(keys.result[excess - 1]!));
      };
    } catch {
      resolve();
    }
  });
}

/** The log's database; undefined where IndexedDB is missing or refused (private modes, a page's policy). */
async function open(): Promise<IDBDatabase | undefined> {
  const db = await (database ??= connect());
  // Off for this use only: storage may be allowed again later (a page's policy changed, a full disk cleared).
  if (!db) database = undefined;
  return db;
}

function connect(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(LOG_DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(LOG_STORE, { autoIncrement: true });
      request.onsuccess = () => {
        const db = request.result;
        // Another tab deleting or upgrading the database: let it, and open it again at the next use.
        db.onversionchange = () => {
          db.close();
          connection = undefined;
          database = undefined;
          rates = undefined;
        };
        connection = db;
        resolve(db);
      };
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}
