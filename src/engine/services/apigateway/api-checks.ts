// The checks API Gateway makes on each part of an API definition, with its wording.
import { ServiceError } from '../../errors';
import { parseRouteKey } from './routes';
import type { ApiDef, ApiKind, AuthorizerDef, CorsDef, IntegrationTarget, RouteDef, StageDef } from './definitions';

const badRequest = (message: string) => new ServiceError('BadRequestException', message, 400);
const notFound = (message: string) => new ServiceError('NotFoundException', message, 404);

// API Gateway's documented patterns for stage names and stage variables.
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
const VARIABLE_NAME = /^[A-Za-z0-9_]{1,64}$/;
const VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=, ]{0,512}$/;

export function checkName(name: unknown, what: string): string {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 128) throw badRequest(`${what} must be 1 to 128 characters.`);
  return name.trim();
}

export function checkTarget(target: IntegrationTarget | undefined): IntegrationTarget {
  if (!target || typeof target.functionName !== 'string' || target.functionName === '') throw badRequest('An integration needs a function name.');
  return target.qualifier ? { functionName: target.functionName, qualifier: target.qualifier } : { functionName: target.functionName };
}

export function checkRoute(api: ApiDef, route: RouteDef): RouteDef {
  if (typeof route?.routeKey !== 'string') throw badRequest('A route needs a route key such as "GET /items/{id}".');
  parseRouteKey(route.routeKey);
  if (api.kind === 'rest' && route.routeKey === '$default') throw badRequest("REST APIs have no '$default' route; use 'ANY /{proxy+}'.");
  const checked: RouteDef = { routeKey: route.routeKey, target: checkTarget(route.target) };
  if (route.apiKeyRequired) {
    if (api.kind !== 'rest') throw badRequest('Only REST API routes can require an API key.');
    checked.apiKeyRequired = true;
  }
  if (route.authorizerId) {
    if (!api.authorizers.some((a) => a.id === route.authorizerId)) throw notFound(`Invalid Authorizer identifier specified ${route.authorizerId}`);
    checked.authorizerId = route.authorizerId;
  }
  return checked;
}

export function checkStage(api: ApiDef, stage: StageDef): StageDef {
  const name = stage?.name;
  const okName = typeof name === 'string' && (STAGE_NAME.test(name) || (name === '$default' && api.kind !== 'rest'));
  if (!okName) throw badRequest(`Invalid stage name '${String(name)}': use letters, digits, '-' and '_'${api.kind === 'rest' ? '' : ", or '$default'"}.`);
  const variables: Record<string, string> = {};
  for (const [key, value] of Object.entries(stage.variables ?? {})) {
    if (!VARIABLE_NAME.test(key)) throw badRequest(`Invalid stage variable name '${key}': use letters, digits and '_'.`);
    if (typeof value !== 'string' || !VARIABLE_VALUE.test(value)) throw badRequest(`Invalid value for stage variable '${key}'.`);
    variables[key] = value;
  }
  return { name, variables };
}

export function checkAuthorizer(api: ApiDef, input: AuthorizerDef): AuthorizerDef {
  if (api.kind === 'url') throw badRequest('Function URLs use AWS_IAM or NONE auth, not Lambda authorizers.');
  const prefix = api.kind === 'rest' ? 'method.request.' : '$request.';
  const sources = (input.identitySources ?? []).map(String);
  for (const source of sources) {
    if (!new RegExp(`^${prefix.replace('$', '\\$').replace(/\./g, '\\.')}(header|querystring)\\.[^.\\s]+$`).test(source)) {
      throw badRequest(`Invalid identity source '${source}': expected ${prefix}header.<name> or ${prefix}querystring.<name>.`);
    }
  }
  return {
    id: String(input.id),
    name: checkName(input.name, 'Authorizer name'),
    target: checkTarget(input.target),
    identitySources: sources,
    // REST authorizers always answer with an IAM policy.
    enableSimpleResponses: api.kind === 'http' && input.enableSimpleResponses === true,
  };
}

export function checkCors(cors: CorsDef, kind: ApiKind): CorsDef {
  if (kind === 'rest') throw badRequest('CORS configuration belongs to HTTP APIs and function URLs; REST APIs answer OPTIONS with their own routes.');
  const list = (value: unknown, what: string) => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw badRequest(`CORS ${what} must be a list of strings.`);
    return value as string[];
  };
  const checked: CorsDef = {
    allowOrigins: list(cors.allowOrigins, 'allowOrigins'),
    allowMethods: list(cors.allowMethods, 'allowMethods').map((m) => m.toUpperCase()),
    allowHeaders: list(cors.allowHeaders, 'allowHeaders'),
    exposeHeaders: list(cors.exposeHeaders, 'exposeHeaders'),
  };
  if (cors.maxAge !== undefined) {
    if (!Number.isInteger(cors.maxAge) || cors.maxAge < -1 || cors.maxAge > 86400) throw badRequest('CORS maxAge must be between -1 and 86400 seconds.');
    checked.maxAge = cors.maxAge;
  }
  if (cors.allowCredentials) {
    // The same rule AWS enforces: credentials cannot be combined with a wildcard origin.
    if (checked.allowOrigins.includes('*')) throw badRequest("allowCredentials cannot be used with allowOrigins '*'.");
    checked.allowCredentials = true;
  }
  return checked;
}
