// Dead-letter queues of asynchronous invocation: what is sent when an event is discarded, with which
// attributes, to which version's target, beside an on-failure destination, and what is logged.
import { afterEach, describe, expect, it } from 'vitest';
import { functionArn } from '../../ids';
import { deadLetterHarness, type DeadLetterHarnessOptions } from './dead-letter-harness';
import { flush } from './test-harness';

const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';

let harness: ReturnType<typeof deadLetterHarness> | undefined;
afterEach(() => harness?.dispose());

function setup(options: DeadLetterHarnessOptions = {}) {
  harness = deadLetterHarness(options);
  return harness;
}

const failing = (message = 'boom') => () => {
  throw new Error(message);
};

describe('a discarded event goes to the dead-letter queue', () => {
  it('after the last retry: the original payload, with RequestID, ErrorCode 200 and the error message', async () => {
    const h = setup();
    await h.deploy('orders', failing('card declined'), { DeadLetterConfig: { TargetArn: QUEUE } });
    const { requestId } = await h.lambda.invokeAsync({ FunctionName: 'orders', Payload: '{ "order": 7 }' });
    await flush();
    expect(h.sent).toEqual([]);
    await h.advance(60_000);
    expect(h.sent).toEqual([]);
    await h.advance(120_000);

    expect(h.runs.filter((r) => r.functionName === 'orders')).toHaveLength(3);
    expect(h.sent).toEqual([{
      targetArn: QUEUE,
      // The event as it came (spacing and all), not Lambda's invocation record.
      payload: '{ "order": 7 }',
      attributes: {
        RequestID: { DataType: 'String', StringValue: requestId },
        ErrorCode: { DataType: 'Number', StringValue: '200' },
        ErrorMessage: { DataType: 'String', StringValue: 'card declined' },
      },
      // Sent as the version that ran, under its role, one step further along the event's chain.
      sender: { functionName: 'orders', version: '$LATEST', roleArn: 'arn:aws:iam::123456789012:role/service-role/orders-role', chain: { originId: expect.any(String), count: 1 } },
    }]);
    expect(h.logText('orders')).toContain(`Event of RequestId: ${requestId} (RetriesExhausted) sent to dead-letter queue ${QUEUE}`);
  });

  it('is sent as well as the on-failure destination record, when both are configured', async () => {
    const h = setup();
    await h.deploy('audit', () => null);
    await h.deploy('orders', failing(), { DeadLetterConfig: { TargetArn: TOPIC } });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: functionArn('audit') } } });
    await h.lambda.invokeAsync({ FunctionName: 'orders', Payload: '{"n":1}' });
    await h.advance(1000);

    expect(h.sent.map((m) => [m.targetArn, m.payload])).toEqual([[TOPIC, '{"n":1}']]);
    const record = JSON.parse(h.runs.find((r) => r.functionName === 'audit')!.payload) as { requestContext: { condition: string } };
    expect(record.requestContext.condition).toBe('RetriesExhausted');
  });

  it('when the event grows too old, and not at all when it succeeds', async () => {
    const h = setup();
    let fail = true;
    await h.deploy('orders', () => {
      if (fail) throw new Error('later');
      return 'ok';
    }, { DeadLetterConfig: { TargetArn: QUEUE } });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', MaximumEventAgeInSeconds: 60 });
    await h.lambda.invokeAsync({ FunctionName: 'orders', Payload: '{"late":true}' });
    await h.advance(61_000);
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]!.payload).toBe('{"late":true}');
    expect(h.sent[0]!.attributes.ErrorMessage!.StringValue).toBe('later');
    expect(h.logText('orders')).toContain('(EventAgeExceeded) sent to dead-letter queue');

    fail = false;
    await h.lambda.invokeAsync({ FunctionName: 'orders', Payload: '{}' });
    await h.advance(1000);
    expect(h.sent).toHaveLength(1);
  });

  it('says 429 with the throttle when reserved concurrency 0 turns events away without running them', async () => {
    const h = setup();
    await h.deploy('orders', () => 'never', { DeadLetterConfig: { TargetArn: QUEUE } });
    await h.concurrency.putFunctionConcurrency({ FunctionName: 'orders', ReservedConcurrentExecutions: 0 });
    await h.lambda.invokeAsync({ FunctionName: 'orders', Payload: '{}' });
    await h.advance(1000);

    expect(h.runs).toEqual([]);
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]!.attributes.ErrorCode).toEqual({ DataType: 'Number', StringValue: '429' });
    expect(h.sent[0]!.attributes.ErrorMessage!.StringValue).toMatch(/^TooManyRequestsException/);
  });

  it('keeps only the first 1 KB of the error message, never cutting a character', async () => {
    const h = setup();
    await h.deploy('orders', failing('é'.repeat(600)), { DeadLetterConfig: { TargetArn: QUEUE } });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', MaximumRetryAttempts: 0 });
    await h.lambda.invokeAsync({ FunctionName: 'orders' });
    await h.advance(1000);
    // é is two bytes in UTF-8: 512 of them fill 1024 bytes.
    expect(h.sent[0]!.attributes.ErrorMessage!.StringValue).toBe('é'.repeat(512));
  });
});

