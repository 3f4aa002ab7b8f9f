// Concurrency and throttling: each execution environment handles one invocation at a time. With
// reserved concurrency 2, five requests arriving together get two environments; the other three are
// throttled (429 TooManyRequestsException, ReservedFunctionConcurrentInvocationLimitExceeded).
import { exampleFunction, exampleProject, exampleRole, testEvent } from './build';
import { expect, type Scenario } from './scenario';

const HANDLER = `// Takes about a second per request, so requests arriving together need environments of their own.
export const handler = async (event: { orderId?: string }) => {
  await new Promise((resolve) => setTimeout(resolve, 800));
  return { charged: event.orderId ?? 'unknown' };
};
`;

const project = () => exampleProject('Concurrency and throttling', {
  functions: [exampleFunction('charge-card', 'Takes 0.8 s per request; at most 2 at a time (reserved concurrency).', HANDLER, {
    reservedConcurrency: 2,
    testEvents: [testEvent('order', { orderId: 'C-7' })],
  })],
  roles: [exampleRole('charge-card', 'AROAEXAMPLECHARGECA1')],
});

const throttles = (result: { throttled: Record<string, number> }) => Object.values(result.throttled).reduce((a, b) => a + b, 0);
const summary = (result: { succeeded: number; throttled: Record<string, number> }) =>
  `${result.succeeded} succeeded, ${throttles(result)} throttled${throttles(result) ? ` (${Object.keys(result.throttled).join(', ')})` : ''}`;

export const scenario: Scenario = {
  project,
  async run(api, step) {
    await step('Reserved concurrency of charge-card', async () => {
      const { ReservedConcurrentExecutions } = await api.lambda.getFunctionConcurrency({ FunctionName: 'charge-card' });
      expect(ReservedConcurrentExecutions === 2, `Expected 2, got ${ReservedConcurrentExecutions}`);
      return `ReservedConcurrentExecutions: ${ReservedConcurrentExecutions}`;
    });
    await step('Five requests at once', async () => {
      const result = await api.burst({ FunctionName: 'charge-card', Count: 5, Payload: '{"orderId":"C-7"}' });
      expect(result.succeeded === 2 && result.throttled.ReservedFunctionConcurrentInvocationLimitExceeded === 3, `Expected 2 successes and 3 throttles: ${JSON.stringify(result)}`);
      return `${summary(result)} · TooManyRequestsException (429)`;
    });
    await step('Reserve 5 and send the five again', async () => {
      await api.lambda.putFunctionConcurrency({ FunctionName: 'charge-card', ReservedConcurrentExecutions: 5 });
      const result = await api.burst({ FunctionName: 'charge-card', Count: 5, Payload: '{"orderId":"C-8"}' });
      expect(result.succeeded === 5, `Expected 5 successes: ${JSON.stringify(result)}`);
      return `PutFunctionConcurrency 5 → ${summary(result)}`;
    });
    await step('Back to 2', async () => {
      await api.lambda.putFunctionConcurrency({ FunctionName: 'charge-card', ReservedConcurrentExecutions: 2 });
      return 'PutFunctionConcurrency 2';
    });
  },
};
