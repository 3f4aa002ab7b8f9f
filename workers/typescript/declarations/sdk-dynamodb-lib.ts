// Declarations of @aws-sdk/lib-dynamodb as the playground serves it: the document client over a
// DynamoDBClient, the document commands (plain JavaScript values in and out), the paginators.
import { packageDeclarations, type OperationDecl } from './sdk-common';
import { itemShapes } from './sdk-dynamodb';

const op = (name: string, wire: string): OperationDecl => ({ name, input: `${wire}Input`, output: `${wire}Output` });

const BODY = `
import type { DynamoDBClient, AttributeAction, ReturnValue, Select, ReturnConsumedCapacity, ReturnItemCollectionMetrics, ReturnValuesOnConditionCheckFailure, ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import type { NativeAttributeValue, marshallOptions, unmarshallOptions } from '@aws-sdk/util-dynamodb';
import { NumberValueImpl } from '@aws-sdk/util-dynamodb';
export { NumberValueImpl as NumberValue };
export type { NativeAttributeValue };
export interface TranslateConfig { marshallOptions?: marshallOptions; unmarshallOptions?: unmarshallOptions }
${itemShapes('NativeAttributeValue')}
export interface DynamoDBDocumentPaginationConfiguration extends PaginationConfiguration<DynamoDBDocumentClient | DynamoDBDocument> {}
export declare function paginateQuery(config: DynamoDBDocumentPaginationConfiguration, input: QueryCommandInput): Paginator<QueryCommandOutput>;
export declare function paginateScan(config: DynamoDBDocumentPaginationConfiguration, input: ScanCommandInput): Paginator<ScanCommandOutput>;
/** BatchGet again with each response's UnprocessedKeys, until none are left. */
export declare function paginatedBatchGet(config: { client: DynamoDBDocumentClient }, input: BatchGetCommandInput): AsyncGenerator<BatchGetCommandOutput, void>;
`;

export const LIB_DYNAMODB = packageDeclarations({
  service: 'dynamodb',
  client: 'DynamoDBDocumentClient',
  operations: [
    op('Put', 'PutItem'), op('Get', 'GetItem'), op('Update', 'UpdateItem'), op('Delete', 'DeleteItem'), op('Query', 'Query'), op('Scan', 'Scan'),
    op('BatchGet', 'BatchGetItem'), op('BatchWrite', 'BatchWriteItem'), op('TransactWrite', 'TransactWriteItems'), op('TransactGet', 'TransactGetItems'),
  ],
  exceptions: {},
  constructors: {
    client: [
      '/** Wraps a DynamoDBClient: items go in and come out as plain JavaScript values. */',
      'export declare const DynamoDBDocumentClient: {',
      '  new (client: DynamoDBClient, translateConfig?: TranslateConfig): DynamoDBDocumentClient;',
      '  from(client: DynamoDBClient, translateConfig?: TranslateConfig): DynamoDBDocumentClient;',
      '};',
    ].join('\n'),
    aggregate: [
      'export declare const DynamoDBDocument: {',
      '  new (client: DynamoDBClient, translateConfig?: TranslateConfig): DynamoDBDocument;',
      '  from(client: DynamoDBClient, translateConfig?: TranslateConfig): DynamoDBDocument;',
      '};',
    ].join('\n'),
  },
  body: BODY,
});
