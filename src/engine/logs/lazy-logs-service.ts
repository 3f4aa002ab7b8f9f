// The CloudWatch Logs API, loaded on its first call: the filter-pattern language and the query code
// stay out of the first page load (every operation is asynchronous anyway).
import type { LogStore } from './log-store';
import type { LogsService } from './logs-service';

const METHODS = [
  'describeLogGroups', 'describeLogStreams', 'getLogEvents', 'filterLogEvents', 'putRetentionPolicy', 'deleteRetentionPolicy',
  'createLogGroup', 'createLogStream', 'putLogEvents',
] as const satisfies ReadonlyArray<keyof LogsService>;

export function lazyLogsService(store: LogStore): LogsService {
  let service: Promise<LogsService> | undefined;
  const load = () => (service ??= import('./logs-service').then((m) => m.createLogsService(store)));
  return Object.fromEntries(
    METHODS.map((name) => [name, async (input: Record<string, unknown>) => ((await load())[name] as (input: Record<string, unknown>) => Promise<unknown>)(input)]),
  ) as unknown as LogsService;
}
