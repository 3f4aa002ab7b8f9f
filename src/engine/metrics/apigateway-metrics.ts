// AWS/ApiGateway's metrics from each request the gateway served: REST APIs by ApiName (and
// ApiName+Stage) with 4XXError/5XXError; HTTP APIs by ApiId (and ApiId+Stage) with 4xx/5xx, as
// the two API types name them. Function URLs report in AWS/Lambda as Url* metrics per FunctionName.
import type { RequestTrace } from '../services/apigateway/gateway';
import type { MetricStore } from './metric-store';
import type { Dimension } from './types';

export function recordApiRequest(store: MetricStore, trace: RequestTrace): void {
  const now = store.now();
  const status = trace.response.statusCode;
  const client = status >= 400 && status < 500 ? 1 : 0;
  const server = status >= 500 ? 1 : 0;
  const record = trace.integration?.record;
  // IntegrationLatency: the backend's time. The function's own duration (plus its init on a cold start) is what the gateway waited for.
  const integrationLatency = record ? record.durationMs + (record.initDurationMs ?? 0) : undefined;

  if (trace.api.kind === 'url') {
    const functionName = trace.integration?.target.functionName;
    if (!functionName) return;
    const dims = [{ Name: 'FunctionName', Value: functionName }];
    store.add(store.series('AWS/Lambda', 'UrlRequestCount', dims), 1, 1, now, 'Count');
    store.add(store.series('AWS/Lambda', 'Url4xxCount', dims), client, 1, now, 'Count');
    store.add(store.series('AWS/Lambda', 'Url5xxCount', dims), server, 1, now, 'Count');
    store.add(store.series('AWS/Lambda', 'UrlRequestLatency', dims), trace.durationMs, 1, now, 'Milliseconds');
    return;
  }
  const rest = trace.api.kind === 'rest';
  const api: Dimension = rest ? { Name: 'ApiName', Value: trace.api.name } : { Name: 'ApiId', Value: trace.api.id };
  const sets: Dimension[][] = [[api]];
  if (trace.stage !== undefined) sets.push([api, { Name: 'Stage', Value: trace.stage }]);
  for (const dims of sets) {
    store.add(store.series('AWS/ApiGateway', 'Count', dims), 1, 1, now, 'Count');
    store.add(store.series('AWS/ApiGateway', rest ? '4XXError' : '4xx', dims), client, 1, now, 'Count');
    store.add(store.series('AWS/ApiGateway', rest ? '5XXError' : '5xx', dims), server, 1, now, 'Count');
    store.add(store.series('AWS/ApiGateway', 'Latency', dims), trace.durationMs, 1, now, 'Milliseconds');
    if (integrationLatency !== undefined) store.add(store.series('AWS/ApiGateway', 'IntegrationLatency', dims), integrationLatency, 1, now, 'Milliseconds');
  }
}
