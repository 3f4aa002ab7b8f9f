// Which IAM actions on which resources an EventBridge call needs (AWS docs, "Actions, resources, and
// condition keys for Amazon EventBridge"): PutEvents is allowed per event bus (each bus the entries
// name), the rule operations on the rule, and ListRules and TestEventPattern on no resource.
import { eventBusArn, ruleArn } from '../services/eventbridge/definitions';
import type { AuthorizationRequest } from './request-actions';

type Input = Record<string, unknown>;

/** The bus an entry or request names, by name or ARN, as its ARN. */
const busArnOf = (bus: unknown) => (typeof bus === 'string' && bus.startsWith('arn:') ? bus : eventBusArn(typeof bus === 'string' && bus !== '' ? bus : 'default'));

/** The permissions an EventBridge call needs, in the order they are checked. */
export function eventbridgeRequests(operation: string, input: Input): AuthorizationRequest[] {
  switch (operation) {
    case 'PutEvents': {
      const entries = Array.isArray(input.Entries) ? (input.Entries as Input[]) : [];
      const buses = [...new Set(entries.map((entry) => busArnOf(entry?.EventBusName)))];
      return (buses.length ? buses : [eventBusArn()]).map((resource) => ({ action: 'events:PutEvents', resource }));
    }
    case 'ListRules':
    case 'TestEventPattern':
      return [{ action: `events:${operation}`, resource: '*' }];
    case 'PutTargets':
    case 'RemoveTargets':
    case 'ListTargetsByRule':
      return [{ action: `events:${operation}`, resource: ruleArn(String(input.Rule ?? '')) }];
    default:
      return [{ action: `events:${operation}`, resource: ruleArn(String(input.Name ?? '')) }];
  }
}
