// DeadLetterConfig on CreateFunction and UpdateFunctionConfiguration: the API's messages, Lambda's
// role check, what GetFunctionConfiguration returns, and how versions carry the setting.
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { deadLetterHarness, type DeadLetterHarnessOptions } from './async/dead-letter-harness';
import { deadLetterAttributes, deadLetterPermissionMessage, firstBytes } from './dead-letter';

const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';
const ok = () => null;

let harness: ReturnType<typeof deadLetterHarness> | undefined;
afterEach(() => harness?.dispose());

function setup(options: DeadLetterHarnessOptions = {}) {
  harness = deadLetterHarness(options);
  return harness;
}

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

describe('DeadLetterConfig in the configuration', () => {
  it('is returned once set and absent while unset, as GetFunctionConfiguration returns it', async () => {
    const h = setup();
    expect(await h.deploy('plain', ok)).not.toHaveProperty('DeadLetterConfig');
    expect(await h.deploy('orders', ok, { DeadLetterConfig: { TargetArn: QUEUE } })).toMatchObject({ DeadLetterConfig: { TargetArn: QUEUE } });
    expect((await h.lambda.getFunctionConfiguration({ FunctionName: 'orders' })).DeadLetterConfig).toEqual({ TargetArn: QUEUE });
  });

  it('is kept by updates that leave it out, replaced by another target, and removed by an empty TargetArn', async () => {
    const h = setup();
    await h.deploy('orders', ok, { DeadLetterConfig: { TargetArn: QUEUE } });
    expect((await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', Timeout: 10 })).DeadLetterConfig).toEqual({ TargetArn: QUEUE });
    expect((await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: TOPIC } })).DeadLetterConfig).toEqual({ TargetArn: TOPIC });
    expect(await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: '' } })).not.toHaveProperty('DeadLetterConfig');
  });

  it("refuses a TargetArn outside the API's pattern with AWS's ValidationException", async () => {
    const h = setup();
    const error = await rejection(h.deploy('orders', ok, { DeadLetterConfig: { TargetArn: 'orders-dlq' } }));
    expect(error).toMatchObject({ code: 'ValidationException', statusCode: 400 });
    expect(error.message).toBe(
      "1 validation error detected: Value 'orders-dlq' at 'deadLetterConfig.targetArn' failed to satisfy constraint: " +
        'Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()',
    );
  });

  it('refuses an empty TargetArn on CreateFunction, and an ARN that is neither a queue nor a topic', async () => {
    const h = setup();
    expect(await rejection(h.deploy('orders', ok, { DeadLetterConfig: { TargetArn: '' } }))).toMatchObject({
      code: 'InvalidParameterValueException', message: "Invalid dead letter queue ARN: ARNs must start with 'arn:':",
    });
    expect(await rejection(h.deploy('orders', ok, { DeadLetterConfig: { TargetArn: 'arn:aws:lambda:us-east-1:123456789012:function:dlq' } }))).toMatchObject({
      code: 'InvalidParameterValueException',
    });
    // Nothing was created by the refused calls.
    await expect(h.lambda.getFunction({ FunctionName: 'orders' })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
  });
});

