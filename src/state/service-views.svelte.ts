// The UI state of S3, DynamoDB, IAM and asynchronous invocation that lives as long as the app: the buckets
// (with S3's failed deliveries as notices) and every function's recent asynchronous steps.
import type { Engine } from '../engine/engine';
import { AsyncEventLog } from './functions/async-event-log.svelte';
import { AsyncView } from './functions/async-view.svelte';
import { BucketList } from './buckets/bucket-list.svelte';
import { TableList } from './tables/table-list.svelte';
import { MappingList } from './mappings/mapping-list.svelte';
import { QueueList } from './queues/queue-list.svelte';
import { TopicList } from './topics/topic-list.svelte';
import { RuleList } from './rules/rule-list.svelte';
import { CloudWatchView } from './cloudwatch/cloudwatch-view.svelte';
import { PlaygroundClockView } from './shell/playground-clock.svelte';
import { FunctionPermissions } from './functions/function-permissions.svelte';

type Notify = (kind: 'info' | 'error', text: string) => void;

export class ServiceViews {
  readonly buckets: BucketList;
  readonly tables: TableList;
  readonly queues: QueueList;
  readonly topics: TopicList;
  readonly rules: RuleList;
  /** Event source mappings (stream triggers), with their pollers' state. */
  readonly mappings: MappingList;
  /** The playground clock's controls (header). */
  readonly clock: PlaygroundClockView;
  readonly asyncEvents: AsyncEventLog;
  /** Which CloudWatch page is on screen. */
  readonly cloudwatch = new CloudWatchView();

  constructor(
    private readonly engine: Engine,
    notify: Notify,
  ) {
    this.buckets = new BucketList(engine, notify);
    this.tables = new TableList(engine, notify);
    this.queues = new QueueList(engine, notify);
    this.topics = new TopicList(engine, notify);
    this.rules = new RuleList(engine, notify);
    this.mappings = new MappingList(engine);
    this.clock = new PlaygroundClockView(engine.clock);
    this.asyncEvents = new AsyncEventLog(engine);
  }

  /** The Permissions tab of a function; `roleArn` reads its configured role when needed. */
  permissions(functionName: string, roleArn: () => string): FunctionPermissions {
    return new FunctionPermissions(this.engine, functionName, roleArn);
  }

  /** The Asynchronous tab of a function. */
  asyncView(functionName: string): AsyncView {
    return new AsyncView(this.engine, functionName);
  }
}
