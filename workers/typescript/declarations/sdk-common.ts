// Declarations shared by the simulated AWS SDK v3 packages: the `client.send(new XCommand(input))`
// shape, `$metadata`, service exceptions and paginators, as `@smithy/types` and the clients define them.

/** Served as /node_modules/@smithy/types (the real package is types only, so importing types from it is safe). */
export const SMITHY_TYPES = `
/** What every SDK v3 output carries about the call. */
export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}
export interface MetadataBearer {
  $metadata: ResponseMetadata;
}
export type Provider<T> = () => Promise<T>;
export interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}
/** Client settings. The playground reads 'region' and accepts (and ignores) the rest. */
export interface ClientConfiguration {
  region?: string | Provider<string>;
  credentials?: AwsCredentialIdentity | Provider<AwsCredentialIdentity>;
  endpoint?: string;
  maxAttempts?: number | Provider<number>;
  logger?: Partial<Record<'debug' | 'info' | 'warn' | 'error', (...content: any[]) => void>>;
  [setting: string]: unknown;
}
export interface HttpHandlerOptions {
  abortSignal?: AbortSignal;
  requestTimeout?: number;
}
export interface MiddlewareStack {
  add(middleware: unknown, options?: unknown): void;
  addRelativeTo(middleware: unknown, options: unknown): void;
  use(pluggable: unknown): void;
  remove(toRemove: unknown): boolean;
  removeByTag(toRemove: string): boolean;
  identify(): string[];
}
declare const commandOutput: unique symbol;
declare const commandService: unique symbol;
/** A command: its input, and (as types only) its output and the service whose client sends it. */
export interface Command<Input extends object, Output extends MetadataBearer, Service extends string = string> {
  readonly input: Input;
  readonly middlewareStack: MiddlewareStack;
  readonly [commandOutput]?: Output;
  readonly [commandService]?: Service;
}
export interface CommandConstructor<Input extends object, Output extends MetadataBearer, Service extends string> {
  new (input: Input): Command<Input, Output, Service>;
}
/** A command whose input has no required member may be built without one. */
export interface OptionalInputCommandConstructor<Input extends object, Output extends MetadataBearer, Service extends string> {
  new (input?: Input): Command<Input, Output, Service>;
}
export type Callback<Output> = (error: any, data?: Output) => void;
/** An SDK v3 client: 'send' a command of its own service as a promise or with a callback. */
export interface Client<Service extends string, Config = ClientConfiguration> {
  readonly config: Config & { region: Provider<string> };
  readonly middlewareStack: MiddlewareStack;
  send<Input extends object, Output extends MetadataBearer>(command: Command<Input, Output, Service>, options?: HttpHandlerOptions): Promise<Output>;
  send<Input extends object, Output extends MetadataBearer>(command: Command<Input, Output, Service>, callback: Callback<Output>): void;
  send<Input extends object, Output extends MetadataBearer>(command: Command<Input, Output, Service>, options: HttpHandlerOptions, callback: Callback<Output>): void;
  destroy(): void;
}
export interface ClientConstructor<Service extends string, Config = ClientConfiguration> {
  new (config?: Config): Client<Service, Config>;
}
/** The base class of a service's errors: 'name' is the error code, '$fault' says whose fault it was. */
export interface ServiceException extends Error, MetadataBearer {
  readonly $fault: 'client' | 'server';
  $response?: unknown;
  $retryable?: { throttling?: boolean };
}
export interface ServiceExceptionOptions {
  name: string;
  message?: string;
  $fault: 'client' | 'server';
  $metadata: ResponseMetadata;
}
export interface ServiceExceptionConstructor<T extends ServiceException = ServiceException> {
  new (options: ServiceExceptionOptions & Partial<Omit<T, keyof ServiceException>>): T;
  readonly prototype: T;
}
export type Paginator<T> = AsyncGenerator<T, undefined, unknown>;
export interface PaginationConfiguration<ClientType = unknown> {
  client: ClientType;
  pageSize?: number;
  startingToken?: any;
  stopOnSameToken?: boolean;
}
`;

/** Served as /node_modules/@aws-sdk/util-stream-node: response bodies and 'sdkStreamMixin'. */
export const UTIL_STREAM_NODE = `
import type { Readable } from 'node:stream';
/** What SDK v3 adds to a response body stream: read it once, as bytes, text or a web stream. */
export interface SdkStreamMixin {
  transformToByteArray(): Promise<Uint8Array>;
  transformToString(encoding?: string): Promise<string>;
  transformToWebStream(): ReadableStream<Uint8Array>;
}
export type SdkStream<BaseStream> = BaseStream & SdkStreamMixin;
/** Adds the mixin to a Node Readable (any other stream is refused). */
export declare function sdkStreamMixin(stream: unknown): SdkStream<Readable>;
`;

