// The project's event source mappings as the UI sees them: each with its configuration and what
// its pollers are doing (last batch, iterator age, last error), live; create with Lambda's errors,
// and the fix the console offers when the role cannot read the stream; enable, disable, delete.
import type { Engine } from '../../engine/engine';
import type { CreateEventSourceMappingInput, EventSourceMappingConfiguration, EventSourceMappingRuntimeState } from '../../engine/lambda/event-source-mappings/types';
import { STREAM_READ_ACTIONS } from '../../engine/wiring/event-source-mappings';
import { describeError } from '../shared/describe-error';

/** One mapping with its pollers' state. */
export interface MappingView {
  config: EventSourceMappingConfiguration;
  state: EventSourceMappingRuntimeState;
  functionName: string;
}

/** The table part of a stream ARN: `…:table/notes/stream/…` → `…:table/notes`. */
export const tableArnOf = (streamArn: string) => streamArn.replace(/\/stream\/.*$/, '');

export class MappingList {
  mappings = $state.raw<MappingView[]>([]);
  #refreshing = false;

  constructor(private readonly engine: Engine) {
    engine.events.on((event) => {
      if (event.type === 'event-source-mappings-changed' || event.type === 'esm-batch' || event.type === 'functions-changed') void this.refresh();
    });
    void this.refresh();
  }

  async refresh(): Promise<void> {
    if (this.#refreshing) return;
    this.#refreshing = true;
    try {
      const { EventSourceMappings } = await this.engine.lambda.listEventSourceMappings({});
      this.mappings = EventSourceMappings.map((config) => ({
        config,
        state: this.engine.lambda.getEventSourceMappingState(config.UUID),
        functionName: config.FunctionArn.replace(/^.*:function:/, '').replace(/:.*$/, ''),
      }));
    } finally {
      this.#refreshing = false;
    }
  }

  /** The mappings reading a table's streams (by the table's ARN), or none without one. */
  forSource(tableArn: string | undefined): MappingView[] {
    return tableArn ? this.mappings.filter((m) => tableArnOf(m.config.EventSourceArn) === tableArn) : [];
  }

  forFunction(functionName: string): MappingView[] {
    return this.mappings.filter((m) => m.functionName === functionName);
  }

  /** CreateEventSourceMapping; Lambda's error when it refuses. */
  async create(input: CreateEventSourceMappingInput): Promise<string | undefined> {
    try {
      await this.engine.lambda.createEventSourceMapping(input);
    } catch (error) {
      return describeError(error);
    }
    await this.refresh();
    return undefined;
  }

  /**
   * What the Lambda console's DynamoDB trigger needs and the default role lacks: the stream
   * read actions (as AWSLambdaDynamoDBExecutionRole grants them), added to the function's role.
   */
  async allowStreamRead(functionName: string, tableArn: string): Promise<string | undefined> {
    try {
      const { Role } = await this.engine.lambda.getFunctionConfiguration({ FunctionName: functionName });
      const role = this.engine.iam.roleOf({ functionName, roleArn: Role });
      const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: STREAM_READ_ACTIONS, Resource: `${tableArn}/stream/*` }] };
      this.engine.iam.roles.putRolePolicy(role.roleName, `${tableArn.replace(/^.*:table\//, '')}-stream-read`, JSON.stringify(document, null, 2));
    } catch (error) {
      return describeError(error);
    }
    return undefined;
  }

  async setEnabled(uuid: string, enabled: boolean): Promise<string | undefined> {
    try {
      await this.engine.lambda.updateEventSourceMapping({ UUID: uuid, Enabled: enabled });
    } catch (error) {
      return describeError(error);
    }
    await this.refresh();
    return undefined;
  }

  async delete(uuid: string): Promise<string | undefined> {
    try {
      await this.engine.lambda.deleteEventSourceMapping({ UUID: uuid });
    } catch (error) {
      return describeError(error);
    }
    await this.refresh();
    return undefined;
  }
}
