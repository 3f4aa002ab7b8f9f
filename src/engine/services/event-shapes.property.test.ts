// The event builders against the official sample events (test-fixtures/events, from aws-lambda-go
// and aws-sam-cli): for generated requests, messages and object changes, every key path of the
// samples is present in what the builders produce. Map keys that are the caller's own data
// (header names, attribute names) count as one `*`; a field AWS sends only when the input has it
// (cookies, a body, an authorizer) is required only for inputs that have it.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../testing/property-runs';
import { buildEventV1 } from './apigateway/event-v1';
import { buildEventV2 } from './apigateway/event-v2';
import type { ApiRequest } from './apigateway/request';
import { eventRecord, type ObjectChange } from './s3/event-record';
import { lambdaEvent, type OutgoingMessage } from './sns/delivery';
import { lambdaRecord } from './sqs/event-record';
import type { StoredMessage } from './sqs/definitions';
import type { Item } from './dynamodb/attribute-value';
import type { StreamViewType } from './dynamodb/definitions';
import { TableStream } from './dynamodb/table-stream';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../../test-fixtures/events/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const firstRecord = (name: string) => (sample(name).Records as unknown[])[0];

/** Every key path of `value`: arrays as `[]` (each element), the objects at `maps` keyed by `*`. */
function keyPaths(value: unknown, maps: readonly string[], prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, maps, `${prefix}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    const isMap = maps.includes(prefix);
    for (const [key, child] of Object.entries(value)) {
      const path = `${prefix ? `${prefix}.` : ''}${isMap ? '*' : key}`;
      out.add(path);
      keyPaths(child, maps, path, out);
    }
  }
  return out;
}

/** The sample's paths missing from `built`, leaving out those under a prefix the input does not call for. */
function missing(built: unknown, samplePaths: Set<string>, maps: readonly string[], notCalledFor: readonly string[]): string[] {
  const have = keyPaths(JSON.parse(JSON.stringify(built)), maps);
  return [...samplePaths].filter((p) => !have.has(p) && !notCalledFor.some((prefix) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[]`)));
}

// --- API Gateway ---------------------------------------------------------------------------------
const token = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
const requestArb: fc.Arbitrary<ApiRequest> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'put', 'DELETE', 'PATCH'),
  path: fc.array(fc.oneof(token, fc.constantFrom('a%20b', '%E2%9C%93')), { maxLength: 4 }).map((s) => `/${s.join('/')}`),
  query: fc.array(fc.tuple(token, fc.string({ maxLength: 6 })), { maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  headers: fc.array(fc.oneof(
    fc.tuple(fc.constantFrom('Content-Type', 'User-Agent', 'Cookie', 'Accept', 'X-Forwarded-For', 'Host', 'authorization'), fc.string({ maxLength: 12 })),
    fc.tuple(token, fc.string({ maxLength: 8 })),
  ), { maxLength: 5 }),
  body: fc.option(fc.uint8Array({ maxLength: 20 }), { nil: undefined }),
  sourceIp: fc.constantFrom('203.0.113.7', '127.0.0.1'),
  stage: fc.constantFrom('$default', 'prod', 'dev'),
  apiId: fc.stringMatching(/^[a-z0-9]{10}$/),
  routeKey: fc.constantFrom('GET /items/{id}', 'ANY /{proxy+}', '$default', 'POST /items'),
  pathParameters: fc.dictionary(token, fc.string({ maxLength: 6 }), { maxKeys: 2 }),
  stageVariables: fc.dictionary(token, fc.string({ maxLength: 6 }), { maxKeys: 2 }),
  requestId: fc.uuid(),
  time: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  domainName: fc.option(fc.constantFrom('abcdefghij0123456789abcdefghij01.lambda-url.us-east-1.on.aws'), { nil: undefined }),
  authorizer: fc.option(fc.oneof(
    fc.record({ lambda: fc.dictionary(token, fc.string({ maxLength: 6 }), { maxKeys: 2 }) }),
    fc.record({ principalId: token, integrationLatency: fc.nat(), user: token }),
  ), { nil: undefined }),
  apiKey: fc.option(fc.record({ id: token, value: token }), { nil: undefined }),
}, { requiredKeys: ['method', 'path', 'query', 'headers', 'body', 'sourceIp', 'stage', 'apiId', 'routeKey', 'pathParameters', 'stageVariables', 'requestId', 'time'] });

