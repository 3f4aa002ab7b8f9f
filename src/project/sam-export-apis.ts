// APIs in the SAM export: HTTP APIs as AWS::Serverless::HttpApi with `HttpApi` events, REST APIs as
// AWS::Serverless::Api with `Api` events, function URLs as the function's FunctionUrlConfig.
import type { ApiDef, AuthorizerDef, CorsDef } from '../engine/services/apigateway/definitions';
import type { ExportContext } from './sam-export-context';
import { GetAtt, LogicalIds, pascalCase, Ref, Sub } from './sam-shared';

type Props = Record<string, unknown>;

/** CORS in the shape both HttpApi's CorsConfiguration and a function URL's Cors use. */
function corsOf(cors: CorsDef): Props {
  const out: Props = {};
  if (cors.allowOrigins.length) out.AllowOrigins = cors.allowOrigins;
  if (cors.allowMethods.length) out.AllowMethods = cors.allowMethods;
  if (cors.allowHeaders.length) out.AllowHeaders = cors.allowHeaders;
  if (cors.exposeHeaders.length) out.ExposeHeaders = cors.exposeHeaders;
  if (cors.maxAge !== undefined && cors.maxAge >= 0) out.MaxAge = cors.maxAge;
  if (cors.allowCredentials) out.AllowCredentials = true;
  return out;
}

/** `$request.header.Authorization` / `method.request.querystring.token` → SAM's Identity lists. */
function identityOf(authorizer: AuthorizerDef): Props {
  const identity: { Headers?: string[]; QueryStrings?: string[]; ReauthorizeEvery: number } = { ReauthorizeEvery: 0 };
  for (const source of authorizer.identitySources) {
    const [, where, name] = /(header|querystring)\.(.+)$/.exec(source) ?? [];
    if (where === 'header') (identity.Headers ??= []).push(name!);
    else if (where === 'querystring') (identity.QueryStrings ??= []).push(name!);
  }
  // ReauthorizeEvery 0 turns caching off: the playground asks the authorizer on every request.
  const { ReauthorizeEvery, ...lists } = identity;
  return { ...lists, ReauthorizeEvery };
}

function authorizerArn(ctx: ExportContext, authorizer: AuthorizerDef, where: string): unknown {
  const id = ctx.functionId(authorizer.target.functionName, where);
  if (!id) return undefined;
  const { qualifier, functionName } = authorizer.target;
  // With AutoPublishAlias, SAM lets `!Ref <Function>.Alias` name the alias's ARN.
  if (qualifier && qualifier === ctx.autoAlias.get(functionName)) return new Ref(`${id}.Alias`);
  if (qualifier) ctx.note(where, `targets ${functionName}:${qualifier}; on AWS the authorizer invokes the function itself ($LATEST)`);
  return new GetAtt(id, 'Arn');
}

function exportAuthorizers(ctx: ExportContext, api: ApiDef, id: string, where: string): Map<string, string> {
  const names = new LogicalIds();
  const byId = new Map<string, string>();
  const authorizers: Props = {};
  for (const [i, a] of api.authorizers.entries()) {
    const arn = authorizerArn(ctx, a, `${where}.authorizers[${i}] (${a.name})`);
    if (!arn) continue;
    const name = names.take(a.name, '');
    byId.set(a.id, name);
    authorizers[name] = api.kind === 'http'
      ? { FunctionArn: arn, AuthorizerPayloadFormatVersion: '2.0', ...(a.enableSimpleResponses ? { EnableSimpleResponses: true } : {}), EnableFunctionDefaultPermissions: true, Identity: identityOf(a) }
      : { FunctionArn: arn, FunctionPayloadType: 'REQUEST', Identity: identityOf(a) };
  }
  if (byId.size > 0) ((ctx.resources[id]!.Properties.Auth ??= {}) as Props).Authorizers = authorizers;
  return byId;
}

