// A dead-letter queue survives saving and restoring a project, and the form's field says what it sends.
import { afterEach, describe, expect, it } from 'vitest';
import { asyncHarness } from '../../engine/lambda/async/test-harness';
import { sampleFunction, smallProject } from '../../project/test-samples';
import { validateProject } from '../../project/validate';
import { deadLetterField, deadLetterFromForm, deadLetterHint, deadLetterInput } from './dead-letter-settings';

const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';

const harnesses: Array<ReturnType<typeof asyncHarness>> = [];
afterEach(() => harnesses.splice(0).forEach((h) => h.engine.dispose()));
const engine = () => {
  const h = asyncHarness();
  harnesses.push(h);
  return h.engine;
};

describe('saving and restoring a dead-letter queue', () => {
  it("keeps the function's and each version's target through the project document", async () => {
    const before = engine();
    await before.lambda.createFunction({ FunctionName: 'orders', Code: { Files: { 'index.js': '' } } });
    // Setting a dead-letter queue checks that the role may send to it.
    const role = before.iam.roleOf({ functionName: 'orders', roleArn: (await before.lambda.getFunctionConfiguration({ FunctionName: 'orders' })).Role });
    before.iam.roles.putRolePolicy(role.roleName, 'dlq', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sns:Publish'], Resource: '*' }] }));
    await before.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: QUEUE } });
    const v1 = await before.lambda.publishVersion({ FunctionName: 'orders' });
    const latest = await before.lambda.updateFunctionConfiguration({ FunctionName: 'orders', DeadLetterConfig: { TargetArn: TOPIC } });

    const saved = sampleFunction({
      name: 'orders', files: { 'index.js': '' }, handler: latest.Handler, ...deadLetterField(latest),
      versions: [{
        version: v1.Version, description: v1.Description, runtime: v1.Runtime, handler: v1.Handler, memorySize: v1.MemorySize,
        timeout: v1.Timeout, environment: {}, ephemeralStorageMB: v1.EphemeralStorage.Size, files: { 'index.js': '' }, ...deadLetterField(v1),
      }],
    });
    const read = validateProject({ ...smallProject(), functions: [saved] });
    if (!read.ok) throw new Error(read.message);
    const fn = read.doc.functions[0]!;
    expect(fn.deadLetterTargetArn).toBe(TOPIC);

    const after = engine();
    await after.lambda.createFunction({ FunctionName: fn.name, Handler: fn.handler, Code: { Files: fn.files }, ...deadLetterInput(fn) }, { restore: true });
    for (const v of fn.versions ?? []) {
      await after.lambda.importVersion({
        FunctionName: fn.name, Version: v.version, Runtime: v.runtime, Handler: v.handler, MemorySize: v.memorySize, Timeout: v.timeout,
        Files: v.files, ...deadLetterInput(v),
      });
    }
    expect((await after.lambda.getFunctionConfiguration({ FunctionName: 'orders' })).DeadLetterConfig).toEqual({ TargetArn: TOPIC });
    expect((await after.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: '1' })).DeadLetterConfig).toEqual({ TargetArn: QUEUE });
  });

  it('writes nothing for a function without one, and restores nothing from that', () => {
    expect(deadLetterField({})).toEqual({});
    expect(deadLetterInput({})).toEqual({});
  });
});

describe('the Configuration form field', () => {
  it('sends the trimmed text, and an empty field as the empty TargetArn that removes the setting', () => {
    expect(deadLetterFromForm(`  ${QUEUE} `)).toEqual({ TargetArn: QUEUE });
    expect(deadLetterFromForm('   ')).toEqual({ TargetArn: '' });
  });

  it('hints while typing at a value Lambda would refuse', () => {
    expect(deadLetterHint('')).toBeUndefined();
    expect(deadLetterHint(QUEUE)).toBeUndefined();
    expect(deadLetterHint(TOPIC)).toBeUndefined();
    expect(deadLetterHint('orders-dlq')).toMatch(/^An ARN starts with arn:aws:/);
    expect(deadLetterHint('arn:aws:lambda:us-east-1:123456789012:function:f')).toMatch(/SQS queue .* or an SNS topic/);
  });
});