describe('which dead-letter queue, and what is logged', () => {
  it("uses the setting of the version that ran: an alias's version keeps its own", async () => {
    const h = setup();
    await h.deploy('orders', failing(), { DeadLetterConfig: { TargetArn: QUEUE } });
    await h.versions.publishVersion({ FunctionName: 'orders' });
    await h.versions.createAlias({ FunctionName: 'orders', Name: 'live', FunctionVersion: '1' });
    await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: TOPIC } });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', MaximumRetryAttempts: 0 });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', Qualifier: 'live', MaximumRetryAttempts: 0 });

    await h.lambda.invokeAsync({ FunctionName: 'orders', Qualifier: 'live', Payload: '{"via":"alias"}' });
    await h.lambda.invokeAsync({ FunctionName: 'orders', Payload: '{"via":"latest"}' });
    await h.advance(1000);
    expect(h.sent.map((m) => [m.payload, m.targetArn, m.sender.version]).sort()).toEqual([['{"via":"alias"}', QUEUE, '1'], ['{"via":"latest"}', TOPIC, '$LATEST']]);
  });

  it('sends nothing once the setting is removed with an empty TargetArn', async () => {
    const h = setup();
    await h.deploy('orders', failing(), { DeadLetterConfig: { TargetArn: QUEUE } });
    await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: '' } });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', MaximumRetryAttempts: 0 });
    await h.lambda.invokeAsync({ FunctionName: 'orders' });
    await h.advance(1000);
    expect(h.sent).toEqual([]);
    expect(h.logText('orders')).not.toContain('dead-letter');
  });

  it('logs a failed delivery as an error (what AWS counts as DeadLetterErrors)', async () => {
    const h = setup({ refuse: () => Object.assign(new Error('The specified queue does not exist.'), { name: 'QueueDoesNotExist' }) });
    await h.deploy('orders', failing(), { DeadLetterConfig: { TargetArn: QUEUE } });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', MaximumRetryAttempts: 0 });
    const { requestId } = await h.lambda.invokeAsync({ FunctionName: 'orders' });
    await h.advance(1000);
    expect(h.logText('orders')).toContain(
      `Could not send the event of RequestId: ${requestId} to dead-letter queue ${QUEUE} (DeadLetterErrors): The specified queue does not exist.`,
    );
  });

  it('says so in the log when the engine has nothing to send with', async () => {
    const h = setup({ unwired: true });
    await h.deploy('orders', failing(), { DeadLetterConfig: { TargetArn: QUEUE } });
    await h.configs.putFunctionEventInvokeConfig({ FunctionName: 'orders', MaximumRetryAttempts: 0 });
    await h.lambda.invokeAsync({ FunctionName: 'orders' });
    await h.advance(1000);
    expect(h.logText('orders')).toContain('(DeadLetterErrors): the playground has no SQS or SNS service to send it with');
  });
});
