// The IndexedDB database SQS messages live in, with versioned upgrades. It is apart from the
// playground's main database: queues write on every send, receive and delete, and the main
// database's upgrades (which close every tab's connection) stay independent of it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredMessage } from '../engine/services/sqs/definitions';
import type { LedgerState } from '../engine/services/sqs/fifo';

/** A queue the message store knows, per project (`scope`), with what outlives its messages. */
export interface SqsQueueRecord {
  scope: string;
  name: string;
  /** FIFO: deduplication IDs of the last 5 minutes and the next sequence number. */
  ledger?: LedgerState;
  /** The playground clock's time at the last write, and the real time of that write (epoch ms). */
  saved?: { at: number; wall: number };
}

/** One message of a queue. */
export interface SqsMessageRecord {
  scope: string;
  queue: string;
  messageId: string;
  message: StoredMessage;
}

export interface MessageDB extends DBSchema {
  queues: { key: [string, string]; value: SqsQueueRecord };
  messages: { key: [string, string, string]; value: SqsMessageRecord };
}

const NAME = 'serverless-playground-sqs';
const VERSION = 1;
let db: Promise<IDBPDatabase<MessageDB>> | undefined;

export function openMessageDatabase(): Promise<IDBPDatabase<MessageDB>> {
  db ??= openDB<MessageDB>(NAME, VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('queues', { keyPath: ['scope', 'name'] });
        database.createObjectStore('messages', { keyPath: ['scope', 'queue', 'messageId'] });
      }
    },
    // As for the main database: a newer release in another tab needs this connection closed to
    // upgrade; reloading brings this tab onto that release too.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      if (typeof location !== 'undefined') location.reload();
    },
  });
  return db;
}

/** Every key of one queue's messages: [scope, queue, ''] up to [scope, queue, []] (arrays sort after strings). */
export const queueRange = (scope: string, queue: string) => IDBKeyRange.bound([scope, queue, ''], [scope, queue, []]);

/** Every key of one project: [scope] up to [scope, []]. */
export const scopeRange = (scope: string) => IDBKeyRange.bound([scope], [scope, []]);
