// The project's APIs and their parts (routes, stages, keys, authorizers), with API Gateway's checks.
import { ServiceError } from '../../errors';
import { checkAuthorizer, checkCors, checkName, checkRoute, checkStage, checkTarget } from './api-checks';
import type { ApiDef, ApiKeyDef, ApiKind, AuthorizerDef, CorsDef, IntegrationTarget, RouteDef, StageDef } from './definitions';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(length: number, alphabet = ALPHANUMERIC): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const badRequest = (message: string) => new ServiceError('BadRequestException', message, 400);
const notFound = (message: string) => new ServiceError('NotFoundException', message, 404);
const conflict = (message: string) => new ServiceError('ConflictException', message, 409);

const KINDS: readonly ApiKind[] = ['http', 'rest', 'url'];

export interface CreateApiInput {
  name: string;
  kind: ApiKind;
  /** HTTP APIs only (2.0 by default); REST is always 1.0 and function URLs 2.0. */
  payloadFormat?: '1.0' | '2.0';
  cors?: CorsDef;
  binaryMediaTypes?: string[];
  /** Function URLs: the function (or alias) the URL invokes. */
  target?: IntegrationTarget;
}

export type ApiPatch = Partial<Pick<ApiDef, 'name' | 'payloadFormat' | 'binaryMediaTypes'>> & { cors?: CorsDef | null };

/** Holds the APIs; every change goes through a check AWS would make and then `changed()`. */
export class ApiRegistry {
  readonly #apis = new Map<string, ApiDef>();

  constructor(
    private readonly changed: () => void,
    private readonly now: () => number,
  ) {}

