// Throttles as a caller sees them: the scripting API's invoke and a handler's SDK client both get a
// TooManyRequestsException whose Reason is a property of the error, as SDK v3 exceptions have it.
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});

const hello = { 'index.mjs': 'export const handler = async () => "hi";' };

const CALLER = `import { LambdaClient, InvokeCommand, TooManyRequestsException, LambdaServiceException } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({});
export const handler = async (event) => {
  const error = await lambda.send(new InvokeCommand({ FunctionName: event.target })).catch((e) => e);
  return {
    name: error.name, message: error.message, Reason: error.Reason, Type: error.Type, fault: error.$fault,
    status: error.$metadata.httpStatusCode, modeled: error instanceof TooManyRequestsException && error instanceof LambdaServiceException,
  };
};`;

describe('throttles', () => {
  it('reach the scripting API as an error with Reason, Type, $fault and $metadata of its own', async () => {
    await engine.lambda.createFunction({ FunctionName: 'held', Code: { Files: hello } });
    await engine.lambda.putFunctionConcurrency({ FunctionName: 'held', ReservedConcurrentExecutions: 0 });
    const error = await engine.lambda.invoke({ FunctionName: 'held' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'TooManyRequestsException', message: 'Rate Exceeded.', Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', Type: 'User',
      $fault: 'client', $metadata: { httpStatusCode: 429 },
    });
  });

  it('reach a handler through the SDK with either reason as a property of the modeled exception', async () => {
    await engine.lambda.createFunction({ FunctionName: 'held', Code: { Files: hello } });
    await engine.lambda.putFunctionConcurrency({ FunctionName: 'held', ReservedConcurrentExecutions: 0 });
    await engine.lambda.createFunction({ FunctionName: 'other', Code: { Files: hello } });
    await engine.lambda.createFunction({ FunctionName: 'caller', Code: { Files: { 'index.mjs': CALLER } } });
    await engine.lambda.updateFunctionConfiguration({ FunctionName: 'caller', Timeout: 10 });
    const role = engine.iam.roleOf({ functionName: 'caller', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'caller' })).Role });
    engine.iam.roles.putRolePolicy(role.roleName, 'invoke', JSON.stringify({
      Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*' }],
    }));
    const run = async (target: string) => {
      const output = await engine.lambda.invoke({ FunctionName: 'caller', Payload: JSON.stringify({ target }) });
      expect(output.FunctionError).toBeUndefined();
      return JSON.parse(output.Payload) as Record<string, unknown>;
    };
    const common = { name: 'TooManyRequestsException', message: 'Rate Exceeded.', Type: 'User', fault: 'client', status: 429, modeled: true };
    expect(await run('held')).toEqual({ ...common, Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' });
    // With room for one environment, the caller itself fills the account's unreserved pool.
    await engine.lambda.deleteFunctionConcurrency({ FunctionName: 'held' });
    engine.environments.setAccountConcurrencyLimit(1);
    expect(await run('other')).toEqual({ ...common, Reason: 'ConcurrentInvocationLimitExceeded' });
  });
});