describe("the execution role's permission to send", () => {
  function checked() {
    const calls: Array<{ functionName: string; roleArn: string; targetArn: string }> = [];
    const allowed = new Set<string>();
    const h = setup({
      check: (request) => {
        calls.push(request);
        return allowed.has(`${request.roleArn} ${request.targetArn}`) ? undefined : deadLetterPermissionMessage(request.targetArn);
      },
    });
    return { h, calls, allow: (roleArn: string, targetArn: string) => allowed.add(`${roleArn} ${targetArn}`) };
  }
  const ROLE = 'arn:aws:iam::123456789012:role/orders-role';
  const OTHER = 'arn:aws:iam::123456789012:role/other-role';

  it("refuses a target the role may not send to, in Lambda's words, and leaves the function as it was", async () => {
    const { h, allow } = checked();
    expect(await rejection(h.deploy('orders', ok, { Role: ROLE, DeadLetterConfig: { TargetArn: QUEUE } }))).toMatchObject({
      code: 'InvalidParameterValueException', statusCode: 400, message: 'The provided execution role does not have permissions to call SendMessage on SQS.',
    });
    await h.deploy('orders', ok, { Role: ROLE });
    expect(await rejection(h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: TOPIC }, Timeout: 9 }))).toMatchObject({
      message: 'The provided execution role does not have permissions to call Publish on SNS.',
    });
    const unchanged = await h.lambda.getFunctionConfiguration({ FunctionName: 'orders' });
    expect(unchanged).not.toHaveProperty('DeadLetterConfig');
    expect(unchanged.Timeout).toBe(3);
    allow(ROLE, TOPIC);
    expect((await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: TOPIC } })).DeadLetterConfig).toEqual({ TargetArn: TOPIC });
  });

  it('checks again when the role changes, not when an update leaves target and role alone', async () => {
    const { h, calls, allow } = checked();
    allow(ROLE, QUEUE);
    await h.deploy('orders', ok, { Role: ROLE, DeadLetterConfig: { TargetArn: QUEUE } });
    await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', Timeout: 5, DeadLetterConfig: { TargetArn: QUEUE } });
    expect(calls).toEqual([{ functionName: 'orders', roleArn: ROLE, targetArn: QUEUE }]);
    expect(await rejection(h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', Role: OTHER }))).toMatchObject({ code: 'InvalidParameterValueException' });
    expect((await h.lambda.getFunctionConfiguration({ FunctionName: 'orders' })).Role).toBe(ROLE);
  });

  it('does not check a restored function (its role gets its policies back after it)', async () => {
    const { h, calls } = checked();
    const restored = await h.lambda.createFunction({ FunctionName: 'orders', Code: { Files: { 'index.js': '' } }, DeadLetterConfig: { TargetArn: QUEUE } }, { restore: true });
    expect(restored.DeadLetterConfig).toEqual({ TargetArn: QUEUE });
    expect(calls).toEqual([]);
  });
});

describe('versions', () => {
  it('copy the setting when published, and a changed setting makes the next publish a new version', async () => {
    const h = setup();
    await h.deploy('orders', ok, { DeadLetterConfig: { TargetArn: QUEUE } });
    const v1 = await h.versions.publishVersion({ FunctionName: 'orders' });
    expect(v1.DeadLetterConfig).toEqual({ TargetArn: QUEUE });
    await h.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: '' } });
    const v2 = await h.versions.publishVersion({ FunctionName: 'orders' });
    expect(v2.Version).toBe('2');
    expect(v2).not.toHaveProperty('DeadLetterConfig');
    expect((await h.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: '1' })).DeadLetterConfig).toEqual({ TargetArn: QUEUE });
  });

  it("restore with their own setting, never $LATEST's", async () => {
    const h = setup();
    await h.deploy('orders', ok, { DeadLetterConfig: { TargetArn: QUEUE } });
    const base = { FunctionName: 'orders', Runtime: 'nodejs24.x', Handler: 'index.handler', MemorySize: 128, Timeout: 3, Files: { 'index.js': '' } };
    expect(await h.versions.importVersion({ ...base, Version: '1' })).not.toHaveProperty('DeadLetterConfig');
    expect((await h.versions.importVersion({ ...base, Version: '2', DeadLetterConfig: { TargetArn: TOPIC } })).DeadLetterConfig).toEqual({ TargetArn: TOPIC });
  });
});

describe('message attributes', () => {
  it('are named and typed as the developer guide lists them', () => {
    expect(deadLetterAttributes('id-1', 200, 'boom')).toEqual({
      RequestID: { DataType: 'String', StringValue: 'id-1' },
      ErrorCode: { DataType: 'Number', StringValue: '200' },
      ErrorMessage: { DataType: 'String', StringValue: 'boom' },
    });
  });

  it('cut the message at 1 KB of UTF-8 on a character boundary', () => {
    expect(firstBytes('a'.repeat(2000), 1024)).toHaveLength(1024);
    expect(firstBytes('a' + '😀'.repeat(300), 1024)).toBe('a' + '😀'.repeat(255));
    expect(firstBytes('short', 1024)).toBe('short');
  });
});
