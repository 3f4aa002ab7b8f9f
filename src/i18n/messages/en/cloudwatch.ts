// English labels of CloudWatch's sidebar section and its empty main area.
export const cloudwatch = {
  'cloudwatch.navLabel': 'CloudWatch',
  'cloudwatch.dashboard': 'Dashboard',
  'cloudwatch.dashboardMeta': 'Metrics of every function, cost',
  'cloudwatch.logGroups': 'Log groups',
  'cloudwatch.logGroupsMeta': 'Filter patterns, live tail',
  'cloudwatch.traces': 'Traces',
  'cloudwatch.tracesMeta': 'Requests across services',
  'cloudwatch.noPageSelected': 'Nothing selected in CloudWatch',
  'cloudwatch.noPageHint': 'Pick *Dashboard*, *Log groups* or *Traces* in the sidebar.',
};
