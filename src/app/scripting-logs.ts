// `window.playground.logs`: CloudWatch Logs with the AWS SDK v3 input and output shapes (times as
// epoch milliseconds), plus the raw events of a group that tests read.
import type { Engine } from '../engine/engine';
import type { StoredLogEvent } from '../engine/logs/log-store';

type Input = Record<string, unknown>;

export function createLogsScripting(engine: Pick<Engine, 'logs' | 'cloudwatchLogs'>) {
  const api = engine.cloudwatchLogs;
  return {
    /** Not an AWS API: every event of a log group (e.g. `/aws/lambda/my-function`), oldest first, with its level. */
    events: (logGroupName: string): StoredLogEvent[] => engine.logs.events(logGroupName),
    describeLogGroups: (input: Input = {}) => api.describeLogGroups(input),
    describeLogStreams: (input: Input) => api.describeLogStreams(input),
    getLogEvents: (input: Input) => api.getLogEvents(input),
    filterLogEvents: (input: Input) => api.filterLogEvents(input),
    putRetentionPolicy: (input: Input) => api.putRetentionPolicy(input),
    deleteRetentionPolicy: (input: Input) => api.deleteRetentionPolicy(input),
    createLogGroup: (input: Input) => api.createLogGroup(input),
    createLogStream: (input: Input) => api.createLogStream(input),
    putLogEvents: (input: Input) => api.putLogEvents(input),
  };
}
