import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../errors';
import { functionArn } from '../../ids';
import { asyncHarness } from './test-harness';

let h: ReturnType<typeof asyncHarness>;
beforeEach(async () => {
  h = asyncHarness();
  await h.deploy('f', () => null);
  await h.deploy('target', () => null);
});
afterEach(() => h.engine.dispose());

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

describe('event invoke config API', () => {
  it('puts, gets, lists, updates and deletes with AWS shapes', async () => {
    const put = await h.engine.lambda.putFunctionEventInvokeConfig({
      FunctionName: 'f', MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 0,
    });
    expect(put).toEqual({
      LastModified: new Date(h.clock.now()),
      FunctionArn: `${functionArn('f')}:$LATEST`,
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnSuccess: {}, OnFailure: {} },
    });
    expect(await h.engine.lambda.getFunctionEventInvokeConfig({ FunctionName: 'f' })).toEqual(put);

    h.clock.advance(5_000);
    const updated = await h.engine.lambda.updateFunctionEventInvokeConfig({
      FunctionName: 'f', DestinationConfig: { OnFailure: { Destination: functionArn('target') } },
    });
    expect(updated).toMatchObject({
      MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnSuccess: {}, OnFailure: { Destination: functionArn('target') } },
    });
    expect(updated.LastModified.getTime()).toBe(put.LastModified.getTime() + 5_000);

    // Put replaces the whole configuration: what is left out is removed.
    const replaced = await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', MaximumRetryAttempts: 1 });
    expect(replaced).not.toHaveProperty('MaximumEventAgeInSeconds');
    expect(replaced.DestinationConfig).toEqual({ OnSuccess: {}, OnFailure: {} });
    expect((await h.engine.lambda.listFunctionEventInvokeConfigs({ FunctionName: 'f' })).FunctionEventInvokeConfigs).toEqual([replaced]);

    expect(await h.engine.lambda.deleteFunctionEventInvokeConfig({ FunctionName: 'f' })).toEqual({});
    expect(await rejection(h.engine.lambda.getFunctionEventInvokeConfig({ FunctionName: 'f' }))).toMatchObject({
      code: 'ResourceNotFoundException', statusCode: 404,
      message: `The function ${functionArn('f')}:$LATEST doesn't have an EventInvokeConfig`,
    });
    expect(await rejection(h.engine.lambda.deleteFunctionEventInvokeConfig({ FunctionName: 'f' }))).toMatchObject({ code: 'ResourceNotFoundException' });
    expect(await rejection(h.engine.lambda.updateFunctionEventInvokeConfig({ FunctionName: 'f', MaximumRetryAttempts: 1 }))).toMatchObject({
      code: 'ResourceNotFoundException', message: `The function ${functionArn('f')}:$LATEST doesn't have an EventInvokeConfig`,
    });
  });

  it('keeps settings per version and alias, and applies them to events invoked through it', async () => {
    await h.engine.lambda.publishVersion({ FunctionName: 'f' });
    await h.engine.lambda.createAlias({ FunctionName: 'f', Name: 'live', FunctionVersion: '1' });
    const aliasConfig = await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f:live', MaximumRetryAttempts: 1 });
    expect(aliasConfig.FunctionArn).toBe(functionArn('f', 'live'));
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', Qualifier: '1', MaximumEventAgeInSeconds: 60 });
    expect((await h.engine.lambda.listFunctionEventInvokeConfigs({ FunctionName: 'f' })).FunctionEventInvokeConfigs.map((c) => c.FunctionArn)).toEqual([
      functionArn('f', 'live'), functionArn('f', '1'),
    ]);
    await h.engine.lambda.invokeAsync({ FunctionName: 'f', Qualifier: 'live' });
    expect(h.engine.lambda.getEventQueue('f')[0]).toMatchObject({ qualifier: 'live', maximumRetryAttempts: 1, maximumEventAgeInSeconds: 21600 });
    expect(await rejection(h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', Qualifier: 'nope', MaximumRetryAttempts: 1 }))).toMatchObject({
      code: 'ResourceNotFoundException', message: "The function doesn't exist.",
    });
    // Deleting a version removes its settings.
    await h.engine.lambda.deleteAlias({ FunctionName: 'f', Name: 'live' });
    await h.engine.lambda.deleteFunction({ FunctionName: 'f', Qualifier: '1' });
    expect(await rejection(h.engine.lambda.getFunctionEventInvokeConfig({ FunctionName: 'f', Qualifier: '1' }))).toMatchObject({ code: 'ResourceNotFoundException' });
  });

  it('checks ranges with the API model wording', async () => {
    expect(await rejection(h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', MaximumRetryAttempts: 3 }))).toMatchObject({
      code: 'ValidationException',
      message: "1 validation error detected: Value '3' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2",
    });
    expect(await rejection(h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', MaximumRetryAttempts: -1, MaximumEventAgeInSeconds: 59 }))).toMatchObject({
      code: 'ValidationException',
      message:
        "2 validation errors detected: Value '-1' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value greater than or equal to 0; " +
        "Value '59' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60",
    });
    expect((await rejection(h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', MaximumEventAgeInSeconds: 21601 }))).message).toContain(
      'Member must have value less than or equal to 21600',
    );
    expect(await rejection(h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f' }))).toMatchObject({
      code: 'InvalidParameterValueException', message: 'You must specify at least one of error handling or destination setting.',
    });
    expect(await rejection(h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'ghost', MaximumRetryAttempts: 1 }))).toMatchObject({
      code: 'ResourceNotFoundException', message: "The function doesn't exist.",
    });
  });

  it('takes function, queue and topic ARNs as destinations and refuses the rest clearly', async () => {
    const put = (Destination: string, kind: 'OnSuccess' | 'OnFailure' = 'OnFailure') =>
      rejection(h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', DestinationConfig: { [kind]: { Destination } } }));
    expect(await put('target')).toMatchObject({
      code: 'ValidationException',
      message: expect.stringMatching(/^1 validation error detected: Value 'target' at 'destinationConfig\.onFailure\.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: \^\$\|arn:/),
    });
    expect((await put('nope', 'OnSuccess')).message).toContain("at 'destinationConfig.onSuccess.destination'");
    expect(await put(functionArn('f'))).toMatchObject({ code: 'InvalidParameterValueException', message: "You can't specify the function as a destination for itself." });
    expect(await put(functionArn('ghost'))).toMatchObject({ code: 'InvalidParameterValueException', message: `The destination ARN ${functionArn('ghost')} is invalid.` });
    expect(await put(functionArn('target', '7'))).toMatchObject({ message: `The destination ARN ${functionArn('target', '7')} is invalid.` });
    expect(await put('arn:aws:sqs:us-east-1:123456789012:failures')).toMatchObject({
      code: 'InvalidParameterValueException', message: 'The destination ARN arn:aws:sqs:us-east-1:123456789012:failures is invalid: there is no such queue in this account.',
    });
    expect((await put('arn:aws:sns:us-east-1:123456789012:alerts')).message).toContain('there is no such topic');
    expect((await put('arn:aws:events:us-east-1:123456789012:event-bus/default')).message).toContain('an Amazon EventBridge event bus');
    expect(await put('arn:aws:dynamodb:us-east-1:123456789012:table/t')).toMatchObject({
      code: 'InvalidParameterValueException',
      message: 'The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination=arn:aws:dynamodb:us-east-1:123456789012:table/t)) is invalid.',
    });
    // A qualified function ARN of another function is fine.
    await h.engine.lambda.publishVersion({ FunctionName: 'target' });
    const ok = await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'f', DestinationConfig: { OnSuccess: { Destination: functionArn('target', '1') } } });
    expect(ok.DestinationConfig.OnSuccess).toEqual({ Destination: functionArn('target', '1') });
  });
});
