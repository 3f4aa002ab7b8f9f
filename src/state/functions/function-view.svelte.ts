// What the UI holds about one function: its settings, the code being edited against the
// deployed code, its diagnostics, test events and last result.
import type { Diagnostic } from '../../engine/ports';
import type { FunctionConfiguration } from '../../engine/lambda/types';
import type { InvocationRecord } from '../../engine/lambda/invoker';
import type { AliasConfiguration } from '../../engine/lambda/aliases';
import type { EnvironmentSummary } from '../../engine/lambda/environment';
import { checkJson } from '../shared/json-check';
import type { ProjectEvent } from '../../project/types';
import { t } from '../../i18n/i18n.svelte';

const sameFiles = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

export class FunctionView {
  config = $state.raw<FunctionConfiguration>(undefined!);
  /** The code in the editor. */
  files = $state<Record<string, string>>({});
  /** The code last deployed. */
  deployedFiles = $state.raw<Record<string, string>>({});
  activeFile = $state('');
  diagnostics = $state.raw<Diagnostic[]>([]);
  testEvents = $state<ProjectEvent[]>([]);
  selectedEvent = $state<string | undefined>(undefined);
  /** The event text in the editor, possibly not valid JSON yet. */
  eventText = $state('{}');
  lastResult = $state.raw<InvocationRecord | undefined>(undefined);
  environments = $state.raw<EnvironmentSummary[]>([]);
  /** Published versions (not $LATEST), oldest first. */
  versions = $state.raw<FunctionConfiguration[]>([]);
  aliases = $state.raw<AliasConfiguration[]>([]);
  /** Code of each published version (immutable, so fetched once). */
  versionFiles = $state.raw<Record<string, Record<string, string>>>({});
  reservedConcurrency = $state<number | undefined>(undefined);
  /** What Test invokes: $LATEST, a version number or an alias name. */
  qualifier = $state('$LATEST');

  readonly dirty = $derived(!sameFiles(this.files, this.deployedFiles));
  readonly eventCheck = $derived(checkJson(this.eventText));
  readonly fileNames = $derived(Object.keys(this.files).sort());
  readonly busyEnvironments = $derived(this.environments.filter((e) => e.state === 'busy' || e.state === 'initializing').length);

  constructor(config: FunctionConfiguration, deployed: Record<string, string>) {
    this.config = config;
    this.deployedFiles = deployed;
    this.files = { ...deployed };
    this.activeFile = pickEntryFile(deployed, config.Handler);
  }

  get name(): string {
    return this.config.FunctionName;
  }

  selectEvent(name: string | undefined): void {
    this.selectedEvent = name;
    const event = this.testEvents.find((e) => e.name === name);
    if (event) this.eventText = event.json;
  }

  /** Saves the event text under a name (replacing one of that name). Refuses invalid JSON. */
  saveEvent(name: string): string | undefined {
    const trimmed = name.trim();
    if (!trimmed) return t('functions.eventNameMissing');
    if (!/^[A-Za-z0-9._-]{1,25}$/.test(trimmed)) return t('functions.eventNameInvalid');
    if (!this.eventCheck.ok) return t('functions.eventNotJson', this.eventCheck.message);
    const existing = this.testEvents.findIndex((e) => e.name === trimmed);
    const event = { name: trimmed, json: this.eventText };
    if (existing >= 0) this.testEvents[existing] = event;
    else this.testEvents.push(event);
    this.selectedEvent = trimmed;
    return undefined;
  }

  deleteEvent(name: string): void {
    this.testEvents = this.testEvents.filter((e) => e.name !== name);
    if (this.selectedEvent === name) this.selectEvent(this.testEvents[0]?.name);
  }

  addFile(path: string): string | undefined {
    const clean = path.trim().replace(/^\.?\//, '');
    if (!clean || clean.split('/').some((part) => part === '' || part === '..')) return t('functions.relativePath');
    if (clean in this.files) return t('shared.fileExists', clean);
    this.files[clean] = '';
    this.activeFile = clean;
    return undefined;
  }

  removeFile(path: string): void {
    if (Object.keys(this.files).length <= 1) return;
    delete this.files[path];
    if (this.activeFile === path) this.activeFile = this.fileNames[0] ?? '';
  }
}

/** The file the handler points at, so a function opens on its entry point. */
function pickEntryFile(files: Record<string, string>, handler: string): string {
  const modulePath = handler.slice(0, handler.lastIndexOf('/') + 1) + handler.slice(handler.lastIndexOf('/') + 1).split('.')[0];
  const names = Object.keys(files).sort();
  return names.find((n) => n.replace(/\.[^.]+$/, '') === modulePath) ?? names[0] ?? '';
}
