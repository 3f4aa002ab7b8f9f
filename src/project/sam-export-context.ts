// The state one SAM export builds up: logical ids, resources, each function's events, outputs
// and the report of what did not carry over.
import { LogicalIds, type ReportItem } from './sam-shared';
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

  /** Adds an event to a function under a unique, readable name. */
  addEvent(functionName: string, name: string, event: { Type: string; Properties: Props }): void {
    const id = this.functionIds.get(functionName)!;
    let names = this.#eventIds.get(id);
    if (!names) this.#eventIds.set(id, (names = new LogicalIds()));
    const properties = this.resources[id]!.Properties;
    const events = (properties.Events ??= {}) as Props;
    events[names.take(name, '')] = event;
  }
}
