// Imports an AWS SAM template (with its app's files, or alone) into a project: the subset the
// export writes (functions, HTTP and REST APIs, function URLs, buckets and S3 triggers, DynamoDB
// tables and stream triggers, SQS queues, SNS topics and subscriptions, EventBridge rules, queue
// triggers, destinations and dead-letter queues) plus SAM's implicit APIs, SimpleTables and
// Globals.Function, with a report of everything else. A template AWS would refuse to deploy (a
// reference to no queue, an invalid schedule, pattern or filter policy) imports nothing.
import { functionArn } from '../engine/ids';
import { Rules } from '../engine/services/eventbridge/rules';
import { FUNCTION_RULES } from './limits';
import { importApiResource, importFunctionUrl } from './sam-import-apis';
import { ImportContext, isRecord, SamImportError, type Raw } from './sam-import-context';
import { importEvents } from './sam-import-events';
import { FUNCTION_PROPERTIES, importFunction, withGlobals } from './sam-import-function';
import { importQueues, importSubscription, importTopics, nameMessagingResources, noteQueuePolicy } from './sam-import-messaging';
import { importEventInvokeConfig, importPermission, permissionDefs } from './sam-import-messaging-functions';
import { importRuleResource } from './sam-import-messaging-rules';
import { importTable, tableName } from './sam-import-tables';
import { kebabCase, SAM_TRANSFORM, type ReportItem } from './sam-shared';
import { parseTemplate } from './sam-yaml';
import { validateProject } from './validate';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc, type ProjectEvent } from './types';

export interface SamImportInput {
  /** template.yaml (or .json) text. */
  template: string;
  /** The app's other files by path from the template's folder; leave out to import the template alone. */
  files?: Map<string, string> | Record<string, string>;
  /** Creation time for the APIs (epoch ms); now by default. */
  now?: number;
}

export type SamImportResult = { ok: true; doc: ProjectDoc; report: ReportItem[] } | { ok: false; message: string };

type Kind = 'function' | 'http' | 'rest' | 'bucket' | 'table' | 'queue' | 'topic' | 'subscription' | 'rule' | 'permission' | 'queue-policy';
const KINDS: Record<string, Kind> = {
  'AWS::Serverless::Function': 'function', 'AWS::Serverless::HttpApi': 'http', 'AWS::Serverless::Api': 'rest', 'AWS::S3::Bucket': 'bucket',
  'AWS::DynamoDB::Table': 'table', 'AWS::Serverless::SimpleTable': 'table', 'AWS::SQS::Queue': 'queue', 'AWS::SNS::Topic': 'topic',
  'AWS::SNS::Subscription': 'subscription', 'AWS::Events::Rule': 'rule', 'AWS::Lambda::Permission': 'permission', 'AWS::SQS::QueuePolicy': 'queue-policy',
};
const MESSAGING_KINDS: Kind[] = ['queue', 'topic', 'subscription', 'rule', 'permission', 'queue-policy'];

function unique(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = `${name}-${n}`;
  taken.add(out);
  return out;
}

/**
 * What `Ref` of each resource means in the project: names for functions, buckets, tables and rules,
 * ids for APIs, URLs of queues and ARNs of topics; and what `!GetAtt` of their attributes means.
 */
function nameResources(ctx: ImportContext, resources: [string, Raw, Kind][]): void {
  nameMessagingResources(ctx, resources.filter(([, , kind]) => MESSAGING_KINDS.includes(kind)).map(([id, resource]) => [id, resource]));
  const functionNames = new Set<string>();
  const bucketNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const [id, resource, kind] of resources) {
    const props = isRecord(resource.Properties) ? resource.Properties : {};
    if (kind === 'function') {
      const given = typeof props.FunctionName === 'string' && FUNCTION_RULES.name.test(props.FunctionName) ? props.FunctionName : undefined;
      const derived = kebabCase(id.replace(/Function$/, '')) || id;
      const name = unique((given ?? (FUNCTION_RULES.name.test(derived) ? derived : id)).slice(0, 64), functionNames);
      ctx.resolver.refs.set(id, name);
      ctx.resolver.attributes.set(`${id}.Arn`, functionArn(name));
    } else if (kind === 'bucket') {
      // The export writes `!Sub <name>-${AWS::AccountId}`: the name is what comes before the account id.
      const sub = isRecord(props.BucketName) ? props.BucketName['Fn::Sub'] : undefined;
      const exported = typeof sub === 'string' ? /^([a-z0-9.-]+)-\$\{AWS::AccountId\}$/.exec(sub)?.[1] : undefined;
      const given = exported ?? (typeof props.BucketName === 'string' ? props.BucketName : undefined);
      ctx.resolver.refs.set(id, unique((given ?? kebabCase(id.replace(/Bucket$/, ''))).toLowerCase(), bucketNames));
    } else if (kind === 'table') {
      // DynamoDB table names are per account and region, so the export keeps them: use the TableName as it is.
      ctx.resolver.refs.set(id, unique(tableName(ctx, id, props), tableNames));
    } else if (kind === 'http' || kind === 'rest') ctx.resolver.refs.set(id, ctx.apiId(id));
  }
}

