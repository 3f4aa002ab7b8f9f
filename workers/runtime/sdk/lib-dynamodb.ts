// `@aws-sdk/lib-dynamodb` inside the sandbox: DynamoDBDocumentClient and DynamoDBDocument over the
// sandbox's DynamoDBClient, the document commands (plain JavaScript values in and out, marshalled
// by the real util-dynamodb), the paginators and NumberValue.
import { NumberValueImpl, type marshallOptions, type unmarshallOptions } from '@aws-sdk/util-dynamodb';
import { aggregateClient, sdkPackage, type CommandClass } from './client';
import { DOCUMENT, createPaginator, type DocumentTranslation } from './client-dynamodb';
import { DOCUMENT_COMMANDS, marshallInput, unmarshallOutput, type KeyNodes } from './lib-dynamodb-keys';

type Input = Record<string, unknown>;

interface TranslateConfig {
  marshallOptions?: marshallOptions;
  unmarshallOptions?: unmarshallOptions;
}

/** What the document client needs of the DynamoDBClient it wraps. */
interface WrappedClient {
  config: Input;
  middlewareStack: unknown;
  send(command: unknown, optionsOrCallback?: unknown, callback?: unknown): Promise<Input> | void;
}

/**
 * One document command: it holds the low-level command it stands for (`clientCommand`, whose
 * middleware stack it shares, as the real one), and is translated when sent, with the options of
 * the client it goes through.
 */
function documentCommand(name: string, ClientCommand: CommandClass, nodes: { input: KeyNodes; output: KeyNodes }): CommandClass {
  const Command = class {
    readonly clientCommand: { readonly input: Input };
    readonly middlewareStack: unknown;

    constructor(readonly input: Input = {}) {
      this.clientCommand = new ClientCommand(input);
      this.middlewareStack = (this.clientCommand as { middlewareStack?: unknown }).middlewareStack;
    }

    [DOCUMENT](translateConfig: unknown): DocumentTranslation {
      // As the real addMarshallingMiddleware: the defaults are written into the caller's options objects.
      const { marshallOptions = {}, unmarshallOptions = {} } = (translateConfig || {}) as TranslateConfig;
      marshallOptions.convertTopLevelContainer = marshallOptions.convertTopLevelContainer ?? true;
      unmarshallOptions.convertWithoutMapWrapper = unmarshallOptions.convertWithoutMapWrapper ?? true;
      return {
        command: new ClientCommand(marshallInput(this.input, nodes.input, marshallOptions)),
        output: (output) => unmarshallOutput(output, nodes.output, unmarshallOptions),
      };
    }
  };
  return Object.defineProperty(Command, 'name', { value: `${name}Command` });
}

/** The package over the sandbox's `@aws-sdk/client-dynamodb` module (its DynamoDBClient and commands). */
export function createLibDynamoDBModule(client: Record<string, unknown>): Record<string, unknown> {
  const commands: Record<string, CommandClass> = Object.fromEntries(
    Object.entries(DOCUMENT_COMMANDS).map(([name, spec]) => [name, documentCommand(name, client[`${spec.operation}Command`] as CommandClass, spec)]),
  );

  class DynamoDBDocumentClient {
    /** The wrapped client's own config object: its translateConfig then applies to document commands sent through either. */
    readonly config: Input;
    readonly middlewareStack: unknown;
    readonly #client: WrappedClient;

    constructor(client: WrappedClient, translateConfig?: TranslateConfig) {
      this.config = client.config;
      this.config.translateConfig = translateConfig;
      this.middlewareStack = client.middlewareStack;
      if (this.config?.cacheMiddleware) {
        throw new Error('@aws-sdk/lib-dynamodb - cacheMiddleware=true is not compatible with the DynamoDBDocumentClient. This option must be set to false.');
      }
      this.#client = client;
    }

    static from<T extends typeof DynamoDBDocumentClient>(this: T, client: WrappedClient, translateConfig?: TranslateConfig): InstanceType<T> {
      return new this(client, translateConfig) as InstanceType<T>;
    }

    send(command: unknown, optionsOrCallback?: unknown, callback?: unknown): Promise<Input> | void {
      return this.#client.send(command, optionsOrCallback, callback);
    }

    /** Leaves the wrapped client usable, as the real one does. */
    destroy(): void {}
  }

  const BatchGetCommand = commands.BatchGet!;

  /** BatchGet again with each response's UnprocessedKeys, until none are left. */
  async function* paginatedBatchGet(config: { client: DynamoDBDocumentClient }, input: Input): AsyncGenerator<Input, void> {
    let requestItems = input.RequestItems as Input | undefined;
    while (requestItems && Object.keys(requestItems).length > 0) {
      const response = (await config.client.send(new BatchGetCommand({ ...input, RequestItems: requestItems }))) as Input;
      requestItems = response.UnprocessedKeys as Input | undefined;
      yield response;
    }
  }

  const DynamoDBDocument = aggregateClient(DynamoDBDocumentClient, 'DynamoDBDocument', commands);
  Object.defineProperty(DynamoDBDocument.prototype, 'paginatedBatchGet', {
    value(this: DynamoDBDocumentClient, input: Input) {
      return paginatedBatchGet({ client: this }, input);
    },
  });

  return sdkPackage('@aws-sdk/lib-dynamodb', {
    DynamoDBDocumentClient,
    DynamoDBDocument,
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    paginateQuery: createPaginator(DynamoDBDocumentClient, commands.Query!, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit'),
    paginateScan: createPaginator(DynamoDBDocumentClient, commands.Scan!, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit'),
    paginatedBatchGet,
    NumberValue: NumberValueImpl,
  });
}
