import { describe, expect, it } from 'vitest';
import type { LessonCheck } from '../../project/types';
import { checkHolds } from './lesson-checks';
import { EMPTY_HISTORY, type InvocationFact, type LessonHistory } from './lesson-history';
import { EMPTY_WORLD, permissionKey, type FunctionFact, type LessonWorld } from './lesson-world';

const hello: FunctionFact = { name: 'hello', runtime: 'nodejs22.x', memory: 128, timeout: 3, versions: [], aliases: [] };
const world = (parts: Partial<LessonWorld> = {}): LessonWorld => ({ ...EMPTY_WORLD, functions: [hello], ...parts });
const history = (parts: Partial<LessonHistory> = {}): LessonHistory => ({ ...EMPTY_HISTORY, ...parts });
const run = (over: Partial<InvocationFact> = {}): InvocationFact => ({
  functionName: 'hello', version: '$LATEST', coldStart: true, succeeded: true, memory: 128, log: '', time: 1, ...over,
});
const holds = (check: LessonCheck, w = world(), h = history()) => checkHolds(check, w, h);

describe('lesson checks', () => {
  it('functionExists: the function, and each setting it names', () => {
    expect(holds({ kind: 'functionExists', name: 'hello' })).toBe(true);
    expect(holds({ kind: 'functionExists', name: 'other' })).toBe(false);
    expect(holds({ kind: 'functionExists', name: 'hello', memory: 256 })).toBe(false);
    expect(holds({ kind: 'functionExists', name: 'hello', memory: 256 }, world({ functions: [{ ...hello, memory: 256 }] }))).toBe(true);
    expect(holds({ kind: 'functionExists', name: 'hello', timeout: 3, runtime: 'nodejs22.x' })).toBe(true);
    expect(holds({ kind: 'functionExists', name: 'hello', timeout: 10 })).toBe(false);
    expect(holds({ kind: 'functionExists', name: 'hello', reservedConcurrency: 1 })).toBe(false);
    expect(holds({ kind: 'functionExists', name: 'hello', reservedConcurrency: 1 }, world({ functions: [{ ...hello, reservedConcurrency: 1 }] }))).toBe(true);
  });

  it('invoked: cold or warm, succeeded or not, with a memory size, version or alias', () => {
    const h = history({ invocations: [run(), run({ coldStart: false, succeeded: false, version: '2', alias: 'live' })] });
    expect(holds({ kind: 'invoked', function: 'hello' }, world(), history())).toBe(false);
    expect(holds({ kind: 'invoked', function: 'hello', coldStart: false }, world(), history({ invocations: [run()] }))).toBe(false);
    expect(holds({ kind: 'invoked', function: 'hello', coldStart: false }, world(), h)).toBe(true);
    expect(holds({ kind: 'invoked', function: 'hello', coldStart: false, succeeded: true }, world(), h)).toBe(false);
    expect(holds({ kind: 'invoked', function: 'hello', memory: 256 }, world(), h)).toBe(false);
    expect(holds({ kind: 'invoked', function: 'hello', version: '2', alias: 'live' }, world(), h)).toBe(true);
    expect(holds({ kind: 'invoked', function: 'other' }, world(), h)).toBe(false);
  });

  it('apiResponded: method, the path as sent or the route path, and the status', () => {
    const h = history({ apiResponses: [{ method: 'GET', path: '/items/1', routePath: '/items/{id}', status: 200, time: 1 }, { method: 'POST', path: '/items', status: 404, time: 2 }] });
    expect(holds({ kind: 'apiResponded', method: 'GET', path: '/items/1', status: 200 }, world(), h)).toBe(true);
    expect(holds({ kind: 'apiResponded', method: 'GET', path: '/items/1/', status: 200 }, world(), h)).toBe(true);
    expect(holds({ kind: 'apiResponded', method: 'GET', path: '/items/{id}' }, world(), h)).toBe(true);
    expect(holds({ kind: 'apiResponded', method: 'GET', path: '/items/2' }, world(), h)).toBe(false);
    expect(holds({ kind: 'apiResponded', method: 'GET', path: '/items/1', status: 500 }, world(), h)).toBe(false);
    expect(holds({ kind: 'apiResponded', method: 'POST', path: '/items', status: 404 }, world(), h)).toBe(true);
    expect(holds({ kind: 'apiResponded', method: 'ANY', path: '/items' }, world(), h)).toBe(true);
  });

  it('routeExists: a route key of any API', () => {
    expect(holds({ kind: 'routeExists', routeKey: 'GET /items/{id}' }, world({ routes: ['GET /items/{id}'] }))).toBe(true);
    expect(holds({ kind: 'routeExists', routeKey: 'GET /items/{id}' }, world({ routes: ['GET /items'] }))).toBe(false);
  });

  it('objectExists: any object, or one with a prefix and suffix; a missing bucket never holds', () => {
    const w = world({ objects: { photos: ['uploads/cat.jpg'], thumbs: [] } });
    expect(holds({ kind: 'objectExists', bucket: 'photos' }, w)).toBe(true);
    expect(holds({ kind: 'objectExists', bucket: 'photos', keyPrefix: 'uploads/', keySuffix: '.jpg' }, w)).toBe(true);
    expect(holds({ kind: 'objectExists', bucket: 'photos', keyPrefix: 'thumbs/' }, w)).toBe(false);
    expect(holds({ kind: 'objectExists', bucket: 'thumbs' }, w)).toBe(false);
    expect(holds({ kind: 'objectExists', bucket: 'nope' }, w)).toBe(false);
  });

  it('itemExists: any item, or one with these key values (strings and numbers)', () => {
    const w = world({ items: { notes: [{ id: { S: '1' }, n: { N: '42' } }], empty: [] } });
    expect(holds({ kind: 'itemExists', table: 'notes' }, w)).toBe(true);
    expect(holds({ kind: 'itemExists', table: 'notes', key: { id: '1' } }, w)).toBe(true);
    expect(holds({ kind: 'itemExists', table: 'notes', key: { id: '2' } }, w)).toBe(false);
    expect(holds({ kind: 'itemExists', table: 'notes', key: { n: 42 } }, w)).toBe(true);
    expect(holds({ kind: 'itemExists', table: 'empty' }, w)).toBe(false);
  });

  it('queueMessages: at least that many visible, 0 meaning empty', () => {
    const w = world({ queues: { jobs: { visible: 2 }, done: { visible: 0 } } });
    expect(holds({ kind: 'queueMessages', queue: 'jobs' }, w)).toBe(true);
    expect(holds({ kind: 'queueMessages', queue: 'jobs', visible: 3 }, w)).toBe(false);
    expect(holds({ kind: 'queueMessages', queue: 'done' }, w)).toBe(false);
    expect(holds({ kind: 'queueMessages', queue: 'done', visible: 0 }, w)).toBe(true);
    expect(holds({ kind: 'queueMessages', queue: 'missing', visible: 0 }, w)).toBe(false);
  });

  it('topicPublished and ruleFired: by name or ARN', () => {
    const h = history({ published: [{ topic: 'arn:aws:sns:us-east-1:123456789012:orders', time: 1 }], rulesFired: [{ rule: 'nightly', time: 1 }] });
    expect(holds({ kind: 'topicPublished', topic: 'orders' }, world(), h)).toBe(true);
    expect(holds({ kind: 'topicPublished', topic: 'ord' }, world(), h)).toBe(false);
    expect(holds({ kind: 'ruleFired', rule: 'nightly' }, world(), h)).toBe(true);
    expect(holds({ kind: 'ruleFired', rule: 'hourly' }, world(), h)).toBe(false);
  });

  it('batchProcessed: a batch for the function, with an outcome if named', () => {
    const h = history({ batches: [{ functionName: 'consumer', outcome: 'partial-failure', time: 1 }] });
    expect(holds({ kind: 'batchProcessed', function: 'consumer' }, world(), h)).toBe(true);
    expect(holds({ kind: 'batchProcessed', function: 'consumer', outcome: 'partial-failure' }, world(), h)).toBe(true);
    expect(holds({ kind: 'batchProcessed', function: 'consumer', outcome: 'ok' }, world(), h)).toBe(false);
  });

  it('throttled: a throttle of that function', () => {
    const h = history({ throttles: [{ functionName: 'hello', time: 1 }] });
    expect(holds({ kind: 'throttled', function: 'hello' }, world(), h)).toBe(true);
    expect(holds({ kind: 'throttled', function: 'other' }, world(), h)).toBe(false);
  });

  it('roleAllows: the decision gathered for that function, action and resource', () => {
    const w = world({ permissions: { [permissionKey('hello', 's3:GetObject')]: true, [permissionKey('hello', 's3:PutObject', 'arn:aws:s3:::b/*')]: false } });
    expect(holds({ kind: 'roleAllows', function: 'hello', action: 's3:GetObject' }, w)).toBe(true);
    expect(holds({ kind: 'roleAllows', function: 'hello', action: 's3:PutObject', resource: 'arn:aws:s3:::b/*' }, w)).toBe(false);
    expect(holds({ kind: 'roleAllows', function: 'hello', action: 'sqs:SendMessage' }, w)).toBe(false);
  });

  it("denied: AWS's AccessDenied wording for that action, in the error or the logs", () => {
    const message = 'User: arn:aws:sts::123456789012:assumed-role/hello-role/hello is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::photos/a.jpg" because no identity-based policy allows the s3:GetObject action';
    const failed = history({ invocations: [run({ succeeded: false, error: `AccessDenied: ${message}` })] });
    const logged = history({ invocations: [run({ log: `2026-01-01T00:00:00.000Z\tid\tERROR\t${message}` })] });
    expect(holds({ kind: 'denied', function: 'hello', action: 's3:GetObject' }, world(), failed)).toBe(true);
    expect(holds({ kind: 'denied', function: 'hello', action: 's3:GetObject' }, world(), logged)).toBe(true);
    expect(holds({ kind: 'denied', function: 'hello', action: 's3:PutObject' }, world(), failed)).toBe(false);
    expect(holds({ kind: 'denied', function: 'other', action: 's3:GetObject' }, world(), failed)).toBe(false);
  });

  it('logContains: text in a log line of the function', () => {
    const h = history({ invocations: [run({ log: 'START RequestId: 1\nINFO\tReceived event: {"name":"Ana"}' })] });
    expect(holds({ kind: 'logContains', function: 'hello', text: 'Received event' }, world(), h)).toBe(true);
    expect(holds({ kind: 'logContains', function: 'hello', text: 'Init Duration' }, world(), h)).toBe(false);
  });

  it('versionPublished, aliasExists and aliasWeighted: from the function', () => {
    const published = world({ functions: [{ ...hello, versions: ['1', '2'], aliases: [{ name: 'live', version: '1' }, { name: 'canary', version: '1', weights: { '2': 0.1 } }] }] });
    expect(holds({ kind: 'versionPublished', function: 'hello' })).toBe(false);
    expect(holds({ kind: 'versionPublished', function: 'hello', count: 2 }, published)).toBe(true);
    expect(holds({ kind: 'versionPublished', function: 'hello', count: 3 }, published)).toBe(false);
    expect(holds({ kind: 'aliasExists', function: 'hello', alias: 'live', version: '1' }, published)).toBe(true);
    expect(holds({ kind: 'aliasExists', function: 'hello', alias: 'live', version: '2' }, published)).toBe(false);
    expect(holds({ kind: 'aliasWeighted', function: 'hello' }, published)).toBe(true);
    expect(holds({ kind: 'aliasWeighted', function: 'hello', alias: 'live' }, published)).toBe(false);
  });

  it('all: every check', () => {
    const h = history({ invocations: [run()] });
    expect(holds({ kind: 'all', checks: [{ kind: 'functionExists', name: 'hello' }, { kind: 'invoked', function: 'hello' }] }, world(), h)).toBe(true);
    expect(holds({ kind: 'all', checks: [{ kind: 'functionExists', name: 'hello' }, { kind: 'throttled', function: 'hello' }] }, world(), h)).toBe(false);
  });
});