function checkTopLevel(ctx: ImportContext, template: Raw): void {
  const transforms = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
  if (!transforms.includes(SAM_TRANSFORM)) ctx.note('Transform', 'notSamTransform', { transform: SAM_TRANSFORM });
  for (const section of ['Conditions', 'Mappings', 'Rules']) {
    if (template[section] !== undefined) ctx.note(section, 'sectionIgnored', {});
  }
  if (isRecord(template.Globals)) {
    for (const key of Object.keys(template.Globals)) if (key !== 'Function') ctx.note(`Globals.${key}`, 'globalsIgnored', {});
    if (isRecord(template.Globals.Function)) ctx.unsupported(template.Globals.Function, FUNCTION_PROPERTIES, 'Globals.Function');
  }
}

/** Test events from `events/<function>/<name>.json`, or `events/<name>.json` when there is one function. */
function testEvents(ctx: ImportContext, names: string[]): Map<string, ProjectEvent[]> {
  const out = new Map<string, ProjectEvent[]>(names.map((n) => [n, []]));
  for (const [path, text] of ctx.files ?? []) {
    const match = /^events\/(?:([^/]+)\/)?([^/]+)\.json$/.exec(path);
    const owner = match && (match[1] ?? (names.length === 1 ? names[0] : undefined));
    const list = owner ? out.get(owner) : undefined;
    if (!match || !list) continue;
    const name = match[2]!.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 25);
    if (list.length < 100 && !list.some((e) => e.name === name)) list.push({ name, json: text });
  }
  return out;
}

export function importSamTemplate(input: SamImportInput): SamImportResult {
  const parsed = parseTemplate(input.template);
  if (!parsed.ok) return parsed;
  const template = parsed.value;
  if (!isRecord(template) || !isRecord(template.Resources)) return { ok: false, message: 'This template has no Resources section, so there is nothing to import.' };
  const name = typeof template.Description === 'string' && template.Description.trim() ? template.Description.trim().slice(0, 128) : 'Imported SAM app';
  const files = input.files === undefined ? undefined : input.files instanceof Map ? input.files : new Map(Object.entries(input.files));
  const ctx = new ImportContext(template, files, name, input.now ?? Date.now());
  for (const tag of parsed.unknownTags) ctx.note('template', 'unknownTag', { tag });
  checkTopLevel(ctx, template);
  try {
    return importResources(ctx, template as Raw & { Resources: Raw }, files);
  } catch (error) {
    if (!(error instanceof SamImportError)) throw error;
    return { ok: false, message: `The template was not imported: ${error.path}: ${error.message}` };
  }
}

const byName = <T>(list: T[], name: (item: T) => string) => [...list].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));

