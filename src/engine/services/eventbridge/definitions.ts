// What an EventBridge rule is in a project: plain, serialisable definitions (the project document's
// `rules`), in the shapes PutRule and PutTargets take, so restoring one is those two calls.
import { ACCOUNT_ID, REGION } from '../../ids';

/** The only event bus the playground has: every account's `default` bus. */
export const DEFAULT_BUS = 'default';

export const eventBusArn = (name = DEFAULT_BUS) => `arn:aws:events:${REGION}:${ACCOUNT_ID}:event-bus/${name}`;

/** A rule on the default bus: `arn:aws:events:us-east-1:123456789012:rule/<name>` (custom buses add `<bus>/`). */
export const ruleArn = (name: string) => `arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/${name}`;

/** ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS concerns CloudTrail events, which the playground has none of. */
export type RuleState = 'ENABLED' | 'DISABLED';

/** InputTransformer: values picked from the event by JSONPath, substituted into a template. */
export interface InputTransformer {
  InputPathsMap?: Record<string, string>;
  InputTemplate: string;
}

/** One target of a rule, as PutTargets takes it: a Lambda function (its ARN, optionally qualified). */
export interface TargetDef {
  Id: string;
  Arn: string;
  /** JSON text sent instead of the event. */
  Input?: string;
  /** The part of the event sent (a JSONPath such as `$.detail`). */
  InputPath?: string;
  InputTransformer?: InputTransformer;
}

/** One rule of the project with its targets (PutRule input plus `Targets`). */
export interface RuleDef {
  Name: string;
  /** `rate(5 minutes)` or `cron(0 12 * * ? *)`. */
  ScheduleExpression?: string;
  /** An event pattern, as JSON text. */
  EventPattern?: string;
  State: RuleState;
  Description?: string;
  Targets: TargetDef[];
}

/** Where a target's events go: a function, possibly an alias or version, for a rule. */
export interface DeliveryTarget {
  functionName: string;
  qualifier?: string;
  ruleArn: string;
  targetId: string;
}

/** An event as EventBridge delivers it to targets, with its fields in AWS's order. */
export interface EventBridgeEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  /** ISO 8601 to the second: `2026-12-07T12:00:00Z`. */
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

/** `2026-12-07T12:00:00Z`: events carry their time to the second. */
export const eventTime = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The function a Lambda target ARN names (`…:function:name` or `…:function:name:qualifier`), if it is one of this account's. */
export function lambdaTarget(arn: string): { functionName: string; qualifier?: string } | undefined {
  const match = /^arn:aws:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9$_-]+))?$/.exec(arn);
  if (!match || match[1] !== REGION || match[2] !== ACCOUNT_ID) return undefined;
  return { functionName: match[3]!, ...(match[4] ? { qualifier: match[4] } : {}) };
}
