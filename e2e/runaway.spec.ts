// Handlers that run away: loops, memory bombs, floods of log lines, recursion through the SDK and
// bursts. Each limit fires with Lambda's own error, and the tab stays responsive throughout: a
// probe on the page's main thread records the longest task it ran.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';

// Runaway work takes a while on a busy machine (a terminated busy loop keeps a core for 2 s).
test.describe.configure({ timeout: 180_000 });

/**
 * The longest the page's main thread may be busy at once and still count as responsive. A long
 * task's duration is wall time: on a two-core machine running the spinning environments (and, in
 * CI, a second browser) it includes time the page simply got no core. The bound leaves room for
 * that and still catches a page that stalls for seconds (a million log lines delivered one message
 * each, or a flood handled in one task).
 */
const RESPONSIVE_MS = 2000;

/**
 * Starts watching the page's main thread: the longest task it ran (PerformanceObserver 'longtask'),
 * and, for the report, the longest gap between ticks of a 50 ms timer (which also counts time the
 * machine gave the page no CPU at all).
 */
async function startLagProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { longestTask: 0, longestGap: 0, last: performance.now() };
    (window as unknown as { lagProbe: typeof probe }).lagProbe = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
    setInterval(() => {
      const now = performance.now();
      probe.longestGap = Math.max(probe.longestGap, now - probe.last);
      probe.last = now;
    }, 50);
  });
}

/** The longest main-thread task since the probe started (the timer's longest gap is attached to the report). */
async function longestTask(page: Page): Promise<number> {
  const probe = await page.evaluate(() => (window as unknown as { lagProbe: { longestTask: number; longestGap: number } }).lagProbe);
  test.info().annotations.push({ type: 'main thread', description: `longest task ${probe.longestTask.toFixed(0)} ms, longest timer gap ${probe.longestGap.toFixed(0)} ms` });
  return probe.longestTask;
}

async function createFunction(page: Page, name: string, code: string, settings: { Timeout?: number; MemorySize?: number } = {}): Promise<void> {
  await page.evaluate(({ name, code, settings }) => window.playground.lambda.createFunction({
    FunctionName: name, ...settings, Code: { Files: { 'index.mjs': code } },
  }).then(() => undefined), { name, code, settings });
}

/** Invokes through the scripting API; the log tail decoded. */
async function invoke(page: Page, name: string, payload: unknown = {}) {
  return page.evaluate(async ({ name, payload }) => {
    const out = await window.playground.lambda.invoke({ FunctionName: name, Payload: JSON.stringify(payload), LogType: 'Tail' });
    return { status: out.StatusCode, functionError: out.FunctionError, payload: JSON.parse(out.Payload ?? 'null') as unknown, log: atob(out.LogResult ?? '') };
  }, { name, payload });
}

test('three infinite loops at once time out with Task timed out, their environments are replaced, and the page never stalls', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'spinner', "export const handler = async (event) => {\n  if (event.spin) { while (true) {} }\n  return 'done';\n};\n", { Timeout: 1 });
  await startLagProbe(page);
  const spun = await Promise.all([1, 2, 3].map(() => invoke(page, 'spinner', { spin: true })));
  for (const out of spun) {
    expect(out.functionError).toBe('Unhandled');
    expect(out.payload).toEqual({ errorType: 'Sandbox.Timedout', errorMessage: expect.stringMatching(/^RequestId: [0-9a-f-]{36} Error: Task timed out after 1\.00 seconds$/) });
    expect(out.log).toMatch(/Task timed out after 1\.00 seconds/);
    expect(out.log).toMatch(/REPORT RequestId: .*Status: timeout/);
  }
  expect(await page.evaluate(() => window.playground.environments.list('spinner').length)).toBe(0);
  const next = await invoke(page, 'spinner');
  expect(next.payload).toBe('done');
  expect(next.log).toContain('Init Duration');
  expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
});