const hasBody = (r: ApiRequest) => r.body !== undefined && r.body.length > 0;
const nonEmpty = (o: object) => Object.keys(o).length > 0;

/** The entries (`<map>.*`) of maps the request leaves empty. */
function entriesNotCalledFor(r: ApiRequest, hasHeaders: boolean, headerMaps: string[], queryMaps: string[]): string[] {
  return [
    ...(hasHeaders ? [] : headerMaps),
    ...(r.query ? [] : queryMaps),
    ...(nonEmpty(r.pathParameters) ? [] : ['pathParameters']),
    ...(nonEmpty(r.stageVariables) ? [] : ['stageVariables']),
  ].map((map) => `${map}.*`);
}

const V1_MAPS = ['headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'stageVariables', 'requestContext.authorizer'];
const V1_SAMPLES = ['aws-lambda-go/apigw-request.json', 'aws-sam-cli/AwsProxy.json'].map((name) => ({ name, paths: keyPaths(sample(name), V1_MAPS) }));
const V2_MAPS = ['headers', 'queryStringParameters', 'pathParameters', 'stageVariables', 'requestContext.authorizer.lambda', 'requestContext.authorizer.jwt.claims'];
const V2_SAMPLES = ['aws-lambda-go/apigw-v2-request-no-authorizer.json', 'aws-sam-cli/HttpApi.json', 'aws-lambda-go/lambda-urls-request.json', 'aws-lambda-go/apigw-v2-request-jwt-authorizer.json', 'aws-lambda-go/apigw-v2-request-iam.json']
  .map((name) => ({ name, paths: keyPaths(sample(name), V2_MAPS) }));

// --- messages and objects ------------------------------------------------------------------------
const attributeArb = fc.oneof(
  fc.record({ DataType: fc.constantFrom('String', 'Number', 'String.custom'), StringValue: fc.string({ maxLength: 8 }) }),
  fc.record({ DataType: fc.constant('Binary'), BinaryValue: fc.uint8Array({ maxLength: 8 }) }),
);
const sqsMessageArb = fc.record({
  messageId: fc.uuid(), body: fc.string({ maxLength: 40 }), md5OfBody: fc.stringMatching(/^[0-9a-f]{32}$/),
  messageAttributes: fc.option(fc.dictionary(token, attributeArb, { maxKeys: 3 }), { nil: undefined }),
  md5OfMessageAttributes: fc.option(fc.stringMatching(/^[0-9a-f]{32}$/), { nil: undefined }),
  senderId: fc.constantFrom('123456789012', 'AROAEXAMPLE:fn'), sentTimestamp: fc.nat(), enqueuedAt: fc.nat(), hiddenUntil: fc.nat(),
  received: fc.constant(true), receiveCount: fc.integer({ min: 1, max: 9 }), firstReceiveTimestamp: fc.option(fc.nat(), { nil: undefined }),
  receiptHandle: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
  groupId: fc.option(token, { nil: undefined }), deduplicationId: fc.option(token, { nil: undefined }),
  sequenceNumber: fc.option(fc.stringMatching(/^\d{20}$/), { nil: undefined }),
}, { requiredKeys: ['messageId', 'body', 'md5OfBody', 'senderId', 'sentTimestamp', 'enqueuedAt', 'hiddenUntil', 'received', 'receiveCount'] }) as fc.Arbitrary<StoredMessage>;
const SQS_MAPS = ['messageAttributes'];
const SQS_SAMPLES = ['aws-sam-cli/Sqs.json', 'aws-lambda-go/sqs-event.json'].map((name) => ({ name, paths: keyPaths(firstRecord(name), SQS_MAPS) }));

const snsMessageArb: fc.Arbitrary<OutgoingMessage> = fc.record({
  topicArn: fc.constantFrom('arn:aws:sns:us-east-1:123456789012:orders'), messageId: fc.uuid(),
  subject: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  message: fc.oneof(fc.string({ maxLength: 30 }), fc.record({ default: fc.string({ maxLength: 10 }), lambda: fc.string({ maxLength: 10 }) }, { requiredKeys: ['default'] })),
  attributes: fc.dictionary(token, attributeArb, { maxKeys: 3 }),
  timestamp: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
  signatureVersion: fc.constant('1'), signature: fc.base64String({ minLength: 4, maxLength: 12 }), signingCertUrl: fc.webUrl(),
}, { requiredKeys: ['topicArn', 'messageId', 'message', 'attributes', 'timestamp', 'signatureVersion', 'signature', 'signingCertUrl'] });
const SNS_MAPS = ['Sns.MessageAttributes'];
const SNS_SAMPLES = ['aws-sam-cli/Sns.json', 'aws-lambda-go/sns-event.json'].map((name) => ({ name, paths: keyPaths(firstRecord(name), SNS_MAPS) }));

const changeArb: fc.Arbitrary<ObjectChange> = fc.record({
  eventName: fc.constantFrom('ObjectCreated:Put', 'ObjectCreated:Copy', 'ObjectCreated:CompleteMultipartUpload', 'ObjectRemoved:Delete'),
  bucket: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{1,20}[a-z0-9]$/),
  key: fc.string({ minLength: 1, maxLength: 30 }),
  size: fc.nat(), etag: fc.stringMatching(/^"?[0-9a-f]{32}"?$/), time: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  sequencer: fc.stringMatching(/^[0-9A-F]{16}$/), requestId: fc.stringMatching(/^[0-9A-Z]{16}$/), hostId: fc.base64String({ maxLength: 40 }),
  identity: fc.constantFrom({ principalId: 'AWS:AIDAJDPLRKLG7UEXAMPLE', sourceIPAddress: '127.0.0.1' }, { principalId: 'AWS:AROAEXAMPLE:fn', sourceIPAddress: '10.0.0.1' }),
});
const S3_CREATED = ['aws-sam-cli/S3Put.json', 'aws-lambda-go/s3-event.json'].map((name) => ({ name, paths: keyPaths(firstRecord(name), []) }));
const S3_REMOVED = [{ name: 'aws-sam-cli/S3Delete.json', paths: keyPaths(firstRecord('aws-sam-cli/S3Delete.json'), []) }];

