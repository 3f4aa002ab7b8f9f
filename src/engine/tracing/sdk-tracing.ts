// SDK calls a handler makes, traced: each call becomes a subsegment of the calling invocation with
// its duration and outcome, and what it causes (an S3 notification, a message, an invoke) continues
// from it. SQS messages get the AWSTraceHeader system attribute, as the traced AWS SDK sends it.
import type { SdkCall, SdkCaller, SdkDispatcher, SdkResult } from '../sdk/types';
import type { Tracer, TraceCarrier } from './tracer';
import type { HopStatus, TraceService } from './types';

/** The resource a call acts on, for the hop's name. */
function resourceOf(call: SdkCall): string {
  const input = call.input;
  const pick = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : undefined);
  const queue = pick('QueueUrl')?.split('/').pop();
  const arn = pick('TopicArn') ?? pick('TargetArn');
  return pick('Bucket') ?? pick('TableName') ?? queue ?? arn?.split(':').pop() ?? pick('FunctionName') ?? pick('QueueName') ?? pick('Name') ?? call.service;
}

const SERVICE: Record<SdkCall['service'], TraceService> = {
  s3: 's3', lambda: 'lambda', dynamodb: 'dynamodb', sqs: 'sqs', sns: 'sns', eventbridge: 'eventbridge', cloudwatch: 'cloudwatch', logs: 'logs',
};

/** X-Ray's reading of an HTTP status: 429 throttle, 4xx error, 5xx fault. */
function statusOf(result: SdkResult): HopStatus {
  if (result.ok) return 'ok';
  const code = result.error.statusCode;
  return code === 429 ? 'throttled' : code >= 500 ? 'fault' : 'error';
}

/** "AWSTraceHeader" on each message sent, unless the caller set one. */
function withTraceAttribute(call: SdkCall, header: string): SdkCall {
  const attribute = { AWSTraceHeader: { StringValue: header, DataType: 'String' } };
  const stamp = (entry: unknown) => {
    if (!entry || typeof entry !== 'object') return entry;
    const e = entry as Record<string, unknown>;
    const existing = e.MessageSystemAttributes as Record<string, unknown> | undefined;
    return existing?.AWSTraceHeader ? e : { ...e, MessageSystemAttributes: { ...existing, ...attribute } };
  };
  if (call.operation === 'SendMessage') return { ...call, input: stamp(call.input) as Record<string, unknown> };
  if (call.operation === 'SendMessageBatch' && Array.isArray(call.input.Entries)) return { ...call, input: { ...call.input, Entries: call.input.Entries.map(stamp) } };
  return call;
}

/** Wraps the SDK dispatcher: every call of a traced invocation is recorded and carries the trace on. */
export function tracedSdk(tracer: Tracer, dispatch: SdkDispatcher): SdkDispatcher {
  return async (call: SdkCall, caller: SdkCaller): Promise<SdkResult> => {
    const chain = caller.chain as TraceCarrier | undefined;
    if (chain?.trace === undefined) return dispatch(call, caller);
    const open = tracer.hop(chain.trace, { kind: 'sdk', service: SERVICE[call.service], name: resourceOf(call), operation: call.operation });
    if (!open) return dispatch(call, caller);
    const traced = call.service === 'sqs' ? withTraceAttribute(call, open.header) : call;
    const result = await dispatch(traced, { ...caller, chain: { ...chain, trace: open.header } });
    tracer.end(open, statusOf(result), result.ok ? {} : { error: `${result.error.name}: ${result.error.message}`, httpStatus: result.error.statusCode });
    return result;
  };
}
