// Tests the SAM import of DynamoDB tables, SimpleTables and DynamoDB events, and the round trip with the export.
import { describe, expect, it } from 'vitest';
import { streamArn } from '../engine/services/dynamodb/definitions';
import { exportSamZip } from './sam-export-zip';
import { importSamTemplate } from './sam-import';
import { importSamZip } from './sam-import-zip';
import { tablesProject } from './sam-tables-samples';

const NOW = 1_780_000_000_000;
const LABEL = new Date(NOW).toISOString().slice(0, 23);
const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: shop-orders
      AttributeDefinitions:
        - { AttributeName: pk, AttributeType: S }
        - { AttributeName: sk, AttributeType: N }
        - { AttributeName: status, AttributeType: S }
      KeySchema: [{ AttributeName: pk, KeyType: HASH }, { AttributeName: sk, KeyType: RANGE }]
      BillingMode: PROVISIONED
      ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 2 }
      StreamSpecification: { StreamViewType: NEW_IMAGE }
      GlobalSecondaryIndexes:
        - IndexName: by-status
          KeySchema: [{ AttributeName: status, KeyType: HASH }]
          Projection: { ProjectionType: ALL }
          ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 2 }
      TimeToLiveSpecification: { AttributeName: expires, Enabled: true }
  Sessions:
    Type: AWS::Serverless::SimpleTable
  CountersTable:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: { Name: n, Type: Number }
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }
      SSESpecification: { SSEEnabled: true }
  OnOrderFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: x
      Environment: { Variables: { ORDERS: !Ref OrdersTable, SESSIONS: !Ref Sessions } }
      Events:
        Orders:
          Type: DynamoDB
          Properties:
            Stream: !GetAtt OrdersTable.StreamArn
            StartingPosition: TRIM_HORIZON
            BatchSize: 25
            MaximumRetryAttempts: 2
            BisectBatchOnFunctionError: true
            FunctionResponseTypes: [ReportBatchItemFailures]
            Enabled: false
            DestinationConfig: { OnFailure: { Type: SQS, Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } }
            FilterCriteria: { Filters: [{ Pattern: '{}' }] }
        NoStart: { Type: DynamoDB, Properties: { Stream: !GetAtt OrdersTable.StreamArn } }
        NoStream: { Type: DynamoDB, Properties: { Stream: !GetAtt Sessions.StreamArn, StartingPosition: LATEST } }
        NotATable: { Type: DynamoDB, Properties: { Stream: 'arn:aws:dynamodb:us-east-1:123456789012:table/x/stream/2020-01-01T00:00:00.000', StartingPosition: LATEST } }
        TooBig: { Type: DynamoDB, Properties: { Stream: !GetAtt OrdersTable.StreamArn, StartingPosition: LATEST, BatchSize: 20000 } }
