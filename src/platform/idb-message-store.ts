// Keeps SQS messages in IndexedDB, per project, so queues keep their messages (and their states, and
// a FIFO queue's deduplication IDs) across reloads. Each batch of changes is one transaction.
import type { MessageChanges, SqsMessageStore, StoredQueue } from '../engine/services/sqs/message-store';
import { openDatabase } from './idb-database';
import { openMessageDatabase, queueRange, scopeRange } from './idb-message-store-database';

/** A readable message for the storage errors a person can act on. */
function storageError(error: unknown): unknown {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new Error("The browser refused to store the message: this site's storage is full. Delete messages, objects or other projects to free space.");
  }
  return error;
}

/** Forgets every queue and message of a project (when the project is deleted). */
export async function dropProjectMessages(scope: string): Promise<void> {
  const tx = (await openMessageDatabase()).transaction(['queues', 'messages'], 'readwrite');
  void tx.objectStore('queues').delete(scopeRange(scope));
  void tx.objectStore('messages').delete(scopeRange(scope));
  await tx.done;
}

/**
 * Forgets the messages of projects that no longer exist (deleted in this or another tab, or while
 * a page of theirs was still writing). Scopes are read before projects: a project's record is
 * stored before any of its messages, so a project created meanwhile is never taken for deleted.
 */
export async function dropMessagesOfDeletedProjects(): Promise<void> {
  const keys = await (await openMessageDatabase()).getAllKeys('queues');
  const scopes = new Set(keys.map(([scope]) => scope));
  if (!scopes.size) return;
  const projects = new Set(await (await openDatabase()).getAllKeys('projects'));
  for (const scope of scopes) if (!projects.has(scope)) await dropProjectMessages(scope);
}

/** The message store for one project (`scope`); other projects' queues are invisible to it. */
export function idbMessageStore(scope: string): SqsMessageStore {
  const db = () => openMessageDatabase();
  // Once the page has started: nothing of it waits on this.
  const sweep = () => void dropMessagesOfDeletedProjects().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(sweep, { timeout: 5000 });
  else setTimeout(sweep, 1000);
  return {
    async load(queue: string): Promise<StoredQueue | undefined> {
      const tx = (await db()).transaction(['queues', 'messages']);
      const [record, messages] = await Promise.all([tx.objectStore('queues').get([scope, queue]), tx.objectStore('messages').getAll(queueRange(scope, queue))]);
      if (!record) return undefined;
      return {
        messages: messages.map((r) => r.message),
        ...(record.ledger ? { ledger: record.ledger } : {}),
        ...(record.saved ? { saved: { at: record.saved.at, elapsedMs: Date.now() - record.saved.wall } } : {}),
      };
    },
    async create(queue: string) {
      const database = await db();
      if (!(await database.get('queues', [scope, queue]))) await database.put('queues', { scope, name: queue });
    },
    async apply(queue: string, changes: MessageChanges) {
      const wall = Date.now();
      try {
        const tx = (await db()).transaction(['queues', 'messages'], 'readwrite');
        const messages = tx.objectStore('messages');
        for (const messageId of changes.remove) void messages.delete([scope, queue, messageId]);
        for (const message of changes.put) void messages.put({ scope, queue, messageId: message.messageId, message });
        const queues = tx.objectStore('queues');
        const record = (await queues.get([scope, queue])) ?? { scope, name: queue };
        void queues.put({ ...record, ...(changes.ledger ? { ledger: changes.ledger } : {}), saved: { at: changes.at, wall } });
        await tx.done;
      } catch (error) {
        throw storageError(error);
      }
    },
    async drop(queue: string) {
      const tx = (await db()).transaction(['queues', 'messages'], 'readwrite');
      void tx.objectStore('queues').delete([scope, queue]);
      void tx.objectStore('messages').delete(queueRange(scope, queue));
      await tx.done;
    },
  };
}