test('a memory bomb at 128 MB is killed as Lambda kills it (Runtime.OutOfMemory), and a handler within its memory is not', async ({ page }) => {
  await openPlayground(page);
  const code = [
    'const kept = [];',
    'export const handler = async (event) => {',
    '  if (event.bomb) { while (true) kept.push(Buffer.alloc(8 * 1024 * 1024, 1)); }',
    '  const block = new Uint8Array(event.mb * 1024 * 1024).fill(7);',
    '  return block.length;',
    '};',
  ].join('\n');
  await createFunction(page, 'hog', code, { MemorySize: 128, Timeout: 10 });
  await startLagProbe(page);

  const fine = await invoke(page, 'hog', { mb: 40 });
  expect(fine.payload).toBe(40 * 1024 * 1024);
  // The 40 MB shows in Max Memory Used, on top of the runtime's own footprint.
  const used = Number(/Max Memory Used: (\d+) MB/.exec(fine.log)?.[1]);
  expect(used).toBeGreaterThanOrEqual(100);
  expect(used).toBeLessThanOrEqual(128);

  const bomb = await invoke(page, 'hog', { bomb: true });
  expect(bomb.functionError).toBe('Unhandled');
  expect(bomb.payload).toMatchObject({ errorType: 'Runtime.OutOfMemory', errorMessage: expect.stringMatching(/^RequestId: [0-9a-f-]{36} Error: Runtime exited with error: signal: killed$/) });
  expect(bomb.log).toMatch(/RequestId: [0-9a-f-]{36} Error: Runtime exited with error: signal: killed\nEND RequestId/);
  expect(bomb.log).toMatch(/Memory Size: 128 MB\tMax Memory Used: 128 MB\tStatus: error\tError Type: Runtime.OutOfMemory/);
  // Long before the bomb's timeout: the limit fired, not the clock.
  expect(bomb.log).not.toContain('Task timed out');

  // The killed environment is gone; the next invocation starts a fresh one and works.
  const after = await invoke(page, 'hog', { mb: 1 });
  expect(after.payload).toBe(1024 * 1024);
  expect(after.log).toContain('Init Duration');
  expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
});

test('a million log lines: the page stays responsive, the first lines are kept and a note says how many were dropped', async ({ page }) => {
  await openPlayground(page);
  const code = [
    'export const handler = async (event) => {',
    "  if (event.long) { console.log('x'.repeat(600000)); return 'long'; }",
    "  for (let i = 1; i <= 1000000; i++) console.log('line ' + i);",
    "  return 'flooded';",
    '};',
  ].join('\n');
  await createFunction(page, 'chatty', code, { Timeout: 60 });
  await startLagProbe(page);
  const out = await invoke(page, 'chatty');
  expect(out.payload).toBe('flooded');
  // Read now: what the test itself reads back below (20,000 events) is not the page's doing.
  expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
  const messages = await page.evaluate(() => window.playground.logs.events('/aws/lambda/chatty').map((e) => e.message));
  const lines = messages.filter((m) => /\tINFO\tline \d+$/.test(m));
  expect(lines).toHaveLength(10_000);
  expect(lines[0]).toMatch(/\tline 1$/);
  expect(lines.at(-1)).toMatch(/\tline 10000$/);
  const note = messages.find((m) => m.includes('[playground]'));
  expect(note).toMatch(/\tWARN\t\[playground\] 990000 more log lines of this invocation were dropped/);
  expect(messages.filter((m) => m.startsWith('REPORT RequestId'))).toHaveLength(1);

  // A line over CloudWatch's 256 KB event size arrives as several events, none of them cut short of the whole.
  const before = messages.length;
  expect((await invoke(page, 'chatty', { long: true })).payload).toBe('long');
  const longParts = await page.evaluate((from) => window.playground.logs.events('/aws/lambda/chatty').slice(from).map((e) => e.message)
    .filter((m) => !/^(START|END|REPORT) /.test(m)), before);
  expect(longParts.map((m) => m.length)).toHaveLength(3);
  expect(longParts.join('').match(/x/g)?.length).toBe(600_000);
  expect(Math.max(...longParts.map((m) => new TextEncoder().encode(m).length))).toBeLessThanOrEqual(262_118);
});

