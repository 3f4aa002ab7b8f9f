import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportSamZip } from './sam-export-zip';
import { importSamTemplate } from './sam-import';
import { importSamZip } from './sam-import-zip';
import { fullProject } from './test-samples';
import { ApiRegistry } from '../engine/services/apigateway/api-registry';
import type { ApiDef } from '../engine/services/apigateway/definitions';
import type { ProjectFunction } from './types';

const NOW = 1_760_000_000_000;
const SAM_INIT_TEMPLATE = readFileSync(new URL('../../test-fixtures/project/sam-init-template.yaml', import.meta.url), 'utf8');

/** The settings SAM carries: everything but history, editor state and what only the playground keeps. */
const settings = ({ versions: _v, aliases: _a, draft: _d, activeFile: _f, selectedEvent: _e, ...rest }: ProjectFunction) => rest;
/** Routes with the authorizer named rather than by id (ids are made up on import). */
const routesOf = (api: ApiDef) => api.routes.map(({ authorizerId, ...r }) => ({ ...r, authorizer: api.authorizers.find((a) => a.id === authorizerId)?.name }));
const shape = (api: ApiDef) => ({ name: api.name, kind: api.kind, payloadFormat: api.payloadFormat, stages: api.stages, cors: api.cors, binaryMediaTypes: api.binaryMediaTypes, routes: routesOf(api) });

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

