// The state one SAM import builds up: the template, the app's files, the resolver, what each
// logical id became in the project, and the report of what could not come along. Queues, topics
// and rules are built in scratch copies of SQS, SNS and EventBridge, so each is checked as the
// service checks it.
import type { LambdaPolicyStatement } from '../engine/iam/function-policy-types';
import type { EventSourceMappingExport } from '../engine/lambda/event-source-mappings/types';
import type { PutFunctionEventInvokeConfigInput } from '../engine/lambda/types';
import type { ApiDef } from '../engine/services/apigateway/definitions';
import type { TableDef } from '../engine/services/dynamodb/definitions';
import { Rules } from '../engine/services/eventbridge/rules';
import { Topics } from '../engine/services/sns/topics';
import type { QueueDef } from '../engine/services/sqs/definitions';
import { samImportNote, type SamImportNoteArgs } from './sam-import-notes';
import { Resolver } from './sam-import-resolve';
import type { ReportItem } from './sam-shared';
import type { ProjectBucket, ProjectFunction } from './types';

export type Raw = Record<string, unknown>;

export const isRecord = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

/** Input AWS would refuse to deploy: the import stops, and nothing is imported. */
export class SamImportError extends Error {
  constructor(
    /** Where in the template (`Resources.Fn.Properties.Events.Nightly.Properties.Schedule`). */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'SamImportError';
  }
}

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
  /** From functions' DynamoDB and SQS events. */
  readonly eventSourceMappings: EventSourceMappingExport[] = [];
  /** Queues by name: the template's and the stand-ins for queues it names by ARN. */
  readonly queues = new Map<string, QueueDef>();
  /** Topics with their subscriptions, as SNS made them. */
  readonly topics = new Topics(() => {});
  /** Rules with their targets, as EventBridge made them. */
  readonly rules: Rules;
  /** Functions' EventInvokeConfig, as PutFunctionEventInvokeConfig input. */
  readonly eventInvokeConfigs: PutFunctionEventInvokeConfigInput[] = [];
  /** Resource-based policy statements by function name: what SAM's events and the template's permissions grant. */
  readonly permissions = new Map<string, LambdaPolicyStatement[]>();
  readonly #apiIds = new Set<string>();

  constructor(
    readonly template: Raw,
    /** The app's other files by path from the template's folder, or undefined for a template alone. */
    readonly files: Map<string, string> | undefined,
    readonly projectName: string,
    readonly now: number,
  ) {
    this.resolver = new Resolver(isRecord(template.Parameters) ? template.Parameters : {}, projectName, this.report);
    this.rules = new Rules(() => now);
  }

  /** Stops the import: `path` holds what AWS would refuse. */
  fail(path: string, message: string): never {
    throw new SamImportError(path, message);
  }

  /** The type of the template's resource `id`, if there is one. */
  typeOf(id: string): string | undefined {
    const resources = isRecord(this.template.Resources) ? this.template.Resources : {};
    const resource = resources[id];
    return isRecord(resource) && typeof resource.Type === 'string' ? resource.Type : undefined;
  }

  /** Reports something about `path` the project changes or leaves out. */
  note(path: string, ...note: SamImportNoteArgs): void {
    this.report.push(samImportNote(path, ...note));
  }

  /** Reports each property the importer does not carry over. */
  unsupported(props: Raw, supported: readonly string[], path: string): void {
    for (const key of Object.keys(props)) {
      if (!supported.includes(key)) this.note(`${path}.${key}`, 'notSupported', {});
    }
  }

  /** A number property, resolving parameters; undefined when absent or unreadable. */
  number(value: unknown, path: string): number | undefined {
    if (value === undefined) return undefined;
    const text = this.resolver.string(value, path);
    const n = text === undefined ? NaN : Number(text);
    if (Number.isFinite(n)) return n;
    if (text !== undefined) this.note(path, 'notANumber', { text: JSON.stringify(text) });
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