function exportRoutes(ctx: ExportContext, api: ApiDef, id: string, authorizers: Map<string, string>, where: string): void {
  const http = api.kind === 'http';
  for (const [i, route] of api.routes.entries()) {
    const routeWhere = `${where}.routes[${i}] (${route.routeKey})`;
    if (!ctx.target(route.target, routeWhere)) continue;
    const props: Props = http ? { ApiId: new Ref(id) } : { RestApiId: new Ref(id) };
    const [, method = 'ANY', path = '/{proxy+}'] = /^(\S+) (\/\S*)$/.exec(route.routeKey) ?? [];
    // An HttpApi event without Path and Method is SAM's default route; REST APIs have none.
    if (route.routeKey !== '$default' || !http) Object.assign(props, { Path: path, Method: method.toLowerCase() });
    if (route.routeKey === '$default' && !http) ctx.note(routeWhere, 'exported as ANY /{proxy+}: REST APIs have no $default route');
    if (http && api.payloadFormat === '1.0') props.PayloadFormatVersion = '1.0';
    const auth: Props = {};
    if (route.apiKeyRequired && !http) auth.ApiKeyRequired = true;
    if (route.authorizerId) {
      const name = authorizers.get(route.authorizerId);
      if (name) auth.Authorizer = name;
      else ctx.note(routeWhere, 'its authorizer is not exported, so on AWS the route is open');
    }
    if (Object.keys(auth).length) props.Auth = auth;
    const name = route.routeKey === '$default' ? `${api.name} default` : `${api.name} ${method.toLowerCase()} ${path}`;
    ctx.addEvent(route.target.functionName, pascalCase(name), { Type: http ? 'HttpApi' : 'Api', Properties: props });
  }
}

function exportGatewayApi(ctx: ExportContext, api: ApiDef, where: string): void {
  const http = api.kind === 'http';
  const id = ctx.ids.take(api.name, http ? 'HttpApi' : 'Api');
  const props: Props = { Name: api.name };
  const [stage, ...others] = api.stages;
  const stageName = stage?.name ?? (http ? '$default' : 'prod');
  // SAM gives an HttpApi without StageName the `$default` stage, served from the root.
  if (!http || stageName !== '$default') props.StageName = stageName;
  if (stage && Object.keys(stage.variables).length) props[http ? 'StageVariables' : 'Variables'] = { ...stage.variables };
  for (const other of others) ctx.note(`${where}.stages (${other.name})`, 'not exported: SAM deploys one stage per API');
  if (api.cors && http) props.CorsConfiguration = corsOf(api.cors);
  // SAM wants `~1` for the `/` of a media type (it becomes a JSON pointer into the OpenAPI document).
  if (!http && api.binaryMediaTypes?.length) props.BinaryMediaTypes = api.binaryMediaTypes.map((t) => t.replace(/\//g, '~1'));
  ctx.resources[id] = { Type: http ? 'AWS::Serverless::HttpApi' : 'AWS::Serverless::Api', Properties: props };

  const authorizers = exportAuthorizers(ctx, api, id, where);
  const needsKeys = api.apiKeys.length > 0 || api.routes.some((r) => r.apiKeyRequired);
  if (!http && needsKeys) {
    ((props.Auth ??= {}) as Props).UsagePlan = { CreateUsagePlan: 'PER_API' };
    const keys = api.apiKeys.map((k) => k.name).join(', ') || 'none yet';
    ctx.note(`${where}.apiKeys`, `SAM creates one API key (${id}ApiKey) in a usage plan for this API; AWS generates its value, so the playground's keys (${keys}) and their values are not exported`);
  }
  exportRoutes(ctx, api, id, authorizers, where);
  const stagePath = props.StageName ? `${String(props.StageName)}/` : '';
  ctx.outputs[`${id}Endpoint`] = {
    Description: `URL of the ${http ? 'HTTP' : 'REST'} API ${api.name}`,
    Value: new Sub(`https://\${${id}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/${stagePath}`),
  };
}

function exportUrl(ctx: ExportContext, api: ApiDef, where: string): void {
  const route = api.routes[0];
  const id = route && ctx.target(route.target, `${where}.routes[0]`);
  if (!route || !id) return;
  const props = ctx.resources[id]!.Properties;
  if (props.FunctionUrlConfig) {
    ctx.note(where, `not exported: function ${route.target.functionName} already has a function URL, and SAM gives a function one`);
    return;
  }
  // Playground URLs are open to anyone, like AuthType NONE.
  props.FunctionUrlConfig = { AuthType: 'NONE', ...(api.cors ? { Cors: corsOf(api.cors) } : {}) };
  ctx.outputs[`${id}UrlEndpoint`] = { Description: `Function URL of ${route.target.functionName}`, Value: new GetAtt(`${id}Url`, 'FunctionUrl') };
}

export function exportApis(ctx: ExportContext): void {
  for (const [i, api] of ctx.doc.apis.entries()) {
    const where = `apis[${i}] (${api.name})`;
    if (api.kind === 'url') exportUrl(ctx, api, where);
    else exportGatewayApi(ctx, api, where);
  }
}
