// Sample projects for the unit tests of src/project: a small one and one with every part
// (HTTP API, REST API with a key and an authorizer, a function URL, an S3 trigger, a site).
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc, type ProjectFunction } from './types';

export function sampleFunction(overrides: Partial<ProjectFunction> = {}): ProjectFunction {
  return {
    name: 'hello', runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3, environment: {},
    files: { 'index.mjs': 'export const handler = async (event) => ({ statusCode: 200, body: "hi" });\n' },
    testEvents: [{ name: 'greet-ana', json: '{\n  "name": "Ana"\n}\n' }],
    ...overrides,
  };
}

export function smallProject(): ProjectDoc {
  return {
    format: PROJECT_FORMAT, version: PROJECT_VERSION, name: 'Small', selected: 'hello',
    functions: [sampleFunction()], apis: [], savedRequests: {}, site: { files: {} },
  };
}

const THUMBNAIL_TS = `import type { S3Event } from 'aws-lambda';
import { resize } from './resize';

export const handler = async (event: S3Event) => {
  for (const record of event.Records) console.log('resizing', record.s3.object.key, resize(64));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};
`;

/** A project with every part the exports know, used for round trips and the SAM fixture. */
export function fullProject(): ProjectDoc {
  const hello = sampleFunction({
    description: 'Says hello',
    environment: { GREETING: 'hello' },
    versions: [{
      version: '1', description: 'first', runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3,
      environment: { GREETING: 'hi' }, ephemeralStorageMB: 512, files: { 'index.mjs': 'export const handler = async () => "v1";\n' },
    }],
    aliases: [{ name: 'live', functionVersion: '1', description: 'production' }],
    draft: { 'index.mjs': 'export const handler = async () => "draft";\n' },
    activeFile: 'index.mjs',
    selectedEvent: 'greet-ana',
  });
  const thumbnail = sampleFunction({
    name: 'thumbnail', runtime: 'nodejs20.x', handler: 'src/app.handler', memorySize: 512, timeout: 30,
    ephemeralStorageMB: 1024, reservedConcurrency: 5, environment: { SIZE: '64', LABEL: '사진 📷' },
    files: { 'src/app.ts': THUMBNAIL_TS, 'src/resize.ts': 'export const resize = (n: number) => n * 2;\n' },
    testEvents: [{ name: 's3-put', json: '{"Records":[{"s3":{"object":{"key":"uploads/cat.jpg"}}}]}' }],
  });
  const auth = sampleFunction({
    name: 'check-token', handler: 'auth.handler', testEvents: [],
    files: { 'auth.js': 'exports.handler = async (event) => ({ isAuthorized: event.headers.authorization === "secret" });\n' },
  });
  return {
    format: PROJECT_FORMAT, version: PROJECT_VERSION, name: 'Photo shop', selected: 'thumbnail',
    functions: [hello, thumbnail, auth],
    apis: [
      {
        id: 'shop123456', name: 'shop', kind: 'http', payloadFormat: '2.0', createdDate: 1_760_000_000_000,
        routes: [
          { routeKey: 'GET /items/{id}', target: { functionName: 'hello' } },
          { routeKey: 'POST /items', target: { functionName: 'hello' }, authorizerId: 'tok123' },
          { routeKey: '$default', target: { functionName: 'hello' } },
        ],
        stages: [{ name: '$default', variables: { mode: 'test' } }],
        apiKeys: [],
        authorizers: [{ id: 'tok123', name: 'token-check', target: { functionName: 'check-token' }, identitySources: ['$request.header.Authorization'], enableSimpleResponses: true }],
        cors: { allowOrigins: ['https://example.com'], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type'], exposeHeaders: [], maxAge: 300 },
      },
      {
        id: 'admin12345', name: 'admin', kind: 'rest', payloadFormat: '1.0', createdDate: 1_760_000_000_000,
        routes: [
          { routeKey: 'GET /reports', target: { functionName: 'hello' }, apiKeyRequired: true },
          { routeKey: 'ANY /{proxy+}', target: { functionName: 'hello' }, authorizerId: 'rq1234' },
        ],
        stages: [{ name: 'prod', variables: { table: 'reports' } }],
        apiKeys: [{ id: 'key1234567', name: 'partner', value: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD', enabled: true }],
        authorizers: [{ id: 'rq1234', name: 'header-check', target: { functionName: 'check-token' }, identitySources: ['method.request.header.Authorization'], enableSimpleResponses: false }],
        binaryMediaTypes: ['image/png'],
      },
      {
        id: 'thumbnailurl0000000000000000000a', name: 'thumbnail-url', kind: 'url', payloadFormat: '2.0', createdDate: 1_760_000_000_000,
        routes: [{ routeKey: '$default', target: { functionName: 'thumbnail' } }],
        stages: [{ name: '$default', variables: {} }], apiKeys: [], authorizers: [],
        cors: { allowOrigins: ['*'], allowMethods: ['GET'], allowHeaders: [], exposeHeaders: [] },
      },
    ],
    savedRequests: { shop123456: [{ name: 'item 1', method: 'GET', path: '/items/1', headers: [['accept', 'application/json']], body: '' }] },
    site: { files: { 'index.html': '<!doctype html><title>Shop</title><h1>상점</h1>\n', 'app.js': 'fetch("/_api/shop123456/items/1");\n' } },
    buckets: [{
      name: 'photos',
      notifications: [{ id: 'make-thumbnail', events: ['s3:ObjectCreated:*'], prefix: 'uploads/', suffix: '.jpg', target: { functionName: 'thumbnail' } }],
    }],
  };
}
