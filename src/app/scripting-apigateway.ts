// `window.playground.apigateway`: the project's APIs for automation — definitions with API
// Gateway's checks, each API's URL, and requests sent straight to the gateway.
import type { ApiGatewayService } from '../engine/services/apigateway/service';
import { apiPath } from '../engine/services/apigateway/definitions';
import { toBase64, utf8 } from '../engine/services/apigateway/request';

/** A request for `apigateway.request`: `path` is what follows the stage, query included. */
export interface ScriptedRequest {
  apiId: string;
  /** Defaults to the API's first stage. */
  stage?: string;
  method?: string;
  path?: string;
  headers?: Record<string, string> | [string, string][];
  body?: string | Uint8Array;
}

export function createApiGatewayScripting(service: ApiGatewayService, origin: string) {
  const base = (apiId: string, stage?: string) => {
    const api = service.getApi(apiId);
    return apiPath(api, stage ?? api.stages[0]?.name);
  };
  return {
    createApi: service.createApi,
    listApis: service.listApis,
    getApi: service.getApi,
    updateApi: service.updateApi,
    deleteApi: service.deleteApi,
    createRoute: service.createRoute,
    updateRoute: service.updateRoute,
    deleteRoute: service.deleteRoute,
    createStage: service.createStage,
    updateStage: service.updateStage,
    deleteStage: service.deleteStage,
    createApiKey: service.createApiKey,
    deleteApiKey: service.deleteApiKey,
    createAuthorizer: service.createAuthorizer,
    deleteAuthorizer: service.deleteAuthorizer,
    /** The API's URL on this origin (served by the service worker), for a stage or the first one. */
    url: (apiId: string, stage?: string) => origin + base(apiId, stage),
    /**
     * Sends a request through the gateway without the network, returning the response (body as
     * text and base64), the event the function received, its log lines and the gateway's note.
     */
    request: async (input: ScriptedRequest) => {
      const [path = '/', query = ''] = (input.path ?? '/').split(/\?(.*)/s);
      const headers = Array.isArray(input.headers) ? input.headers : Object.entries(input.headers ?? {});
      const body = typeof input.body === 'string' ? utf8.encode(input.body) : input.body;
      const full = `${base(input.apiId, input.stage).slice('/_api'.length)}${path.startsWith('/') ? path : `/${path}`}`;
      const trace = await service.handle({ method: input.method ?? 'GET', path: full, query, headers, ...(body ? { body } : {}) });
      if (!trace) throw new Error(`No API ${input.apiId}`);
      return {
        statusCode: trace.response.statusCode,
        headers: trace.response.headers,
        body: utf8.decode(trace.response.body),
        bodyBase64: toBase64(trace.response.body),
        requestId: trace.requestId,
        durationMs: trace.durationMs,
        routeKey: trace.routeKey,
        event: trace.integration?.event,
        logs: trace.integration?.record?.logLines ?? [],
        note: trace.note,
      };
    },
  };
}
