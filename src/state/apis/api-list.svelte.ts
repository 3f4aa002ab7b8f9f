// The project's APIs as the UI sees them, kept in step with the engine, plus the requests
// a person saved per API in the request console.
import type { Engine } from '../../engine/engine';
import type { ApiDef } from '../../engine/services/apigateway/definitions';
import type { ProjectSavedRequest } from '../../project/types';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';
import { ApiConsole } from './api-console.svelte';
import { RecentRequests } from './api-console-recent.svelte';

/** A request kept in the console for an API, to send again later, as the project document keeps it. */
export type SavedRequest = ProjectSavedRequest;

export class ApiList {
  apis = $state.raw<ApiDef[]>([]);
  /** Saved console requests per API id. */
  savedRequests = $state<Record<string, SavedRequest[]>>({});
  /** Whether APIs have URLs on this origin (the service worker is in control), and if not, why. */
  urlStatus = $state.raw<{ state: 'pending' } | { state: 'ok' } | { state: 'unavailable'; reason: string }>({ state: 'pending' });
  /** Saved APIs that could not be restored: kept and saved back unchanged, never dropped. */
  unreadable: ApiDef[] = [];
  /** Requests served per API (from the console, pages and other tabs), newest first. */
  readonly recent = new RecentRequests();
  /** One console per API, so its form survives switching between APIs. */
  readonly #consoles = new Map<string, ApiConsole>();

  constructor(
    private readonly engine: Engine,
    private readonly notify: (kind: 'info' | 'error', text: string) => void,
  ) {
    engine.events.on((event) => {
      if (event.type === 'apis-changed') this.refresh();
      else if (event.type === 'api-request') this.recent.add(event.trace);
    });
  }

  refresh(): void {
    this.apis = this.engine.apigateway.listApis();
  }

  setUrlStatus(result: { ok: true } | { ok: false; reason: string }): void {
    this.urlStatus = result.ok ? { state: 'ok' } : { state: 'unavailable', reason: result.reason };
  }

  find(apiId: string): ApiDef | undefined {
    return this.apis.find((a) => a.id === apiId);
  }

  /** Runs a change against the engine; returns AWS's error message for the form, if any. */
  change(action: (service: Engine['apigateway']) => unknown): string | undefined {
    try {
      action(this.engine.apigateway);
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }

  /** The request console of an API. */
  consoleFor(apiId: string): ApiConsole {
    let existing = this.#consoles.get(apiId);
    if (!existing) this.#consoles.set(apiId, (existing = new ApiConsole(apiId, this.engine.apigateway, this)));
    return existing;
  }

  /** Deletes an API with what the UI keeps for it (saved requests, recent traces, console). */
  deleteApi(apiId: string): string | undefined {
    const problem = this.change((s) => s.deleteApi(apiId));
    if (problem) return problem;
    delete this.savedRequests[apiId];
    this.recent.clear(apiId);
    this.#consoles.delete(apiId);
    return undefined;
  }

  /** Restores saved APIs (under their own ids) and saved requests; reports any that cannot be read. */
  restore(apis: readonly ApiDef[], savedRequests: Record<string, SavedRequest[]>): void {
    for (const api of apis) {
      const problem = this.change((s) => s.importApi(api));
      if (problem) {
        this.unreadable.push(api);
        this.notify('error', t('apis.restoreFailed', api.name ?? api.id, problem));
      }
    }
    this.savedRequests = savedRequests;
    this.refresh();
  }
}
