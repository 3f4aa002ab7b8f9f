// What a target receives instead of the whole event: Input (constant JSON), InputPath (a JSONPath
// into the event) or InputTransformer (values picked by JSONPath, put into a template), as the user
// guide's "Amazon EventBridge input transformation" describes and LocalStack's AWS-validated tests
// recorded (objects in a string lose their quotes, lists become `[a,b]`, missing values are empty).
import { validation } from './errors';
import type { EventBridgeEvent, TargetDef } from './definitions';

type Step = string | number;

/** The steps of a JSONPath such as `$.detail.items[0]['user-id']`, or undefined if it is not one. */
export function parseJsonPath(path: string): Step[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: Step[] = [];
  const step = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const match = step.exec(path);
    if (!match) return undefined;
    steps.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? match[3] ?? match[4])!);
  }
  return steps;
}

/** The value at a JSONPath, or undefined where the event has nothing. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const s of parseJsonPath(path) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<Step, unknown>)[s];
  }
  return current;
}

/** The variables every template may use without defining them (the user guide's "Predefined variables"). */
export const PREDEFINED = ['aws.events.rule-arn', 'aws.events.rule-name', 'aws.events.event.ingestion-time', 'aws.events.event', 'aws.events.event.json'];

const PLACEHOLDER = /<([A-Za-z0-9_.-]+)>/g;

/** PutTargets' checks of one target's input settings; throws ValidationException. */
export function checkTargetInput(target: TargetDef): void {
  const given = [target.Input, target.InputPath, target.InputTransformer].filter((v) => v !== undefined).length;
  if (given > 1) throw validation(`Only one of Input, InputPath, or InputTransformer must be provided for target ${target.Id}.`);
  if (target.Input !== undefined) {
    try {
      JSON.parse(target.Input);
    } catch {
      throw validation(`Input for target ${target.Id} is not valid JSON text.`);
    }
  }
  if (target.InputPath !== undefined && !parseJsonPath(target.InputPath)) throw validation(`InputPath for target ${target.Id} is not a valid JSON path.`);
  const transformer = target.InputTransformer;
  if (!transformer) return;
  if (typeof transformer.InputTemplate !== 'string') throw validation(`InputTemplate for target ${target.Id} is required.`);
  const paths = transformer.InputPathsMap ?? {};
  for (const [name, path] of Object.entries(paths)) {
    if (typeof path !== 'string' || !parseJsonPath(path)) throw validation(`InputPathsMap for target ${target.Id} contains invalid JSON path ${String(path)} for ${name}.`);
  }
  for (const [, name] of transformer.InputTemplate.matchAll(PLACEHOLDER)) {
    if (!Object.hasOwn(paths, name!) && !PREDEFINED.includes(name!)) throw validation(`InputTemplate for target ${target.Id} contains invalid placeholder ${name}.`);
  }
}

/** Whether offset `at` of the template falls inside a JSON string (an odd number of unescaped quotes before it). */
function insideString(template: string, at: number): boolean {
  let inside = false;
  for (let i = 0; i < at; i++) {
    if (template[i] === '\\') i++;
    else if (template[i] === '"') inside = !inside;
  }
  return inside;
}

/** A string's characters as they go between quotes in JSON. */
const escaped = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * A value as it goes into the template. In a template that is JSON, objects and lists go in as JSON
 * even between quotes (which breaks the JSON: EventBridge then drops the event); in a text template
 * they lose their quotes (`{acc_id:1,sf_id:baz}`, `[ACTIVE,INACTIVE]`). Missing values are empty.
 */
function substitute(value: unknown, json: boolean, quoted: boolean): string {
  if (value === undefined || value === null) return value === null && json && !quoted ? 'null' : json && !quoted ? '""' : '';
  if (Array.isArray(value) && !json) return `[${value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(',')}]`;
  if (typeof value === 'object') return json ? JSON.stringify(value) : JSON.stringify(value).replace(/"/g, '');
  if (typeof value === 'string') return quoted ? escaped(value) : json ? JSON.stringify(value) : value;
  return String(value);
}

/**
 * The InputTransformer's output for an event: a template that is JSON gives that JSON (or nothing,
 * undefined, when the result is not JSON: EventBridge does not deliver it); a quoted one gives a string.
 */
export function transformInput(transformer: NonNullable<TargetDef['InputTransformer']>, event: EventBridgeEvent, rule: { name: string; arn: string }): unknown {
  const { detail: _detail, 'detail-type': detailType, ...envelope } = event;
  const values: Record<string, unknown> = {
    'aws.events.rule-arn': rule.arn,
    'aws.events.rule-name': rule.name,
    'aws.events.event.ingestion-time': event.time,
    // As EventBridge gives it: the event without its detail, with `detailType` for `detail-type`.
    'aws.events.event': { ...envelope, detailType },
    'aws.events.event.json': event,
  };
  for (const [name, path] of Object.entries(transformer.InputPathsMap ?? {})) values[name] = valueAt(event, path);
  const template = transformer.InputTemplate;
  const json = /^\s*[{[]/.test(template);
  const text = template.replace(PLACEHOLDER, (whole, name: string, at: number) =>
    Object.hasOwn(values, name) ? substitute(values[name], json, insideString(template, at)) : whole,
  );
  try {
    return JSON.parse(text);
  } catch {
    // A text template that is not one JSON string (several quoted lines, plain words) is sent as text.
    return json ? undefined : text;
  }
}

/** What a target receives for an event; undefined when EventBridge would drop it. */
export function targetInput(target: TargetDef, event: EventBridgeEvent, rule: { name: string; arn: string }): unknown {
  if (target.Input !== undefined) return JSON.parse(target.Input);
  if (target.InputPath !== undefined) return valueAt(event, target.InputPath) ?? null;
  if (target.InputTransformer) return transformInput(target.InputTransformer, event, rule);
  return event;
}
