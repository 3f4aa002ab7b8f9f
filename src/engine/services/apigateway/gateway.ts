// The gateway itself: takes an HTTP request for one of the project's APIs through stage and route
// selection, API keys, CORS and authorizers to the integrated function, and maps what it returns.
import { ServiceError } from '../../errors';
import { REGION, requestId as uuid } from '../../ids';
import { locateStage, resolveTarget, resourceId, shortRequestId, withForwardingHeaders } from './gateway-request';
import type { Clock } from '../../ports';
import type { InvocationRecord } from '../../lambda/invoker';
import type { InvokeInput, InvokeOutput } from '../../lambda/types';
import { buildAuthorizerEvent, decide, executeApiArn, identityValues } from './authorizer';
import { isPreflight, preflightResponse, withCorsHeaders } from './cors';
import { buildEventV1, isBinaryMediaType } from './event-v1';
import { buildEventV2 } from './event-v2';
import { gatewayError, type GatewayFailure } from './gateway-errors';
import { headerValue, type ApiRequest } from './request';
import type { Tracer } from '../../tracing/tracer';
import { parseTraceHeader } from '../../tracing/trace-ids';
import { mapResponseExplained, type HttpResponse } from './response';
import { matchRoute } from './routes';
import type { ApiRegistry } from './api-registry';
import type { ApiDef, IntegrationTarget, RouteDef } from './definitions';

/** A request addressed to `/_api/<apiId>/...`, as the service worker or the request console sends it. */
export interface GatewayRequest {
  method: string;
  /** The path after `/_api`, starting with `/<apiId>`, still URL-encoded. */
  path: string;
  /** The query string without `?`. */
  query: string;
  headers: [string, string][];
  body?: Uint8Array;
  sourceIp?: string;
}

/** One Lambda invocation the gateway made for a request (the authorizer's or the integration's). */
export interface GatewayInvocation {
  target: IntegrationTarget;
  event: Record<string, unknown>;
  record?: InvocationRecord;
  /** The invocation failed before the function ran (throttled, missing function, …). */
  rejected?: { code: string; message: string };
}

/** Everything that happened to one request: what the console shows beside the response. */
export interface RequestTrace {
  requestId: string;
  time: number;
  durationMs: number;
  request: GatewayRequest;
  response: HttpResponse;
  api: { id: string; name: string; kind: ApiDef['kind'] };
  stage?: string;
  routeKey?: string;
  payloadFormat?: '1.0' | '2.0';
  /** The request as API Gateway understood it, from which either payload format can be rebuilt. */
  apiRequest?: ApiRequest;
  authorizer?: GatewayInvocation & { decision: string };
  integration?: GatewayInvocation;
  /** When the gateway answered by itself (no route, 403, 502, …): why, in words. */
  note?: string;
  /** The X-Ray header of the request's gateway hop (its Root is the trace id). */
  traceHeader?: string;
}

export interface GatewayDeps {
  registry: ApiRegistry;
  invoke: (input: InvokeInput, options?: { trace?: string }) => Promise<{ output: InvokeOutput; record?: InvocationRecord }>;
  clock: Clock;
  /** Told about every request served, whoever sent it. */
  served: (trace: RequestTrace) => void;
  /** Each request a hop of a trace (continuing the client's X-Amzn-Trace-Id if it sent one). */
  tracing?: Tracer;
}

/** How long API Gateway waits for an integration: 29 s on REST APIs, 30 s on HTTP APIs. */
const INTEGRATION_TIMEOUT_MS = { rest: 29_000, http: 30_000 } as const;

/** Records why the gateway answered by itself and returns that answer. */
function refuse(trace: RequestTrace, kind: ApiDef['kind'], failure: GatewayFailure, note: string): HttpResponse {
  trace.note = note;
  return gatewayError(kind, failure);
}

/** Serves requests for the APIs in the registry. */
export class Gateway {
  constructor(private readonly d: GatewayDeps) {}

  /** Answers a request, or returns undefined when no API of this project has that id. */
  async handle(request: GatewayRequest): Promise<RequestTrace | undefined> {
    const [, apiId = '', ...rest] = request.path.split('/');
    const api = this.d.registry.find(apiId);
    if (!api) return undefined;
    const started = this.d.clock.now();
    const trace: RequestTrace = {
      requestId: api.kind === 'http' ? shortRequestId() : uuid(),
      time: started,
      durationMs: 0,
      request,
      response: { statusCode: 500, headers: [], body: new Uint8Array() },
      api: { id: api.id, name: api.name, kind: api.kind },
    };
    const hop = this.d.tracing?.hop(headerValue(request.headers, 'x-amzn-trace-id'), { kind: 'gateway', service: 'apigateway', name: api.name, operation: `${request.method.toUpperCase()} /${rest.join('/')}`, start: started });
    if (hop) trace.traceHeader = hop.header;
    let response: HttpResponse;
    try {
      response = await this.#serve(api, request, `/${rest.join('/')}`, trace);
    } catch (error) {
      // A fault in the gateway itself must still answer the client and say why.
      trace.note = `The gateway failed: ${(error as Error).message}`;
      response = gatewayError(api.kind, 'internal');
    }
    if (request.method.toUpperCase() === 'HEAD') response = { ...response, body: new Uint8Array() };
    response.headers.push(api.kind === 'http' ? ['apigw-requestid', trace.requestId] : ['x-amzn-requestid', trace.requestId]);
    trace.response = response;
    trace.durationMs = this.d.clock.now() - started;
    const code = response.statusCode;
    this.d.tracing?.end(hop, code === 429 ? 'throttled' : code >= 500 ? 'fault' : code >= 400 ? 'error' : 'ok', { httpStatus: code });
    this.d.served(trace);
    return trace;
  }

