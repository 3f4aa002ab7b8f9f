// Tests the SAM export of DynamoDB tables and of the event source mappings that read their streams.
import { describe, expect, it } from 'vitest';
import { streamArn } from '../engine/services/dynamodb/definitions';
import { exportSamTemplate } from './sam-export';
import { GetAtt } from './sam-shared';
import { LABEL, mapping, tablesProject } from './sam-tables-samples';
import { smallProject } from './test-samples';

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

describe('SAM export of tables', () => {
  it('writes each table as AWS::DynamoDB::Table and each stream mapping as a DynamoDB event', () => {
    const { template, yaml } = exportSamTemplate(tablesProject());
    const resources = template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;
    expect(resources.OrdersTable).toEqual({
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        TableName: 'orders',
        AttributeDefinitions: [
          { AttributeName: 'customerId', AttributeType: 'S' }, { AttributeName: 'orderId', AttributeType: 'N' },
          { AttributeName: 'status', AttributeType: 'S' }, { AttributeName: 'placedAt', AttributeType: 'N' },
        ],
        KeySchema: [{ AttributeName: 'customerId', KeyType: 'HASH' }, { AttributeName: 'orderId', KeyType: 'RANGE' }],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        GlobalSecondaryIndexes: [{
          IndexName: 'by-status',
          KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }, { AttributeName: 'placedAt', KeyType: 'RANGE' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['total'] },
        }],
      },
    });
    // CloudFormation wants capacity on each index of a provisioned table.
    expect(resources.CountersTable).toEqual({
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        TableName: 'Counters',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'B' }, { AttributeName: 'count', AttributeType: 'N' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 },
        GlobalSecondaryIndexes: [{
          IndexName: 'by-count', KeySchema: [{ AttributeName: 'count', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' },
          ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 },
        }],
      },
    });
    expect(resources.OnOrderFunction!.Properties.Events).toEqual({
      OrdersStream: {
        Type: 'DynamoDB',
        Properties: {
          Stream: new GetAtt('OrdersTable', 'StreamArn'), StartingPosition: 'TRIM_HORIZON', BatchSize: 10, MaximumBatchingWindowInSeconds: 5,
          MaximumRetryAttempts: 3, MaximumRecordAgeInSeconds: 3600, BisectBatchOnFunctionError: true, ParallelizationFactor: 2,
          FunctionResponseTypes: ['ReportBatchItemFailures'], Enabled: false,
          DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:order-failures', Type: 'SQS' } },
        },
      },
    });
    // Lambda's defaults are left out.
    expect(resources.HelloFunction!.Properties.Events).toEqual({
      OrdersStream: { Type: 'DynamoDB', Properties: { Stream: new GetAtt('OrdersTable', 'StreamArn'), StartingPosition: 'LATEST' } },
    });
    expect(yaml).toContain('          Properties:\n            Stream: !GetAtt OrdersTable.StreamArn\n            StartingPosition: LATEST\n');
    expect(yaml).not.toMatch(/[&*]a\d/); // each index spells out its capacity: no YAML anchors
  });

  it('reports seed items, destinations and the policies functions need', () => {
    const report = texts(exportSamTemplate(tablesProject()).report);
    expect(report).toEqual(expect.arrayContaining([
      'tables[0] (orders).seedItems: 2 starting item(s) not exported: put them after deploying',
      'eventSourceMappings[0] (on-order).DestinationConfig: the on-failure destination arn:aws:sqs:us-east-1:123456789012:order-failures is in the playground\'s account: point it at a queue, topic or bucket of yours',
      'tables: on AWS functions may only read the streams of their DynamoDB events: add Policies such as DynamoDBCrudPolicy: { TableName: !Ref OrdersTable } to each function whose code reads or writes a table',
    ]));
  });

  it('leaves out mappings whose function, table or stream is not in the project, saying why', () => {
    const doc = tablesProject();
    doc.eventSourceMappings = [
      mapping({ FunctionName: 'missing' }),
      mapping({ EventSourceArn: streamArn('elsewhere', LABEL) }),
      mapping({ EventSourceArn: streamArn('orders', '2025-01-01T00:00:00.000') }),
      mapping({ EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:queue' }),
      mapping({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:on-order:live' }),
      mapping({ EventSourceArn: streamArn('Counters', LABEL) }),
    ];
    const { template, report } = exportSamTemplate(doc);
    expect(texts(report)).toEqual(expect.arrayContaining([
      'eventSourceMappings[0] (missing): not exported: it targets function missing, which is not in the project',
      `eventSourceMappings[1] (on-order): not exported: its source ${streamArn('elsewhere', LABEL)} is not a stream of a table in the project`,
      'eventSourceMappings[2] (on-order): not exported: it reads an earlier stream of table orders, not the one the table has now',
      'eventSourceMappings[3] (on-order): not exported: queue queue is not in the project',
      'eventSourceMappings[4] (arn:aws:lambda:us-east-1:123456789012:function:on-order:live): targets on-order:live; on AWS it invokes the function itself ($LATEST)',
      'eventSourceMappings[5] (on-order): not exported: table Counters has no stream now',
    ]));
    const resources = template.Resources as Record<string, { Properties: Record<string, unknown> }>;
    expect(Object.keys(resources.OnOrderFunction!.Properties.Events as object)).toEqual(['OrdersStream']);
    expect(resources.HelloFunction!.Properties.Events).toBeUndefined();
  });

  it('adds nothing for a project without tables', () => {
    const { template, report } = exportSamTemplate(smallProject());
    expect(Object.keys(template.Resources as object)).toEqual(['HelloFunction']);
    expect(texts(report).filter((r) => /table|stream/i.test(r))).toEqual([]);
  });
});
