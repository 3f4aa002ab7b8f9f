// Declarations of @aws-sdk/client-dynamodb as the playground serves it: DynamoDBClient, the table
// and item commands its DynamoDB implements (SDK v3 shapes), DynamoDB, the paginators and enums.
import { packageDeclarations, type OperationDecl } from './sdk-common';

const op = (name: string, optionalInput = false): OperationDecl => ({ name, input: `${name}Input`, output: `${name}Output`, optionalInput });

/** The item commands' shapes over an attribute value type: AttributeValue here, native values in lib-dynamodb. */
export const itemShapes = (value: string) => `
export interface PutItemInput extends WriteOptions { TableName: string | undefined; Item: Record<string, ${value}> | undefined; ReturnValues?: ReturnValue }
export interface PutItemOutput { Attributes?: Record<string, ${value}>; ConsumedCapacity?: ConsumedCapacity; ItemCollectionMetrics?: ItemCollectionMetrics }
export interface GetItemInput { TableName: string | undefined; Key: Record<string, ${value}> | undefined; ConsistentRead?: boolean; ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string>; AttributesToGet?: string[]; ReturnConsumedCapacity?: ReturnConsumedCapacity }
export interface GetItemOutput { Item?: Record<string, ${value}>; ConsumedCapacity?: ConsumedCapacity }
export interface UpdateItemInput extends WriteOptions { TableName: string | undefined; Key: Record<string, ${value}> | undefined; UpdateExpression?: string; ReturnValues?: ReturnValue; AttributeUpdates?: Record<string, { Value?: ${value}; Action?: AttributeAction }> }
export interface UpdateItemOutput { Attributes?: Record<string, ${value}>; ConsumedCapacity?: ConsumedCapacity; ItemCollectionMetrics?: ItemCollectionMetrics }
export interface DeleteItemInput extends WriteOptions { TableName: string | undefined; Key: Record<string, ${value}> | undefined; ReturnValues?: ReturnValue }
export interface DeleteItemOutput { Attributes?: Record<string, ${value}>; ConsumedCapacity?: ConsumedCapacity; ItemCollectionMetrics?: ItemCollectionMetrics }
interface ReadOptions {
  TableName: string | undefined;
  IndexName?: string;
  Select?: Select;
  Limit?: number;
  ConsistentRead?: boolean;
  ExclusiveStartKey?: Record<string, ${value}>;
  ProjectionExpression?: string;
  FilterExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, ${value}>;
  ReturnConsumedCapacity?: ReturnConsumedCapacity;
}
export interface QueryInput extends ReadOptions { KeyConditionExpression?: string; ScanIndexForward?: boolean }
export interface QueryOutput { Items?: Record<string, ${value}>[]; Count?: number; ScannedCount?: number; LastEvaluatedKey?: Record<string, ${value}>; ConsumedCapacity?: ConsumedCapacity }
export interface ScanInput extends ReadOptions { Segment?: number; TotalSegments?: number }
export interface ScanOutput extends QueryOutput {}
export interface WriteRequest { PutRequest?: { Item: Record<string, ${value}> | undefined }; DeleteRequest?: { Key: Record<string, ${value}> | undefined } }
export interface BatchWriteItemInput { RequestItems: Record<string, WriteRequest[]> | undefined; ReturnConsumedCapacity?: ReturnConsumedCapacity; ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics }
export interface BatchWriteItemOutput { UnprocessedItems?: Record<string, WriteRequest[]>; ConsumedCapacity?: ConsumedCapacity[] }
export interface KeysAndAttributes { Keys: Record<string, ${value}>[] | undefined; ConsistentRead?: boolean; ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string> }
export interface BatchGetItemInput { RequestItems: Record<string, KeysAndAttributes> | undefined; ReturnConsumedCapacity?: ReturnConsumedCapacity }
export interface BatchGetItemOutput { Responses?: Record<string, Record<string, ${value}>[]>; UnprocessedKeys?: Record<string, KeysAndAttributes>; ConsumedCapacity?: ConsumedCapacity[] }
interface TransactCondition { TableName: string | undefined; ConditionExpression?: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, ${value}>; ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure }
export interface TransactWriteItem {
  ConditionCheck?: TransactCondition & { Key: Record<string, ${value}> | undefined; ConditionExpression: string | undefined };
  Put?: TransactCondition & { Item: Record<string, ${value}> | undefined };
  Delete?: TransactCondition & { Key: Record<string, ${value}> | undefined };
  Update?: TransactCondition & { Key: Record<string, ${value}> | undefined; UpdateExpression: string | undefined };
}
export interface TransactWriteItemsInput { TransactItems: TransactWriteItem[] | undefined; ClientRequestToken?: string; ReturnConsumedCapacity?: ReturnConsumedCapacity; ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics }
export interface TransactWriteItemsOutput { ConsumedCapacity?: ConsumedCapacity[]; ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]> }
export interface TransactGetItem { Get: { TableName: string | undefined; Key: Record<string, ${value}> | undefined; ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string> } | undefined }
export interface TransactGetItemsInput { TransactItems: TransactGetItem[] | undefined; ReturnConsumedCapacity?: ReturnConsumedCapacity }
export interface TransactGetItemsOutput { Responses?: { Item?: Record<string, ${value}> }[]; ConsumedCapacity?: ConsumedCapacity[] }
interface WriteOptions {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, ${value}>;
  ReturnConsumedCapacity?: ReturnConsumedCapacity;
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics;
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure;
}
export interface ItemCollectionMetrics { ItemCollectionKey?: Record<string, ${value}>; SizeEstimateRangeGB?: number[] }
`;

