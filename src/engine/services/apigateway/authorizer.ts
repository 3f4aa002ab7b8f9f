// Lambda authorizers of type REQUEST: the event each API kind sends them and how their answer
// (a simple response on HTTP APIs, an IAM policy otherwise) decides the request.
import { ACCOUNT_ID, REGION } from '../../ids';
import { buildEventV1 } from './event-v1';
import { buildEventV2 } from './event-v2';
import { headerValue, parseQuery, type ApiRequest } from './request';
import type { ApiDef, AuthorizerDef } from './definitions';

/** The resource ARN of the invoked method: `arn:aws:execute-api:<region>:<account>:<api>/<stage>/<METHOD>/<path>`. */
export function executeApiArn(request: ApiRequest): string {
  return `arn:aws:execute-api:${REGION}:${ACCOUNT_ID}:${request.apiId}/${request.stage}/${request.method.toUpperCase()}${request.path}`;
}

/**
 * The values of the authorizer's identity sources, or undefined when one is missing or empty —
 * API Gateway then answers 401 without invoking the authorizer.
 */
export function identityValues(authorizer: AuthorizerDef, request: ApiRequest): string[] | undefined {
  const values: string[] = [];
  for (const source of authorizer.identitySources) {
    const [, where, name] = /(header|querystring)\.(.+)$/.exec(source) ?? [];
    const value =
      where === 'header' ? headerValue(request.headers, name!) : parseQuery(request.query).find(([key]) => key === name)?.[1];
    if (value === undefined || value === '') return undefined;
    values.push(value);
  }
  return values;
}

/** The event an authorizer receives: HTTP APIs use the 2.0 authorizer format, REST APIs the REQUEST format. */
export function buildAuthorizerEvent(api: ApiDef, request: ApiRequest, identity: string[]): Record<string, unknown> {
  if (api.kind === 'rest') {
    const { body: _body, isBase64Encoded: _b64, ...rest } = buildEventV1(request, { resourceId: '', extendedRequestId: '' });
    return { type: 'REQUEST', methodArn: executeApiArn(request), ...rest };
  }
  const { version, body: _body, isBase64Encoded: _b64, ...rest } = buildEventV2(request);
  return { version, type: 'REQUEST', routeArn: executeApiArn(request), identitySource: identity, ...rest };
}

/** What the authorizer decided, and the context the integration will see. */
export type AuthorizerDecision =
  | { effect: 'allow'; context: Record<string, unknown> }
  | { effect: 'deny'; explicit: boolean; context?: undefined }
  | { effect: 'invalid'; problem: string; context?: undefined };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `*` matches any run of characters, `?` one character, as in IAM policy resources. */
function wildcardMatch(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Evaluates an IAM policy for `execute-api:Invoke` on `resource`: an explicit Deny wins, else an Allow is needed. */
function evaluatePolicy(policy: unknown, resource: string): { allowed: boolean; explicitDeny: boolean } | string {
  if (!isRecord(policy)) return '`policyDocument` must be an object';
  const statements = asList(policy.Statement);
  if (statements.length === 0) return '`policyDocument.Statement` is missing';
  let allowed = false;
  for (const statement of statements) {
    if (!isRecord(statement)) return 'each statement must be an object';
    const effect = statement.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') return "a statement's `Effect` must be 'Allow' or 'Deny'";
    const actions = asList(statement.Action).map(String);
    const resources = asList(statement.Resource).map(String);
    const actionMatches = actions.some((a) => wildcardMatch(a.toLowerCase(), 'execute-api:invoke'));
    if (!actionMatches || !resources.some((r) => wildcardMatch(r, resource))) continue;
    if (effect === 'Deny') return { allowed: false, explicitDeny: true };
    allowed = true;
  }
  return { allowed, explicitDeny: false };
}

/** Context values must be strings, numbers or booleans; API Gateway refuses objects and arrays. */
function checkContext(context: unknown): Record<string, unknown> | string {
  if (context === undefined || context === null) return {};
  if (!isRecord(context)) return '`context` must be an object';
  for (const [key, value] of Object.entries(context)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) return `\`context.${key}\` must be a string, number or boolean`;
  }
  return context;
}

/** Reads an authorizer's result (JSON text) for the request's resource ARN. */
export function decide(api: ApiDef, authorizer: AuthorizerDef, resultJson: string, resource: string): AuthorizerDecision {
  let result: unknown;
  try {
    result = JSON.parse(resultJson);
  } catch {
    return { effect: 'invalid', problem: 'the authorizer result is not JSON' };
  }
  if (!isRecord(result)) return { effect: 'invalid', problem: 'the authorizer must return an object' };
  const context = checkContext(result.context);
  if (typeof context === 'string') return { effect: 'invalid', problem: context };

  if (authorizer.enableSimpleResponses) {
    if (typeof result.isAuthorized !== 'boolean') return { effect: 'invalid', problem: 'a simple response needs a boolean `isAuthorized`' };
    return result.isAuthorized ? { effect: 'allow', context: { lambda: context } } : { effect: 'deny', explicit: false };
  }
  if (api.kind === 'rest' && typeof result.principalId !== 'string') return { effect: 'invalid', problem: 'an IAM policy response needs a string `principalId`' };
  const verdict = evaluatePolicy(result.policyDocument, resource);
  if (typeof verdict === 'string') return { effect: 'invalid', problem: verdict };
  if (!verdict.allowed) return { effect: 'deny', explicit: verdict.explicitDeny };
  // REST puts the principal and context straight into requestContext.authorizer; HTTP APIs nest them.
  // REST turns every context value into a string on the way to the integration.
  if (api.kind === 'rest') {
    const strings = Object.fromEntries(Object.entries(context).map(([k, v]) => [k, String(v)]));
    return { effect: 'allow', context: { principalId: result.principalId, integrationLatency: 0, ...strings } };
  }
  return { effect: 'allow', context: { lambda: { ...context, ...(typeof result.principalId === 'string' ? { principalId: result.principalId } : {}) } } };
}
