// The saved workspace: the functions a person made (settings, deployed code, unsaved edits,
// test events). Versioned and checked on load, so a damaged record is reported, not trusted.

import type { ApiDef } from '../engine/services/apigateway/definitions';
import type { SavedRequest } from './api-list.svelte';

export const WORKSPACE_FORMAT = 'serverless-playground/workspace';
export const WORKSPACE_VERSION = 1;

/** A test event saved with its function, as in the Lambda console. */
export interface SavedEvent {
  name: string;
  json: string;
}

/** A published version, restored under its own number. */
export interface SavedVersion {
  version: string;
  description: string;
  runtime: string;
  handler: string;
  memorySize: number;
  timeout: number;
  environment: Record<string, string>;
  ephemeralStorageMB: number;
  files: Record<string, string>;
}

export interface SavedAlias {
  name: string;
  functionVersion: string;
  description: string;
  additionalVersionWeights?: Record<string, number>;
}

export interface SavedFunction {
  name: string;
  runtime: string;
  handler: string;
  memorySize: number;
  timeout: number;
  environment: Record<string, string>;
  description?: string;
  ephemeralStorageMB?: number;
  reservedConcurrency?: number;
  versions?: SavedVersion[];
  aliases?: SavedAlias[];
  /** The deployed code. */
  files: Record<string, string>;
  /** Edits not yet deployed, if any. */
  draft?: Record<string, string>;
  activeFile?: string;
  testEvents: SavedEvent[];
  selectedEvent?: string;
}

export interface WorkspaceDoc {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  selected?: string;
  functions: SavedFunction[];
  /** API Gateway APIs and function URLs, as the engine defines them. */
  apis?: ApiDef[];
  /** Requests saved in the request console, per API id. */
  savedRequests?: Record<string, SavedRequest[]>;
  /** The project's static front end. */
  site?: { files: Record<string, string> };
}

/** Where the workspace is kept between visits (IndexedDB in the browser). */
export interface WorkspaceStore {
  load(): Promise<unknown>;
  save(doc: WorkspaceDoc): Promise<void>;
}

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  !!value && typeof value === 'object' && Object.values(value).every((v) => typeof v === 'string');

/** Checks a loaded record; says what is wrong rather than guessing. */
export function parseWorkspace(raw: unknown): { ok: true; doc: WorkspaceDoc } | { ok: false; message: string } {
  const doc = raw as Partial<WorkspaceDoc> | null;
  if (!doc || typeof doc !== 'object' || doc.format !== WORKSPACE_FORMAT) return { ok: false, message: 'the saved workspace is not in a format this playground knows' };
  if (typeof doc.version !== 'number' || doc.version > WORKSPACE_VERSION) {
    return { ok: false, message: `the saved workspace is version ${String(doc.version)}, newer than this playground (version ${WORKSPACE_VERSION})` };
  }
  if (!Array.isArray(doc.functions)) return { ok: false, message: 'the saved workspace has no function list' };
  for (const [i, fn] of doc.functions.entries()) {
    const where = `function ${i + 1}${typeof fn?.name === 'string' ? ` (${fn.name})` : ''}`;
    if (!fn || typeof fn.name !== 'string' || typeof fn.handler !== 'string' || typeof fn.runtime !== 'string') return { ok: false, message: `${where} has no name, handler or runtime` };
    if (!isRecordOfStrings(fn.files) || (fn.draft !== undefined && !isRecordOfStrings(fn.draft))) return { ok: false, message: `${where} has damaged code files` };
    if (!Array.isArray(fn.testEvents) || !fn.testEvents.every((e) => typeof e?.name === 'string' && typeof e?.json === 'string')) {
      return { ok: false, message: `${where} has damaged test events` };
    }
  }
  if (doc.apis !== undefined && (!Array.isArray(doc.apis) || !doc.apis.every((a) => a && typeof a === 'object' && typeof a.id === 'string'))) {
    return { ok: false, message: 'the saved workspace has a damaged API list' };
  }
  if (doc.site !== undefined && !isRecordOfStrings(doc.site?.files)) return { ok: false, message: 'the saved workspace has damaged site files' };
  const savedOk = (list: unknown) => Array.isArray(list) && list.every((r) => r && typeof r.name === 'string' && typeof r.method === 'string' && typeof r.path === 'string');
  if (doc.savedRequests !== undefined && (typeof doc.savedRequests !== 'object' || doc.savedRequests === null || !Object.values(doc.savedRequests).every(savedOk))) {
    return { ok: false, message: 'the saved workspace has damaged saved requests' };
  }
  return { ok: true, doc: doc as WorkspaceDoc };
}
