// The payload format 1.0 event that REST APIs send to a Lambda proxy integration.
import { ACCOUNT_ID } from '../../ids';
import { domainName, domainPrefix, groupValues, headerValue, parseQuery, requestTime, toBase64, utf8, type ApiRequest } from './request';

/** REST-only details of a request: ids API Gateway assigns and the API's binary media types. */
export interface RestRequestDetails {
  /** The id of the API resource (the path part of the route), e.g. `roq9wj`. */
  resourceId: string;
  extendedRequestId: string;
  /** Content types passed base64-encoded, e.g. `image/png` or `*\/*`; every other body is text. */
  binaryMediaTypes?: readonly string[];
}

/** The caller identity; without IAM or Cognito auth every field but the two below is null. */
export interface RestIdentity {
  cognitoIdentityPoolId: null;
  accountId: null;
  cognitoIdentityId: null;
  caller: null;
  accessKey: null;
  sourceIp: string;
  cognitoAuthenticationType: null;
  cognitoAuthenticationProvider: null;
  userArn: null;
  userAgent: string | null;
  user: null;
  apiKey?: string;
  apiKeyId?: string;
}

/** The event a handler receives from a REST API with a Lambda proxy integration. */
export interface RestApiEventV1 {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string> | null;
  multiValueHeaders: Record<string, string[]> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: {
    accountId: string;
    apiId: string;
    domainName: string;
    domainPrefix: string;
    extendedRequestId: string;
    httpMethod: string;
    identity: RestIdentity;
    path: string;
    protocol: string;
    requestId: string;
    requestTime: string;
    requestTimeEpoch: number;
    resourceId: string;
    resourcePath: string;
    stage: string;
    authorizer?: Record<string, unknown>;
  };
  body: string | null;
  isBase64Encoded: boolean;
}

/** Whether a content type is one of the API's binary media types (`type/*` and `*\/*` allowed). */
export function isBinaryMediaType(contentType: string | undefined, binaryMediaTypes: readonly string[]): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return binaryMediaTypes.some((pattern) => {
    const p = pattern.toLowerCase();
    // `*/*` makes every body binary, even one sent without a content type.
    if (p === '*/*') return true;
    return type !== '' && (p === type || (p.endsWith('/*') && type.startsWith(p.slice(0, -1))));
  });
}

const orNull = <T>(record: Record<string, T>) => (Object.keys(record).length > 0 ? record : null);

/** Last value wins in the single-value maps, which is why the multi-value maps exist. */
const lastValues = (groups: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(groups).map(([k, values]) => [k, values[values.length - 1]!]));

/** Builds the 1.0 event for a request; empty maps and a missing body are null, as AWS sends them. */
export function buildEventV1(request: ApiRequest, details: RestRequestDetails): RestApiEventV1 {
  // REST route keys are `METHOD /path`; the path part is the resource (`/{proxy+}`).
  const resource = request.routeKey.slice(request.routeKey.indexOf(' ') + 1);
  const method = request.method.toUpperCase();
  const multiValueHeaders = groupValues(request.headers);
  const multiValueQuery = groupValues(parseQuery(request.query));
  const domain = domainName(request);

  const body = request.body !== undefined && request.body.length > 0 ? request.body : undefined;
  const binary = isBinaryMediaType(headerValue(request.headers, 'content-type'), details.binaryMediaTypes ?? []);

  return {
    resource,
    path: request.path,
    httpMethod: method,
    headers: orNull(lastValues(multiValueHeaders)),
    multiValueHeaders: orNull(multiValueHeaders),
    queryStringParameters: orNull(lastValues(multiValueQuery)),
    multiValueQueryStringParameters: orNull(multiValueQuery),
    pathParameters: orNull({ ...request.pathParameters }),
    stageVariables: orNull({ ...request.stageVariables }),
    requestContext: {
      accountId: ACCOUNT_ID,
      apiId: request.apiId,
      domainName: domain,
      domainPrefix: domainPrefix(domain),
      extendedRequestId: details.extendedRequestId,
      httpMethod: method,
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        accessKey: null,
        sourceIp: request.sourceIp,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent: headerValue(request.headers, 'user-agent') ?? null,
        user: null,
        ...(request.apiKey ? { apiKey: request.apiKey.value, apiKeyId: request.apiKey.id } : {}),
      },
      // The stage is part of the invoked URL's path, though `path` above leaves it out.
      path: `/${request.stage}${request.path}`,
      protocol: 'HTTP/1.1',
      requestId: request.requestId,
      requestTime: requestTime(request.time),
      requestTimeEpoch: request.time,
      resourceId: details.resourceId,
      resourcePath: resource,
      stage: request.stage,
      ...(request.authorizer ? { authorizer: { ...request.authorizer } } : {}),
    },
    body: body ? (binary ? toBase64(body) : utf8.decode(body)) : null,
    isBase64Encoded: body !== undefined && binary,
  };
}
