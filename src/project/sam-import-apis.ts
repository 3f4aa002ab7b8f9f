// APIs in a SAM import: AWS::Serverless::HttpApi and ::Api resources (stage, CORS, Lambda
// authorizers, usage plans), the implicit APIs SAM creates for events without an API, function URLs.
import type { ApiDef, AuthorizerDef, CorsDef } from '../engine/services/apigateway/definitions';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import { kebabCase } from './sam-shared';

const HTTP_API_PROPERTIES = ['Name', 'StageName', 'StageVariables', 'CorsConfiguration', 'Auth'];
const REST_API_PROPERTIES = ['Name', 'StageName', 'Variables', 'BinaryMediaTypes', 'Auth'];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

function corsOf(value: unknown): CorsDef | undefined {
  // `CorsConfiguration: true` allows every origin, method and header.
  if (value === true) return { allowOrigins: ['*'], allowMethods: ['*'], allowHeaders: ['*'], exposeHeaders: [] };
  if (!isRecord(value)) return undefined;
  const cors: CorsDef = {
    allowOrigins: strings(value.AllowOrigins), allowMethods: strings(value.AllowMethods),
    allowHeaders: strings(value.AllowHeaders), exposeHeaders: strings(value.ExposeHeaders),
  };
  if (typeof value.MaxAge === 'number') cors.maxAge = value.MaxAge;
  if (value.AllowCredentials === true) cors.allowCredentials = true;
  return cors;
}

function randomKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(40)), (b) => alphabet[b % alphabet.length]).join('');
}

function importAuthorizer(ctx: ImportContext, api: ApiDef, name: string, raw: unknown, path: string): AuthorizerDef | undefined {
  if (!isRecord(raw) || raw.FunctionArn === undefined) {
    ctx.note(path, 'authorizerKind', {});
    return undefined;
  }
  const target = ctx.resolver.resourceOf(raw.FunctionArn);
  const functionName = target && ctx.functionName(target.id);
  if (!target || !functionName) {
    ctx.note(`${path}.FunctionArn`, 'authorizerFunction', {});
    return undefined;
  }
  const http = api.kind === 'http';
  if (!http && raw.FunctionPayloadType !== 'REQUEST') ctx.note(path, 'authorizerToken', {});
  if (http && raw.AuthorizerPayloadFormatVersion === '1.0') ctx.note(path, 'authorizerPayload', {});
  const identity = isRecord(raw.Identity) ? raw.Identity : {};
  const prefix = http ? '$request.' : 'method.request.';
  // A TOKEN authorizer reads one header, Authorization unless Identity.Header says otherwise.
  const headers = raw.FunctionPayloadType !== 'REQUEST' && !http ? [typeof identity.Header === 'string' ? identity.Header : 'Authorization'] : strings(identity.Headers);
  const base = name.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 16) || 'auth';
  let id = base;
  for (let n = 2; api.authorizers.some((a) => a.id === id); n++) id = `${base}${n}`;
  const aliased = target.alias ? ctx.functions.get(target.id)?.aliases?.[0]?.name : undefined;
  return {
    id,
    // Template names are PascalCase identifiers; the playground's are usually kebab-case.
    name: kebabCase(name),
    target: aliased ? { functionName, qualifier: aliased } : { functionName },
    identitySources: [...headers.map((h) => `${prefix}header.${h}`), ...strings(identity.QueryStrings).map((q) => `${prefix}querystring.${q}`)],
    enableSimpleResponses: http && raw.EnableSimpleResponses === true,
  };
}

function importAuth(ctx: ImportContext, api: ApiDef, logicalId: string, auth: Raw, path: string): void {
  ctx.unsupported(auth, ['Authorizers', 'DefaultAuthorizer', 'ApiKeyRequired', 'UsagePlan', 'EnableFunctionDefaultPermissions'], path);
  const defaults = ctx.apiDefaults.get(logicalId)!;
  for (const [name, raw] of Object.entries(isRecord(auth.Authorizers) ? auth.Authorizers : {})) {
    const authorizer = importAuthorizer(ctx, api, name, raw, `${path}.Authorizers.${name}`);
    if (!authorizer) continue;
    api.authorizers.push(authorizer);
    defaults.authorizerIds.set(name, authorizer.id);
  }
  if (typeof auth.DefaultAuthorizer === 'string') defaults.authorizer = auth.DefaultAuthorizer;
  if (auth.ApiKeyRequired === true && api.kind === 'rest') defaults.apiKeyRequired = true;
  const plan = auth.UsagePlan;
  if (api.kind === 'rest' && isRecord(plan) && (plan.CreateUsagePlan === 'PER_API' || plan.CreateUsagePlan === 'SHARED')) {
    // SAM creates one key whose value AWS generates; the playground makes one up the same way.
    api.apiKeys.push({ id: `${logicalId.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 7)}key`, name: `${logicalId}ApiKey`, value: randomKey(), enabled: true });
    ctx.note(`${path}.UsagePlan`, 'usagePlan', { key: `${logicalId}ApiKey` });
  }
}