  list(): ApiDef[] {
    return [...this.#apis.values()];
  }

  get(apiId: string): ApiDef {
    const api = this.#apis.get(apiId);
    if (!api) throw notFound(`Invalid API identifier specified ${apiId}`);
    return api;
  }

  find(apiId: string): ApiDef | undefined {
    return this.#apis.get(apiId);
  }

  createApi(input: CreateApiInput): ApiDef {
    if (!KINDS.includes(input.kind)) throw badRequest(`Invalid API kind '${String(input.kind)}'; expected http, rest or url.`);
    const name = checkName(input.name, 'API name');
    const kind = input.kind;
    const api: ApiDef = {
      id: randomId(kind === 'url' ? 32 : 10),
      name,
      kind,
      payloadFormat: kind === 'rest' ? '1.0' : kind === 'url' ? '2.0' : (input.payloadFormat ?? '2.0'),
      routes: [],
      // HTTP APIs and function URLs serve from a `$default` stage; a REST API needs a named stage.
      stages: [{ name: kind === 'rest' ? 'prod' : '$default', variables: {} }],
      apiKeys: [],
      authorizers: [],
      createdDate: this.now(),
    };
    if (input.cors) api.cors = checkCors(input.cors, kind);
    if (input.binaryMediaTypes) api.binaryMediaTypes = [...input.binaryMediaTypes];
    if (kind === 'url') {
      if (!input.target) throw badRequest('A function URL needs the function it invokes.');
      api.routes.push({ routeKey: '$default', target: checkTarget(input.target) });
    }
    this.#apis.set(api.id, api);
    this.changed();
    return api;
  }

  /** Restores a saved API under its own id (projects, imports); the whole definition is checked. */
  importApi(def: ApiDef): ApiDef {
    if (this.#apis.has(def.id)) throw conflict(`An API with id ${def.id} already exists.`);
    if (!/^[a-z0-9]{1,64}$/.test(def.id)) throw badRequest(`Invalid API id '${def.id}'.`);
    const api = this.#probe(def);
    this.#apis.set(api.id, api);
    this.changed();
    return api;
  }

  updateApi(apiId: string, patch: ApiPatch): ApiDef {
    const api = this.get(apiId);
    const next = { ...api };
    if (patch.name !== undefined) next.name = checkName(patch.name, 'API name');
    if (patch.payloadFormat !== undefined) {
      if (api.kind !== 'http') throw badRequest('Only HTTP APIs can choose their payload format version.');
      if (patch.payloadFormat !== '1.0' && patch.payloadFormat !== '2.0') throw badRequest("Payload format version must be '1.0' or '2.0'.");
      next.payloadFormat = patch.payloadFormat;
    }
    if (patch.cors === null) delete next.cors;
    else if (patch.cors !== undefined) next.cors = checkCors(patch.cors, api.kind);
    if (patch.binaryMediaTypes !== undefined) next.binaryMediaTypes = [...patch.binaryMediaTypes];
    return this.#replace(next);
  }

  deleteApi(apiId: string): void {
    this.get(apiId);
    this.#apis.delete(apiId);
    this.changed();
  }

  createRoute(apiId: string, route: RouteDef): RouteDef {
    const api = this.get(apiId);
    if (api.kind === 'url') throw badRequest('A function URL has exactly one route; change its target instead.');
    const checked = checkRoute(api, route);
    if (api.routes.some((r) => r.routeKey === checked.routeKey)) throw conflict(`Route with key ${checked.routeKey} already exists for this API`);
    this.#replace({ ...api, routes: [...api.routes, checked] });
    return checked;
  }

  updateRoute(apiId: string, routeKey: string, patch: Partial<RouteDef>): RouteDef {
    const api = this.get(apiId);
    const index = api.routes.findIndex((r) => r.routeKey === routeKey);
    if (index < 0) throw notFound(`Invalid Route identifier specified ${routeKey}`);
    const checked = checkRoute(api, { ...api.routes[index]!, ...patch });
    if (api.kind === 'url' && checked.routeKey !== '$default') throw badRequest('A function URL has only the $default route.');
    if (checked.routeKey !== routeKey && api.routes.some((r) => r.routeKey === checked.routeKey)) {
      throw conflict(`Route with key ${checked.routeKey} already exists for this API`);
    }
    const routes = api.routes.with(index, checked);
    this.#replace({ ...api, routes });
    return checked;
  }

  deleteRoute(apiId: string, routeKey: string): void {
    const api = this.get(apiId);
    if (api.kind === 'url') throw badRequest('A function URL keeps its route; delete the URL instead.');
    if (!api.routes.some((r) => r.routeKey === routeKey)) throw notFound(`Invalid Route identifier specified ${routeKey}`);
    this.#replace({ ...api, routes: api.routes.filter((r) => r.routeKey !== routeKey) });
  }

  createStage(apiId: string, stage: StageDef): StageDef {
    const api = this.get(apiId);
    if (api.kind === 'url') throw badRequest('A function URL has no stages.');
    const checked = checkStage(api, stage);
    if (api.stages.some((s) => s.name === checked.name)) throw conflict(`Stage already exists: ${checked.name}`);
    this.#replace({ ...api, stages: [...api.stages, checked] });
    return checked;
  }

  updateStage(apiId: string, name: string, variables: Record<string, string>): StageDef {
    const api = this.get(apiId);
    const index = api.stages.findIndex((s) => s.name === name);
    if (index < 0) throw notFound(`Invalid stage identifier specified ${name}`);
    const checked = checkStage(api, { name, variables });
    this.#replace({ ...api, stages: api.stages.with(index, checked) });
    return checked;
  }

  deleteStage(apiId: string, name: string): void {
    const api = this.get(apiId);
    if (!api.stages.some((s) => s.name === name)) throw notFound(`Invalid stage identifier specified ${name}`);
    this.#replace({ ...api, stages: api.stages.filter((s) => s.name !== name) });
  }

  createApiKey(apiId: string, input: { name: string; value?: string; enabled?: boolean }): ApiKeyDef {
    const api = this.get(apiId);
    if (api.kind !== 'rest') throw badRequest('API keys belong to REST APIs; HTTP APIs and function URLs do not support them.');
    const key: ApiKeyDef = {
      id: randomId(10),
      name: checkName(input.name, 'API key name'),
      // AWS generates 40 characters and requires at least 20 for a key you supply.
      value: input.value ?? randomId(40, MIXED),
      enabled: input.enabled ?? true,
    };
    if (!/^[\x21-\x7e]{20,128}$/.test(key.value)) throw badRequest('API key value must be 20 to 128 printable characters without spaces.');
    if (api.apiKeys.some((k) => k.value === key.value)) throw conflict('An API key with this value already exists.');
    this.#replace({ ...api, apiKeys: [...api.apiKeys, key] });
    return key;
  }

  deleteApiKey(apiId: string, keyId: string): void {
    const api = this.get(apiId);
    if (!api.apiKeys.some((k) => k.id === keyId)) throw notFound(`Invalid API Key identifier specified ${keyId}`);
    this.#replace({ ...api, apiKeys: api.apiKeys.filter((k) => k.id !== keyId) });
  }

  createAuthorizer(apiId: string, input: Omit<AuthorizerDef, 'id'>): AuthorizerDef {
    const api = this.get(apiId);
    const authorizer = checkAuthorizer(api, { ...input, id: randomId(6) });
    this.#replace({ ...api, authorizers: [...api.authorizers, authorizer] });
    return authorizer;
  }

  deleteAuthorizer(apiId: string, authorizerId: string): void {
    const api = this.get(apiId);
    if (!api.authorizers.some((a) => a.id === authorizerId)) throw notFound(`Invalid Authorizer identifier specified ${authorizerId}`);
    const user = api.routes.find((r) => r.authorizerId === authorizerId);
    if (user) throw conflict(`Cannot delete authorizer ${authorizerId}: route ${user.routeKey} uses it.`);
    this.#replace({ ...api, authorizers: api.authorizers.filter((a) => a.id !== authorizerId) });
  }

  /** Replaces the stored definition (definitions are never mutated in place, so readers may hold them). */
  #replace(api: ApiDef): ApiDef {
    this.#apis.set(api.id, api);
    this.changed();
    return api;
  }

  /** Checks every part of a definition from outside (saved projects, imports). */
  #probe(def: ApiDef): ApiDef {
    if (!KINDS.includes(def.kind)) throw badRequest(`API ${def.id}: invalid kind '${String(def.kind)}'.`);
    const api: ApiDef = {
      id: def.id,
      name: checkName(def.name, 'API name'),
      kind: def.kind,
      payloadFormat: def.kind === 'rest' ? '1.0' : def.kind === 'url' ? '2.0' : def.payloadFormat === '1.0' ? '1.0' : '2.0',
      routes: [],
      stages: [],
      apiKeys: (def.apiKeys ?? []).map((k) => ({ id: String(k.id), name: String(k.name), value: String(k.value), enabled: k.enabled !== false })),
      authorizers: [],
      createdDate: typeof def.createdDate === 'number' ? def.createdDate : this.now(),
    };
    if (def.cors) api.cors = checkCors(def.cors, def.kind);
    if (def.binaryMediaTypes) api.binaryMediaTypes = def.binaryMediaTypes.map(String);
    for (const a of def.authorizers ?? []) api.authorizers.push(checkAuthorizer(api, a));
    for (const s of def.stages ?? []) api.stages.push(checkStage(api, s));
    for (const r of def.routes ?? []) api.routes.push(checkRoute(api, r));
    return api;
  }
}
