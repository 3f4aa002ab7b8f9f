// How a SAM import finds the queues, topics and functions a template names — a reference to one of
// its resources (`!GetAtt Queue.Arn`, `!Ref Topic`, `!Sub '${Fn.Arn}'`) or an ARN — and the values
// its messaging properties hold (text, flags, JSON). A reference to nothing, or to the wrong kind of
// resource, stops the import; an ARN of a queue or topic outside the template gets a stand-in.
import { functionArn } from '../engine/ids';
import { permissionStatement } from '../engine/iam/function-policy';
import { parseLambdaEndpoint, parseQueueArn } from '../engine/services/sns/definitions';
import { createTopic } from '../engine/services/sns/topic-operations';
import { checkQueueName, newQueueDef } from '../engine/services/sqs/queue-attributes';
import { intrinsicName } from './sam-import-resolve';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';

export const QUEUE_TYPE = 'AWS::SQS::Queue';
export const TOPIC_TYPE = 'AWS::SNS::Topic';
export const FUNCTION_TYPE = 'AWS::Serverless::Function';

/** An engine refusal's words. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The logical id (and attribute) a value refers to: `!Ref X`, `!GetAtt X.Attr`, `!Sub '${X}'` or `!Sub '${X.Attr}'`. */
export function referenceOf(value: unknown): { id: string; attribute?: string } | undefined {
  const name = intrinsicName(value);
  const arg = name ? (value as Raw)[name] : undefined;
  if (name === 'Ref' && typeof arg === 'string') return arg.endsWith('.Alias') ? { id: arg.slice(0, -6), attribute: 'Alias' } : { id: arg };
  if (name === 'Fn::GetAtt') {
    const [id, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
    return typeof id === 'string' && typeof attribute === 'string' ? { id, attribute } : undefined;
  }
  const match = name === 'Fn::Sub' && typeof arg === 'string' ? /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9]+))?\}$/.exec(arg) : null;
  return match ? { id: match[1]!, ...(match[2] ? { attribute: match[2] } : {}) } : undefined;
}

/** Whether a value refers to a resource (of the template or not): a reference that is no Ref of a parameter or pseudo parameter, which resolve to text. */
export function refersToResource(ctx: ImportContext, value: unknown): boolean {
  const ref = referenceOf(value);
  if (!ref) return false;
  const parameters = isRecord(ctx.template.Parameters) ? ctx.template.Parameters : {};
  return !(!ref.attribute && (ref.id.startsWith('AWS::') || ref.id in parameters));
}

const shown = (ref: { id: string; attribute?: string }) => (ref.attribute ? `${ref.id}.${ref.attribute}` : ref.id);

/**
 * The template resource a reference names, checked to be of `type` and read through `attribute`
 * (undefined: a Ref); undefined when the value is no reference to a resource (a parameter, an ARN).
 */
function templateResource(ctx: ImportContext, value: unknown, path: string, type: string, what: string, attributes: string[]): string | undefined {
  const ref = referenceOf(value);
  if (!ref) return undefined;
  const actual = ctx.typeOf(ref.id);
  if (!actual) {
    if (!refersToResource(ctx, value)) return undefined;
    return ctx.fail(path, `names ${shown(ref)}, but the template has no resource ${ref.id}`);
  }
  if (actual !== type) return ctx.fail(path, `must name ${what}, but ${ref.id} is an ${actual}`);
  const attribute = ref.attribute ?? 'Ref';
  if (!attributes.includes(attribute)) {
    const way = attributes.filter((a) => a !== 'Alias').map((a) => (a === 'Ref' ? `!Ref ${ref.id}` : `!GetAtt ${ref.id}.${a}`)).join(' or ');
    return ctx.fail(path, `${ref.attribute ? `!GetAtt ${shown(ref)}` : `!Ref ${ref.id}`} is not the ARN ${what} needs here; write ${way}`);
  }
  return ref.id;
}

/** The name of the queue `value` gives the ARN of (a queue of the template, or a stand-in for one it names by ARN). */
export function queueNamed(ctx: ImportContext, value: unknown, path: string): string {
  const id = templateResource(ctx, value, path, QUEUE_TYPE, 'an SQS queue', ['Arn']);
  if (id) return ctx.resolver.attributes.get(`${id}.QueueName`) ?? ctx.fail(path, `queue ${id} was not imported`);
  const arn = ctx.resolver.string(value, path) ?? ctx.fail(path, 'needs the ARN of an SQS queue');
  const parsed = parseQueueArn(arn);
  if (!parsed) return ctx.fail(path, `${JSON.stringify(arn)} is not the ARN of an SQS queue`);
  if (!ctx.queues.has(parsed.name)) {
    const fifo = parsed.name.endsWith('.fifo');
    try {
      checkQueueName(parsed.name, fifo);
    } catch (error) {
      return ctx.fail(path, messageOf(error));
    }
    ctx.queues.set(parsed.name, newQueueDef(parsed.name, fifo, ctx.now));
    ctx.note(path, 'queueStandIn', { arn, name: parsed.name });
  }
  return parsed.name;
}

