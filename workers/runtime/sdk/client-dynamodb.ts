// `@aws-sdk/client-dynamodb` inside the sandbox: DynamoDBClient, the commands the playground's
// DynamoDB serves, the aggregated DynamoDB class, the paginators, the modeled exceptions and the
// enum objects handlers import. DynamoDB speaks JSON with no path labels, so inputs go as they are.
import type { SdkErrorInfo } from '../../../src/engine/sdk/types';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps, type CommandClass } from './client';
import { exceptionClass, serviceBase, toException, type ExceptionClass, type ModeledOptions, type ServiceException } from './errors';

type Input = Record<string, unknown>;
type Callback = (error: unknown, output?: unknown) => void;

const OPERATIONS = [
  'CreateTable', 'DescribeTable', 'ListTables', 'DeleteTable', 'UpdateTable',
  'PutItem', 'GetItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan',
  'BatchWriteItem', 'BatchGetItem', 'TransactWriteItems', 'TransactGetItems',
] as const;

/** Every modeled error of the real client (models/errors.ts); ValidationException is not one of them. */
const MODELED = [
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
] as const;

/** Members a modeled error's constructor copies from its options, so `new X({ ..., Item })` in a handler's test keeps them. */
const MEMBERS: Partial<Record<(typeof MODELED)[number], readonly string[]>> = {
  RequestLimitExceeded: ['ThrottlingReasons'],
  ThrottlingException: ['throttlingReasons'],
  InvalidEndpointException: ['Message'],
  ProvisionedThroughputExceededException: ['ThrottlingReasons'],
  IdempotentParameterMismatchException: ['Message'],
  TransactionInProgressException: ['Message'],
  ConditionalCheckFailedException: ['Item'],
  TransactionCanceledException: ['Message', 'CancellationReasons'],
};

/** The enum objects of the real client (models/enums.ts) that table and item code imports. */
const ENUMS = {
  AttributeAction: ['ADD', 'DELETE', 'PUT'],
  BillingMode: ['PAY_PER_REQUEST', 'PROVISIONED'],
  ComparisonOperator: ['BEGINS_WITH', 'BETWEEN', 'CONTAINS', 'EQ', 'GE', 'GT', 'IN', 'LE', 'LT', 'NE', 'NOT_CONTAINS', 'NOT_NULL', 'NULL'],
  ConditionalOperator: ['AND', 'OR'],
  IndexStatus: ['ACTIVE', 'CREATING', 'DELETING', 'UPDATING'],
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
};

/**
 * How a lib-dynamodb command travels through a DynamoDBClient: the real document commands add
 * their (un)marshalling to whatever client sends them, reading `config.translateConfig` (absent on
 * a plain client, which then marshalls with the defaults). Here the command hands the client the
 * low-level command to send and what to make of its output.
 */
export const DOCUMENT = Symbol('document command');

export interface DocumentTranslation {
  command: object;
  output(output: Input): Input;
}

export interface DocumentCommand {
  [DOCUMENT](translateConfig: unknown): DocumentTranslation;
}

export interface PaginatorConfig {
  client: unknown;
  pageSize?: number;
  startingToken?: unknown;
  stopOnSameToken?: boolean;
  withCommand?: (command: object) => object | undefined;
}

type Sender = { send(command: object, ...args: unknown[]): Promise<Input> | void };

/**
 * Smithy's createPaginator, as the SDK's paginators are made: the input object itself carries the
 * token from page to page, an explicit Limit wins over `pageSize`, and the pages end when the
 * output token is absent (or repeats, with `stopOnSameToken`).
 */
export function createPaginator(Client: abstract new (...args: never[]) => unknown, Command: CommandClass, inputToken: string, outputToken: string, pageSizeToken?: string) {
  return async function* paginateOperation(config: PaginatorConfig, input: Input, ...args: unknown[]): AsyncGenerator<Input, undefined> {
    let token = config.startingToken ?? input[inputToken];
    for (let hasNext = true; hasNext; ) {
      input[inputToken] = token;
      if (pageSizeToken) input[pageSizeToken] = input[pageSizeToken] ?? config.pageSize;
      if (!(config.client instanceof Client)) throw new Error(`Invalid client, expected instance of ${Client.name}`);
      const command = new Command(input);
      const page = (await (config.client as Sender).send(config.withCommand?.(command) ?? command, ...args)) as Input;
      yield page;
      const previous = token;
      token = page?.[outputToken];
      hasNext = !!(token && (!config.stopOnSameToken || token !== previous));
    }
    return undefined;
  };
}

/** A modeled error whose constructor also keeps its own members (the base class keeps only name, message, $fault, $metadata). */
function modeledException(Base: typeof ServiceException, name: string, members: readonly string[] = []): ExceptionClass {
  const Plain = exceptionClass(Base, name, name === 'InternalServerError' ? 'server' : 'client');
  if (members.length === 0) return Plain;
  const Class = class extends Plain {
    constructor(options: ModeledOptions) {
      super(options);
      for (const member of members) (this as unknown as Input)[member] = options[member];
    }
  };
  return Object.defineProperty(Class, 'name', { value: name });
}

export function createDynamoDBModule(deps: ClientDeps): Record<string, unknown> {
  const DynamoDBServiceException = serviceBase('DynamoDBServiceException');
  const modeled: Record<string, ExceptionClass> = Object.fromEntries(MODELED.map((name) => [name, modeledException(DynamoDBServiceException, name, MEMBERS[name])]));
  const Base = defineClient('DynamoDBClient', { service: 'dynamodb', toError: (info: SdkErrorInfo) => toException(info, modeled, DynamoDBServiceException) }, deps);

  class DynamoDBClient extends Base {
    /** Low-level commands go as they are; lib-dynamodb's are translated with this client's translateConfig. */
    override send(command: unknown, optionsOrCallback?: unknown, callback?: unknown): Promise<Input> | void {
      const translate = (command as Partial<DocumentCommand> | null)?.[DOCUMENT];
      if (typeof translate !== 'function') return super.send(command, optionsOrCallback, callback);
      const done = (typeof optionsOrCallback === 'function' ? optionsOrCallback : callback) as Callback | undefined;
      // Marshalling runs inside the send (a middleware in the SDK), so its errors reject rather than throw.
      const sent = (async () => {
        const translation = translate.call(command, this.config.translateConfig);
        return translation.output((await super.send(translation.command)) as Input);
      })();
      if (typeof done !== 'function') return sent;
      sent.then((output) => done(null, output), (error: unknown) => done(error));
    }
  }

  const commands: Record<string, CommandClass> = Object.fromEntries(OPERATIONS.map((operation) => [operation, defineCommand('dynamodb', { operation })]));
  const enums = Object.fromEntries(Object.entries(ENUMS).map(([name, values]) => [name, Object.fromEntries(values.map((value) => [value, value]))]));

  return sdkPackage('@aws-sdk/client-dynamodb', {
    DynamoDBClient,
    DynamoDB: aggregateClient(DynamoDBClient, 'DynamoDB', commands),
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    paginateListTables: createPaginator(DynamoDBClient, commands.ListTables!, 'ExclusiveStartTableName', 'LastEvaluatedTableName', 'Limit'),
    paginateQuery: createPaginator(DynamoDBClient, commands.Query!, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit'),
    paginateScan: createPaginator(DynamoDBClient, commands.Scan!, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit'),
    DynamoDBServiceException,
    ...modeled,
    ...enums,
  });
}
