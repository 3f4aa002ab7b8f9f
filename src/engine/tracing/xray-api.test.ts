import { expect, it } from 'vitest';
import { Tracer } from './tracer';
import { createXRayApi } from './xray-api';

function recorded() {
  let now = Date.UTC(2026, 10, 21, 12, 0, 0);
  const tracer = new Tracer(() => now);
  const gateway = tracer.begin({ kind: 'gateway', service: 'apigateway', name: 'photos-api', operation: 'GET /photos' });
  const span = tracer.startInvocation('list', { trace: gateway.header })!;
  const sdk = tracer.hop(span.header, { kind: 'sdk', service: 'dynamodb', name: 'photos', operation: 'Scan' });
  now += 12;
  tracer.end(sdk, 'ok');
  tracer.end(span, 'error', { requestId: 'r1', error: 'TypeError: x is undefined' });
  tracer.end(gateway, 'fault', { httpStatus: 502 });
  tracer.begin({ kind: 'entry', service: 'client', name: 'other', end: now, status: 'ok' });
  return { api: createXRayApi(tracer.store, () => now), id: gateway.trace.id, ids: { gateway: gateway.hop.id, fn: span.hop.id, sdk: sdk!.hop.id } };
}

it('summarises traces as GetTraceSummaries does, filtered by an expression', () => {
  const { api, id } = recorded();
  const all = api.getTraceSummaries({ StartTime: new Date(0), EndTime: new Date(Date.UTC(2027, 0, 1)) });
  expect(all.TraceSummaries).toHaveLength(2);
  const [summary] = api.getTraceSummaries({ StartTime: new Date(0), EndTime: new Date(Date.UTC(2027, 0, 1)), FilterExpression: 'fault' }).TraceSummaries;
  expect(summary).toMatchObject({
    Id: id, Duration: 0.012, HasFault: true, HasError: true, HasThrottle: false, IsPartial: false,
    EntryPoint: { Name: 'photos-api', Type: 'AWS::ApiGateway::Stage' },
  });
  expect(summary!.ServiceIds.map((s) => s.Type)).toEqual(['AWS::ApiGateway::Stage', 'AWS::Lambda::Function']);
});

it('returns segments as JSON documents, SDK calls as subsegments of their invocation', () => {
  const { api, id, ids } = recorded();
  const { Traces, UnprocessedTraceIds } = api.batchGetTraces({ TraceIds: [id, '1-00000000-000000000000000000000000'] });
  expect(UnprocessedTraceIds).toEqual(['1-00000000-000000000000000000000000']);
  const docs = Traces[0]!.Segments.map((s) => JSON.parse(s.Document) as Record<string, unknown>);
  expect(docs.map((d) => d.id)).toEqual([ids.gateway, ids.fn]);
  expect(docs[1]).toMatchObject({
    name: 'list', trace_id: id, parent_id: ids.gateway, origin: 'AWS::Lambda::Function', error: true,
    cause: { exceptions: [{ type: 'TypeError', message: 'x is undefined' }] }, aws: { request_id: 'r1' },
    subsegments: [{ id: ids.sdk, name: 'DynamoDB', namespace: 'aws', aws: { operation: 'Scan', resource_names: ['photos'] } }],
  });
  expect(docs[0]).toMatchObject({ fault: true, http: { response: { status: 502 } } });
});
