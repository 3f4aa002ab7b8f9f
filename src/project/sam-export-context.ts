// The state one SAM export builds up: logical ids, resources, each function's events, outputs
// and the report of what did not carry over.
import { ACCOUNT_ID, REGION } from '../engine/ids';
import { GetAtt, LogicalIds, Ref, Sub, type ReportItem } from './sam-shared';
import type { ProjectDoc } from './types';

type Props = Record<string, unknown>;

export class ExportContext {
  readonly ids = new LogicalIds();
  readonly resources: Record<string, { Type: string; Properties: Props; Metadata?: Props }> = {};
  readonly outputs: Record<string, { Description: string; Value: unknown }> = {};
  readonly report: ReportItem[] = [];
  /** Function name → its logical id. */
  readonly functionIds = new Map<string, string>();
  /** Function name → the alias SAM publishes automatically, if any. */
  readonly autoAlias = new Map<string, string>();
  /** Queue name → its logical id. */
  readonly queueIds = new Map<string, string>();
  /** Topic name → its logical id. */
  readonly topicIds = new Map<string, string>();
  readonly #eventIds = new Map<string, LogicalIds>();

  constructor(readonly doc: ProjectDoc) {}

  note(path: string, message: string): void {
    this.report.push({ path, message });
  }

  /**
   * The logical id of the function a route or notification targets, or undefined (reported) when
   * the project has no such function. A qualifier SAM cannot honour is reported too.
   */
  target(target: { functionName: string; qualifier?: string }, where: string): string | undefined {
    const id = this.functionId(target.functionName, where);
    if (!id) return undefined;
    const alias = this.autoAlias.get(target.functionName);
    if (target.qualifier && target.qualifier !== alias) {
      const how = alias ? `alias ${alias}, the one SAM publishes` : 'the function itself ($LATEST)';
      this.note(where, `targets ${target.functionName}:${target.qualifier}; on AWS it invokes ${how}`);
    }
    return id;
  }

  /** The logical id of a function of the project, or undefined (reported) when there is none. */
  functionId(name: string, where: string): string | undefined {
    const id = this.functionIds.get(name);
    if (!id) this.note(where, `not exported: it targets function ${name}, which is not in the project`);
    return id;
  }

  /** Adds an event to a function under a unique, readable name, and answers that name. */
  addEvent(functionName: string, name: string, event: { Type: string; Properties: Props }): string {
    const id = this.functionIds.get(functionName)!;
    let names = this.#eventIds.get(id);
    if (!names) this.#eventIds.set(id, (names = new LogicalIds()));
    const properties = this.resources[id]!.Properties;
    const events = (properties.Events ??= {}) as Props;
    const key = names.take(name, '');
    events[key] = event;
    return key;
  }

  /**
   * How the template names what a playground ARN names: `!GetAtt Queue.Arn`, `!Ref Topic`,
   * `!GetAtt Fn.Arn` (a qualified function ARN keeps its qualifier), when the project has it;
   * undefined otherwise.
   */
  reference(arn: string): GetAtt | Ref | Sub | undefined {
    const match = /^arn:aws:(sqs|sns|lambda):([^:]+):(\d{12}):(?:function:)?([^:]+)(?::([^:]+))?$/.exec(arn);
    if (!match || match[2] !== REGION || match[3] !== ACCOUNT_ID) return undefined;
    const [, service, , , name, qualifier] = match;
    if (service === 'sqs' && !qualifier) return this.queueIds.has(name!) ? new GetAtt(this.queueIds.get(name!)!, 'Arn') : undefined;
    if (service === 'sns' && !qualifier) return this.topicIds.has(name!) ? new Ref(this.topicIds.get(name!)!) : undefined;
    const id = service === 'lambda' && arn.includes(':function:') ? this.functionIds.get(name!) : undefined;
    if (!id) return undefined;
    return qualifier ? new Sub(`\${${id}.Arn}:${qualifier}`) : new GetAtt(id, 'Arn');
  }
}
