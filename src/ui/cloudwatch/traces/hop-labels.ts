// How a hop is named on screen: its kind in the interface language, then AWS's own names (services, operations, resources).
import { t } from '../../../i18n/i18n.svelte';
import type { TraceHop } from '../../../engine/tracing/types';

const SERVICE: Record<TraceHop['service'], string> = {
  client: 'Client', apigateway: 'API Gateway', lambda: 'Lambda', s3: 'S3', dynamodb: 'DynamoDB', sqs: 'SQS', sns: 'SNS', eventbridge: 'EventBridge', cloudwatch: 'CloudWatch', logs: 'CloudWatch Logs',
};

export const serviceName = (service: TraceHop['service']) => SERVICE[service];

/** E.g. "Invocation · feed", "SDK call · DynamoDB PutItem photos", "Queue wait · SQS queue jobs". */
export function hopTitle(hop: TraceHop): string {
  if (hop.kind === 'sdk') return `${serviceName(hop.service)} ${hop.operation ?? ''} ${hop.name}`;
  if (hop.kind === 'gateway') return `${hop.name} ${hop.operation ?? ''}`;
  if (hop.kind === 'entry') return hop.operation ? `${hop.operation} ${hop.name}` : hop.name;
  return hop.name;
}

export function hopLabel(hop: TraceHop): string {
  return `${t('cloudwatch.hopKind', hop.kind)} · ${hopTitle(hop)}`;
}

/** Milliseconds with one decimal under 10 ms, whole above. */
export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
