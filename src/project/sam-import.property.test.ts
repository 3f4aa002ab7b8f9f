// The SAM importer over any YAML: random text, random documents shaped like templates, and valid
// templates with random changes. Every input gives a project or a message that says where the
// problem is; none makes the importer throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { runs } from '../engine/testing/property-runs';
import { exportSamTemplate } from './sam-export';
import { importSamTemplate, type SamImportResult } from './sam-import';
import { messagingProject } from './sam-messaging-samples';
import { tablesProject } from './sam-tables-samples';
import { fullProject } from './test-samples';

const fixture = (name: string) => readFileSync(new URL(`../../test-fixtures/project/${name}`, import.meta.url), 'utf8');
const SEEDS = [
  fixture('expected-template.yaml'),
  fixture('sam-init-template.yaml'),
  exportSamTemplate(messagingProject()).yaml,
  exportSamTemplate(tablesProject()).yaml,
  exportSamTemplate(fullProject()).yaml,
];
/** The short-form tags as the intrinsic objects they stand for, so a seed can be changed as data. */
const tagsAsObjects = ['Ref', 'GetAtt', 'Sub', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'GetAZs', 'Base64', 'Equals', 'Not', 'And', 'Or', 'Condition']
  .flatMap((name) => ([undefined, 'seq', 'map'] as const).map((collection) => ({
    tag: `!${name}`, ...(collection ? { collection } : {}),
    resolve: (value: unknown) => ({ [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: typeof value === 'string' ? value : (value as { toJSON(): unknown }).toJSON() }),
  }))) as never;
const SEED_DATA = SEEDS.map((text) => parseDocument(text, { customTags: tagsAsObjects }).toJS() as unknown);
if (!JSON.stringify(SEED_DATA).includes('{"Ref":"ShopHttpApi"}')) throw new Error('the seeds lost their intrinsics');

/** What a message must name: a line and column, a path in the template or project, or the section that is missing. */
const SAYS_WHERE = [
  /^The template is not valid YAML at line \d+, column \d+: ./,
  /^The template was not imported: (Resources|Globals|Parameters|Conditions|Outputs|Mappings|Transform|AWSTemplateFormatVersion)\b.*: ./,
  /^The imported template gives a project with a problem: .+: ./,
  /^This template has no Resources section, so there is nothing to import\.$/,
];

function check(template: string) {
  let result: SamImportResult;
  try {
    result = importSamTemplate({ template, now: 1_780_000_000_000 });
  } catch (error) {
    throw new Error(`importSamTemplate threw ${String(error)} for:\n${template.slice(0, 2000)}`);
  }
  if (result.ok) {
    expect(result.doc.format).toBe('serverless-playground/project');
    for (const item of result.report) expect(typeof item.path === 'string' && typeof item.message === 'string').toBe(true);
    return;
  }
  if (!SAYS_WHERE.some((pattern) => pattern.test(result.message))) throw new Error(`a message that does not say where: ${result.message}\nfor:\n${template.slice(0, 2000)}`);
}

const TYPES = [
  'AWS::Serverless::Function', 'AWS::Serverless::HttpApi', 'AWS::Serverless::Api', 'AWS::S3::Bucket', 'AWS::DynamoDB::Table',
  'AWS::Serverless::SimpleTable', 'AWS::SQS::Queue', 'AWS::SNS::Topic', 'AWS::SNS::Subscription', 'AWS::Events::Rule',
  'AWS::Lambda::Permission', 'AWS::SQS::QueuePolicy', 'AWS::IAM::Role', 'Custom::Thing',
];
const KEYS = [
  'Type', 'Properties', 'Events', 'Handler', 'Runtime', 'CodeUri', 'InlineCode', 'Timeout', 'MemorySize', 'Environment', 'Variables',
  'Path', 'Method', 'ApiId', 'RestApiId', 'Bucket', 'Queue', 'Topic', 'Stream', 'Schedule', 'Pattern', 'BatchSize', 'Auth',
  'AutoPublishAlias', 'FunctionUrlConfig', 'DeadLetterQueue', 'EventInvokeConfig', 'Policies', 'TableName', 'KeySchema',
  'AttributeDefinitions', 'PrimaryKey', 'Endpoint', 'Protocol', 'TopicArn', 'Targets', 'ScheduleExpression', 'EventPattern', 'Arn',
  'FunctionName', 'Principal', 'SourceArn', 'Action', 'Name', 'Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If',
];
/** Values of every type, intrinsic functions among them, nested a little. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 3, 1e400, 900, 10241, '', 'nodejs22.x', 'index.handler', 'rate(5 minutes)', 'cron(0 12 * * ? *)', '/items/{id}', 'get', '*', '$default', 'arn:aws:sqs:us-east-1:123456789012:q'),
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.constantFrom(...TYPES),
    fc.record({ Ref: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('HelloFunction', 'AWS::Region', 'AWS::NoValue', 'Orders')) }),
    fc.record({ 'Fn::GetAtt': fc.oneof(fc.string({ maxLength: 8 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })) }),
    fc.record({ 'Fn::Sub': fc.oneof(fc.string({ maxLength: 20 }), tie('v')) }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** A document shaped like a template: resources of known and unknown types with random properties. */
const templateLike = fc.record(
  {
    AWSTemplateFormatVersion: fc.constantFrom('2010-09-09', 2010, ''),
    Transform: fc.oneof(fc.constant('AWS::Serverless-2016-10-31'), value),
    Globals: fc.oneof(fc.record({ Function: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 4 }) }), value),
    Description: value,
    Parameters: value,
    Resources: fc.oneof(
      { weight: 4, arbitrary: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.record({ Type: fc.oneof(fc.constantFrom(...TYPES), value), Properties: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }) }, { requiredKeys: [] }), { maxKeys: 4 }) },
      { weight: 1, arbitrary: value },
    ),
  },
  { requiredKeys: [] },
);

