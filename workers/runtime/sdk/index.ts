// The AWS SDK packages a handler can require, keyed by package name, each built on first require
// (a handler that never touches the SDK pays nothing); and the words for the ones it cannot.
import { createDynamoDBModule } from './client-dynamodb';
import { createLambdaModule } from './client-lambda';
import { createS3Module } from './client-s3';
import { createSQSModule } from './client-sqs';
import { createSNSModule } from './client-sns';
import { createEventBridgeModule } from './client-eventbridge';
import { createCloudWatchModule } from './client-cloudwatch';
import { createCloudWatchLogsModule } from './client-cloudwatch-logs';
import type { ClientDeps } from './client';
import { createLibDynamoDBModule } from './lib-dynamodb';
import { sdkStreamMixin } from './stream-mixin';
import { createUtilDynamoDBModule } from './util-dynamodb';

export { createSdkTransport, type SdkSend, type SdkTransport } from './transport';

/** The packages this playground simulates (Lambda's Node.js runtimes ship the whole v3 SDK). */
export const SDK_PACKAGES = [
  '@aws-sdk/client-s3', '@aws-sdk/client-lambda', '@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/util-dynamodb',
  '@aws-sdk/client-sqs', '@aws-sdk/client-sns', '@aws-sdk/client-eventbridge', '@aws-sdk/client-cloudwatch', '@aws-sdk/client-cloudwatch-logs', '@aws-sdk/util-stream-node',
] as const;

/** Package name → module, as lazy getters. */
export function createSdkModules(deps: ClientDeps): Record<string, unknown> {
  const factories: Record<(typeof SDK_PACKAGES)[number], () => unknown> = {
    '@aws-sdk/client-s3': () => createS3Module(deps),
    '@aws-sdk/client-lambda': () => createLambdaModule(deps),
    '@aws-sdk/client-dynamodb': () => createDynamoDBModule(deps),
    // Over the same client module, so its DynamoDBClient is the one handlers wrap.
    '@aws-sdk/lib-dynamodb': () => createLibDynamoDBModule(modules['@aws-sdk/client-dynamodb'] as Record<string, unknown>),
    '@aws-sdk/util-dynamodb': () => createUtilDynamoDBModule(),
    '@aws-sdk/client-sqs': () => createSQSModule(deps),
    '@aws-sdk/client-sns': () => createSNSModule(deps),
    '@aws-sdk/client-eventbridge': () => createEventBridgeModule(deps),
    '@aws-sdk/client-cloudwatch': () => createCloudWatchModule(deps),
    '@aws-sdk/client-cloudwatch-logs': () => createCloudWatchLogsModule(deps),
    '@aws-sdk/util-stream-node': () => ({ sdkStreamMixin }),
  };
  const modules: Record<string, unknown> = {};
  for (const [name, create] of Object.entries(factories)) {
    let value: unknown;
    Object.defineProperty(modules, name, { enumerable: true, get: () => (value ??= create()) });
  }
  return modules;
}

/** Why an AWS SDK package cannot be required here, or undefined if `specifier` is not one. */
export function missingSdkMessage(specifier: string): string | undefined {
  const simulated =
    'this playground simulates only @aws-sdk/client-s3, @aws-sdk/client-lambda, @aws-sdk/client-dynamodb, @aws-sdk/lib-dynamodb, @aws-sdk/util-dynamodb, @aws-sdk/client-sqs, @aws-sdk/client-sns, @aws-sdk/client-eventbridge, @aws-sdk/client-cloudwatch and @aws-sdk/client-cloudwatch-logs (and @aws-sdk/util-stream-node)';
  if (specifier === 'aws-sdk' || specifier.startsWith('aws-sdk/')) {
    return `Cannot find module '${specifier}': the Node.js 18 and later Lambda runtimes include only the AWS SDK for JavaScript v3 (@aws-sdk/*), not v2 ('aws-sdk'); ${simulated}`;
  }
  if (specifier.startsWith('@aws-sdk/')) {
    return `Cannot find module '${specifier}': Lambda's runtime includes it, but ${simulated}`;
  }
  return undefined;
}