  async #serve(api: ApiDef, request: GatewayRequest, pathAfterId: string, trace: RequestTrace): Promise<HttpResponse> {
    const fail = (failure: GatewayFailure, note: string) => refuse(trace, api.kind, failure, note);
    const located = locateStage(api, pathAfterId);
    if (!located) return fail(api.kind === 'rest' ? 'forbidden' : 'not-found', `No stage of ${api.name} matches ${pathAfterId}.`);
    const { stage, path } = located;
    trace.stage = stage.name;

    const match = matchRoute(api.routes.map((r) => r.routeKey), request.method, path);
    // With CORS configured the gateway answers preflights itself, unless a route claims them:
    // an explicit OPTIONS route, or `$default`, which catches every method (HTTP API guide, CORS).
    const claimed = match && (match.routeKey === '$default' || match.routeKey.startsWith('OPTIONS '));
    if (api.cors && !claimed && isPreflight(request.method, request.headers)) {
      trace.note = 'CORS preflight answered by the gateway.';
      return preflightResponse(api.cors, request.headers);
    }
    if (!match) {
      return fail('not-found', `No route matches ${request.method.toUpperCase()} ${path}${api.kind === 'rest' ? ' (REST APIs answer a missing route with 403 "Missing Authentication Token")' : ''}.`);
    }
    const route = api.routes.find((r) => r.routeKey === match.routeKey)!;
    trace.routeKey = route.routeKey;

    const sourceIp = request.sourceIp ?? '127.0.0.1';
    const domain = api.kind === 'url' ? `${api.id}.lambda-url.${REGION}.on.aws` : `${api.id}.execute-api.${REGION}.amazonaws.com`;
    const apiRequest: ApiRequest = {
      method: request.method.toUpperCase(),
      path,
      query: request.query,
      headers: withForwardingHeaders(request.headers, domain, sourceIp, trace.time, parseTraceHeader(trace.traceHeader)?.root),
      body: request.body,
      sourceIp,
      stage: stage.name,
      apiId: api.id,
      routeKey: match.routeKey,
      pathParameters: match.pathParameters,
      stageVariables: stage.variables,
      requestId: trace.requestId,
      time: trace.time,
      domainName: domain,
    };
    trace.apiRequest = apiRequest;

    // Authorizer first, then the API key: API Gateway checks usage plans after the authorizer.
    if (route.authorizerId) {
      const denied = await this.#authorize(api, route, apiRequest, trace);
      if (denied) return denied;
    }

    if (route.apiKeyRequired) {
      const sent = headerValue(request.headers, 'x-api-key');
      const key = api.apiKeys.find((k) => k.enabled && k.value === sent);
      if (!key) return fail('forbidden', sent ? 'The x-api-key header does not match an enabled API key.' : 'This route requires an API key in the x-api-key header.');
      apiRequest.apiKey = { id: key.id, value: key.value };
    }

