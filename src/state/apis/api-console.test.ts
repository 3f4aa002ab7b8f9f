import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../engine/engine';
import type { GatewayRequest, RequestTrace } from '../../engine/services/apigateway/gateway';
import { utf8 } from '../../engine/services/apigateway/request';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { buildGatewayRequest, type ConsoleRequestForm } from './api-console-request';
import { describeBody, formatSize } from './api-console-body';
import { ApiConsole } from './api-console.svelte';
import { RECENT_LIMIT } from './api-console-recent.svelte';
import { ApiList } from './api-list.svelte';

const form = (patch: Partial<ConsoleRequestForm>): ConsoleRequestForm => ({ method: 'GET', path: '/', headers: [], body: { kind: 'none' }, ...patch });
const rest = { id: 'abc123', kind: 'rest' } as const;
const http = { id: 'abc123', kind: 'http' } as const;

describe('building the gateway request from the form', () => {
  it('splits path and query and puts the stage in the path unless it is $default', () => {
    expect(buildGatewayRequest(rest, form({ stage: 'prod', path: '/items/1?x=1&y=a%20b' }))).toMatchObject({ method: 'GET', path: '/abc123/prod/items/1', query: 'x=1&y=a%20b' });
    expect(buildGatewayRequest(http, form({ stage: '$default', path: 'items/1' }))).toMatchObject({ path: '/abc123/items/1', query: '' });
    expect(buildGatewayRequest(http, form({ stage: 'dev', path: '' }))).toMatchObject({ path: '/abc123/dev/' });
    // A function URL has no stages, whatever the form says.
    expect(buildGatewayRequest({ id: 'u1', kind: 'url' }, form({ stage: 'prod', path: '/x' }))).toMatchObject({ path: '/u1/x' });
  });

  it('encodes the path as a browser would and refuses one that leaves the API', () => {
    expect(buildGatewayRequest(http, form({ stage: '$default', path: '/a b/ü#frag' }))).toMatchObject({ path: '/abc123/a%20b/%C3%BC', query: '' });
    expect(buildGatewayRequest(rest, form({ stage: 'prod', path: '/../../other' }))).toEqual({ error: 'The path leaves the API (too many "..").' });
    expect(buildGatewayRequest(rest, form({ method: 'GE T' }))).toEqual({ error: '"GE T" is not a valid HTTP method.' });
  });

  it('keeps named header rows in order and refuses invalid names', () => {
    const built = buildGatewayRequest(http, form({ method: 'delete', headers: [{ name: ' X-Api-Key ', value: 'k' }, { name: '', value: 'ignored' }, { name: 'accept', value: '*/*' }] }));
    expect(built).toMatchObject({ method: 'DELETE', headers: [['X-Api-Key', 'k'], ['accept', '*/*']] });
    expect(buildGatewayRequest(http, form({ headers: [{ name: 'bad name', value: '' }] }))).toEqual({ error: '"bad name" is not a valid header name.' });
  });

  it('sends body bytes with a content type chosen from the body unless a header sets one', () => {
    const json = buildGatewayRequest(http, form({ method: 'POST', body: { kind: 'text', text: '{"a":1}' } })) as GatewayRequest;
    expect(json.headers).toEqual([['content-type', 'application/json']]);
    expect(utf8.decode(json.body!)).toBe('{"a":1}');
    const text = buildGatewayRequest(http, form({ method: 'POST', body: { kind: 'text', text: 'hello' } })) as GatewayRequest;
    expect(text.headers).toEqual([['content-type', 'text/plain; charset=utf-8']]);
    const own = buildGatewayRequest(http, form({ method: 'PUT', headers: [{ name: 'Content-Type', value: 'text/csv' }], body: { kind: 'text', text: 'a,b' } })) as GatewayRequest;
    expect(own.headers).toEqual([['Content-Type', 'text/csv']]);
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const file = buildGatewayRequest(http, form({ method: 'POST', body: { kind: 'file', file: { name: 'a.png', type: 'image/png', bytes } } })) as GatewayRequest;
    expect(file.headers).toEqual([['content-type', 'image/png']]);
    expect(file.body).toBe(bytes);
    // fetch() sends no body with GET or HEAD, so neither does the console.
    const get = buildGatewayRequest(http, form({ method: 'GET', body: { kind: 'text', text: '{"a":1}' } })) as GatewayRequest;
    expect(get.body).toBeUndefined();
    expect(get.headers).toEqual([]);
  });
});