/** One command of a package: the names of its input and output shapes (null: no members). */
export interface OperationDecl {
  name: string;
  input: string | null;
  output: string | null;
  /** True when no input member is required, so \`new XCommand()\` is allowed. */
  optionalInput?: boolean;
}

export interface PackageDecl {
  /** The service brand that ties commands to their client ('s3', 'dynamodb', ...). */
  service: string;
  /** Client class name, e.g. 'S3Client'; the aggregated class drops the suffix ('S3'). */
  client: string;
  operations: OperationDecl[];
  /** Base exception class name, e.g. 'S3ServiceException' (none for lib-dynamodb, whose errors are the client's). */
  baseException?: string;
  /** Modeled exception name → extra members it carries (empty string for none). */
  exceptions: Record<string, string>;
  /** The shapes, enums and extras of the package, hand-written. */
  body: string;
  /** Declares the client and the aggregated class' constructors in place of new XClient(config) (lib-dynamodb wraps a client). */
  constructors?: { client: string; aggregate: string };
}

const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);

/**
 * The repetitive part of a client package's declarations, written once: the client, each
 * command's input/output interfaces and class, the aggregated client's methods, the exceptions.
 */
export function packageDeclarations(decl: PackageDecl): string {
  const { service, client } = decl;
  const aggregate = client.replace(/Client$/, '');
  const brand = `'${service}'`;
  const lines = [
    "import type { Callback, Client, ClientConfiguration, ClientConstructor, Command, CommandConstructor, HttpHandlerOptions, MetadataBearer, OptionalInputCommandConstructor, Paginator, PaginationConfiguration, ServiceException as SmithyServiceException, ServiceExceptionConstructor } from '@smithy/types';",
    'export type { MetadataBearer, Paginator, PaginationConfiguration };',
    `export interface ${client}Config extends ClientConfiguration {}`,
    `export type ${client} = Client<${brand}, ${client}Config>;`,
    decl.constructors?.client ?? `export declare const ${client}: ClientConstructor<${brand}, ${client}Config>;`,
  ];
  if (decl.baseException) {
    lines.push(`export type ${decl.baseException} = SmithyServiceException;`, `export declare const ${decl.baseException}: ServiceExceptionConstructor;`);
  }
  const methods: string[] = [];
  for (const op of decl.operations) {
    const input = `${op.name}CommandInput`;
    const output = `${op.name}CommandOutput`;
    lines.push(
      `export interface ${input}${op.input ? ` extends ${op.input}` : ''} {}`,
      `export interface ${output} extends ${op.output ? `${op.output}, ` : ''}MetadataBearer {}`,
      `export type ${op.name}Command = Command<${input}, ${output}, ${brand}>;`,
      `export declare const ${op.name}Command: ${op.optionalInput || !op.input ? 'OptionalInputCommandConstructor' : 'CommandConstructor'}<${input}, ${output}, ${brand}>;`,
    );
    const args = `args${op.optionalInput || !op.input ? '?' : ''}: ${input}`;
    const method = lowerFirst(op.name);
    methods.push(
      `  ${method}(${args}, options?: HttpHandlerOptions): Promise<${output}>;`,
      `  ${method}(args: ${input}, callback: Callback<${output}>): void;`,
      `  ${method}(args: ${input}, options: HttpHandlerOptions, callback: Callback<${output}>): void;`,
    );
  }
  lines.push(
    `/** The aggregated client: one method per command, e.g. ${lowerFirst(decl.operations[0]!.name)}(input). */`,
    `export interface ${aggregate} extends ${client} {`,
    ...methods,
    '}',
    decl.constructors?.aggregate ?? `export declare const ${aggregate}: { new (config?: ${client}Config): ${aggregate} };`,
  );
  for (const [name, extra] of Object.entries(decl.exceptions)) {
    const members = extra ? ` & { ${extra} }` : '';
    lines.push(
      `export type ${name} = ${decl.baseException ?? 'SmithyServiceException'} & { readonly name: '${name}' }${members};`,
      `export declare const ${name}: ServiceExceptionConstructor<${name}>;`,
    );
  }
  return `${lines.join('\n')}\n${decl.body}`;
}
