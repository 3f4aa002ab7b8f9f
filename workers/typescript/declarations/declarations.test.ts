import ts from 'typescript';
import { createSystem, createVirtualTypeScriptEnvironment } from '@typescript/vfs';
import { describe, expect, it } from 'vitest';
import { createBuiltins } from '../../runtime/builtins';
import { createSdkModules, createSdkTransport, SDK_PACKAGES } from '../../runtime/sdk';
import { COMPILER_OPTIONS } from '../environment';
import { LIB_FILES } from '../lib-files';
import { DECLARATION_FILES, GLOBAL_DECLARATIONS, SDK_DECLARATIONS } from './index';
import { NODE_MODULES } from './node';

/** A handler that uses a little of everything the runtime serves, as the playground's examples do. */
const HANDLER = `
import fs from 'node:fs';
import { readFile } from 'fs/promises';
import path from 'path';
import * as os from 'node:os';
import crypto from 'crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'stream/promises';
import assert from 'node:assert';
import util from 'util';
import { EventEmitter, once } from 'events';
import qs from 'querystring';
import { URL as NodeURL, parse } from 'url';
import { setTimeout as sleep } from 'timers/promises';
import { StringDecoder } from 'string_decoder';
import { S3Client, GetObjectCommand, PutObjectCommand, NoSuchKey, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { DynamoDBClient, ConditionalCheckFailedException, ReturnValue } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
import type { S3Handler } from 'aws-lambda';

const s3 = new S3Client({});
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler: S3Handler = async (event, context) => {
  const text: string = fs.readFileSync('/tmp/a', 'utf8');
  const bytes: Buffer = fs.readFileSync('/tmp/a');
  const again: string = await readFile('/tmp/a', 'utf8');
  const digest: string = crypto.createHash('sha256').update(text).digest('hex');
  await pipeline(Readable.from([bytes]), fs.createWriteStream(path.join(os.tmpdir(), 'b')));
  assert.ok(again);
  await once(new EventEmitter(), 'ready');
  console.log(util.format('%s', digest), qs.stringify({ a: 1 }), new NodeURL('https://x').host, parse('https://x').host, new StringDecoder('utf8').end());
  await sleep(1);
  setTimeout(() => undefined, 10).unref();
  const record = event.Records[0]!;
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: record.s3.object.key }));
    const body: string | undefined = await object.Body?.transformToString();
    await s3.send(new PutObjectCommand({ Bucket: 'out', Key: 'k', Body: body, ContentType: 'text/plain' }));
  } catch (error) {
    if (error instanceof NoSuchKey) console.log(error.name, error.$metadata.httpStatusCode);
  }
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: 'b' })) console.log(page.Contents?.length);
  await documents.send(new PutCommand({ TableName: 't', Item: { id: context.awsRequestId, at: Date.now() } }));
  const got = await documents.send(new GetCommand({ TableName: 't', Key: { id: '1' } }));
  const query = await documents.send(new QueryCommand({ TableName: 't', KeyConditionExpression: 'id = :id', ExpressionAttributeValues: { ':id': '1' } }));
  console.log(got.Item?.at, query.Items?.length, unmarshall(marshall({ a: 1 })), ReturnValue.ALL_NEW);
  try {
    await new DynamoDBClient({}).send(new PutCommand({ TableName: 't', Item: {}, ConditionExpression: 'attribute_not_exists(id)' }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) console.log(error.Item);
  }
  await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: 'hi' }));
  await new SNSClient({}).send(new PublishCommand({ TopicArn: 'arn', Message: 'hi' }));
  await new EventBridgeClient({}).send(new PutEventsCommand({ Entries: [{ Source: 'app', DetailType: 'Done', Detail: '{}' }] }));
  const invoked = await new LambdaClient({}).send(new InvokeCommand({ FunctionName: 'f', Payload: JSON.stringify({}) }));
  console.log(invoked.Payload?.transformToString(), new TextEncoder().encode('x'), Buffer.from('x', 'base64url'), crypto.randomUUID());
  const response = await fetch('https://example.com');
  console.log(await response.json(), globalThis.crypto.randomUUID(), structuredClone({}), new URLSearchParams('a=1').get('a'));
  // @ts-expect-error an S3 client does not send DynamoDB's commands
  await s3.send(new PutCommand({ TableName: 't', Item: {} }));
};
`;

function program(skipLibCheck: boolean) {
  const files = new Map([...LIB_FILES, ...DECLARATION_FILES, ['/var/task/index.ts', HANDLER]]);
  const env = createVirtualTypeScriptEnvironment(createSystem(files), [...GLOBAL_DECLARATIONS, '/var/task/index.ts'], ts, { ...COMPILER_OPTIONS, skipLibCheck });
  return env.languageService.getProgram()!;
}

const describeAll = (diagnostics: readonly ts.Diagnostic[]) =>
  diagnostics.map((d) => `${d.file?.fileName}:${d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);

describe('declarations served to the editor', () => {
  it('type-check, and a handler using every served module and SDK package checks without errors', () => {
    const checked = program(false);
    expect(describeAll([...checked.getGlobalDiagnostics(), ...checked.getSyntacticDiagnostics(), ...checked.getSemanticDiagnostics()])).toEqual([]);
  });

  it('declare exactly the Node.js modules the runtime serves', () => {
    const timers = { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };
    const served = [...Object.keys(createBuiltins({ timers, memoryLimitInMB: 128 })), 'fs', 'fs/promises'];
    expect([...NODE_MODULES].sort()).toEqual(served.sort());
    const ambient = program(true).getTypeChecker().getAmbientModules().map((m) => m.getName().replace(/^"|"$/g, ''));
    for (const name of NODE_MODULES) expect(ambient).toEqual(expect.arrayContaining([name, `node:${name}`]));
    expect(ambient).not.toContain('http');
  });

  it('declare the SDK packages the runtime serves, with the same commands', () => {
    // util-dynamodb is the real library in the runtime, so the editor has its real declarations.
    expect([...Object.keys(SDK_DECLARATIONS), '@aws-sdk/util-dynamodb'].sort()).toEqual([...SDK_PACKAGES].sort());
    expect(DECLARATION_FILES.get('/node_modules/@aws-sdk/util-dynamodb/index.d.ts')).toContain('export { marshall }');
    const modules = createSdkModules({ transport: createSdkTransport(() => () => undefined), defaultRegion: () => 'us-east-1' });
    for (const name of Object.keys(SDK_DECLARATIONS)) {
      const served = Object.keys(modules[name] as object).filter((key) => /Command$/.test(key)).sort();
      const declared = [...SDK_DECLARATIONS[name]!.matchAll(/export declare const (\w+Command):/g)].map((m) => m[1]).sort();
      expect(declared, name).toEqual(served);
    }
  });

  it("bundle aws-lambda's own declarations", () => {
    expect(DECLARATION_FILES.get('/node_modules/@types/aws-lambda/index.d.ts')).toContain('export * from "./trigger/s3"');
    expect(DECLARATION_FILES.get('/node_modules/@types/aws-lambda/trigger/s3.d.ts')).toContain('export interface S3EventRecord');
  });
});
