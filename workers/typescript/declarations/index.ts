// Every declaration file the editor's TypeScript sees, by its path in the virtual file system:
// aws-lambda's and util-dynamodb's own .d.ts files (bundled as text), and hand-written ones for
// what the playground's runtime serves (Node.js built-ins, the simulated AWS SDK packages).
import { CLIENT_DYNAMODB } from './sdk-dynamodb';
import { LIB_DYNAMODB } from './sdk-dynamodb-lib';
import { CLIENT_EVENTBRIDGE, CLIENT_LAMBDA } from './sdk-events';
import { CLIENT_SNS, CLIENT_SQS } from './sdk-messaging';
import { CLIENT_S3 } from './sdk-s3';
import { CLIENT_CLOUDWATCH } from './sdk-cloudwatch';
import { CLIENT_CLOUDWATCH_LOGS } from './sdk-cloudwatch-logs';
import { SMITHY_TYPES, UTIL_STREAM_NODE } from './sdk-common';
import { NODE_DECLARATIONS } from './node';

const awsLambda = import.meta.glob<string>('../../../node_modules/@types/aws-lambda/**/*.d.ts', { query: '?raw', import: 'default', eager: true });
const utilDynamoDB = import.meta.glob<string>('../../../node_modules/@aws-sdk/util-dynamodb/dist-types/*.d.ts', { query: '?raw', import: 'default', eager: true });

/** Files under a package folder, keyed by their path below the glob's base. */
function packageFiles(texts: Record<string, string>, base: string, target: string): [string, string][] {
  return Object.entries(texts).map(([path, text]) => [`${target}${path.slice(path.indexOf(base) + base.length)}`, text]);
}

/** The SDK packages a handler can import (see workers/runtime/sdk), each an index.d.ts. */
export const SDK_DECLARATIONS: Record<string, string> = {
  '@aws-sdk/client-s3': CLIENT_S3,
  '@aws-sdk/client-lambda': CLIENT_LAMBDA,
  '@aws-sdk/client-dynamodb': CLIENT_DYNAMODB,
  '@aws-sdk/lib-dynamodb': LIB_DYNAMODB,
  '@aws-sdk/client-sqs': CLIENT_SQS,
  '@aws-sdk/client-sns': CLIENT_SNS,
  '@aws-sdk/client-eventbridge': CLIENT_EVENTBRIDGE,
  '@aws-sdk/client-cloudwatch': CLIENT_CLOUDWATCH,
  '@aws-sdk/client-cloudwatch-logs': CLIENT_CLOUDWATCH_LOGS,
  '@aws-sdk/util-stream-node': UTIL_STREAM_NODE,
};

export const DECLARATION_FILES: ReadonlyMap<string, string> = new Map([
  ...packageFiles(awsLambda, '@types/aws-lambda', '/node_modules/@types/aws-lambda'),
  ...packageFiles(utilDynamoDB, '@aws-sdk/util-dynamodb/dist-types', '/node_modules/@aws-sdk/util-dynamodb'),
  ['/node_modules/@smithy/types/index.d.ts', SMITHY_TYPES],
  ...Object.entries(SDK_DECLARATIONS).map(([name, text]): [string, string] => [`/node_modules/${name}/index.d.ts`, text]),
  ...Object.entries(NODE_DECLARATIONS).map(([name, text]): [string, string] => [`/types/node/${name}.d.ts`, text]),
]);

/** Files of ambient declarations (globals and `declare module 'fs'`), which must be in the program from the start. */
export const GLOBAL_DECLARATIONS: readonly string[] = Object.keys(NODE_DECLARATIONS).map((name) => `/types/node/${name}.d.ts`);