test('a function invoking itself through @aws-sdk/client-lambda is stopped after 16 invocations with RecursiveInvocationException', async ({ page }) => {
  await openPlayground(page);
  const code = [
    "import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';",
    'const lambda = new LambdaClient({});',
    'export const handler = async (event) => {',
    '  const depth = event.depth ?? 1;',
    '  try {',
    "    const out = await lambda.send(new InvokeCommand({ FunctionName: 'self-caller', Payload: JSON.stringify({ depth: depth + 1 }) }));",
    '    return JSON.parse(new TextDecoder().decode(out.Payload));',
    '  } catch (error) {',
    '    return { stoppedAt: depth, name: error.name, status: error.$metadata?.httpStatusCode, message: error.message };',
    '  }',
    '};',
  ].join('\n');
  await createFunction(page, 'self-caller', code, { Timeout: 60 });
  await page.evaluate(() => window.playground.iam.putFunctionRolePolicy('self-caller', 'invoke-self', JSON.stringify({
    Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:self-caller' }],
  })));
  await startLagProbe(page);
  const out = await invoke(page, 'self-caller');
  expect(out.payload).toEqual({
    stoppedAt: 16, name: 'RecursiveInvocationException', status: 400,
    message: "Lambda has detected your function being invoked in a recursive loop with other AWS resources and stopped your function's invocation.",
  });
  const starts = await page.evaluate(() => window.playground.logs.events('/aws/lambda/self-caller').filter((e) => e.message.startsWith('START')).length);
  expect(starts).toBe(16);
  expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
});

test('an SNS → Lambda → SNS loop is stopped after 16 invocations, and the log says why', async ({ page }) => {
  await openPlayground(page);
  const topic = 'arn:aws:sns:us-east-1:123456789012:loop';
  await createFunction(page, 'looper', [
    "import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';",
    'const sns = new SNSClient({});',
    "export const handler = async () => { console.log('HOP'); await sns.send(new PublishCommand({ TopicArn: '" + topic + "', Message: 'again' })); };",
  ].join('\n'));
  await page.evaluate(async (TopicArn) => {
    const { lambda, iam, sns } = window.playground;
    await iam.putFunctionRolePolicy('looper', 'publish', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: TopicArn }] }));
    await sns.createTopic({ Name: 'loop' });
    await sns.subscribe({ TopicArn, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:looper' });
    await lambda.addPermission({ FunctionName: 'looper', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: TopicArn });
  }, topic);
  await startLagProbe(page);
  await page.evaluate((TopicArn) => window.playground.sns.publish({ TopicArn, Message: 'start' }), topic);
  const logs = () => page.evaluate(() => window.playground.logs.events('/aws/lambda/looper').map((e) => e.message));
  await expect.poll(async () => (await logs()).join('\n'), { timeout: 60_000 }).toContain('RecursiveInvocationException');
  const messages = await logs();
  expect(messages.filter((m) => m.endsWith('\tINFO\tHOP'))).toHaveLength(16);
  expect(messages.find((m) => m.includes('RecursiveInvocationException'))).toContain('Lambda stops a chain after 16 invocations');
  expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
});

