// Timeouts and memory: a function that works for as long as it is asked is stopped at its timeout
// (Task timed out after 1.00 seconds, Sandbox.Timedout); raising the timeout lets it finish. Memory
// is what each invocation is billed for: the REPORT line shows it, and GB-seconds grow with it.
import { exampleFunction, exampleProject, exampleRole, testEvent } from './build';
import { expect, invokeJson, type Scenario } from './scenario';

const HANDLER = `// Works for event.ms milliseconds. With a 1-second timeout, anything longer is stopped.
export const handler = async (event: { ms?: number }) => {
  const ms = event.ms ?? 200;
  console.log(\`working for \${ms} ms\`);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return { worked: ms };
};
`;

const project = () => exampleProject('Timeouts and memory', {
  functions: [exampleFunction('slow-task', 'Works for event.ms milliseconds; times out after 1 s.', HANDLER, {
    timeout: 1,
    testEvents: [testEvent('quick', { ms: 200 }), testEvent('too-slow', { ms: 3000 })],
  })],
  roles: [exampleRole('slow-task', 'AROAEXAMPLESLOWTASK1')],
});

const report = (log: string) => /REPORT RequestId: \S+\t(.*)/.exec(log)?.[1]?.replace(/\t/g, ' · ').trim() ?? '';
const billed = (log: string) => Number(/Billed Duration: (\d+) ms/.exec(log)?.[1] ?? 0);
const memory = (log: string) => Number(/Memory Size: (\d+) MB/.exec(log)?.[1] ?? 0);

export const scenario: Scenario = {
  project,
  async run(api, step) {
    await step('Invoke with 200 ms of work: within the 1 s timeout', async () => {
      const { body, log } = await invokeJson(api, 'slow-task', { ms: 200 });
      expect(body?.worked === 200, `Expected success, got ${JSON.stringify(body)}`);
      return report(log);
    });
    await step('Invoke with 3000 ms of work: stopped at 1 s', async () => {
      const { body, log } = await invokeJson(api, 'slow-task', { ms: 3000 });
      expect(body?.errorType === 'Sandbox.Timedout', `Expected Sandbox.Timedout, got ${JSON.stringify(body)}`);
      expect(/Task timed out after 1\.00 seconds/.test(log), 'The log should say "Task timed out after 1.00 seconds".');
      return `${body.errorType}: ${body.errorMessage}`;
    });
    await step('Raise the timeout to 6 s: the same work finishes', async () => {
      await api.lambda.updateFunctionConfiguration({ FunctionName: 'slow-task', Timeout: 6 });
      const { body, log } = await invokeJson(api, 'slow-task', { ms: 3000 });
      expect(body?.worked === 3000, `Expected success, got ${JSON.stringify(body)}`);
      return report(log);
    });
    await step('Give it 1024 MB: each millisecond costs 8 times as much', async () => {
      await api.lambda.updateFunctionConfiguration({ FunctionName: 'slow-task', MemorySize: 1024 });
      const { log } = await invokeJson(api, 'slow-task', { ms: 200 });
      expect(memory(log) === 1024, `The REPORT line should show Memory Size: 1024 MB: ${report(log)}`);
      const gbSeconds = (billed(log) / 1000) * (1024 / 1024);
      return `${report(log)} → ${gbSeconds.toFixed(4)} GB-s (at 128 MB it would be ${(gbSeconds / 8).toFixed(4)})`;
    });
    await step('Put the settings back (timeout 1 s, 128 MB)', async () => {
      await api.lambda.updateFunctionConfiguration({ FunctionName: 'slow-task', Timeout: 1, MemorySize: 128 });
      return 'UpdateFunctionConfiguration Timeout 1, MemorySize 128';
    });
  },
};
