// Requests the gateway served recently, per API, newest first — whoever sent them: the console,
// a page fetching through the service worker, or another tab.
import type { RequestTrace } from '../../engine/services/apigateway/gateway';

/** How many traces each API keeps; a busy page must not grow memory without bound. */
export const RECENT_LIMIT = 50;

export class RecentRequests {
  #byApi = $state.raw<Record<string, readonly RequestTrace[]>>({});

  /** Records a served request (traces are kept as they are: never proxied, never copied). */
  add(trace: RequestTrace): void {
    const list = [trace, ...(this.#byApi[trace.api.id] ?? [])].slice(0, RECENT_LIMIT);
    this.#byApi = { ...this.#byApi, [trace.api.id]: list };
  }

  for(apiId: string): readonly RequestTrace[] {
    return this.#byApi[apiId] ?? [];
  }

  clear(apiId: string): void {
    const { [apiId]: _dropped, ...rest } = this.#byApi;
    this.#byApi = rest;
  }
}
