import { describe, expect, it } from 'vitest';
import { ManualClock } from '../testing/fake-ports';
import type { InvocationRecord } from '../lambda/invoker';
import type { SdkCall, SdkCaller, SdkResult } from '../sdk/types';
import { tracedSdk } from './sdk-tracing';
import { parseTraceHeader } from './trace-ids';
import { Tracer } from './tracer';

const record = (over: Partial<InvocationRecord>): InvocationRecord => ({
  requestId: 'r1', functionName: 'f', version: '$LATEST', environmentId: 'e1', startedAt: 0, coldStart: false, status: 'success',
  durationMs: 10, billedDurationMs: 10, memorySizeMB: 128, maxMemoryUsedMB: 40, payload: 'null', logStreamName: 's', logLines: [], ...over,
});

describe('Tracer', () => {
  it('starts a trace for an event nobody traced, with its origin as the entry', () => {
    const clock = new ManualClock();
    const tracer = new Tracer(() => clock.now());
    const chain = tracer.accept({} as { trace?: string }, { functionName: 'f', origin: 'EventBridge rule nightly' });
    const header = parseTraceHeader(chain.trace)!;
    const trace = tracer.store.get(header.root)!;
    expect(trace.hops).toMatchObject([{ id: header.parent, kind: 'entry', service: 'eventbridge', name: 'EventBridge rule nightly', status: 'ok' }]);
    // A chain that already has a trace keeps it.
    expect(tracer.accept({ trace: chain.trace }, { functionName: 'g' }).trace).toBe(chain.trace);
    expect(tracer.store.size).toBe(1);
  });

  it('records the queue wait, the INIT of a cold start and a failed invocation under what caused them', () => {
    const clock = new ManualClock();
    const tracer = new Tracer(() => clock.now());
    const t0 = clock.now();
    const chain = tracer.accept({}, { functionName: 'f', origin: 's3:ObjectCreated:Put on bucket b', queued: true });
    clock.advance(40);
    const span = tracer.startInvocation('f', chain)!;
    clock.advance(300);
    tracer.finishInvocation(span, record({ startedAt: t0 + 40, coldStart: true, initDurationMs: 200, status: 'error', error: { errorType: 'TypeError', errorMessage: 'boom', trace: [] } }), '/aws/lambda/f');
    const [entry, wait, invocation, init] = span.trace.hops;
    expect(wait).toMatchObject({ kind: 'queue', service: 's3', parentId: entry!.id, start: t0, end: t0 + 40 });
    expect(invocation).toMatchObject({ kind: 'invocation', parentId: wait!.id, start: t0 + 40, end: t0 + 340, status: 'error', error: 'TypeError: boom', logGroup: '/aws/lambda/f', requestId: 'r1' });
    expect(init).toMatchObject({ kind: 'init', parentId: invocation!.id, start: t0 + 40, end: t0 + 240 });
    expect(parseTraceHeader(span.header)!.parent).toBe(invocation!.id);
    expect(span.trace.error).toBe(true);
  });

  it('marks a throttle in the trace of whatever asked', () => {
    const tracer = new Tracer(() => 5);
    const chain = tracer.accept({}, { functionName: 'f' });
    tracer.throttled(chain, 'f', 'ReservedFunctionConcurrentInvocationLimitExceeded');
    const trace = tracer.store.get(parseTraceHeader(chain.trace)!.root)!;
    expect(trace.hops.at(-1)).toMatchObject({ kind: 'throttle', status: 'throttled', error: 'TooManyRequestsException: ReservedFunctionConcurrentInvocationLimitExceeded' });
    expect(trace.throttled).toBe(true);
  });

  it('takes the header an event source carried (an SQS message, the gateway) over a new trace', () => {
    const tracer = new Tracer(() => 5);
    const upstream = tracer.begin({ kind: 'gateway', service: 'apigateway', name: 'api' });
    const chain = tracer.accept({}, { functionName: 'f', trace: upstream.header, origin: 'SQS queue q', queued: true, queuedSince: 1 });
    const span = tracer.startInvocation('f', chain)!;
    expect(span.trace.id).toBe(upstream.trace.id);
    expect(span.trace.hops.map((h) => h.kind)).toEqual(['gateway', 'queue', 'invocation']);
  });
});

describe('traced SDK calls', () => {
  const ok: SdkResult = { ok: true, output: {} };
  it('records each call as a subsegment and hands the next service a header naming it', async () => {
    const clock = new ManualClock();
    const tracer = new Tracer(() => clock.now());
    const span = tracer.startInvocation('f', tracer.accept({}, { functionName: 'f' }))!;
    const seen: Array<{ call: SdkCall; caller: SdkCaller }> = [];
    const dispatch = tracedSdk(tracer, async (call, caller) => {
      seen.push({ call, caller });
      clock.advance(7);
      return call.operation === 'GetObject' ? { ok: false, error: { name: 'NoSuchKey', message: 'gone', statusCode: 404, requestId: 'x', fields: {} } } : ok;
    });
    const caller: SdkCaller = { functionName: 'f', version: '$LATEST', requestId: 'r1', chain: { originId: 'o', count: 1, trace: span.header } };
    await dispatch({ service: 'sqs', operation: 'SendMessage', input: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', MessageBody: 'x' } }, caller);
    await dispatch({ service: 's3', operation: 'GetObject', input: { Bucket: 'b', Key: 'k' } }, caller);
    const [send, get] = span.trace.hops.filter((h) => h.kind === 'sdk');
    expect(send).toMatchObject({ service: 'sqs', operation: 'SendMessage', name: 'jobs', parentId: span.hop.id, status: 'ok' });
    expect(send!.end! - send!.start).toBe(7);
    expect(get).toMatchObject({ service: 's3', name: 'b', status: 'error', error: 'NoSuchKey: gone', httpStatus: 404 });
    const sentHeader = (seen[0]!.call.input.MessageSystemAttributes as { AWSTraceHeader: { StringValue: string; DataType: string } }).AWSTraceHeader;
    expect(sentHeader.DataType).toBe('String');
    expect(parseTraceHeader(sentHeader.StringValue)!.parent).toBe(send!.id);
    expect(parseTraceHeader((seen[1]!.caller.chain as { trace: string }).trace)!.parent).toBe(get!.id);
  });

  it('leaves calls of an untraced caller as they are', async () => {
    const tracer = new Tracer(() => 0);
    const calls: SdkCall[] = [];
    const call: SdkCall = { service: 'sqs', operation: 'SendMessage', input: { MessageBody: 'x' } };
    await tracedSdk(tracer, async (c) => (calls.push(c), ok))(call, { functionName: 'f', version: '1', requestId: 'r' });
    expect(calls[0]).toBe(call);
    expect(tracer.store.size).toBe(0);
  });
});