type Path = Array<string | number>;
function paths(node: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(node)) node.forEach((item, i) => paths(item, [...at, i], out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) paths(v, [...at, k], out);
  return out;
}
/** A seed template with one node replaced, removed, or given a sibling. */
const mutatedSeed = fc.record({ seed: fc.nat(), pick: fc.nat(), kind: fc.constantFrom('replace', 'remove', 'add'), key: fc.constantFrom(...KEYS), with: value }).map(({ seed, pick, kind, key, with: replacement }) => {
  const doc = structuredClone(SEED_DATA[seed % SEED_DATA.length]) as Record<string, unknown>;
  const all = paths(doc).filter((p) => p.length > 0);
  const path = all[pick % all.length]!;
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], doc) as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (kind === 'replace') parent[last] = replacement;
  else if (kind === 'remove') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
  else if (!Array.isArray(parent)) parent[key] = replacement;
  return stringify(doc);
});
/** A seed template with its text changed: a line dropped, doubled, re-indented, or characters put in. */
const mutatedText = fc.record({ seed: fc.nat(), line: fc.nat(), kind: fc.constantFrom('drop', 'double', 'indent', 'outdent', 'insert'), text: fc.constantFrom(':', '- ', '!Ref ', '"', "'", '{', '[', '&a ', '*a', '#', '\t', ' ', '!GetAtt x.y', '<<: *a') }).map(({ seed, line, kind, text }) => {
  const lines = SEEDS[seed % SEEDS.length]!.split('\n');
  const at = line % lines.length;
  if (kind === 'drop') lines.splice(at, 1);
  else if (kind === 'double') lines.splice(at, 0, lines[at]!);
  else if (kind === 'indent') lines[at] = `  ${lines[at]}`;
  else if (kind === 'outdent') lines[at] = lines[at]!.replace(/^ {1,2}/, '');
  else lines[at] = `${lines[at]!.slice(0, line % (lines[at]!.length + 1))}${text}${lines[at]!.slice(line % (lines[at]!.length + 1))}`;
  return lines.join('\n');
});

describe('SAM import over any YAML (properties)', () => {
  it('imports the seed templates as they are', () => {
    for (const seed of SEEDS) expect(importSamTemplate({ template: seed }).ok).toBe(true);
  });

  it('never throws on random text, and says where it breaks', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.stringMatching(/^[\w\s:\-[\]{}!&*#|>'",.]{0,200}$/)), check), runs(300));
  });

  it('never throws on documents shaped like templates, and says where it fails', () => {
    fc.assert(fc.property(templateLike, (doc) => check(stringify(doc))), runs(200));
  });

  it('never throws on valid templates with one node changed, and says where it fails', () => {
    fc.assert(fc.property(mutatedSeed, check), runs(150));
  });

  it('never throws on valid templates with their text changed, and says where it fails', () => {
    fc.assert(fc.property(mutatedText, check), runs(150));
  });
});
