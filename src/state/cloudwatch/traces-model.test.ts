import { expect, it } from 'vitest';
import { Tracer } from '../../engine/tracing/tracer';
import type { LogEvent } from '../../engine/logs/log-store';
import { requestLogLines, serviceMap, waterfall } from './traces-model';

it('orders the waterfall along each causal path and maps resources as nodes', () => {
  let now = 0;
  const tracer = new Tracer(() => now);
  const chain = tracer.accept({}, { functionName: 'a', origin: 's3:ObjectCreated:Put on bucket up', queued: true });
  now = 5;
  const a = tracer.startInvocation('a', chain)!;
  now = 8;
  const put = tracer.hop(a.header, { kind: 'sdk', service: 'dynamodb', name: 't', operation: 'PutItem' })!;
  now = 10;
  tracer.end(put, 'ok');
  tracer.end(a, 'ok');
  const b = tracer.startInvocation('b', tracer.accept({}, { functionName: 'b', trace: put.header, origin: 'DynamoDB stream of table t', queued: true, queuedSince: 9 }))!;
  now = 20;
  tracer.end(b, 'error');
  const rows = waterfall(a.trace);
  expect(rows.map((r) => `${r.depth}:${r.hop.kind}:${r.hop.name}`)).toEqual([
    '0:entry:s3:ObjectCreated:Put on bucket up', '1:queue:s3:ObjectCreated:Put on bucket up', '2:invocation:a', '3:sdk:t', '4:queue:DynamoDB stream of table t', '5:invocation:b',
  ]);
  expect(rows[2]).toMatchObject({ offsetMs: 5, durationMs: 5 });
  const map = serviceMap(a.trace);
  expect(map.diagram.nodes.map((n) => n.id)).toEqual(['s3:s3:ObjectCreated:Put on bucket up', 'lambda:a', 'dynamodb:t', 'lambda:b']);
  expect(map.diagram.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['s3:s3:ObjectCreated:Put on bucket up>lambda:a', 'lambda:a>dynamodb:t', 'dynamodb:t>lambda:b']);
  expect([...map.failed]).toEqual(['lambda:b']);
});

it('finds one request’s log lines, with the INIT lines of a cold start', () => {
  const line = (message: string): LogEvent => ({ group: 'g', stream: 's', timestamp: 0, message, level: 'platform' });
  const events = ['INIT_START Runtime Version: nodejs:24', 'top level ran', 'START RequestId: r1 Version: $LATEST', 'hello r1', 'END RequestId: r1', 'REPORT RequestId: r1\tDuration: 1 ms',
    'START RequestId: r2 Version: $LATEST', 'END RequestId: r2', 'REPORT RequestId: r2\tDuration: 1 ms'].map(line);
  expect(requestLogLines(events, 'r1', true).map((e) => e.message)).toEqual(events.slice(0, 6).map((e) => e.message));
  expect(requestLogLines(events, 'r2', false).map((e) => e.message)).toEqual(events.slice(6).map((e) => e.message));
  expect(requestLogLines(events, 'r2', true).map((e) => e.message)).toEqual(events.slice(6).map((e) => e.message));
});
