// The request console of one API: the form, sending it through the gateway (latest wins), the
// trace on show, and the requests saved for the API.
import type { ApiGatewayService } from '../../engine/services/apigateway/service';
import type { RequestTrace } from '../../engine/services/apigateway/gateway';
import type { ApiDef } from '../../engine/services/apigateway/definitions';
import { buildGatewayRequest, type ConsoleBody, type ConsoleFile, type HeaderRow } from './api-console-request';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';
import type { ProjectSavedRequest as SavedRequest } from '../../project/types';
import type { RecentRequests } from './api-console-recent.svelte';

/** What a console needs of the API list (an interface, so the list can own its consoles without an import cycle). */
export interface ConsoleHost {
  find(apiId: string): ApiDef | undefined;
  readonly recent: Pick<RecentRequests, 'for'>;
  savedRequests: Record<string, SavedRequest[]>;
}

const blankRow = (): HeaderRow => ({ name: '', value: '' });

export class ApiConsole {
  method = $state('GET');
  /** The chosen stage; undefined follows the API's first stage. */
  stage = $state<string | undefined>(undefined);
  path = $state('/');
  headers = $state<HeaderRow[]>([blankRow()]);
  bodyMode = $state<'none' | 'text' | 'file'>('none');
  bodyText = $state('');
  file = $state.raw<ConsoleFile | undefined>(undefined);

  sending = $state(false);
  /** Why the last send did not happen or failed, in words. */
  error = $state('');
  /** The trace on show: the last response, or a recent request the person clicked. */
  trace = $state.raw<RequestTrace | undefined>(undefined);
  /** Show the event in both payload formats side by side. */
  compare = $state(false);

  #generation = 0;

  constructor(
    readonly apiId: string,
    private readonly gateway: Pick<ApiGatewayService, 'handle'>,
    private readonly list: ConsoleHost,
  ) {}

  get api(): ApiDef | undefined {
    return this.list.find(this.apiId);
  }

  /** The stage requests go to: the chosen one while it exists, else the API's first. */
  get effectiveStage(): string | undefined {
    const stages = this.api?.stages ?? [];
    return stages.some((s) => s.name === this.stage) ? this.stage : stages[0]?.name;
  }

  get body(): ConsoleBody {
    if (this.bodyMode === 'text') return { kind: 'text', text: this.bodyText };
    if (this.bodyMode === 'file' && this.file) return { kind: 'file', file: this.file };
    return { kind: 'none' };
  }

  /** The request the form describes, or why it cannot be sent. */
  get built() {
    const api = this.api;
    if (!api) return { error: t('apis.apiGone') };
    return buildGatewayRequest(api, { method: this.method, stage: this.effectiveStage, path: this.path, headers: this.headers, body: this.body });
  }

  get recent(): readonly RequestTrace[] {
    return this.list.recent.for(this.apiId);
  }

  get saved(): SavedRequest[] {
    return this.list.savedRequests[this.apiId] ?? [];
  }

  /** Sends the form; a send superseded by a newer send (or by showing another trace) is dropped. */
  async send(): Promise<RequestTrace | undefined> {
    const request = this.built;
    if ('error' in request) {
      this.error = request.error;
      return undefined;
    }
    const generation = ++this.#generation;
    this.sending = true;
    this.error = '';
    try {
      const trace = await this.gateway.handle(request);
      if (generation !== this.#generation) return undefined;
      if (!trace) this.error = t('apis.apiIdGone');
      this.trace = trace;
      return trace;
    } catch (error) {
      if (generation === this.#generation) this.error = describeError(error);
      return undefined;
    } finally {
      if (generation === this.#generation) this.sending = false;
    }
  }

  /** Shows a recent request instead of waiting for one in flight. */
  show(trace: RequestTrace): void {
    this.#generation++;
    this.sending = false;
    this.error = '';
    this.trace = trace;
  }

  async pickFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.file = { name: file.name, type: file.type, bytes };
    this.bodyMode = 'file';
  }

  /** Saves the form under a name (replacing one of that name); files are not kept, only text bodies. */
  save(name: string): string | undefined {
    const trimmed = name.trim();
    if (!trimmed) return t('apis.requestNameMissing');
    if (trimmed.length > 64) return t('apis.requestNameTooLong', 64);
    const request: SavedRequest = {
      name: trimmed,
      method: this.method,
      path: this.path,
      ...(this.stage ? { stage: this.stage } : {}),
      headers: this.headers.filter((h) => h.name.trim()).map((h): [string, string] => [h.name.trim(), h.value]),
      body: this.bodyMode === 'text' ? this.bodyText : '',
    };
    const list = (this.list.savedRequests[this.apiId] ??= []);
    const index = list.findIndex((r) => r.name === trimmed);
    if (index >= 0) list[index] = request;
    else list.push(request);
    return undefined;
  }

  load(name: string): void {
    const saved = this.saved.find((r) => r.name === name);
    if (!saved) return;
    this.method = saved.method;
    this.path = saved.path;
    this.stage = saved.stage;
    this.headers = [...saved.headers.map(([n, v]) => ({ name: n, value: v })), blankRow()];
    this.bodyText = saved.body;
    this.bodyMode = saved.body ? 'text' : 'none';
    this.file = undefined;
    this.error = '';
  }

  deleteSaved(name: string): void {
    const list = this.list.savedRequests[this.apiId];
    if (!list) return;
    const remaining = list.filter((r) => r.name !== name);
    if (remaining.length) this.list.savedRequests[this.apiId] = remaining;
    else delete this.list.savedRequests[this.apiId];
  }

  addHeader(): void {
    this.headers.push(blankRow());
  }

  removeHeader(index: number): void {
    this.headers.splice(index, 1);
    if (this.headers.length === 0) this.headers.push(blankRow());
  }
}
