// The course's chain: a photo lands in S3 → extract-metadata writes its metadata to DynamoDB →
// the table's stream invokes fan-out-feed, which writes an entry into each follower's feed → an
// API returns a user's feed. The front end runs the whole chain with one button.
import { ACCOUNT_ID, functionArn } from '../../../engine/ids';
import { permissionStatement } from '../../../engine/iam/function-policy';
import { basicExecutionPolicy } from '../../../engine/iam/roles';
import { streamArn, tableArn } from '../../../engine/services/dynamodb/definitions';
import { apiPath } from '../../../engine/services/apigateway/definitions';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc } from '../../../project/types';
import { EXTRACT_METADATA, FAN_OUT_FEED, GET_FEED, UPLOAD_PHOTO } from './handlers';
import { CHAIN_SITE } from './site';

const CREATED = Date.UTC(2026, 10, 22);
const LABEL = new Date(CREATED).toISOString().slice(0, 23);
const API_ID = 'photofeed1';
const STREAM_READ = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];

const fn = (name: string, description: string, code: string, environment: Record<string, string>) => ({
  name, runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 512, timeout: 15, environment, description,
  files: { 'index.ts': code }, testEvents: [],
});

const role = (functionName: string, id: string, statements: object[]) => ({
  roleName: `${functionName}-role`, path: '/service-role/', roleId: id, createDate: CREATED,
  inlinePolicies: [
    basicExecutionPolicy(functionName),
    { policyName: `${functionName}-access`, document: JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2) },
  ],
});

const table = (name: string, partitionKey: string, sortKey?: string, extra: object = {}) => ({
  name, partitionKey: { name: partitionKey, type: 'S' as const }, ...(sortKey ? { sortKey: { name: sortKey, type: 'S' as const } } : {}),
  billingMode: 'PAY_PER_REQUEST' as const, creationDate: CREATED, ...extra,
});

/** A new copy of the example project. */
export function photoFeedExample(): ProjectDoc {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'Photo feed chain',
    selected: 'extract-metadata',
    functions: [
      fn('upload-photo', 'POST /photos: stores the photo in S3 (hop 1).', UPLOAD_PHOTO, { PHOTOS_BUCKET: 'photos' }),
      fn('extract-metadata', 'S3 trigger: writes the photo’s metadata to DynamoDB (hop 2).', EXTRACT_METADATA, { METADATA_TABLE: 'photo-metadata' }),
      fn('fan-out-feed', 'Stream trigger: writes the photo into every follower’s feed (hop 3).', FAN_OUT_FEED, { FOLLOWERS_TABLE: 'followers', FEEDS_TABLE: 'feeds' }),
      fn('get-feed', 'GET /feed/{userId}: a user’s feed, newest first (hop 4).', GET_FEED, { FEEDS_TABLE: 'feeds' }),
    ],
    apis: [{
      id: API_ID, name: 'photo-feed-api', kind: 'http', payloadFormat: '2.0',
      routes: [
        { routeKey: 'POST /photos', target: { functionName: 'upload-photo' } },
        { routeKey: 'GET /feed/{userId}', target: { functionName: 'get-feed' } },
      ],
      stages: [{ name: '$default', variables: {} }], apiKeys: [], authorizers: [], createdDate: CREATED,
    }],
    savedRequests: { [API_ID]: [{ name: "ben's feed", method: 'GET', path: '/feed/ben', headers: [], body: '' }] },
    site: { files: CHAIN_SITE(apiPath({ id: API_ID, kind: 'http' })) },
    buckets: [{
      name: 'photos', creationDate: CREATED,
      notificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'new-photo', LambdaFunctionArn: functionArn('extract-metadata'), Events: ['s3:ObjectCreated:*'] }] },
    }],
    tables: [
      table('photo-metadata', 'photoId', undefined, { stream: { viewType: 'NEW_IMAGE', label: LABEL } }),
      table('followers', 'userId', 'followerId', {
        seedItems: ['ben', 'cleo'].map((f) => ({ userId: { S: 'ana' }, followerId: { S: f } })),
      }),
      table('feeds', 'userId', 'postedAt'),
    ],
    roles: [
      role('upload-photo', 'AROAEXAMPLEUPLOADPH1', [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::photos/*' }]),
      role('extract-metadata', 'AROAEXAMPLEEXTRACTM1', [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' },
        { Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: tableArn('photo-metadata') },
      ]),
      role('fan-out-feed', 'AROAEXAMPLEFANOUTF1', [
        { Effect: 'Allow', Action: STREAM_READ, Resource: `${tableArn('photo-metadata')}/stream/*` },
        { Effect: 'Allow', Action: 'dynamodb:Query', Resource: tableArn('followers') },
        { Effect: 'Allow', Action: 'dynamodb:BatchWriteItem', Resource: tableArn('feeds') },
      ]),
      role('get-feed', 'AROAEXAMPLEGETFEED1', [{ Effect: 'Allow', Action: 'dynamodb:Query', Resource: tableArn('feeds') }]),
    ],
    permissions: [{
      functionName: 'extract-metadata',
      statements: [permissionStatement(
        { FunctionName: 'extract-metadata', StatementId: 's3-photos', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos', SourceAccount: ACCOUNT_ID },
        functionArn('extract-metadata'),
      )],
    }],
    eventSourceMappings: [{
      UUID: '3b6f1c2d-8e4a-4f5b-9c7d-1a2b3c4d5e6f',
      FunctionName: 'fan-out-feed',
      EventSourceArn: streamArn('photo-metadata', LABEL),
      StartingPosition: 'LATEST',
      BatchSize: 10,
    }],
  };
}
