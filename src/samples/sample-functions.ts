// What a new visitor lands on, and the starting code of new functions.

/** The landing project's function: TypeScript, two files, module state that shows warm starts. */
export const SAMPLE_FUNCTION = {
  name: 'hello-world',
  handler: 'index.handler',
  runtime: 'nodejs24.x',
  files: {
    'index.ts': `import { greet } from './lib/greeting';

// Module scope runs once per execution environment, during INIT (the cold start).
// It survives between warm invocations: watch \`invocations\` grow.
let invocations = 0;

interface GreetingEvent {
  name?: string;
}

export const handler = async (event: GreetingEvent, context: { awsRequestId: string }) => {
  invocations += 1;
  console.log('Received event:', JSON.stringify(event));
  return {
    statusCode: 200,
    body: JSON.stringify({
      message: greet(event.name ?? 'world'),
      invocations,
      requestId: context.awsRequestId,
    }),
  };
};
`,
    'lib/greeting.ts': `export function greet(name: string): string {
  return \`Hello, \${name}!\`;
}
`,
  },
  testEvents: [{ name: 'greet-ana', json: '{\n  "name": "Ana"\n}\n' }],
};

/** Starting code for a function created in the UI. */
export function starterFiles(language: 'typescript' | 'javascript'): Record<string, string> {
  if (language === 'javascript') {
    return {
      'index.mjs': `export const handler = async (event) => {
  console.log('event', event);
  return { statusCode: 200, body: JSON.stringify('Hello from Lambda!') };
};
`,
    };
  }
  return {
    'index.ts': `export const handler = async (event: unknown) => {
  console.log('event', event);
  return { statusCode: 200, body: JSON.stringify('Hello from Lambda!') };
};
`,
  };
}