function importResources(ctx: ImportContext, template: Raw & { Resources: Raw }, files: Map<string, string> | undefined): SamImportResult {
  const resources: [string, Raw, Kind][] = [];
  for (const [id, resource] of Object.entries(template.Resources)) {
    const kind = isRecord(resource) ? KINDS[String(resource.Type)] : undefined;
    if (!kind) ctx.note(`Resources.${id}`, 'typeNotSupported', { type: isRecord(resource) ? String(resource.Type) : '?' });
    else resources.push([id, resource as Raw, kind]);
  }
  nameResources(ctx, resources);
  const globals = isRecord(template.Globals) && isRecord(template.Globals.Function) ? template.Globals.Function : {};
  // Functions first (authorizers name them), then APIs, buckets, tables, queues and topics, then the
  // events that join them, then the subscriptions, rules and permissions that name both.
  for (const [id, resource, kind] of resources) {
    if (kind !== 'function') continue;
    const fn = importFunction(ctx, id, resource, ctx.resolver.refs.get(id)!, globals);
    if (fn) ctx.functions.set(id, fn);
  }
  const ofKind = (wanted: Kind) => resources.filter(([, , kind]) => kind === wanted).map(([id, resource]): [string, Raw] => [id, resource]);
  importQueues(ctx, ofKind('queue'));
  importTopics(ctx, ofKind('topic'));
  for (const [id, resource, kind] of resources) {
    if (kind === 'http' || kind === 'rest') importApiResource(ctx, id, resource, kind === 'http');
    if (kind === 'table') importTable(ctx, id, resource);
    if (kind !== 'bucket') continue;
    const props = isRecord(resource.Properties) ? resource.Properties : {};
    ctx.unsupported(props, ['BucketName'], `Resources.${id}.Properties`);
    ctx.buckets.set(id, { name: ctx.resolver.refs.get(id)!, notifications: [] });
  }
  for (const [id, fn] of ctx.functions) {
    const props = (template.Resources[id] as Raw).Properties as Raw | undefined;
    const withGlobalUrl = props?.FunctionUrlConfig ?? globals.FunctionUrlConfig;
    importEvents(ctx, fn.name, props?.Events, `Resources.${id}.Properties.Events`, id);
    importFunctionUrl(ctx, id, fn.name, withGlobalUrl, `Resources.${id}.Properties.FunctionUrlConfig`);
    const settings = withGlobals(globals, props ?? {});
    importEventInvokeConfig(ctx, id, fn.name, settings.EventInvokeConfig, Boolean(fn.aliases?.length), `Resources.${id}.Properties.EventInvokeConfig`);
  }
  for (const [id, resource] of ofKind('subscription')) importSubscription(ctx, id, resource);
  for (const [id, resource] of ofKind('rule')) importRuleResource(ctx, id, resource);
  for (const [id, resource] of ofKind('permission')) importPermission(ctx, id, resource);
  for (const [id] of ofKind('queue-policy')) noteQueuePolicy(ctx, id);
  const events = testEvents(ctx, [...ctx.functions.values()].map((f) => f.name));
  const functions = [...ctx.functions.values()].map((fn) => ({ ...fn, testEvents: events.get(fn.name) ?? [] }));
  const site = Object.fromEntries([...(files ?? [])].filter(([p]) => p.startsWith('site/')).map(([p, t]) => [p.slice(5), t]));
  const doc = {
    format: PROJECT_FORMAT, version: PROJECT_VERSION, name: ctx.projectName,
    ...(functions[0] ? { selected: functions[0].name } : {}),
    functions, apis: [...ctx.apis.values(), ...ctx.urls], savedRequests: {}, site: { files: site },
    ...(ctx.buckets.size ? { buckets: [...ctx.buckets.values()] } : {}),
    ...(ctx.tables.size ? { tables: [...ctx.tables.values()] } : {}),
    ...(ctx.eventSourceMappings.length ? { eventSourceMappings: ctx.eventSourceMappings } : {}),
    // In name order, as SQS, SNS and EventBridge list them.
    ...(ctx.queues.size ? { queues: byName([...ctx.queues.values()], (q) => q.name) } : {}),
    ...(ctx.topics.list().length ? { topics: ctx.topics.list().map((t) => t.def) } : {}),
    ...(ctx.rules.all().length ? { rules: ctx.rules.all().map(Rules.toDef) } : {}),
    ...(ctx.eventInvokeConfigs.length ? { eventInvokeConfigs: ctx.eventInvokeConfigs } : {}),
    ...(ctx.permissions.size ? { permissions: permissionDefs(ctx) } : {}),
  };
  const checked = validateProject(doc);
  if (!checked.ok) return { ok: false, message: `The imported template gives a project with a problem: ${checked.message}.` };
  return { ok: true, doc: checked.doc, report: ctx.report };
}