describe('showing a response body', () => {
  it('pretty-prints JSON, keeps text, previews images and excerpts other bytes', () => {
    expect(describeBody([['content-type', 'application/json']], utf8.encode('{"id":"42"}'))).toEqual({ kind: 'json', raw: '{"id":"42"}', pretty: '{\n  "id": "42"\n}' });
    expect(describeBody([], utf8.encode('plain words'))).toEqual({ kind: 'text', raw: 'plain words' });
    expect(describeBody([['Content-Type', 'image/png']], new Uint8Array([1, 2, 3]))).toMatchObject({ kind: 'image', size: 3, dataUrl: 'data:image/png;base64,AQID' });
    expect(describeBody([['content-type', 'application/octet-stream']], new Uint8Array([0, 255, 16]))).toMatchObject({ kind: 'binary', size: 3, hex: '00 ff 10', base64: 'AP8Q' });
    expect(describeBody([], new Uint8Array())).toEqual({ kind: 'empty' });
    expect(formatSize(2048)).toBe('2.0 KB');
  });
});

describe('the console against the engine', () => {
  let engine: Engine;
  let list: ApiList;

  beforeEach(async () => {
    engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
    list = new ApiList(engine, () => {});
  });
  afterEach(() => engine.dispose());

  async function api(kind: 'http' | 'rest', code: string, routeKey: string) {
    await engine.lambda.createFunction({ FunctionName: `fn-${kind}`, Code: { Files: { 'index.mjs': code } } });
    const created = engine.apigateway.createApi({ name: `${kind} api`, kind });
    engine.apigateway.createRoute(created.id, { routeKey, target: { functionName: `fn-${kind}` } });
    return created;
  }

  it('sends through the gateway and shows the trace, which also lands in the recent list', async () => {
    const created = await api('http', 'export const handler = async (e) => ({ statusCode: 200, body: JSON.stringify({ id: e.pathParameters.id }) });', 'GET /items/{id}');
    const console = list.consoleFor(created.id);
    console.path = '/items/42?x=1';
    const trace = await console.send();
    expect(trace?.response.statusCode).toBe(200);
    expect(utf8.decode(trace!.response.body)).toBe('{"id":"42"}');
    expect(console.trace).toBe(trace);
    expect(trace!.integration?.event).toMatchObject({ rawPath: '/items/42', rawQueryString: 'x=1' });
    expect(trace!.integration?.record?.logLines[0]).toMatch(/^START RequestId: /);
    expect(console.recent).toEqual([trace]);
    expect(list.consoleFor(created.id)).toBe(console);
  });

  it('addresses the REST stage and shows why the gateway answered 502', async () => {
    const created = await api('rest', "export const handler = async () => ({ body: 'no status' });", 'GET /things');
    const console = list.consoleFor(created.id);
    expect(console.effectiveStage).toBe('prod');
    console.path = '/things';
    const trace = await console.send();
    expect(trace?.request.path).toBe(`/${created.id}/prod/things`);
    expect(trace?.response.statusCode).toBe(502);
    expect(utf8.decode(trace!.response.body)).toBe('{"message": "Internal server error"}');
    expect(trace?.note).toBe('502 because `statusCode` is missing.');
  });

  it('keeps only the latest send when an earlier one finishes later', async () => {
    const pending: Array<(trace: RequestTrace) => void> = [];
    const gateway = { handle: () => new Promise<RequestTrace>((resolve) => pending.push(resolve)) };
    const created = engine.apigateway.createApi({ name: 'slow', kind: 'http' });
    const console = new ApiConsole(created.id, gateway, list);
    const first = console.send();
    const second = console.send();
    const trace = (n: number) => ({ requestId: `r${n}` }) as RequestTrace;
    pending[1]!(trace(2));
    await second;
    pending[0]!(trace(1));
    expect(await first).toBeUndefined();
    expect(console.trace?.requestId).toBe('r2');
    expect(console.sending).toBe(false);
  });

  it('caps the recent list, newest first, per API', () => {
    for (let i = 0; i < RECENT_LIMIT + 5; i++) list.recent.add({ requestId: `r${i}`, api: { id: 'a' } } as RequestTrace);
    list.recent.add({ requestId: 'other', api: { id: 'b' } } as RequestTrace);
    expect(list.recent.for('a')).toHaveLength(RECENT_LIMIT);
    expect(list.recent.for('a')[0]?.requestId).toBe(`r${RECENT_LIMIT + 4}`);
    expect(list.recent.for('b').map((t) => t.requestId)).toEqual(['other']);
  });

  it('saves, replaces, loads and deletes named requests', () => {
    const created = engine.apigateway.createApi({ name: 'saved', kind: 'http' });
    const console = list.consoleFor(created.id);
    console.method = 'POST';
    console.path = '/orders?dry=1';
    console.headers = [{ name: 'x-trace', value: '1' }, { name: '', value: '' }];
    console.bodyMode = 'text';
    console.bodyText = '{"qty":2}';
    expect(console.save('  ')).toBe('Give the request a name.');
    expect(console.save('order')).toBeUndefined();
    console.bodyText = '{"qty":3}';
    expect(console.save('order')).toBeUndefined();
    expect(list.savedRequests[created.id]).toEqual([{ name: 'order', method: 'POST', path: '/orders?dry=1', headers: [['x-trace', '1']], body: '{"qty":3}' }]);

    console.method = 'GET';
    console.bodyMode = 'none';
    console.load('order');
    expect([console.method, console.path, console.bodyMode, console.bodyText]).toEqual(['POST', '/orders?dry=1', 'text', '{"qty":3}']);
    expect(console.headers).toEqual([{ name: 'x-trace', value: '1' }, { name: '', value: '' }]);
    console.deleteSaved('order');
    expect(list.savedRequests[created.id]).toBeUndefined();
  });

  it('forgets what it kept for an API when the API is deleted', async () => {
    const created = await api('http', 'export const handler = async () => "ok";', '$default');
    const console = list.consoleFor(created.id);
    await console.send();
    console.save('again');
    expect(list.deleteApi(created.id)).toBeUndefined();
    expect(list.recent.for(created.id)).toEqual([]);
    expect(list.savedRequests[created.id]).toBeUndefined();
    expect(list.consoleFor(created.id)).not.toBe(console);
  });
});

describe('payload comparison', () => {
  it('shows the sent format exactly and rebuilds the other', async () => {
    const { payloadComparison } = await import('./payload-comparison');
    const apiRequest = {
      method: 'GET', path: '/a', query: '', headers: [] as [string, string][], body: undefined, sourceIp: '1.1.1.1', stage: '$default', apiId: 'x',
      routeKey: 'GET /a', pathParameters: {}, stageVariables: {}, requestId: 'r', time: 0,
    };
    const sent = { exactly: 'what the function got' };
    const trace = { apiRequest, payloadFormat: '1.0', integration: { event: sent } } as unknown as Parameters<typeof payloadComparison>[0];
    const both = payloadComparison(trace)!;
    expect(both.v1).toBe(sent);
    expect(both.v2).toMatchObject({ version: '2.0', rawPath: '/a', routeKey: 'GET /a' });
  });
});
