// The services the project is made of, as the state layer knows them: the views the main area can
// show (src/ui/services.ts draws each) and, in restore order, the slices of the project document
// each service keeps (src/state/projects/project-slices.ts). A new service adds a line to each.
import { bucketSlice } from './buckets/bucket-slice';
import { tableSlice } from './tables/table-slice';
import { mappingSlice } from './mappings/mapping-slice';
import { queueSlice } from './queues/queue-slice';
import { topicSlice } from './topics/topic-slice';
import { ruleSlice } from './rules/rule-slice';
import { eventInvokeConfigSlice, permissionSlice, roleSlice } from './functions/function-slices';
import { lessonSlice } from './lessons/lesson-slice';
import type { ServiceSlice } from './projects/service-slice';

/** Which service's view fills the main area. */
export const SERVICE_VIEWS = ['diagram', 'functions', 'apis', 'buckets', 'tables', 'queues', 'topics', 'rules', 'cloudwatch', 'site'] as const;
export type ServiceView = (typeof SERVICE_VIEWS)[number];

/**
 * The document's service slices, in the order they are restored: a permission names its function
 * and role; a bucket's notifications, a topic's subscriptions and a rule's targets need both; a
 * topic may deliver to a queue; destinations name queues and topics; and an event source mapping
 * needs its table's stream or its queue.
 */
export const SERVICE_SLICES: readonly ServiceSlice[] = [
  roleSlice, permissionSlice, bucketSlice, tableSlice, queueSlice, topicSlice, ruleSlice, eventInvokeConfigSlice, mappingSlice, lessonSlice,
];
