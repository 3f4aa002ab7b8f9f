// Hello world, and what a cold start is: the module's top level runs once per execution
// environment (INIT, reported as Init Duration); later invocations reuse it warm, with its state.
import { exampleFunction, exampleProject, exampleRole, testEvent } from './build';
import { expect, invokeJson, type Scenario } from './scenario';

const HANDLER = `// Runs once per execution environment: the "cold start" (INIT) you see as Init Duration.
const startedAt = new Date().toISOString();
let invocations = 0;

export const handler = async (event: { name?: string }) => {
  // Module state survives between invocations of a warm environment.
  invocations += 1;
  console.log(\`invocation \${invocations} of the environment started at \${startedAt}\`);
  return {
    message: \`Hello, \${event.name ?? 'world'}!\`,
    invocations,
    cold: invocations === 1,
  };
};
`;

const project = () => exampleProject('Hello world', {
  functions: [exampleFunction('hello-world', 'Says hello; counts its invocations per environment.', HANDLER, {
    testEvents: [testEvent('ana', { name: 'Ana' }), testEvent('empty', {})],
    selectedEvent: 'ana',
  })],
  roles: [exampleRole('hello-world', 'AROAEXAMPLEHELLOWRLD')],
});

export const scenario: Scenario = {
  project,
  async run(api, step) {
    // A fresh environment, so the first call is cold whatever ran before.
    await api.environments.recycle('hello-world');
    await step('Invoke once: a cold start', async () => {
      const { body, log } = await invokeJson(api, 'hello-world', { name: 'Ana' });
      expect(body?.message === 'Hello, Ana!', `Expected "Hello, Ana!", got ${JSON.stringify(body)}`);
      const init = /Init Duration: ([\d.]+) ms/.exec(log);
      expect(body.cold && init, 'The first invocation should be a cold start with an Init Duration in its REPORT line.');
      return `"${body.message}" · cold start, Init Duration ${init[1]} ms`;
    });
    await step('Invoke again: the same environment, warm', async () => {
      const { body, log } = await invokeJson(api, 'hello-world', { name: 'Ben' });
      expect(body?.invocations === 2 && !/Init Duration/.test(log), `Expected a warm invocation (count 2, no Init Duration), got ${JSON.stringify(body)}`);
      return `"${body.message}" · warm: invocation ${body.invocations} of the environment, no Init Duration`;
    });
    await step('Recycle the environment, invoke: cold again', async () => {
      await api.environments.recycle('hello-world');
      const { body, log } = await invokeJson(api, 'hello-world', {});
      expect(body?.invocations === 1 && /Init Duration/.test(log), 'After recycling, the next invocation should start a new environment.');
      return `"${body.message}" · a new environment: module state starts over`;
    });
  },
};
