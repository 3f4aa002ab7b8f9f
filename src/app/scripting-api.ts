// `window.playground`: the engine for automation, with the AWS Lambda API's input and output
// shapes. Browser tests and benchmarks drive the app through it; so can a person in DevTools.
import type { Engine } from '../engine/engine';
import type { LogEvent } from '../engine/logs/log-store';

export function createScriptingApi(engine: Engine, ready: Promise<void>) {
  const lambda = engine.lambda;
  return {
    /** Resolves once the compiler is loaded and the workspace's functions are deployed. */
    ready,
    lambda: {
      createFunction: lambda.createFunction.bind(lambda),
      getFunction: lambda.getFunction.bind(lambda),
      getFunctionConfiguration: lambda.getFunctionConfiguration.bind(lambda),
      listFunctions: lambda.listFunctions.bind(lambda),
      updateFunctionCode: lambda.updateFunctionCode.bind(lambda),
      updateFunctionConfiguration: lambda.updateFunctionConfiguration.bind(lambda),
      deleteFunction: lambda.deleteFunction.bind(lambda),
      invoke: lambda.invoke.bind(lambda),
    },
    logs: {
      /** Events of a log group (e.g. `/aws/lambda/my-function`), oldest first. */
      events: (logGroupName: string): LogEvent[] => engine.logs.events(logGroupName),
    },
  };
}

export type PlaygroundApi = ReturnType<typeof createScriptingApi>;

declare global {
  interface Window {
    playground: PlaygroundApi;
  }
}
