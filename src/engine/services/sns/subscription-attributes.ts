// The attributes a subscription takes (API reference, SetSubscriptionAttributes): their names, their
// values as SNS checks them, and SNS's two wordings — Subscribe says `Invalid parameter: Attributes
// Reason: …`, SetSubscriptionAttributes `Invalid parameter: …` (both recorded from AWS).
import type { SnsProtocol } from './definitions';
import { invalidParameter } from './errors';
import { filterPolicyMessage, parseFilterPolicy } from './filter-policy/parse';
import type { FilterPolicyScope } from './filter-policy/types';

export type AttributeCall = 'Subscribe' | 'SetSubscriptionAttributes';

export const SUBSCRIPTION_ATTRIBUTES = ['DeliveryPolicy', 'FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'SubscriptionRoleArn', 'ReplayPolicy'] as const;

const prefixOf = (call: AttributeCall) => (call === 'Subscribe' ? 'Invalid parameter: Attributes Reason: ' : 'Invalid parameter: ');

function jsonObject(value: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks one attribute for a subscription of `protocol` and answers the value SNS keeps
 * (RawMessageDelivery lower-cased). `scope` is the FilterPolicyScope the policy will be read with.
 */
export function checkSubscriptionAttribute(name: string, value: string, protocol: SnsProtocol, scope: FilterPolicyScope, call: AttributeCall): string {
  const prefix = prefixOf(call);
  switch (name) {
    case 'FilterPolicy': {
      if (value === '') return value;
      const result = parseFilterPolicy(value, scope);
      if (!result.ok) throw invalidParameter(filterPolicyMessage(result.problem, call));
      return value;
    }
    case 'FilterPolicyScope':
      if (value !== 'MessageAttributes' && value !== 'MessageBody') {
        throw invalidParameter(`${prefix}FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`);
      }
      return value;
    case 'RawMessageDelivery': {
      const lower = value.toLowerCase();
      if (lower !== 'true' && lower !== 'false') throw invalidParameter(`${prefix}RawMessageDelivery: Invalid value [${value}]. Must be true or false.`);
      // Lambda receives SNS's event record whatever this says; SNS refuses raw delivery for it.
      if (lower === 'true' && protocol === 'lambda') throw invalidParameter(`${prefix}Delivery protocol [lambda] does not support raw message delivery.`);
      return lower;
    }
    case 'RedrivePolicy': {
      const policy = jsonObject(value);
      if (!policy) throw invalidParameter(`${prefix}RedrivePolicy: failed to parse JSON.`);
      if (typeof policy.deadLetterTargetArn !== 'string' || policy.deadLetterTargetArn.split(':').length < 6) {
        throw invalidParameter(`${prefix}RedrivePolicy: deadLetterTargetArn is an invalid arn`);
      }
      return value;
    }
    case 'DeliveryPolicy':
    case 'ReplayPolicy':
      if (!jsonObject(value)) throw invalidParameter(`${prefix}${name}: failed to parse JSON.`);
      return value;
    case 'SubscriptionRoleArn':
      return value;
    default:
      throw invalidParameter(`${prefix}AttributeName`);
  }
}

/**
 * Checks Subscribe's Attributes map as a whole: the scope first, so the policy is read with the
 * scope it will have.
 */
export function checkSubscribeAttributes(attributes: Record<string, unknown>, protocol: SnsProtocol): Record<string, string> {
  const scope = (typeof attributes.FilterPolicyScope === 'string' ? attributes.FilterPolicyScope : 'MessageAttributes') as FilterPolicyScope;
  const checked: Record<string, string> = {};
  const names = Object.keys(attributes).sort((a, b) => (a === 'FilterPolicyScope' ? -1 : b === 'FilterPolicyScope' ? 1 : 0));
  for (const name of names) {
    const value = checkSubscriptionAttribute(name, String(attributes[name] ?? ''), protocol, scope, 'Subscribe');
    if (value !== '') checked[name] = value;
  }
  return checked;
}
