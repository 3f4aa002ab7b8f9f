// English labels of the trace view (list, service map, waterfall, hop details) and the environments timeline.
const STATUS: Record<string, string> = { ok: 'OK', error: 'Error', fault: 'Fault', throttled: 'Throttled', pending: 'In progress' };
const HOP: Record<string, string> = {
  entry: 'Start', gateway: 'API Gateway', queue: 'Queue wait', init: 'Init', invocation: 'Invocation', sdk: 'SDK call', throttle: 'Throttled',
};

export const cloudwatchTraces = {
  'cloudwatch.tracesIntro': 'Every request or event that starts a chain gets an X-Ray trace id, carried across services to each invocation it causes.',
  'cloudwatch.onlyFailed': 'Failed only',
  'cloudwatch.clearTraces': 'Clear',
  'cloudwatch.noTraces': 'No traces yet: invoke a function, upload an object or call an API.',
  'cloudwatch.noFailedTraces': 'No failed traces.',
  'cloudwatch.traceStart': 'Start',
  'cloudwatch.traceEntry': 'Entry point',
  'cloudwatch.traceDuration': 'Duration',
  'cloudwatch.traceStatusHeader': 'Status',
  'cloudwatch.traceHops': 'Hops',
  'cloudwatch.traceStatus': (status: string) => STATUS[status] ?? status,
  'cloudwatch.traceId': 'Trace ID',
  'cloudwatch.serviceMap': 'Service map',
  'cloudwatch.waterfall': 'Timeline',
  'cloudwatch.hopKind': (kind: string) => HOP[kind] ?? kind,
  'cloudwatch.hopLogs': 'Log lines of this request',
  'cloudwatch.noHopLogs': 'No log lines: this hop did not run a function.',
  'cloudwatch.openFunction': (name: string) => `Open ${name}`,
  'cloudwatch.selectTrace': 'Select a trace to see its service map and its hops.',
  'cloudwatch.selectHop': 'Click a hop to see its log lines.',
  'cloudwatch.coldStart': 'cold start',
  'cloudwatch.backToList': 'All traces',
  'cloudwatch.traceTruncated': 'This trace has more hops than the playground keeps; the rest were not recorded.',
  // The environments timeline
  'cloudwatch.timelineTitle': 'Environments over time',
  'cloudwatch.timelineHint': 'Each lane is one execution environment, each bar one invocation; the hatched start of a bar is its Init (cold start).',
  'cloudwatch.timelineEmpty': 'No invocations of this function yet: fire a burst to watch it scale out.',
  'cloudwatch.timelineLane': (n: number) => `Environment ${n}`,
  'cloudwatch.timelineLanes': (n: number) => `${n} environments`,
  'cloudwatch.timelineThrottles': (n: number) => `${n} throttled`,
  'cloudwatch.legendInit': 'Init (cold start)',
  'cloudwatch.legendInvocation': 'Invocation',
  'cloudwatch.legendError': 'Error',
  'cloudwatch.legendThrottle': 'Throttle',
  'cloudwatch.timelineBar': (requestId: string, ms: string, cold: boolean) => `${requestId}: ${ms} ms${cold ? ', cold start' : ''}`,
};
