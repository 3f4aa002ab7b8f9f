// The responses API Gateway (or a function URL) makes by itself, worded per product exactly as
// clients see them: the REST and HTTP API products phrase the same failure differently.
import { utf8 } from './request';
import type { ApiKind } from './definitions';
import type { HttpResponse } from './response';

/** Every reason the gateway answers without a function result. */
export type GatewayFailure =
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'rest-explicit-deny'
  | 'rest-not-authorized'
  | 'authorizer-error'
  | 'bad-response'
  | 'timeout'
  | 'throttled'
  | 'too-large'
  | 'rejected'
  | 'internal';

type Answer = [status: number, body: string];

const REST: Record<GatewayFailure, Answer> = {
  // A REST API cannot tell a missing route from an unsigned IAM request, hence the odd message.
  'not-found': [403, '{"message":"Missing Authentication Token"}'],
  forbidden: [403, '{"message":"Forbidden"}'],
  unauthorized: [401, '{"message":"Unauthorized"}'],
  'rest-explicit-deny': [403, '{"Message":"User is not authorized to access this resource with an explicit deny"}'],
  'rest-not-authorized': [403, '{"Message":"User is not authorized to access this resource"}'],
  'authorizer-error': [500, '{"message": null}'],
  // A function error or a malformed result: 502, as the Lambda guide states for REST APIs.
  'bad-response': [502, '{"message": "Internal server error"}'],
  timeout: [504, '{"message": "Endpoint request timed out"}'],
  // "If the Lambda API rejects the invocation request, API Gateway returns a 500" (Lambda guide).
  throttled: [500, '{"message": "Internal server error"}'],
  'too-large': [413, '{"message":"Request Too Long"}'],
  rejected: [500, '{"message": "Internal server error"}'],
  internal: [500, '{"message": "Internal server error"}'],
};

const HTTP: Record<GatewayFailure, Answer> = {
  'not-found': [404, '{"message":"Not Found"}'],
  forbidden: [403, '{"message":"Forbidden"}'],
  unauthorized: [401, '{"message":"Unauthorized"}'],
  'rest-explicit-deny': [403, '{"message":"Forbidden"}'],
  'rest-not-authorized': [403, '{"message":"Forbidden"}'],
  'authorizer-error': [500, '{"message":"Internal Server Error"}'],
  // HTTP APIs log the integration's 200 but answer 500 for a function error or a bad result.
  'bad-response': [500, '{"message":"Internal Server Error"}'],
  timeout: [503, '{"message":"Service Unavailable"}'],
  throttled: [500, '{"message":"Internal Server Error"}'],
  'too-large': [413, '{"message":"Request Entity Too Large"}'],
  rejected: [500, '{"message":"Internal Server Error"}'],
  internal: [500, '{"message":"Internal Server Error"}'],
};

// A function URL has no gateway in front: Lambda's own throttle reaches the client as 429, and a
// function error or malformed result is a 502.
const URL: Record<GatewayFailure, Answer> = {
  ...HTTP,
  throttled: [429, '{"Message":"Rate Exceeded."}'],
  'bad-response': [502, '{"message":"Internal Server Error"}'],
};

/** The response for a failure, as the given kind of API words it. */
export function gatewayError(kind: ApiKind, failure: GatewayFailure): HttpResponse {
  const [statusCode, body] = (kind === 'rest' ? REST : kind === 'http' ? HTTP : URL)[failure];
  const headers: [string, string][] = [['content-type', 'application/json']];
  if (failure === 'authorizer-error' && kind === 'rest') headers.push(['x-amzn-errortype', 'AuthorizerConfigurationException']);
  return { statusCode, headers, body: utf8.encode(body) };
}
