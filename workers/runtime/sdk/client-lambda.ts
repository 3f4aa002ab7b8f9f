// `@aws-sdk/client-lambda` inside the sandbox: LambdaClient and InvokeCommand (sync, Event, DryRun),
// the aggregated Lambda class and the modeled exceptions. Payloads go out as text and come back as
// bytes with `transformToString()`, as the SDK's Uint8ArrayBlobAdapter.
import type { SdkErrorInfo } from '../../../src/engine/sdk/types';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps } from './client';
import { exceptionClass, serviceBase, toException } from './errors';
import { decodeBytes } from './stream-mixin';

/** The SDK's Uint8ArrayBlobAdapter: the response Payload, bytes that can also read themselves as text. */
class Uint8ArrayBlobAdapter extends Uint8Array {
  transformToString(encoding = 'utf-8'): string {
    return decodeBytes(this, encoding);
  }
}

const utf8 = new TextDecoder();

/** Payload as the SDK accepts it (string, bytes, ArrayBuffer), as the JSON text it must be. */
function payloadText(payload: unknown): string | undefined {
  if (payload === undefined || payload === null || typeof payload === 'string') return payload ?? undefined;
  if (ArrayBuffer.isView(payload)) return utf8.decode(payload);
  if (payload instanceof ArrayBuffer) return utf8.decode(payload);
  const received = typeof payload === 'object' ? `an instance of ${payload.constructor?.name ?? 'Object'}` : `type ${typeof payload} (${String(payload)})`;
  throw new TypeError(`The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received ${received}`);
}

export function createLambdaModule(deps: ClientDeps): Record<string, unknown> {
  const LambdaServiceException = serviceBase('LambdaServiceException');
  const modeled = Object.fromEntries(
    [
      'ResourceNotFoundException', 'TooManyRequestsException', 'InvalidRequestContentException', 'RequestTooLargeException',
      'InvalidParameterValueException', 'ResourceConflictException', 'RecursiveInvocationException', 'UnsupportedMediaTypeException',
    ].map((name) => [name, exceptionClass(LambdaServiceException, name)]),
  );
  // Lambda's own 500 is modeled as `ServiceException` (a different thing from smithy's base class).
  modeled.ServiceException = exceptionClass(LambdaServiceException, 'ServiceException', 'server');
  const LambdaClient = defineClient('LambdaClient', { service: 'lambda', toError: (info: SdkErrorInfo) => toException(info, modeled, LambdaServiceException) }, deps);
  const InvokeCommand = defineCommand('lambda', {
    operation: 'Invoke',
    labels: ['FunctionName'],
    async prepare(input) {
      const Payload = payloadText(input.Payload);
      return { input: { ...input, Payload }, transfer: [] };
    },
    finish(output) {
      const bytes = output.Payload instanceof Uint8Array ? output.Payload : new Uint8Array(0);
      return { ...output, Payload: Object.setPrototypeOf(bytes, Uint8ArrayBlobAdapter.prototype) as Uint8ArrayBlobAdapter };
    },
  });
  return sdkPackage('@aws-sdk/client-lambda', {
    LambdaClient,
    Lambda: aggregateClient(LambdaClient, 'Lambda', { Invoke: InvokeCommand }),
    InvokeCommand,
    InvocationType: { DryRun: 'DryRun', Event: 'Event', RequestResponse: 'RequestResponse' },
    LogType: { None: 'None', Tail: 'Tail' },
    LambdaServiceException,
    ...modeled,
  });
}