const ENUMS: Record<string, string[]> = {
  AttributeAction: ['ADD', 'DELETE', 'PUT'],
  BillingMode: ['PAY_PER_REQUEST', 'PROVISIONED'],
  KeyType: ['HASH', 'RANGE'],
  ProjectionType: ['ALL', 'INCLUDE', 'KEYS_ONLY'],
  ReturnConsumedCapacity: ['INDEXES', 'NONE', 'TOTAL'],
  ReturnItemCollectionMetrics: ['NONE', 'SIZE'],
  ReturnValue: ['ALL_NEW', 'ALL_OLD', 'NONE', 'UPDATED_NEW', 'UPDATED_OLD'],
  ReturnValuesOnConditionCheckFailure: ['ALL_OLD', 'NONE'],
  ScalarAttributeType: ['B', 'N', 'S'],
  Select: ['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'COUNT', 'SPECIFIC_ATTRIBUTES'],
  StreamViewType: ['KEYS_ONLY', 'NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE'],
  TableStatus: ['ACTIVE', 'ARCHIVED', 'ARCHIVING', 'CREATING', 'DELETING', 'INACCESSIBLE_ENCRYPTION_CREDENTIALS', 'REPLICATION_NOT_AUTHORIZED', 'UPDATING'],
  ComparisonOperator: ['BEGINS_WITH', 'BETWEEN', 'CONTAINS', 'EQ', 'GE', 'GT', 'IN', 'LE', 'LT', 'NE', 'NOT_CONTAINS', 'NOT_NULL', 'NULL'],
  ConditionalOperator: ['AND', 'OR'],
  IndexStatus: ['ACTIVE', 'CREATING', 'DELETING', 'UPDATING'],
};

/** SDK v3 enums: a const object of the values and a union type of the same name. */
const enumDeclarations = (enums: Record<string, string[]>) => Object.entries(enums).map(([name, values]) =>
  `export declare const ${name}: { ${values.map((v) => `readonly ${v}: '${v}'`).join('; ')} };\nexport type ${name} = (typeof ${name})[keyof typeof ${name}];`).join('\n');

const BODY = `
${enumDeclarations(ENUMS)}
/** One DynamoDB value in its typed wire form: exactly one member is set. */
export type AttributeValue =
  | AttributeValue.SMember | AttributeValue.NMember | AttributeValue.BMember | AttributeValue.SSMember | AttributeValue.NSMember
  | AttributeValue.BSMember | AttributeValue.MMember | AttributeValue.LMember | AttributeValue.NULLMember | AttributeValue.BOOLMember;
export declare namespace AttributeValue {
  interface SMember { S: string }
  interface NMember { N: string }
  interface BMember { B: Uint8Array }
  interface SSMember { SS: string[] }
  interface NSMember { NS: string[] }
  interface BSMember { BS: Uint8Array[] }
  interface MMember { M: Record<string, AttributeValue> }
  interface LMember { L: AttributeValue[] }
  interface NULLMember { NULL: boolean }
  interface BOOLMember { BOOL: boolean }
  interface $UnknownMember { $unknown: [string, any] }
}
export interface ConsumedCapacity { TableName?: string; CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number }
export interface AttributeDefinition { AttributeName: string | undefined; AttributeType: ScalarAttributeType | undefined }
export interface KeySchemaElement { AttributeName: string | undefined; KeyType: KeyType | undefined }
export interface Projection { ProjectionType?: ProjectionType; NonKeyAttributes?: string[] }
export interface ProvisionedThroughput { ReadCapacityUnits: number | undefined; WriteCapacityUnits: number | undefined }
export interface StreamSpecification { StreamEnabled: boolean | undefined; StreamViewType?: StreamViewType }
export interface GlobalSecondaryIndex { IndexName: string | undefined; KeySchema: KeySchemaElement[] | undefined; Projection: Projection | undefined; ProvisionedThroughput?: ProvisionedThroughput }
export interface LocalSecondaryIndex { IndexName: string | undefined; KeySchema: KeySchemaElement[] | undefined; Projection: Projection | undefined }
export interface CreateTableInput {
  TableName: string | undefined;
  AttributeDefinitions: AttributeDefinition[] | undefined;
  KeySchema: KeySchemaElement[] | undefined;
  BillingMode?: BillingMode;
  ProvisionedThroughput?: ProvisionedThroughput;
  GlobalSecondaryIndexes?: GlobalSecondaryIndex[];
  LocalSecondaryIndexes?: LocalSecondaryIndex[];
  StreamSpecification?: StreamSpecification;
}
export interface TableDescription {
  TableName?: string; TableArn?: string; TableId?: string; TableStatus?: TableStatus; CreationDateTime?: Date;
  AttributeDefinitions?: AttributeDefinition[]; KeySchema?: KeySchemaElement[]; ItemCount?: number; TableSizeBytes?: number;
  BillingModeSummary?: { BillingMode?: BillingMode }; ProvisionedThroughput?: ProvisionedThroughput & { NumberOfDecreasesToday?: number };
  GlobalSecondaryIndexes?: (GlobalSecondaryIndex & { IndexStatus?: IndexStatus; IndexArn?: string; ItemCount?: number })[];
  LocalSecondaryIndexes?: (LocalSecondaryIndex & { IndexArn?: string; ItemCount?: number })[];
  StreamSpecification?: StreamSpecification; LatestStreamArn?: string; LatestStreamLabel?: string;
}
export interface CreateTableOutput { TableDescription?: TableDescription }
export interface DescribeTableInput { TableName: string | undefined }
export interface DescribeTableOutput { Table?: TableDescription }
export interface ListTablesInput { ExclusiveStartTableName?: string; Limit?: number }
export interface ListTablesOutput { TableNames?: string[]; LastEvaluatedTableName?: string }
export interface DeleteTableInput { TableName: string | undefined }
export interface DeleteTableOutput { TableDescription?: TableDescription }
export interface UpdateTableInput { TableName: string | undefined; AttributeDefinitions?: AttributeDefinition[]; BillingMode?: BillingMode; ProvisionedThroughput?: ProvisionedThroughput; StreamSpecification?: StreamSpecification }
export interface UpdateTableOutput { TableDescription?: TableDescription }
${itemShapes('AttributeValue')}
export interface CancellationReason { Item?: Record<string, AttributeValue>; Code?: string; Message?: string }
export interface DynamoDBPaginationConfiguration extends PaginationConfiguration<DynamoDBClient> {}
export declare function paginateListTables(config: DynamoDBPaginationConfiguration, input: ListTablesCommandInput): Paginator<ListTablesCommandOutput>;
export declare function paginateQuery(config: DynamoDBPaginationConfiguration, input: QueryCommandInput): Paginator<QueryCommandOutput>;
export declare function paginateScan(config: DynamoDBPaginationConfiguration, input: ScanCommandInput): Paginator<ScanCommandOutput>;
`;

const EXCEPTIONS = [
  'BackupInUseException', 'BackupNotFoundException', 'InternalServerError', 'RequestLimitExceeded', 'ThrottlingException',
  'InvalidEndpointException', 'ProvisionedThroughputExceededException', 'ResourceNotFoundException',
  'ItemCollectionSizeLimitExceededException', 'ReplicatedWriteConflictException', 'ContinuousBackupsUnavailableException',
  'LimitExceededException', 'TableInUseException', 'TableNotFoundException', 'GlobalTableAlreadyExistsException',
  'ResourceInUseException', 'TransactionConflictException', 'PolicyNotFoundException', 'ExportNotFoundException',
  'GlobalTableNotFoundException', 'ImportNotFoundException', 'DuplicateItemException', 'IdempotentParameterMismatchException',
  'TransactionInProgressException', 'ExportConflictException', 'InvalidExportTimeException',
  'PointInTimeRecoveryUnavailableException', 'ImportConflictException', 'TableAlreadyExistsException',
  'InvalidRestoreTimeException', 'ReplicaAlreadyExistsException', 'ReplicaNotFoundException', 'IndexNotFoundException',
  'ConditionalCheckFailedException', 'TransactionCanceledException',
];
const EXCEPTION_MEMBERS: Record<string, string> = {
  ConditionalCheckFailedException: 'Item?: Record<string, AttributeValue>',
  TransactionCanceledException: 'Message?: string; CancellationReasons?: CancellationReason[]',
};

export const CLIENT_DYNAMODB = packageDeclarations({
  service: 'dynamodb',
  client: 'DynamoDBClient',
  baseException: 'DynamoDBServiceException',
  operations: [
    op('CreateTable'), op('DescribeTable'), op('ListTables', true), op('DeleteTable'), op('UpdateTable'),
    op('PutItem'), op('GetItem'), op('UpdateItem'), op('DeleteItem'), op('Query'), op('Scan'),
    op('BatchWriteItem'), op('BatchGetItem'), op('TransactWriteItems'), op('TransactGetItems'),
  ],
  exceptions: Object.fromEntries(EXCEPTIONS.map((name) => [name, EXCEPTION_MEMBERS[name] ?? ''])),
  body: BODY,
});