describe('SAM import', () => {
  it('imports its own export back: same functions, routes, settings and triggers', () => {
    const original = fullProject();
    const result = importSamZip(exportSamZip(original).zip, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { doc } = result;
    expect(doc.name).toBe('Photo shop');
    expect(doc.functions.map(settings)).toEqual(original.functions.map(settings));
    expect(doc.functions[0]!.aliases).toEqual([{ name: 'live', functionVersion: '$LATEST', description: 'AutoPublishAlias' }]);
    expect(doc.apis.map(shape)).toEqual(original.apis.map(shape));
    expect(doc.apis[0]!.authorizers.map(({ id: _id, ...a }) => a)).toEqual(original.apis[0]!.authorizers.map(({ id: _id, ...a }) => a));
    expect(doc.apis[1]!.apiKeys).toEqual([{ id: expect.any(String), name: 'AdminApiApiKey', value: expect.stringMatching(/^[A-Za-z0-9]{40}$/), enabled: true }]);
    expect(doc.buckets).toEqual(original.buckets);
    // The engine accepts the imported APIs as they are.
    const registry = new ApiRegistry(() => {}, () => NOW);
    for (const api of doc.apis) expect(registry.importApi(api)).toEqual(api);
    expect(doc.site).toEqual(original.site);
    expect(texts(result.report)).toEqual([
      'Resources.HelloFunction.Properties.AutoPublishAlias: alias live points at $LATEST until you publish a version; events invoke $LATEST here, while SAM sends them through the alias',
      "Resources.AdminApi.Properties.Auth.UsagePlan: became one API key, AdminApiApiKey, with a new value (see the API's keys); quotas and throttling are not simulated",
    ]);
  });

  it('imports a sam init style template: implicit API, Globals, parameters, and a report of the rest', () => {
    const files = new Map([
      ['hello-world/app.ts', 'export const lambdaHandler = async () => ({ statusCode: 200, body: "hi" });\n'],
      ['hello-world/package.json', '{ "name": "hello-world" }'],
      ['hello-world/node_modules/x/index.js', 'ignored'],
      ['events/event.json', '{"body": "{}"}'],
    ]);
    const result = importSamTemplate({ template: SAM_INIT_TEMPLATE, files, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [hello, ...others] = result.doc.functions;
    expect(others).toEqual([]);
    expect(hello).toEqual({
      name: 'hello-world', runtime: 'nodejs18.x', handler: 'app.lambdaHandler', memorySize: 256, timeout: 10,
      environment: { STAGE: 'dev', TABLE: 'hello-dev', REGION_NAME: 'us-east-1', TOPIC: 'topic' },
      files: { 'app.ts': files.get('hello-world/app.ts'), 'package.json': '{ "name": "hello-world" }' },
      testEvents: [{ name: 'event', json: '{"body": "{}"}' }],
    });
    // The Schedule event is a rule SAM names after the function and the event; !GetAtt Topic.TopicName is the topic's name.
    expect(result.doc.rules).toEqual([{
      Name: 'HelloWorldFunctionNightly', ScheduleExpression: 'rate(1 day)', State: 'ENABLED',
      Targets: [{ Id: 'HelloWorldFunctionNightlyLambdaTarget', Arn: 'arn:aws:lambda:us-east-1:123456789012:function:hello-world' }],
    }]);
    expect(result.doc.topics).toEqual([{ name: 'topic', attributes: {}, subscriptions: [] }]);
    expect(result.doc.apis).toEqual([expect.objectContaining({
      id: 'serverlessrestapi', name: 'ServerlessRestApi', kind: 'rest', stages: [{ name: 'Prod', variables: {} }],
      routes: [{ routeKey: 'GET /hello', target: { functionName: 'hello-world' } }],
    })]);
    expect(texts(result.report)).toEqual(expect.arrayContaining([
      'Conditions: not supported; ignored (resources are imported whatever their conditions)',
      'Globals.Api: not supported; ignored',
      'Parameters.Stage: used its default value, "dev"',
      'Resources.HelloWorldFunction.Properties.Policies: not supported by the playground; left out',
      'Resources.PythonFunction.Properties.Runtime: runtime python3.12 is not supported: the playground runs Node.js functions; function left out',
      'Resources.Table.Properties: needs KeySchema and AttributeDefinitions; table left out',
    ]));
  });

  it('creates placeholder code for a template alone, in the language esbuild metadata names', () => {
    const template = exportSamZip(fullProject()).files['template.yaml']!;
    const result = importSamTemplate({ template, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const thumbnail = result.doc.functions[1]!;
    expect(thumbnail.handler).toBe('src/app.handler');
    expect(Object.keys(thumbnail.files)).toEqual(['src/app.ts']);
    expect(thumbnail.files['src/app.ts']).toContain('export const handler = async (event: unknown)');
    expect(Object.keys(result.doc.functions[0]!.files)).toEqual(['index.mjs']);
    expect(texts(result.report)).toContain('Resources.ThumbnailFunction.Properties: the template came without code; placeholder code was created');
  });

  it('reads long-form intrinsics and JSON templates the same way', () => {
    const template = JSON.stringify({
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        Api: { Type: 'AWS::Serverless::HttpApi', Properties: { Name: 'json-api' } },
        Fn: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'index.handler', Runtime: 'nodejs22.x', InlineCode: 'exports.handler = async () => 1;', Environment: { Variables: { API: { Ref: 'Api' }, URL: { 'Fn::Sub': 'https://${Api}.example/${!literal}' } } }, Events: { Any: { Type: 'HttpApi', Properties: { ApiId: { Ref: 'Api' } } } } } },
      },
    });
    const result = importSamTemplate({ template, files: {}, now: NOW });
    expect(result.ok && result.doc.functions[0]).toMatchObject({ name: 'fn', environment: { API: 'api', URL: 'https://api.example/${literal}' }, files: { 'index.js': 'exports.handler = async () => 1;' } });
    expect(result.ok && result.doc.apis[0]!.routes).toEqual([{ routeKey: '$default', target: { functionName: 'fn' } }]);
  });

  it('refuses what it cannot read, with the place it broke', () => {
    expect(importSamTemplate({ template: 'Resources:\n  A: [1, 2\n' })).toMatchObject({ ok: false, message: expect.stringMatching(/^The template is not valid YAML at line \d+, column \d+: /) });
    expect(importSamTemplate({ template: 'AWSTemplateFormatVersion: "2010-09-09"\n' })).toEqual({ ok: false, message: 'This template has no Resources section, so there is nothing to import.' });
    const bad = 'Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: index.handler, Runtime: nodejs22.x, Timeout: 5000, InlineCode: x }\n';
    expect(importSamTemplate({ template: bad })).toEqual({ ok: false, message: 'The imported template gives a project with a problem: functions[0] (f).timeout: must be an integer from 1 to 900.' });
  });

});