`;

describe('SAM import of tables', () => {
  it('imports AWS::DynamoDB::Table and SimpleTable as tables dated with the import, and DynamoDB events as mappings', () => {
    const result = importSamTemplate({ template: TEMPLATE, files: {}, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.tables).toEqual([
      {
        name: 'shop-orders', partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'N' }, billingMode: 'PROVISIONED',
        provisionedThroughput: { read: 4, write: 2 }, stream: { viewType: 'NEW_IMAGE', label: LABEL },
        globalSecondaryIndexes: [{ name: 'by-status', partitionKey: { name: 'status', type: 'S' }, projection: { type: 'ALL' } }],
        creationDate: NOW,
      },
      { name: 'sessions', partitionKey: { name: 'id', type: 'S' }, billingMode: 'PAY_PER_REQUEST', creationDate: NOW },
      { name: 'counters', partitionKey: { name: 'n', type: 'N' }, billingMode: 'PROVISIONED', provisionedThroughput: { read: 1, write: 1 }, creationDate: NOW },
    ]);
    expect(result.doc.eventSourceMappings).toEqual([{
      UUID: expect.stringMatching(/^[0-9a-f-]{36}$/), FunctionName: 'on-order', EventSourceArn: streamArn('shop-orders', LABEL),
      StartingPosition: 'TRIM_HORIZON', Enabled: false, BatchSize: 25, MaximumBatchingWindowInSeconds: 0, MaximumRetryAttempts: 2,
      MaximumRecordAgeInSeconds: -1, BisectBatchOnFunctionError: true, ParallelizationFactor: 1, FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } },
    }]);
    // Ref of a table is its name.
    expect(result.doc.functions[0]!.environment).toEqual({ ORDERS: 'shop-orders', SESSIONS: 'sessions' });
    const events = 'Resources.OnOrderFunction.Properties.Events';
    expect(texts(result.report)).toEqual([
      'Resources.OrdersTable.Properties.TimeToLiveSpecification: not supported by the playground; left out',
      'Resources.CountersTable.Properties.SSESpecification: not supported by the playground; left out',
      `${events}.Orders.Properties.FilterCriteria: not supported by the playground; left out`,
      `${events}.NoStart.Properties.StartingPosition: is required for a DynamoDB stream (TRIM_HORIZON or LATEST); event left out`,
      `${events}.NoStream.Properties.Stream: table Sessions has no StreamSpecification, so it has no stream; event left out`,
      `${events}.NotATable.Properties.Stream: must be !GetAtt <Table>.StreamArn of a table of this template; event left out`,
      `${events}.TooBig.Properties: Lambda refuses this event source mapping (1 validation error detected: Value '20000' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000); event left out`,
    ]);
  });

  it('names tables after their logical ids, and leaves out the ones DynamoDB would refuse', () => {
    const result = importSamTemplate({ files: {}, now: NOW, template: `Resources:
  UserProfilesTable:
    Type: AWS::DynamoDB::Table
    Properties:
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
  Broken:
    Type: AWS::DynamoDB::Table
    Properties:
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: other, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
  NoKeys: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST } }
  Bad: { Type: AWS::Serverless::SimpleTable, Properties: { PrimaryKey: { Name: k, Type: Boolean } } }
` });
    expect(result.ok && result.doc.tables).toEqual([
      { name: 'user-profiles', partitionKey: { name: 'id', type: 'S' }, billingMode: 'PAY_PER_REQUEST', creationDate: NOW },
    ]);
    expect(result.ok && texts(result.report)).toEqual([
      'Transform: is not AWS::Serverless-2016-10-31: this may not be a SAM template; imported what could be read',
      'Resources.Broken.Properties: DynamoDB refuses this table (One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [other], AttributeDefinitions: [id]); table left out',
      'Resources.NoKeys.Properties: needs KeySchema and AttributeDefinitions; table left out',
      'Resources.Bad.Properties.PrimaryKey: needs a Name and a Type of String, Number or Binary; table left out',
    ]);
  });

  it('gives back the tables and mappings it exported, dated and labelled with the import', () => {
    const original = tablesProject();
    const result = importSamZip(exportSamZip(original).zip, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Seed items stay behind; the creation time and the stream label are the import's.
    const expectedTables = original.tables!.map(({ seedItems: _s, ...table }) => ({
      ...table, creationDate: NOW, ...(table.stream ? { stream: { ...table.stream, label: LABEL } } : {}),
    }));
    expect(result.doc.tables).toEqual(expectedTables);
    // Mappings come back in the order of their functions in the template, so compare them by function.
    const byFunction = (list: unknown[] | undefined) => (list as Record<string, unknown>[]).map(({ UUID: _u, ...m }) => m).sort((x, y) => String(x.FunctionName).localeCompare(String(y.FunctionName)));
    expect(byFunction(result.doc.eventSourceMappings)).toEqual(byFunction(original.eventSourceMappings).map((m) => ({ ...m, EventSourceArn: streamArn('orders', LABEL) })));
    expect(texts(result.report).filter((r) => /table|stream|DynamoDB/i.test(r))).toEqual([]);
  });
});
