// A DynamoDB service over an in-memory store and a manual clock, for the service's unit tests.
import { ManualClock } from '../../testing/fake-ports';
import { MemoryItemStore } from './memory-item-store';
import { createDynamoDbService } from './service';

export function dynamoHarness() {
  const clock = new ManualClock();
  const store = new MemoryItemStore();
  const events: string[] = [];
  const service = createDynamoDbService({ store, clock, changed: () => events.push('tables'), itemsChanged: (t) => events.push(`items:${t}`) });
  return { clock, store, events, service };
}

/** CreateTable input for a table with a string partition key and, optionally, a number sort key. */
export function tableInput(name: string, options: { sortKey?: string; stream?: string } = {}) {
  return {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, ...(options.sortKey ? [{ AttributeName: options.sortKey, AttributeType: 'N' }] : [])],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, ...(options.sortKey ? [{ AttributeName: options.sortKey, KeyType: 'RANGE' }] : [])],
    BillingMode: 'PAY_PER_REQUEST',
    ...(options.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: options.stream } } : {}),
  };
}

/** Expects the call to fail with this AWS error name and message. */
export async function failure(call: () => unknown): Promise<{ code: string; message: string; fields: Record<string, unknown> }> {
  try {
    await call();
  } catch (error) {
    const e = error as { code: string; message: string; fields: Record<string, unknown> };
    return { code: e.code, message: e.message, fields: e.fields };
  }
  throw new Error('expected the call to fail');
}
