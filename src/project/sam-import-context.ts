// The state one SAM import builds up: the template, the app's files, the resolver, what each
// logical id became in the project, and the report of what could not come along.
import type { EventSourceMappingExport } from '../engine/lambda/event-source-mappings/types';
import type { ApiDef } from '../engine/services/apigateway/definitions';
import type { TableDef } from '../engine/services/dynamodb/definitions';
import { Resolver } from './sam-import-resolve';
import type { ReportItem } from './sam-shared';
import type { ProjectBucket, ProjectFunction } from './types';

export type Raw = Record<string, unknown>;

export const isRecord = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

/** API-wide settings SAM applies to every route that does not say otherwise. */
export interface ApiDefaults {
  authorizer?: string;
  apiKeyRequired?: boolean;
  /** The template's authorizer names → the ids they got in the API. */
  authorizerIds: Map<string, string>;
}

export class ImportContext {
  readonly report: ReportItem[] = [];
  readonly resolver: Resolver;
  /** Logical id → the function, API, bucket or table it became. */
  readonly functions = new Map<string, ProjectFunction>();
  readonly apis = new Map<string, ApiDef>();
  readonly apiDefaults = new Map<string, ApiDefaults>();
  readonly urls: ApiDef[] = [];
  readonly buckets = new Map<string, ProjectBucket>();
  readonly tables = new Map<string, TableDef>();
  /** From functions' DynamoDB events. */
  readonly eventSourceMappings: EventSourceMappingExport[] = [];
  readonly #apiIds = new Set<string>();

  constructor(
    readonly template: Raw,
    /** The app's other files by path from the template's folder, or undefined for a template alone. */
    readonly files: Map<string, string> | undefined,
    readonly projectName: string,
    readonly now: number,
  ) {
    this.resolver = new Resolver(isRecord(template.Parameters) ? template.Parameters : {}, projectName, this.report);
  }

  note(path: string, message: string): void {
    this.report.push({ path, message });
  }

  /** Reports each property the importer does not carry over. */
  unsupported(props: Raw, supported: readonly string[], path: string): void {
    for (const key of Object.keys(props)) {
      if (!supported.includes(key)) this.note(`${path}.${key}`, 'not supported by the playground; left out');
    }
  }

  /** A number property, resolving parameters; undefined when absent or unreadable. */
  number(value: unknown, path: string): number | undefined {
    if (value === undefined) return undefined;
    const text = this.resolver.string(value, path);
    const n = text === undefined ? NaN : Number(text);
    if (Number.isFinite(n)) return n;
    if (text !== undefined) this.note(path, `${JSON.stringify(text)} is not a number; left out`);
    return undefined;
  }

  /** An API id as API Gateway shapes them (lower-case letters and digits), unique in the project. */
  apiId(logicalId: string): string {
    const base = logicalId.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 60) || 'api';
    let id = base;
    for (let n = 2; this.#apiIds.has(id); n++) id = `${base}${n}`;
    this.#apiIds.add(id);
    return id;
  }

  /** The function a logical id names, if the template defines it and it was imported. */
  functionName(logicalId: string): string | undefined {
    return this.functions.get(logicalId)?.name;
  }
}