const STREAM_MAPS = ['dynamodb.Keys', 'dynamodb.NewImage', 'dynamodb.OldImage'];
const STREAM_SAMPLES = new Map((sample('aws-sam-cli/DynamoDBUpdate.json').Records as Array<{ eventName: string }>).map((r) => [r.eventName, keyPaths(r, STREAM_MAPS)]));
const itemArb = (id: fc.Arbitrary<string>) => fc.tuple(id, fc.dictionary(fc.constantFrom('Message', 'Count', 'Done', 'Tags', 'owner'), fc.oneof(
  fc.string({ maxLength: 8 }).map((S) => ({ S })), fc.integer().map((n) => ({ N: String(n) })), fc.boolean().map((BOOL) => ({ BOOL })),
), { maxKeys: 3 })).map(([Id, rest]): Item => ({ ...rest, Id: { N: Id } }));
const changeOfItem = fc.constantFrom('1', '2').chain((id) => fc.oneof(
  fc.tuple(fc.constant(undefined), itemArb(fc.constant(id))),
  fc.tuple(itemArb(fc.constant(id)), itemArb(fc.constant(id))),
  fc.tuple(itemArb(fc.constant(id)), fc.constant(undefined)),
));

describe('event builders against the official samples (properties)', () => {
  it('DynamoDB stream records have every field of DynamoDBUpdate for their event name and view type', () => {
    fc.assert(fc.property(fc.constantFrom<StreamViewType>('NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'), changeOfItem, (viewType, [before, after]) => {
      const stream = new TableStream({ name: 'messages', billingMode: 'PAY_PER_REQUEST', partitionKey: { name: 'Id', type: 'N' }, stream: { viewType, label: '2026-11-21T12:00:00.000' }, creationDate: 0 }, () => 1_780_000_000_000);
      stream.append(before, after);
      const record = stream.records()[0];
      fc.pre(record !== undefined); // an update that changes nothing writes no record
      const data = record!.data as { eventName: string };
      const notCalledFor = [
        ...(after && viewType.startsWith('NEW') ? [] : ['dynamodb.NewImage']),
        ...(before && (viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES') ? [] : ['dynamodb.OldImage']),
        // Attribute values are the item's own data.
        ...STREAM_MAPS.map((map) => `${map}.*`),
      ];
      expect(missing(data, STREAM_SAMPLES.get(data.eventName)!, STREAM_MAPS, notCalledFor).join(', '), data.eventName).toBe('');
    }), runs(300));
  });

  it('REST API (payload 1.0) events have every field of apigw-request and AwsProxy', () => {
    fc.assert(fc.property(requestArb, fc.stringMatching(/^[a-z0-9]{6}$/), (request, resourceId) => {
      const event = buildEventV1(request, { resourceId, extendedRequestId: 'AbCdEfGhIjKlMnO=', binaryMediaTypes: ['image/png'] });
      const notCalledFor = [
        ...entriesNotCalledFor(request, request.headers.length > 0, ['headers', 'multiValueHeaders'], ['queryStringParameters', 'multiValueQueryStringParameters']),
        ...(request.authorizer ? [] : ['requestContext.authorizer']),
        ...(request.apiKey ? [] : ['requestContext.identity.apiKey', 'requestContext.identity.apiKeyId']),
        // Mutual TLS (a custom domain's client certificates), which the playground does not simulate.
        'requestContext.identity.clientCert',
      ];
      for (const { name, paths } of V1_SAMPLES) expect(missing(event, paths, V1_MAPS, notCalledFor).join(', '), name).toBe('');
    }), runs(300));
  });

  it('HTTP API and function URL (payload 2.0) events have every field of the 2.0 samples', () => {
    fc.assert(fc.property(requestArb, (request) => {
      const event = buildEventV2(request);
      const notCalledFor = [
        // Cookies leave `headers` for their own array.
        ...entriesNotCalledFor(request, request.headers.some(([n]) => n.toLowerCase() !== 'cookie'), ['headers'], ['queryStringParameters']),
        ...(request.headers.some(([n, v]) => n.toLowerCase() === 'cookie' && v.split('; ').some((c) => c !== '')) ? [] : ['cookies']),
        ...(hasBody(request) ? [] : ['body']),
        ...(request.query ? [] : ['queryStringParameters']),
        ...(nonEmpty(request.pathParameters) ? [] : ['pathParameters']),
        ...(nonEmpty(request.stageVariables) ? [] : ['stageVariables']),
        // What an authorizer adds depends on its kind (JWT, IAM, Lambda): required only with one.
        ...(request.authorizer ? ['requestContext.authorizer.jwt', 'requestContext.authorizer.iam'] : ['requestContext.authorizer']),
        // Mutual TLS (a custom domain's client certificates), which the playground does not simulate.
        'requestContext.authentication',
      ];
      for (const { name, paths } of V2_SAMPLES) expect(missing(event, paths, V2_MAPS, notCalledFor).join(', '), name).toBe('');
    }), runs(300));
  });

  it('SQS records have every field of Sqs and sqs-event', () => {
    fc.assert(fc.property(sqsMessageArb, token, (message, queue) => {
      const record = lambdaRecord(message, queue);
      const attributes = Object.values(message.messageAttributes ?? {});
      const notCalledFor = [
        ...(message.md5OfMessageAttributes ? [] : ['md5OfMessageAttributes']),
        ...(attributes.some((a) => a.StringValue !== undefined) ? [] : ['messageAttributes.*.stringValue']),
        ...(attributes.some((a) => a.BinaryValue !== undefined) ? [] : ['messageAttributes.*.binaryValue']),
        ...(attributes.length ? [] : ['messageAttributes.*']),
      ];
      for (const { name, paths } of SQS_SAMPLES) expect(missing(record, paths, SQS_MAPS, notCalledFor).join(', '), name).toBe('');
    }), runs(300));
  });

  it('SNS records have every field of Sns and sns-event', () => {
    fc.assert(fc.property(snsMessageArb, (message) => {
      const record = lambdaEvent(message, `${message.topicArn}:0b9a2f8e-1111-2222-3333-444455556666`).Records[0];
      const notCalledFor = Object.keys(message.attributes).length ? [] : ['Sns.MessageAttributes.*'];
      for (const { name, paths } of SNS_SAMPLES) expect(missing(record, paths, SNS_MAPS, notCalledFor).join(', '), name).toBe('');
    }), runs(300));
  });

  it('S3 records have every field of S3Put, s3-event and S3Delete', () => {
    fc.assert(fc.property(changeArb, token, (change, configurationId) => {
      const record = eventRecord(change, configurationId);
      const samples = change.eventName.startsWith('ObjectCreated:') ? S3_CREATED : S3_REMOVED;
      // versionId belongs to versioned buckets, which the playground does not simulate.
      for (const { name, paths } of samples) expect(missing(record, paths, [], ['s3.object.versionId']).join(', '), name).toBe('');
    }), runs(300));
  });
});