/** An explicit HttpApi or Api resource of the template. */
export function importApiResource(ctx: ImportContext, logicalId: string, resource: Raw, http: boolean): void {
  const path = `Resources.${logicalId}.Properties`;
  const props = isRecord(resource.Properties) ? resource.Properties : {};
  ctx.unsupported(props, http ? HTTP_API_PROPERTIES : REST_API_PROPERTIES, path);
  const name = (props.Name !== undefined && ctx.resolver.string(props.Name, `${path}.Name`)) || kebabCase(logicalId.replace(/(Http)?Api$/, '')) || logicalId;
  const stage = props.StageName !== undefined ? ctx.resolver.string(props.StageName, `${path}.StageName`) : undefined;
  const variables = isRecord(props[http ? 'StageVariables' : 'Variables']) ? (props[http ? 'StageVariables' : 'Variables'] as Raw) : {};
  const api: ApiDef = {
    id: ctx.resolver.refs.get(logicalId)!, name, kind: http ? 'http' : 'rest', payloadFormat: http ? '2.0' : '1.0',
    routes: [], apiKeys: [], authorizers: [], createdDate: ctx.now,
    stages: [{
      name: stage ?? (http ? '$default' : 'prod'),
      variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, ctx.resolver.string(v, `${path}.Variables.${k}`) ?? ''])),
    }],
  };
  const cors = http ? corsOf(props.CorsConfiguration) : undefined;
  if (cors) api.cors = cors;
  const media = strings(props.BinaryMediaTypes);
  if (media.length) api.binaryMediaTypes = media.map((t) => t.replace(/~1/g, '/'));
  ctx.apis.set(logicalId, api);
  ctx.apiDefaults.set(logicalId, { authorizerIds: new Map() });
  if (isRecord(props.Auth)) importAuth(ctx, api, logicalId, props.Auth, `${path}.Auth`);
}

/** The API an event adds its route to: the one it references, or SAM's implicit one. */
export function apiForEvent(ctx: ImportContext, ref: unknown, http: boolean, path: string): { api: ApiDef; logicalId: string } | undefined {
  if (ref === undefined) {
    // SAM puts events without an API into ServerlessHttpApi / ServerlessRestApi (stage Prod).
    const logicalId = http ? 'ServerlessHttpApi' : 'ServerlessRestApi';
    if (!ctx.apis.has(logicalId)) {
      ctx.resolver.refs.set(logicalId, ctx.apiId(logicalId));
      importApiResource(ctx, logicalId, { Properties: { Name: logicalId, ...(http ? {} : { StageName: 'Prod' }) } }, http);
    }
    return { api: ctx.apis.get(logicalId)!, logicalId };
  }
  const target = ctx.resolver.resourceOf(ref);
  const api = target && ctx.apis.get(target.id);
  if (!api || api.kind !== (http ? 'http' : 'rest')) {
    ctx.note(path, 'apiEventApi', { type: http ? 'AWS::Serverless::HttpApi' : 'AWS::Serverless::Api' });
    return undefined;
  }
  return { api, logicalId: target.id };
}

/** A function's FunctionUrlConfig, as a function URL of the project. */
export function importFunctionUrl(ctx: ImportContext, logicalId: string, functionName: string, config: unknown, path: string): void {
  if (!isRecord(config)) return;
  ctx.unsupported(config, ['AuthType', 'Cors', 'InvokeMode'], path);
  if (config.AuthType === 'AWS_IAM') ctx.note(`${path}.AuthType`, 'urlIamAuth', {});
  if (config.InvokeMode === 'RESPONSE_STREAM') ctx.note(`${path}.InvokeMode`, 'urlStreaming', {});
  const api: ApiDef = {
    id: ctx.apiId(`${logicalId}url`), name: `${functionName}-url`, kind: 'url', payloadFormat: '2.0',
    routes: [{ routeKey: '$default', target: { functionName } }],
    stages: [{ name: '$default', variables: {} }], apiKeys: [], authorizers: [], createdDate: ctx.now,
  };
  const cors = corsOf(config.Cors);
  if (cors) api.cors = cors;
  ctx.urls.push(api);
}
