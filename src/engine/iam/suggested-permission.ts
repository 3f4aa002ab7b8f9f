// The permission the console offers to add when a trigger is wired to a function, as an AddPermission request.
import { ACCOUNT_ID, hex, REGION } from '../ids';
import type { AddPermissionInput } from './function-policy-types';

/** What is about to invoke the function. */
export type TriggerSource =
  | { service: 's3'; bucket: string }
  /** `routeKey` as API Gateway writes it (`GET /items/{id}`, `ANY /{proxy+}`, `$default`); absent for the whole API. */
  | { service: 'apigateway'; apiId: string; routeKey?: string }
  | { service: 'events'; ruleName: string }
  | { service: 'sns'; topicName: string };

export interface SuggestionTarget {
  functionName: string;
  /** The alias or version the trigger invokes, if not the unqualified function. */
  qualifier?: string;
}

const PRINCIPALS = { s3: 's3.amazonaws.com', apigateway: 'apigateway.amazonaws.com', events: 'events.amazonaws.com', sns: 'sns.amazonaws.com' } as const;

/**
 * The execute-api ARN covering a route on every stage: path parameters become `*`, as do the
 * method of an ANY route. At invocation API Gateway sends `<api>/<stage>/<METHOD>/<path>`.
 */
export function executeApiSourceArn(apiId: string, routeKey?: string): string {
  const base = `arn:aws:execute-api:${REGION}:${ACCOUNT_ID}:${apiId}`;
  if (routeKey === undefined) return `${base}/*`;
  if (routeKey === '$default') return `${base}/*/$default`;
  const [method = 'ANY', path = '/'] = routeKey.split(' ');
  const wildPath = path.replace(/\{[^}]+\}/g, '*');
  return `${base}/*/${method === 'ANY' ? '*' : method}${wildPath}`;
}

function sourceOf(source: TriggerSource): { arn: string; label: string; account?: string } {
  switch (source.service) {
    case 's3':
      // A bucket ARN has no account, and a bucket name can be taken over by another account once
      // deleted, so the console also pins SourceAccount.
      return { arn: `arn:aws:s3:::${source.bucket}`, label: source.bucket, account: ACCOUNT_ID };
    case 'apigateway':
      return { arn: executeApiSourceArn(source.apiId, source.routeKey), label: source.apiId };
    case 'events':
      return { arn: `arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/${source.ruleName}`, label: source.ruleName };
    case 'sns':
      return { arn: `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${source.topicName}`, label: source.topicName };
  }
}

/**
 * The AddPermission request that lets `source` invoke the function, limited to that source by
 * SourceArn (and SourceAccount for S3). The statement id reads `<service>-trigger-<name>-<8 hex>`
 * (the Lambda console itself uses `lambda-<uuid>`); characters a statement id cannot hold become `-`.
 */
export function suggestedPermission(source: TriggerSource & SuggestionTarget): AddPermissionInput {
  const { arn, label, account } = sourceOf(source);
  const suffix = `-${hex(8)}`;
  const stem = `${source.service}-trigger-${label}`.replace(/[^a-zA-Z0-9-_]/g, '-').slice(0, 100 - suffix.length);
  const input: AddPermissionInput = {
    FunctionName: source.functionName,
    StatementId: `${stem}${suffix}`,
    Action: 'lambda:InvokeFunction',
    Principal: PRINCIPALS[source.service],
    SourceArn: arn,
  };
  if (account) input.SourceAccount = account;
  if (source.qualifier) input.Qualifier = source.qualifier;
  return input;
}