/** The name of the topic `value` gives the ARN of (`!Ref Topic`, or an ARN, which gets a stand-in). */
export function topicNamed(ctx: ImportContext, value: unknown, path: string): string {
  const id = templateResource(ctx, value, path, TOPIC_TYPE, 'an SNS topic', ['Ref', 'TopicArn']);
  if (id) return ctx.resolver.attributes.get(`${id}.TopicName`) ?? ctx.fail(path, `topic ${id} was not imported`);
  const arn = ctx.resolver.string(value, path) ?? ctx.fail(path, 'needs the ARN of an SNS topic');
  const match = /^arn:aws[a-zA-Z-]*:sns:[a-z0-9-]+:\d{12}:([A-Za-z0-9_.-]+)$/.exec(arn);
  if (!match) return ctx.fail(path, `${JSON.stringify(arn)} is not the ARN of an SNS topic`);
  const name = match[1]!;
  if (!ctx.topics.find(name)) {
    try {
      createTopic(ctx.topics, { Name: name, Attributes: name.endsWith('.fifo') ? { FifoTopic: 'true' } : {} });
    } catch (error) {
      return ctx.fail(path, messageOf(error));
    }
    ctx.note(path, 'topicStandIn', { arn, name });
  }
  return name;
}

/**
 * The function of the template `value` names (`!GetAtt Fn.Arn`, `!Ref Fn` where a name will do, or
 * its ARN) with the qualifier an ARN adds; undefined (reported) for a function outside the template.
 */
export function functionNamed(ctx: ImportContext, value: unknown, path: string, byName = false): { functionName: string; qualifier?: string } | undefined {
  const id = templateResource(ctx, value, path, FUNCTION_TYPE, 'a Lambda function', byName ? ['Ref', 'Arn', 'Alias'] : ['Arn', 'Alias']);
  if (id) {
    const name = ctx.functionName(id);
    if (!name) ctx.note(path, 'functionLeftOut', { id });
    return name ? { functionName: name } : undefined;
  }
  const text = ctx.resolver.string(value, path);
  if (text === undefined) return undefined;
  const endpoint = parseLambdaEndpoint(text) ?? (byName && /^[A-Za-z0-9_-]{1,64}$/.test(text) ? { functionName: text } : undefined);
  const known = endpoint && [...ctx.functions.values()].some((f) => f.name === endpoint.functionName) && (!text.startsWith('arn:') || text.startsWith(functionArn(endpoint.functionName)));
  if (endpoint && known) return endpoint;
  ctx.note(path, 'notAFunction', { text });
  return undefined;
}

/** Text for a property: strings, numbers and flags as they are, intrinsics resolved (undefined when absent or unresolved). */
export function textOf(ctx: ImportContext, value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : ctx.resolver.string(value, path);
}

/** A JSON value with the intrinsic functions inside it resolved to text (`source: [!Ref Source]`). */
function resolvedJson(ctx: ImportContext, value: unknown, path: string): unknown {
  if (intrinsicName(value)) return ctx.resolver.string(value, path) ?? null;
  if (Array.isArray(value)) return value.map((item, i) => resolvedJson(ctx, item, `${path}[${i}]`));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolvedJson(ctx, item, `${path}.${key}`)]));
  return value;
}

/** A JSON property (FilterPolicy, RedrivePolicy, an event pattern) as JSON text: objects are written out, text is kept. */
export function jsonText(ctx: ImportContext, value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && !intrinsicName(value)) return JSON.stringify(resolvedJson(ctx, value, path));
  return ctx.resolver.string(value, path);
}

/** A Boolean property (true/false, or the text of one); anything else stops the import, as CloudFormation would. */
export function flagOf(ctx: ImportContext, value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const text = ctx.resolver.string(value, path);
  if (text === undefined) return undefined;
  if (text.toLowerCase() === 'true' || text.toLowerCase() === 'false') return text.toLowerCase() === 'true';
  return ctx.fail(path, `${JSON.stringify(text)} is not true or false`);
}

/** A property that must be an object, or nothing. */
export function recordOf(ctx: ImportContext, value: unknown, path: string): Raw | undefined {
  if (value === undefined) return undefined;
  return isRecord(value) && !intrinsicName(value) ? value : ctx.fail(path, 'must be an object');
}

/**
 * Grants `principal` the right to invoke the function from `sourceArn`, as the permission SAM adds
 * for a push event (its logical id is `<function id><event name>Permission`) or the template's own.
 */
export function grantInvoke(ctx: ImportContext, functionName: string, sid: string, principal: string, sourceArn?: string, sourceAccount?: string): void {
  const statement = permissionStatement(
    // Lambda takes letters, digits, - and _ in a statement id; an event name may hold more (as `a:b`).
    { FunctionName: functionName, StatementId: sid.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 100) || 'Permission', Action: 'lambda:InvokeFunction', Principal: principal, ...(sourceArn ? { SourceArn: sourceArn } : {}), ...(sourceAccount ? { SourceAccount: sourceAccount } : {}) },
    functionArn(functionName),
  );
  const list = ctx.permissions.get(functionName) ?? [];
  if (!list.some((s) => s.Sid === statement.Sid)) ctx.permissions.set(functionName, [...list, statement]);
}