    const response = await this.#integrate(api, route, apiRequest, trace);
    return api.cors ? withCorsHeaders(api.cors, request.headers, response) : response;
  }

  /** Runs the route's authorizer; returns the refusal to send, or undefined when the request may go on. */
  async #authorize(api: ApiDef, route: RouteDef, request: ApiRequest, trace: RequestTrace): Promise<HttpResponse | undefined> {
    const authorizer = api.authorizers.find((a) => a.id === route.authorizerId)!;
    const identity = identityValues(authorizer, request);
    const fail = (failure: GatewayFailure, note: string) => refuse(trace, api.kind, failure, note);
    if (!identity) return fail('unauthorized', `The request lacks the authorizer's identity source (${authorizer.identitySources.join(', ')}).`);
    const event = buildAuthorizerEvent(api, request, identity);
    const started = this.d.clock.now();
    const invocation = await this.#invoke(resolveTarget(authorizer.target, request.stageVariables), event, undefined, trace.traceHeader);
    const record = { ...invocation, decision: 'error' };
    trace.authorizer = record;
    if (invocation.rejected || !invocation.output) return fail('authorizer-error', `The authorizer could not be invoked: ${invocation.rejected?.message}`);
    if (invocation.output.FunctionError) {
      // REST's documented quirk: an authorizer failing with the message "Unauthorized" means 401.
      const message = (JSON.parse(invocation.output.Payload) as { errorMessage?: string }).errorMessage;
      if (api.kind === 'rest' && message === 'Unauthorized') {
        record.decision = 'unauthorized';
        return fail('unauthorized', 'The authorizer failed with "Unauthorized", which REST APIs answer with 401.');
      }
      return fail('authorizer-error', 'The authorizer function returned an error.');
    }
    const decision = decide(api, authorizer, invocation.output.Payload, executeApiArn(request));
    record.decision = decision.effect;
    if (decision.effect === 'invalid') return fail('authorizer-error', `The authorizer's response is invalid: ${decision.problem}.`);
    if (decision.effect === 'deny') {
      return fail(api.kind === 'rest' ? (decision.explicit ? 'rest-explicit-deny' : 'rest-not-authorized') : 'forbidden', 'The authorizer denied the request.');
    }
    if ('integrationLatency' in decision.context) decision.context.integrationLatency = this.d.clock.now() - started;
    request.authorizer = decision.context;
    return undefined;
  }

  async #integrate(api: ApiDef, route: RouteDef, request: ApiRequest, trace: RequestTrace): Promise<HttpResponse> {
    const format = api.payloadFormat;
    trace.payloadFormat = format;
    const event =
      format === '1.0'
        ? buildEventV1(request, { resourceId: resourceId(request.routeKey), extendedRequestId: shortRequestId(), binaryMediaTypes: api.binaryMediaTypes ?? [] })
        : buildEventV2(request);
    const target = resolveTarget(route.target, request.stageVariables);
    const limit = api.kind === 'url' ? undefined : INTEGRATION_TIMEOUT_MS[api.kind];
    const invocation = await this.#invoke(target, event as unknown as Record<string, unknown>, limit, trace.traceHeader);
    trace.integration = invocation;
    const fail = (failure: GatewayFailure, note: string) => refuse(trace, api.kind, failure, note);
    if (invocation.timedOut) return fail('timeout', `The function did not answer within the integration timeout (${limit! / 1000} s).`);
    if (invocation.rejected) {
      const { code, message } = invocation.rejected;
      if (code === 'RequestTooLargeException') return fail('too-large', `The event is larger than Lambda accepts: ${message}`);
      if (code === 'TooManyRequestsException') return fail('throttled', `Lambda throttled the invocation: ${message}`);
      return fail('rejected', `Lambda rejected the invocation (${code}): ${message}`);
    }
    // REST APIs decode a base64 result only when the client's first Accept type is a binary media
    // type (API Gateway guide, "Content type conversions"); otherwise the client gets the base64 text.
    const binaryTypes = api.binaryMediaTypes ?? [];
    const firstAccept = headerValue(request.headers, 'accept')?.split(',')[0]?.trim();
    const options = api.kind === 'rest' ? { decodeBase64: () => isBinaryMediaType(firstAccept, binaryTypes) } : {};
    const mapped = mapResponseExplained(format, invocation.output!, options);
    if (mapped.problem) {
      const answer = gatewayError(api.kind, 'bad-response');
      return refuse(trace, api.kind, 'bad-response', `${answer.statusCode} because ${mapped.problem}.`);
    }
    const response = mapped.response;
    if (api.kind === 'rest' && !response.headers.some(([n]) => n.toLowerCase() === 'content-type')) {
      response.headers.push(['content-type', 'application/json']);
    }
    return response;
  }

  /** Invokes a function, racing the gateway's timeout; Lambda's refusals are captured, not thrown. */
  async #invoke(target: IntegrationTarget, event: Record<string, unknown>, timeoutMs?: number, traceHeader?: string) {
    const result: GatewayInvocation & { output?: InvokeOutput; timedOut?: boolean } = { target, event };
    const call = this.d
      .invoke({ FunctionName: target.functionName, ...(target.qualifier ? { Qualifier: target.qualifier } : {}), Payload: JSON.stringify(event) }, traceHeader ? { trace: traceHeader } : undefined)
      .then(({ output, record }) => {
        result.output = output;
        if (record) result.record = record;
      })
      .catch((error: unknown) => {
        result.rejected = error instanceof ServiceError ? { code: error.code, message: error.message } : { code: 'ServiceException', message: String(error) };
      });
    if (timeoutMs === undefined) {
      await call;
      return result;
    }
    let cancel = () => {};
    const timeout = new Promise<void>((resolve) => {
      cancel = this.d.clock.setTimer(timeoutMs, () => {
        result.timedOut = true;
        resolve();
      });
    });
    await Promise.race([call, timeout]);
    cancel();
    // The function may go on running after the gateway gave up, as on AWS; its record arrives later.
    return result;
  }
}
