// The API Gateway service as the engine exposes it: the API registry's operations plus `handle`.
import { ApiRegistry } from './api-registry';
import { Gateway, type GatewayDeps, type RequestTrace } from './gateway';
import type { Clock } from '../../ports';

export interface ApiGatewayDeps {
  invoke: GatewayDeps['invoke'];
  clock: Clock;
  /** Called after any definition changes (to save the project, refresh the UI). */
  changed: () => void;
  /** Called for every request served. */
  served: (trace: RequestTrace) => void;
  tracing?: GatewayDeps['tracing'];
}

/** Creates the service: definitions with AWS's checks, and the gateway that serves them. */
export function createApiGateway(deps: ApiGatewayDeps) {
  const registry = new ApiRegistry(deps.changed, () => deps.clock.now());
  const gateway = new Gateway({ registry, invoke: deps.invoke, clock: deps.clock, served: deps.served, ...(deps.tracing ? { tracing: deps.tracing } : {}) });
  return {
    listApis: () => registry.list(),
    getApi: (apiId: string) => registry.get(apiId),
    createApi: registry.createApi.bind(registry),
    importApi: registry.importApi.bind(registry),
    updateApi: registry.updateApi.bind(registry),
    deleteApi: registry.deleteApi.bind(registry),
    createRoute: registry.createRoute.bind(registry),
    updateRoute: registry.updateRoute.bind(registry),
    deleteRoute: registry.deleteRoute.bind(registry),
    createStage: registry.createStage.bind(registry),
    updateStage: registry.updateStage.bind(registry),
    deleteStage: registry.deleteStage.bind(registry),
    createApiKey: registry.createApiKey.bind(registry),
    deleteApiKey: registry.deleteApiKey.bind(registry),
    createAuthorizer: registry.createAuthorizer.bind(registry),
    deleteAuthorizer: registry.deleteAuthorizer.bind(registry),
    /** Serves one request; undefined when no API has the id in its path. */
    handle: gateway.handle.bind(gateway),
  };
}

export type ApiGatewayService = ReturnType<typeof createApiGateway>;
