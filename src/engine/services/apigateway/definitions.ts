// What an API is in a project: the plain, serialisable definitions the gateway serves.

/** HTTP APIs (API Gateway v2), REST APIs (v1) and Lambda function URLs. */
export type ApiKind = 'http' | 'rest' | 'url';

/** The function a route is integrated with; `qualifier` names an alias or a version. */
export interface IntegrationTarget {
  functionName: string;
  qualifier?: string;
}

/** A route such as `GET /items/{id}`, `ANY /{proxy+}` or `$default`, and what answers it. */
export interface RouteDef {
  routeKey: string;
  target: IntegrationTarget;
  /** REST APIs only: the request must carry a valid `x-api-key`. */
  apiKeyRequired?: boolean;
  /** The id of a Lambda authorizer of this API that must allow the request. */
  authorizerId?: string;
}

/** A deployment stage with its stage variables (`$default` serves from the root on HTTP APIs). */
export interface StageDef {
  name: string;
  variables: Record<string, string>;
}

/** A REST API key; the client sends `value` in the `x-api-key` header. */
export interface ApiKeyDef {
  id: string;
  name: string;
  value: string;
  enabled: boolean;
}

/** A Lambda authorizer of type REQUEST. */
export interface AuthorizerDef {
  id: string;
  name: string;
  target: IntegrationTarget;
  /**
   * Where the identity comes from, as AWS writes it: `$request.header.Authorization` on HTTP APIs,
   * `method.request.header.Authorization` on REST APIs (query strings work the same way). A request
   * missing any of them is refused with 401 before the authorizer runs.
   */
  identitySources: string[];
  /** HTTP APIs: the authorizer answers `{ isAuthorized, context }` rather than an IAM policy. */
  enableSimpleResponses: boolean;
}

/** CORS as HTTP APIs and function URLs configure it; the gateway answers preflights itself. */
export interface CorsDef {
  allowOrigins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge?: number;
  allowCredentials?: boolean;
}

/** One API of the project. */
export interface ApiDef {
  id: string;
  name: string;
  kind: ApiKind;
  /** The event format routes receive: REST is always 1.0, function URLs always 2.0. */
  payloadFormat: '1.0' | '2.0';
  routes: RouteDef[];
  stages: StageDef[];
  apiKeys: ApiKeyDef[];
  authorizers: AuthorizerDef[];
  cors?: CorsDef;
  /** REST APIs: content types passed to and from functions as binary (base64). */
  binaryMediaTypes?: string[];
  /** Epoch milliseconds. */
  createdDate: number;
}

/** The path prefix under which the service worker serves every API of the project. */
export const API_PATH_PREFIX = '/_api/';

/** Where an API (and stage) is reachable from the playground's origin. */
export function apiPath(api: Pick<ApiDef, 'id' | 'kind'>, stage?: string): string {
  if (api.kind === 'url' || stage === undefined || stage === '$default') return `${API_PATH_PREFIX}${api.id}`;
  return `${API_PATH_PREFIX}${api.id}/${stage}`;
}
