// Sample DynamoDB tables and stream mappings for the SAM export and import tests.
import { streamArn } from '../engine/services/dynamodb/definitions';
import { sampleFunction, smallProject } from './test-samples';
import type { ProjectDoc } from './types';

export const LABEL = '2026-11-21T12:00:00.000';
export const ORDERS_STREAM = streamArn('orders', LABEL);

/** A mapping as the engine saves it: every setting spelled out, defaults included. */
export function mapping(overrides: Record<string, unknown> = {}) {
  return {
    UUID: 'c0ffee00-0000-4000-8000-000000000001', FunctionName: 'on-order', EventSourceArn: ORDERS_STREAM, StartingPosition: 'LATEST', Enabled: true,
    BatchSize: 100, MaximumBatchingWindowInSeconds: 0, MaximumRetryAttempts: -1, MaximumRecordAgeInSeconds: -1,
    BisectBatchOnFunctionError: false, ParallelizationFactor: 1, FunctionResponseTypes: [],
    ...overrides,
  };
}

export function tablesProject(): ProjectDoc {
  return {
    ...smallProject(),
    functions: [sampleFunction(), sampleFunction({ name: 'on-order', testEvents: [] })],
    tables: [
      {
        name: 'orders', partitionKey: { name: 'customerId', type: 'S' }, sortKey: { name: 'orderId', type: 'N' }, billingMode: 'PAY_PER_REQUEST',
        stream: { viewType: 'NEW_AND_OLD_IMAGES', label: LABEL },
        globalSecondaryIndexes: [{ name: 'by-status', partitionKey: { name: 'status', type: 'S' }, sortKey: { name: 'placedAt', type: 'N' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['total'] } }],
        creationDate: Date.parse(`${LABEL}Z`),
        seedItems: [{ customerId: { S: 'ana' }, orderId: { N: '1' } }, { customerId: { S: 'bo' }, orderId: { N: '2' } }],
      },
      {
        name: 'Counters', partitionKey: { name: 'id', type: 'B' }, billingMode: 'PROVISIONED', provisionedThroughput: { read: 5, write: 2 },
        globalSecondaryIndexes: [{ name: 'by-count', partitionKey: { name: 'count', type: 'N' }, projection: { type: 'KEYS_ONLY' } }],
        creationDate: 1_760_000_000_000,
      },
    ],
    eventSourceMappings: [
      mapping({
        StartingPosition: 'TRIM_HORIZON', Enabled: false, BatchSize: 10, MaximumRetryAttempts: 3, MaximumRecordAgeInSeconds: 3600, BisectBatchOnFunctionError: true,
        ParallelizationFactor: 2, MaximumBatchingWindowInSeconds: 5, FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:order-failures' } },
      }),
      mapping({ UUID: 'c0ffee00-0000-4000-8000-000000000002', FunctionName: 'hello' }),
    ],
  };
}
