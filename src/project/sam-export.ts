// Exports a project as an AWS SAM template: one AWS::Serverless::Function per function, its APIs,
// function URLs, S3 triggers, DynamoDB stream and SQS mappings, SNS subscriptions and EventBridge
// rules as events, its buckets, tables, queues and topics, and a report of what SAM cannot express.
//
// TypeScript (and ES modules in .js files) is built with esbuild through the function's
// `Metadata: { BuildMethod: esbuild, BuildProperties }`, the way `sam build` supports it: the
// playground bundles every function with esbuild too, so the code runs the same. BuildProperties:
// Format cjs (what the playground runs), Target from the runtime (node22, …), Sourcemap on (stack
// traces point at the TypeScript) and Minify off (the deployed code stays readable, as here).
import { exportApis } from './sam-export-apis';
import { exportBuckets } from './sam-export-buckets';
import { ExportContext } from './sam-export-context';
import { exportMessaging } from './sam-export-messaging';
import { exportTables } from './sam-export-tables';
import { ACCOUNT_ID, REGION } from '../engine/ids';
import { codeBuildOf, esbuildTarget, SAM_TRANSFORM, Sub, TEMPLATE_FORMAT_VERSION, type CodeBuild, type ReportItem } from './sam-shared';
import { stringifyTemplate } from './sam-yaml';
import type { ProjectDoc, ProjectFunction } from './types';

export interface SamTemplateExport {
  /** template.yaml's text. */
  yaml: string;
  /** The same template as data (intrinsics as Ref/GetAtt/Sub objects). */
  template: Record<string, unknown>;
  /** How each function is built, by name: where its code goes in the zip depends on it. */
  builds: Map<string, CodeBuild>;
  /** Each function's logical id, by name (what `sam local invoke` takes). */
  functionIds: Map<string, string>;
  report: ReportItem[];
}

/**
 * SAM's DeadLetterQueue for DeadLetterConfig: Type SQS or SNS (SAM then grants the role
 * sqs:SendMessage or sns:Publish). An ARN of the playground's own account and region is written with
 * the pseudo parameters, so it names the queue or topic of the account the stack is deployed to.
 */
export function deadLetterQueueOf(arn: string): { Type: 'SQS' | 'SNS'; TargetArn: string | Sub } {
  const match = /^arn:(aws[a-zA-Z-]*)?:(sqs|sns):([^:]*):([^:]*):(.+)$/.exec(arn);
  const Type = match?.[2] === 'sns' ? 'SNS' : 'SQS';
  const local = match && match[3] === REGION && match[4] === ACCOUNT_ID && !match[5]!.includes('$');
  return { Type, TargetArn: local ? new Sub(`arn:\${AWS::Partition}:${match[2]}:\${AWS::Region}:\${AWS::AccountId}:${match[5]}`) : arn };
}

function exportFunction(ctx: ExportContext, fn: ProjectFunction, index: number): CodeBuild {
  const where = `functions[${index}] (${fn.name})`;
  const id = ctx.ids.take(fn.name, 'Function');
  ctx.functionIds.set(fn.name, id);
  const build = codeBuildOf(fn.files, fn.handler);
  const props: Record<string, unknown> = {};
  if (fn.description) props.Description = fn.description;
  props.CodeUri = `functions/${fn.name}/`;
  props.Handler = build.kind === 'esbuild' ? build.handler : fn.handler;
  props.Runtime = fn.runtime;
  props.MemorySize = fn.memorySize;
  props.Timeout = fn.timeout;
  if (fn.ephemeralStorageMB !== undefined) props.EphemeralStorage = { Size: fn.ephemeralStorageMB };
  if (fn.reservedConcurrency !== undefined) props.ReservedConcurrentExecutions = fn.reservedConcurrency;
  if (Object.keys(fn.environment).length > 0) props.Environment = { Variables: { ...fn.environment } };
  if (fn.deadLetterTargetArn) props.DeadLetterQueue = deadLetterQueueOf(fn.deadLetterTargetArn);

  const [first, ...others] = fn.aliases ?? [];
  if (first) {
    props.AutoPublishAlias = first.name;
    ctx.autoAlias.set(fn.name, first.name);
    ctx.note(`${where}.aliases`, `exported as AutoPublishAlias ${first.name}: SAM publishes a new version on every deploy that changes the code and points this one alias at it, and every event of the function goes through it`);
    if (first.additionalVersionWeights) ctx.note(`${where}.aliases[0] (${first.name})`, 'its weighted routing is not exported (SAM shifts traffic with DeploymentPreference instead)');
    for (const other of others) ctx.note(`${where}.aliases (${other.name})`, 'not exported: SAM supports one auto-published alias per function');
  }
  if (fn.versions?.length) ctx.note(`${where}.versions`, `${fn.versions.length} published version(s) not exported: versions are snapshots of this playground; SAM publishes its own`);
  if (fn.draft) ctx.note(`${where}.draft`, 'edits not yet deployed are not exported; the deployed code is');

  ctx.resources[id] = { Type: 'AWS::Serverless::Function', Properties: props };
  if (build.kind === 'esbuild') {
    ctx.resources[id].Metadata = {
      BuildMethod: 'esbuild',
      BuildProperties: { Format: 'cjs', Target: esbuildTarget(fn.runtime), Sourcemap: true, Minify: false, EntryPoints: [build.entry] },
    };
    const moved = props.Handler !== fn.handler ? ` Handler becomes ${String(props.Handler)} because esbuild writes the bundle at the top of the build folder.` : '';
    ctx.note(where, `built with esbuild by sam build because ${build.reason}.${moved}`);
  }
  return build;
}

/** Puts each function's Events last, where SAM templates keep them. */
function eventsLast(ctx: ExportContext): void {
  for (const id of ctx.functionIds.values()) {
    const props = ctx.resources[id]!.Properties;
    if (!props.Events) continue;
    const { Events, ...rest } = props;
    ctx.resources[id]!.Properties = { ...rest, Events };
  }
}

export function exportSamTemplate(doc: ProjectDoc): SamTemplateExport {
  const ctx = new ExportContext(doc);
  const builds = new Map(doc.functions.map((fn, i) => [fn.name, exportFunction(ctx, fn, i)]));
  exportApis(ctx);
  exportBuckets(ctx);
  exportTables(ctx);
  exportMessaging(ctx);
  eventsLast(ctx);
  if (doc.roles?.length || doc.permissions?.length) {
    ctx.note('roles', 'execution roles and permissions are not exported: each function gets the role SAM creates (CloudWatch Logs only), and the permissions its events need; add Policies for the AWS calls your code makes');
  }
  if (doc.functions.length > 1) {
    ctx.note('functions', 'on AWS each function gets a name CloudFormation makes up (stack-HelloFunction-…); code that calls another function by name should read it from an environment variable');
  }
  if (Object.keys(doc.site.files).length > 0) ctx.note('site', 'the site is included in the zip under site/ but not deployed; host it on S3 or Amplify Hosting');
  const template: Record<string, unknown> = {
    AWSTemplateFormatVersion: TEMPLATE_FORMAT_VERSION,
    Transform: SAM_TRANSFORM,
    Description: doc.name,
    Resources: ctx.resources,
  };
  if (Object.keys(ctx.outputs).length > 0) template.Outputs = ctx.outputs;
  const yaml = stringifyTemplate(template, ' Exported from Serverless Playground. Build and deploy with:\n   sam build && sam deploy --guided');
  return { yaml, template, builds, functionIds: ctx.functionIds, report: ctx.report };
}
