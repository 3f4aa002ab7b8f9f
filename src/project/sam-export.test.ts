import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportSamTemplate } from './sam-export';
import { importSamTemplate } from './sam-import';
import { fullProject, sampleFunction, smallProject } from './test-samples';
import type { ProjectDoc } from './types';

const EXPECTED = new URL('../../test-fixtures/project/expected-template.yaml', import.meta.url);

describe('SAM export', () => {
  it('writes the reviewed template for a project with every part', () => {
    // test-fixtures/project/expected-template.yaml was checked by hand against the SAM specification.
    expect(exportSamTemplate(fullProject()).yaml).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('reports what SAM cannot express', () => {
    const messages = exportSamTemplate(fullProject()).report.map((r) => `${r.path}: ${r.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^functions\[0\] \(hello\)\.aliases: exported as AutoPublishAlias live/),
      expect.stringMatching(/^functions\[0\] \(hello\)\.versions: 1 published version/),
      expect.stringMatching(/^functions\[1\] \(thumbnail\): built with esbuild .* Handler becomes app\.handler/),
      expect.stringMatching(/^apis\[1\] \(admin\)\.apiKeys: SAM creates one API key \(AdminApiApiKey\).*\(partner\)/),
      expect.stringMatching(/^buckets\[0\] \(photos\): created as photos-<account id>/),
    ]));
  });

  it('bundles .js files written as ES modules, copies CommonJS and .mjs, and keeps a package.json of the code', () => {
    const esmJs = sampleFunction({ name: 'esm-js', files: { 'index.js': "import { x } from './x.js';\nexport const handler = async () => x;\n", 'x.js': 'export const x = 1;\n' } });
    const moduleType = sampleFunction({ name: 'typed', files: { 'index.js': 'export const handler = async () => 1;\n', 'package.json': '{ "type": "module" }' } });
    const tsWithPkg = sampleFunction({ name: 'ts-pkg', handler: 'app.handler', files: { 'app.ts': 'export const handler = async () => 1;\n', 'package.json': '{ "name": "mine" }' } });
    const doc: ProjectDoc = { ...smallProject(), functions: [sampleFunction(), esmJs, moduleType, tsWithPkg] };
    const { template } = exportSamTemplate(doc);
    const resources = template.Resources as Record<string, { Metadata?: { BuildProperties: Record<string, unknown> }; Properties: Record<string, unknown> }>;
    expect(resources.HelloFunction!.Metadata).toBeUndefined();
    expect(resources.EsmJsFunction!.Metadata!.BuildProperties).toEqual({ Format: 'cjs', Target: 'node22', Sourcemap: true, Minify: false, EntryPoints: ['index.js'] });
    expect(resources.TypedFunction!.Metadata).toBeUndefined();
    expect(resources.TsPkgFunction!.Properties.Handler).toBe('app.handler');
  });

  it('reports routes, authorizers and notifications it cannot carry, and extra stages and aliases', () => {
    const doc = fullProject();
    doc.apis[0]!.routes.push({ routeKey: 'GET /gone', target: { functionName: 'missing' } }, { routeKey: 'GET /v', target: { functionName: 'hello', qualifier: '1' } });
    doc.apis[1]!.stages.push({ name: 'dev', variables: {} });
    doc.functions[0]!.aliases!.push({ name: 'beta', functionVersion: '1', description: '', additionalVersionWeights: {} });
    doc.buckets![0]!.notifications!.push({ events: [] }, { id: 'to-missing', events: ['s3:ObjectRemoved:*'], target: { functionName: 'missing' } });
    const report = exportSamTemplate(doc).report.map((r) => `${r.path}: ${r.message}`);
    expect(report).toEqual(expect.arrayContaining([
      'apis[0] (shop).routes[3] (GET /gone): not exported: it targets function missing, which is not in the project',
      'apis[0] (shop).routes[4] (GET /v): targets hello:1; on AWS it invokes alias live, the one SAM publishes',
      'apis[1] (admin).stages (dev): not exported: SAM deploys one stage per API',
      'functions[0] (hello).aliases (beta): not exported: SAM supports one auto-published alias per function',
      'buckets[0] (photos).notifications[1]: not exported: it needs events and a target function',
      'buckets[0] (photos).notifications[2] (to-missing): not exported: it targets function missing, which is not in the project',
    ]));
  });

  it('writes payload format 1.0 on each HttpApi event, and a named HTTP stage', () => {
    const doc = fullProject();
    doc.apis[0]!.payloadFormat = '1.0';
    doc.apis[0]!.stages = [{ name: 'beta', variables: {} }];
    const { yaml } = exportSamTemplate(doc);
    expect(yaml.match(/PayloadFormatVersion: '1.0'/g)).toHaveLength(3);
    expect(yaml).toContain('      Name: shop\n      StageName: beta\n');
    expect(yaml).toContain("!Sub 'https://${ShopHttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/beta/'");
  });

  it("reads S3's own notification configuration shape as well", () => {
    const doc = fullProject();
    doc.buckets = [{
      name: 'photos',
      notificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'thumbs', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:thumbnail', Events: ['s3:ObjectCreated:Put'], Filter: { Key: { FilterRules: [{ Name: 'Prefix', Value: 'in/' }] } } }] },
    }];
    const { yaml } = exportSamTemplate(doc);
    expect(yaml).toContain('PhotosThumbs:\n          Type: S3\n          Properties:\n            Bucket: !Ref PhotosBucket\n            Events:\n              - s3:ObjectCreated:Put\n            Filter:\n              S3Key:\n                Rules:\n                  - Name: prefix\n                    Value: in/');
  });
});

describe('SAM export of a dead-letter queue', () => {
  const withDeadLetters = (): ProjectDoc => ({
    ...smallProject(),
    functions: [
      sampleFunction({ name: 'orders', deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq' }),
      sampleFunction({ name: 'alerts', deadLetterTargetArn: 'arn:aws:sns:eu-west-1:111122223333:ops' }),
      sampleFunction({ name: 'plain' }),
    ],
  });

  it("writes SAM's DeadLetterQueue, naming the deploying account's queue through pseudo parameters", () => {
    const { yaml, template } = exportSamTemplate(withDeadLetters());
    expect(yaml).toContain("      DeadLetterQueue:\n        Type: SQS\n        TargetArn: !Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders-dlq'\n");
    // Another account's topic is written as it is.
    expect(yaml).toContain('      DeadLetterQueue:\n        Type: SNS\n        TargetArn: arn:aws:sns:eu-west-1:111122223333:ops\n');
    const resources = template.Resources as Record<string, { Properties: Record<string, unknown> }>;
    expect(resources.PlainFunction!.Properties).not.toHaveProperty('DeadLetterQueue');
  });

  it('comes back as the same target when the template is imported', () => {
    const result = importSamTemplate({ template: exportSamTemplate(withDeadLetters()).yaml, files: {} });
    if (!result.ok) throw new Error(result.message);
    expect(Object.fromEntries(result.doc.functions.map((f) => [f.name, f.deadLetterTargetArn]))).toEqual({
      orders: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq',
      alerts: 'arn:aws:sns:eu-west-1:111122223333:ops',
      plain: undefined,
    });
  });
});
