import { describe, expect, it } from 'vitest';
import { createApiGateway } from '../engine/services/apigateway/service';
import { ManualClock } from '../engine/testing/fake-ports';
import { SiteFiles } from '../state/site/site-files.svelte';
import { createHttpHandler } from './http-handler';
import type { WireRequest } from '../platform/http-wire';

function setup() {
  const seen: string[] = [];
  const apigateway = createApiGateway({
    clock: new ManualClock(),
    changed: () => {},
    served: () => {},
    invoke: async (input) => {
      seen.push(input.Payload!);
      return { output: { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: JSON.stringify({ statusCode: 201, body: 'made', headers: { 'x-a': '1' } }) } };
    },
  });
  const site = new SiteFiles();
  return { apigateway, site, seen, handle: createHttpHandler(apigateway, site) };
}

const wire = (url: string, init: Partial<WireRequest> = {}): WireRequest => ({
  kind: 'api', method: 'GET', url: `https://play.example${url}`, headers: [], body: null, ...init,
});
const text = (body: ArrayBuffer) => new TextDecoder().decode(body);

describe('requests forwarded by the service worker', () => {
  it('sends /_api/ requests to the gateway with path, query, headers and body', async () => {
    const { apigateway, handle, seen } = setup();
    const api = apigateway.createApi({ name: 'a', kind: 'http' });
    apigateway.createRoute(api.id, { routeKey: 'POST /items/{id}', target: { functionName: 'f' } });
    const body = new TextEncoder().encode('{"a":1}').buffer as ArrayBuffer;
    const reply = await handle(wire(`/_api/${api.id}/items/a%2Fb?x=1&x=2`, { method: 'POST', headers: [['content-type', 'application/json']], body }));
    if (!reply.handled) throw new Error('not handled');
    expect(reply.response.status).toBe(201);
    expect(text(reply.response.body)).toBe('made');
    expect(reply.response.headers).toContainEqual(['x-a', '1']);
    // A page a function returns must not run with the playground's origin.
    expect(reply.response.headers).toContainEqual(['content-security-policy', 'sandbox allow-scripts allow-forms allow-popups allow-modals']);
    const event = JSON.parse(seen[0]!) as Record<string, unknown>;
    expect(event).toMatchObject({ rawPath: '/items/a%2Fb', rawQueryString: 'x=1&x=2', pathParameters: { id: 'a/b' }, body: '{"a":1}', isBase64Encoded: false });
  });

  it('leaves an unknown API to other tabs', async () => {
    const { handle } = setup();
    expect(await handle(wire('/_api/unknown/x'))).toEqual({ handled: false });
  });

  it('serves site files with their content type, folders as index.html, and leaves missing ones', async () => {
    const { handle, site } = setup();
    expect(await handle(wire('/_site/', { kind: 'site' }))).toEqual({ handled: false });
    site.load({ 'index.html': '<h1>hi</h1>', 'js/app.js': 'go()' });
    // Not before the person chose to run it: its scripts would run on the playground's origin.
    const waiting = await handle(wire('/_site/', { kind: 'site' }));
    expect(waiting.handled && [waiting.response.status, text(waiting.response.body)]).toEqual([403, expect.stringContaining('Run the page')]);
    site.previewing = true;
    const index = await handle(wire('/_site/', { kind: 'site' }));
    if (!index.handled) throw new Error('not handled');
    expect(index.response.headers).toContainEqual(['content-type', 'text/html; charset=utf-8']);
    expect(text(index.response.body)).toBe('<h1>hi</h1>');
    const script = await handle(wire('/_site/js/app.js', { kind: 'site' }));
    expect(script.handled && script.response.headers[0]).toEqual(['content-type', 'text/javascript; charset=utf-8']);
    expect(await handle(wire('/_site/missing.css', { kind: 'site' }))).toEqual({ handled: false });
    expect(await handle(wire('/_site/%E0%A4%A', { kind: 'site' }))).toEqual({ handled: false });
  });
});

describe('the site files', () => {
  it('refuses unusable names and serves nested index pages', () => {
    const site = new SiteFiles();
    site.createStarter('/_api/abc');
    expect(Object.keys(site.files).sort()).toEqual(['app.js', 'index.html', 'style.css']);
    expect(site.files['app.js']).toContain("const API = '/_api/abc';");
    expect(site.addFile('../evil.js')).toContain('Use letters');
    expect(site.addFile('app.js')).toBe('app.js already exists.');
    expect(site.addFile('docs/index.html')).toBeUndefined();
    site.setFile('docs/index.html', 'docs');
    expect(site.serve('docs/')?.body).toBe('docs');
    site.deleteFile('docs/index.html');
    expect(site.serve('docs/')).toBeUndefined();
  });
});