test('an SQS → Lambda → SQS loop is stopped after 16 invocations and the message moves to the dead-letter queue', async ({ page }) => {
  await openPlayground(page);
  const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/loop';
  await createFunction(page, 'requeuer', [
    "import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';",
    'const sqs = new SQSClient({});',
    "export const handler = async (event) => { console.log('HOP'); await sqs.send(new SendMessageCommand({ QueueUrl: '" + url + "', MessageBody: event.Records[0].body })); };",
  ].join('\n'));
  await page.evaluate(async (QueueUrl) => {
    const { lambda, iam, sqs } = window.playground;
    await sqs.createQueue({ QueueName: 'loop-dlq' });
    await sqs.createQueue({ QueueName: 'loop', Attributes: { VisibilityTimeout: '10', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:loop-dlq', maxReceiveCount: 1 }) } });
    await iam.putFunctionRolePolicy('requeuer', 'queue', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: 'arn:aws:sqs:us-east-1:123456789012:loop' }] }));
    await lambda.createEventSourceMapping({ FunctionName: 'requeuer', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:loop', BatchSize: 1 });
    await sqs.sendMessage({ QueueUrl, MessageBody: 'go round' });
  }, url);
  await startLagProbe(page);
  const inDlq = () => page.evaluate(async () => Number((await window.playground.sqs.getQueueAttributes({
    QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/loop-dlq', AttributeNames: ['ApproximateNumberOfMessages'],
  })).Attributes?.ApproximateNumberOfMessages));
  const hops = () => page.evaluate(() => window.playground.logs.events('/aws/lambda/requeuer').filter((e) => e.message.endsWith('\tHOP')).length);
  await expect.poll(hops, { timeout: 90_000 }).toBe(16);
  // The 17th invocation is refused; the message comes back after the visibility timeout and, past maxReceiveCount, moves on.
  await expect.poll(inDlq, { timeout: 90_000 }).toBe(1);
  expect(await hops()).toBe(16);
  const state = await page.evaluate(async () => {
    const [mapping] = (await window.playground.lambda.listEventSourceMappings({ FunctionName: 'requeuer' })).EventSourceMappings;
    return JSON.stringify(window.playground.lambda.getEventSourceMappingState(mapping!.UUID!));
  });
  expect(state).toContain('RecursiveInvocationException');
  expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
});

test('a burst of 1,000 against the account limit: 429 TooManyRequestsException for the rest, every request accounted for', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'popular', "export const handler = async () => { await new Promise((r) => setTimeout(r, 1500)); return 'served'; };\n", { Timeout: 60 });
  // A small account keeps the number of workers a test machine starts reasonable; the rule is the same at 1,000.
  await page.evaluate(() => window.playground.environments.setAccountConcurrencyLimit(10));
  await startLagProbe(page);
  const result = await page.evaluate(() => window.playground.burst({ FunctionName: 'popular', Count: 1000 }));
  expect(result.count).toBe(1000);
  expect(result.succeeded).toBe(10);
  expect(result.throttled).toEqual({ ConcurrentInvocationLimitExceeded: 990 });
  expect(result.functionErrors).toBe(0);
  expect(result.otherErrors).toEqual({});

  // A throttle is the SDK's TooManyRequestsException: HTTP 429 with the reason as a property.
  const throttle = await page.evaluate(async () => {
    const { lambda } = window.playground;
    const busy = Array.from({ length: 10 }, () => lambda.invoke({ FunctionName: 'popular' }));
    const refused = await lambda.invoke({ FunctionName: 'popular' }).then(() => undefined, (e: Error & { statusCode?: number; Reason?: string; fields?: { Reason?: string } }) =>
      ({ name: e.name, statusCode: e.statusCode, reason: e.Reason ?? e.fields?.Reason, message: e.message }));
    const served = await Promise.all(busy);
    return { refused, served: served.filter((o) => o.Payload === '"served"').length };
  });
  expect(throttle.refused).toMatchObject({ name: 'TooManyRequestsException', statusCode: 429, reason: 'ConcurrentInvocationLimitExceeded', message: 'Rate Exceeded.' });
  expect(throttle.served).toBe(10);
  const starts = await page.evaluate(() => window.playground.logs.events('/aws/lambda/popular').filter((e) => e.message.startsWith('START')).length);
  expect(starts).toBe(20);
  expect(await longestTask(page)).toBeLessThan(RESPONSIVE_MS);
});
