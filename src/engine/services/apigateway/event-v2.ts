// The payload format 2.0 event that HTTP APIs (and function URLs) send to a Lambda function.
import { ACCOUNT_ID } from '../../ids';
import { domainName, domainPrefix, headerValue, parseQuery, requestTime, toBase64, utf8, type ApiRequest } from './request';

/** The event a handler receives from an HTTP API with payload format version 2.0. */
export interface HttpApiEventV2 {
  version: '2.0';
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  pathParameters?: Record<string, string>;
  stageVariables?: Record<string, string>;
  requestContext: {
    accountId: string;
    apiId: string;
    domainName: string;
    domainPrefix: string;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
    requestId: string;
    routeKey: string;
    stage: string;
    time: string;
    timeEpoch: number;
    authorizer?: Record<string, unknown>;
  };
  body?: string;
  isBase64Encoded: boolean;
}

/**
 * Whether HTTP APIs pass a body of this content type as text; anything else, including a body
 * without a content type, arrives base64-encoded with `isBase64Encoded: true`.
 */
export function isTextContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    type.endsWith('+json') ||
    type.endsWith('+xml') ||
    ['application/json', 'application/javascript', 'application/xml', 'application/yaml'].includes(type)
  );
}

/** HTTP APIs join a repeated header or query key into one comma-separated value. */
function joinInto(map: Map<string, string>, key: string, value: string): void {
  const previous = map.get(key);
  map.set(key, previous === undefined ? value : `${previous},${value}`);
}

const nonEmpty = (record: Record<string, string>) => (Object.keys(record).length > 0 ? record : undefined);

/** Builds the 2.0 event for a request; optional fields are left out when empty, as AWS does. */
export function buildEventV2(request: ApiRequest): HttpApiEventV2 {
  const cookies: string[] = [];
  const headers = new Map<string, string>();
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    // Cookies move to their own array and leave `headers`, one entry per cookie pair.
    if (lower === 'cookie') cookies.push(...value.split('; ').filter((c) => c !== ''));
    else joinInto(headers, lower, value);
  }
  const query = new Map<string, string>();
  for (const [key, value] of parseQuery(request.query)) joinInto(query, key, value);

  const body = request.body !== undefined && request.body.length > 0 ? request.body : undefined;
  const text = isTextContentType(headerValue(request.headers, 'content-type'));

  // A named stage stays in the path the function sees; only `$default` serves from the root.
  const rawPath = request.stage === '$default' ? request.path : `/${request.stage}${request.path}`;
  const domain = domainName(request);

  const event: HttpApiEventV2 = {
    version: '2.0',
    routeKey: request.routeKey,
    rawPath,
    rawQueryString: request.query,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers: Object.fromEntries(headers),
    ...(query.size > 0 ? { queryStringParameters: Object.fromEntries(query) } : {}),
    ...(nonEmpty(request.pathParameters) ? { pathParameters: { ...request.pathParameters } } : {}),
    ...(nonEmpty(request.stageVariables) ? { stageVariables: { ...request.stageVariables } } : {}),
    requestContext: {
      accountId: ACCOUNT_ID,
      apiId: request.apiId,
      domainName: domain,
      domainPrefix: domainPrefix(domain),
      http: {
        method: request.method.toUpperCase(),
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headerValue(request.headers, 'user-agent') ?? '',
      },
      requestId: request.requestId,
      routeKey: request.routeKey,
      stage: request.stage,
      time: requestTime(request.time),
      timeEpoch: request.time,
      ...(request.authorizer ? { authorizer: { ...request.authorizer } } : {}),
    },
    ...(body ? { body: text ? utf8.decode(body) : toBase64(body) } : {}),
    isBase64Encoded: body !== undefined && !text,
  };
  return event;
}
