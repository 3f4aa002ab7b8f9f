// Whether a message passes a subscription's filter policy: the values a message offers under each key
// (its attributes, or its JSON body's properties), and each rule's test, as the SNS developer guide
// describes them ("String value matching", "Numeric value matching", "Key matching", "IP address matching").
import { inCidr } from './cidr';
import type { FilterPolicy, Rule, Scalar } from './types';

/** A message attribute as Publish takes it. */
export interface AttributeInput {
  DataType: string;
  StringValue?: string;
  BinaryValue?: unknown;
}

/** The values under one key; `stringArray` marks a String.Array attribute (anything-but treats it as a whole). */
interface KeyValues {
  values: Scalar[];
  stringArray: boolean;
}

/**
 * The values of a message's attributes by name. String gives its text, Number a number, String.Array
 * each element; Binary attributes are not compared at all (guide: "Amazon SNS ignores message
 * attributes with the Binary data type"). A custom type (`Number.float`) is its base type.
 */
export function attributeValues(attributes: Record<string, AttributeInput>): Map<string, KeyValues> {
  const out = new Map<string, KeyValues>();
  for (const [name, attribute] of Object.entries(attributes)) {
    const base = attribute.DataType.split('.')[0];
    const text = attribute.StringValue ?? '';
    if (base === 'Number') {
      const value = Number(text);
      out.set(name, { values: [text.trim() !== '' && Number.isFinite(value) ? value : text], stringArray: false });
    } else if (attribute.DataType === 'String.Array') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = [];
      }
      const values = Array.isArray(parsed) ? parsed.filter((v): v is Scalar => v === null || typeof v !== 'object') : [];
      out.set(name, { values, stringArray: true });
    } else if (base === 'String') {
      out.set(name, { values: [text], stringArray: false });
    }
  }
  return out;
}

/**
 * The values of a JSON body by dotted path: nested objects extend the path, arrays offer each
 * element (arrays of objects each of theirs). A body that is not a JSON object offers nothing
 * (guide: "payload-based filtering assumes the message payload is a well-formed JSON object").
 */
export function bodyValues(body: string): Map<string, KeyValues> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const out = new Map<string, KeyValues>();
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) for (const item of value) visit(item, path);
    else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
    else {
      const entry = out.get(path) ?? { values: [], stringArray: false };
      entry.values.push(value as Scalar);
      out.set(path, entry);
    }
  };
  visit(parsed, '');
  return out;
}

/** Whether one value passes one rule (exists is decided per key, not per value). */
function test(rule: Rule, value: Scalar): boolean {
  switch (rule.type) {
    case 'equals':
      return value === rule.value;
    case 'prefix':
      return typeof value === 'string' && value.startsWith(rule.value);
    case 'suffix':
      return typeof value === 'string' && value.endsWith(rule.value);
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === rule.value.toLowerCase();
    case 'anything-but':
      return !rule.values.includes(value as string | number);
    case 'anything-but-prefix':
      return typeof value !== 'string' || !value.startsWith(rule.value);
    case 'anything-but-suffix':
      return typeof value !== 'string' || !value.endsWith(rule.value);
    case 'numeric': {
      if (typeof value !== 'number') return false;
      const { lower, upper } = rule;
      if (lower && (lower.inclusive ? value < lower.value : value <= lower.value)) return false;
      return !upper || (upper.inclusive ? value <= upper.value : value < upper.value);
    }
    case 'cidr':
      return typeof value === 'string' && inCidr(rule.network, value);
    case 'exists':
      return false;
  }
}

const ANYTHING_BUT = new Set(['anything-but', 'anything-but-prefix', 'anything-but-suffix']);

/**
 * A key matches when one of its rules does. `exists: true` wants a non-null value, `exists: false`
 * none at all. For a String.Array attribute, anything-but matches only when no element is listed
 * (guide, "Anything-but matching"); otherwise a rule needs one value that passes.
 */
function keyMatches(rules: Rule[], entry: KeyValues | undefined): boolean {
  const values = entry?.values ?? [];
  return rules.some((rule) => {
    if (rule.type === 'exists') return rule.value ? values.some((v) => v !== null) : values.length === 0;
    if (values.length === 0) return false;
    if (ANYTHING_BUT.has(rule.type) && entry?.stringArray) return values.every((v) => test(rule, v));
    return values.some((v) => test(rule, v));
  });
}

/** What a policy looks at in one message. */
export interface FilterInput {
  attributes: Record<string, AttributeInput>;
  /** The message text this subscription receives (its protocol's, with MessageStructure json). */
  body: string;
}

/**
 * Whether the message passes. No policy passes everything. On attributes, a message with none
 * passes no policy (guide: "exists: false only matches if at least one attribute is present").
 */
export function matchesFilterPolicy(policy: FilterPolicy | undefined, input: FilterInput): boolean {
  if (!policy) return true;
  let values: Map<string, KeyValues> | undefined;
  if (policy.scope === 'MessageBody') values = bodyValues(input.body);
  else if (Object.keys(input.attributes).length > 0) values = attributeValues(input.attributes);
  if (!values) return false;
  const found = values;
  return policy.alternatives.some((conjunction) => conjunction.every(({ key, rules }) => keyMatches(rules, found.get(key))));
}
