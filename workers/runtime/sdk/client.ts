// What every SDK v3 client shares: `new XClient(config)`, `client.send(new XCommand(input))` as a
// promise or with a callback, `destroy()`, `config.region()`; commands keep their `input`; the
// aggregated `X` class has a method per command (`new S3().getObject(input)`).
import type { SdkErrorInfo, SdkService } from '../../../src/engine/sdk/types';
import { checkLabels, type ServiceException } from './errors';
import type { SdkTransport } from './transport';

type Input = Record<string, unknown>;
type Callback = (error: unknown, output?: unknown) => void;

/** One command: how its input travels and how its output comes back. */
export interface OperationSpec {
  operation: string;
  /** Members the SDK refuses to send without (path labels). */
  labels?: readonly string[];
  /** The input as it travels (a stream Body read to the end, ...), and buffers it may hand over. */
  prepare?(input: Input): Promise<{ input: Input; transfer: Transferable[] }>;
  /** The output as the SDK gives it (a Body stream, a Payload of bytes, ...). */
  finish?(output: Input): Input;
}

export interface ServiceSpec {
  service: SdkService;
  toError(info: SdkErrorInfo): ServiceException;
}

export interface ClientDeps {
  transport: SdkTransport;
  /** `AWS_REGION` of the environment, as the SDK's default region provider reads it. */
  defaultRegion(): string;
}

export type CommandClass = new (input?: Input) => { readonly input: Input };

const SPEC = Symbol('sdk operation');

const named = <T>(value: T, name: string): T => Object.defineProperty(value, 'name', { value: name });

/** A middleware stack that accepts middleware and ignores it: the playground has no HTTP layer to hook. */
const middlewareStack = () => ({ add() {}, addRelativeTo() {}, use() {}, remove: () => false, removeByTag: () => false, identify: () => [] as string[] });

/**
 * Input as plain data, as the SDK's serializers see it: only data members travel (functions are
 * dropped), so posting it never fails on something structured clone cannot copy.
 */
function plain(value: unknown, depth = 0): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date || value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value;
  if (depth > 32) return undefined;
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1) ?? null);
  const out: Input = {};
  for (const [key, member] of Object.entries(value)) {
    const copy = plain(member, depth + 1);
    if (copy !== undefined) out[key] = copy;
  }
  return out;
}

export function defineCommand(service: SdkService, spec: OperationSpec): CommandClass {
  const Command = class {
    readonly middlewareStack = middlewareStack();
    constructor(readonly input: Input = {}) {}
  };
  Object.defineProperty(Command.prototype, SPEC, { value: { ...spec, service } });
  return named(Command, `${spec.operation}Command`);
}

export function defineClient(name: string, service: ServiceSpec, deps: ClientDeps) {
  const Client = class {
    readonly config: Input & { region: () => Promise<string> };
    readonly middlewareStack = middlewareStack();

    constructor(config: Input = {}) {
      const region = config.region;
      // Credentials, endpoints, retries and the rest are accepted and ignored: the host signs nothing.
      this.config = {
        ...config,
        region: async () => String((typeof region === 'function' ? await (region as () => unknown)() : region) ?? deps.defaultRegion()),
      };
    }

    send(command: unknown, optionsOrCallback?: unknown, callback?: unknown): Promise<Input> | void {
      const done = (typeof optionsOrCallback === 'function' ? optionsOrCallback : callback) as Callback | undefined;
      const sent = this.#send(command);
      if (typeof done !== 'function') return sent;
      sent.then((output) => done(null, output), (error: unknown) => done(error));
    }

    destroy(): void {}

    async #send(command: unknown): Promise<Input> {
      const spec = (command as { [SPEC]?: OperationSpec & { service: SdkService } } | null)?.[SPEC];
      if (!spec || spec.service !== service.service) {
        throw new TypeError(`${name}.send() takes a command of its own package, got ${(command as object | null)?.constructor?.name ?? String(command)}`);
      }
      const input = (command as { input?: Input }).input ?? {};
      checkLabels(input, spec.labels ?? []);
      const prepared = spec.prepare ? await spec.prepare(input) : { input, transfer: [] };
      const result = await deps.transport.call(service.service, spec.operation, plain(prepared.input) as Input, await this.config.region(), prepared.transfer);
      if (!result.ok) throw service.toError(result.error);
      return spec.finish ? spec.finish(result.output) : result.output;
    }
  };
  return named(Client, name);
}

/** The aggregated client (`S3`, `Lambda`): one method per command, `getObject(input, callback?)`. */
// (`any[]`: TypeScript lets a generic class be extended only with that constructor type.)
export function aggregateClient<T extends new (...args: any[]) => { send: (...args: unknown[]) => unknown }>(
  Client: T,
  name: string,
  commands: Record<string, CommandClass>,
): T {
  const Aggregated = class extends Client {};
  for (const [operation, Command] of Object.entries(commands)) {
    const method = operation[0]!.toLowerCase() + operation.slice(1);
    Object.defineProperty(Aggregated.prototype, method, {
      value(this: InstanceType<T>, input: Input, optionsOrCallback?: unknown, callback?: unknown) {
        return this.send(new Command(input), optionsOrCallback, callback);
      },
    });
  }
  return named(Aggregated, name);
}

/**
 * The package's exports; a command the playground does not simulate (`ListFunctionsCommand`) is
 * found anyway, and fails clearly when built, instead of being `undefined`. Bundles read named
 * imports through an object with the module's prototype, so this works for ESM imports too.
 */
export function sdkPackage(packageName: string, exports: Record<string, unknown>): Record<string, unknown> {
  const simulated = Object.keys(exports).filter((key) => key.endsWith('Command')).join(', ');
  const fallback = new Proxy({}, {
    get(_target, key) {
      if (typeof key !== 'string' || !/^[A-Z]\w*Command$/.test(key)) return undefined;
      const command = key;
      return named(
        class {
          constructor() {
            throw new Error(`${command} is not simulated by this playground: its ${packageName} has ${simulated}.`);
          }
        },
        command,
      );
    },
  });
  return Object.assign(Object.create(fallback) as Record<string, unknown>, exports);
}
