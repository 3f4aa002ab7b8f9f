import { beforeAll, describe, expect, it } from 'vitest';
import { createTypeScriptService, handlerTarget, type TypeScriptService } from './service';

let service: TypeScriptService;
beforeAll(async () => {
  service = createTypeScriptService();
  await service.initialize();
});

const labels = async (path: string, source: string, after: string) => {
  const result = await service.getAutocompletion({ path, context: { pos: source.indexOf(after) + after.length, explicit: false } });
  return result?.options.map((option) => option.label) ?? [];
};
const hoverText = (path: string, source: string, word: string, from = 0) => {
  const hover = service.getHover({ path, pos: source.indexOf(word, from) + 1 });
  return hover?.quickInfo?.displayParts?.map((part) => part.text).join('') ?? '';
};

describe('TypeScript service', () => {
  it('sees every file of the function: relative imports resolve, and a wrong call is marked where it is', () => {
    const index = "import { greet } from './lib/greet';\nexport const handler = async () => greet(42);\n";
    service.setFunction({ files: { 'index.ts': index, 'lib/greet.ts': 'export const greet = (name: string) => `hello ${name}`;\n' }, handler: 'index.handler' });
    const lints = service.getLints({ path: 'index.ts' });
    expect(lints).toHaveLength(1);
    expect(lints[0]).toMatchObject({ code: 2345, severity: 'error' });
    expect(index.slice(lints[0]!.from, lints[0]!.to)).toBe('42');
    expect(lints[0]!.message).toContain("Argument of type 'number' is not assignable to parameter of type 'string'");
  });

  it('drops the files a function no longer has', () => {
    const index = "import { greet } from './lib/greet';\nexport const handler = async () => greet('x');\n";
    service.setFunction({ files: { 'index.ts': index, 'lib/greet.ts': 'export const greet = (name: string) => name;\n' } });
    expect(service.getLints({ path: 'index.ts' })).toEqual([]);
    service.setFunction({ files: { 'index.ts': index } });
    expect(service.getLints({ path: 'index.ts' }).map((d) => d.code)).toEqual([2307]);
  });

  it('takes each change of the open file', () => {
    service.setFunction({ files: { 'index.ts': 'export const n = 1;\n' } });
    service.updateFile({ path: 'index.ts', code: "export const n: number = 'x';\n" });
    expect(service.getLints({ path: 'index.ts' }).map((d) => d.code)).toEqual([2322]);
  });

  it('completes the members of an S3 event record and shows the type of context', async () => {
    const source = "import type { S3Event, Context } from 'aws-lambda';\nexport const handler = async (event: S3Event, context: Context) => {\n  event.Records[0].s3.\n};\n";
    service.setFunction({ files: { 'index.ts': source }, handler: 'index.handler' });
    expect(await labels('index.ts', source, 's3.')).toEqual(expect.arrayContaining(['bucket', 'object', 's3SchemaVersion', 'configurationId']));
    expect(hoverText('index.ts', source, 'context', source.indexOf('S3Event,'))).toBe('(parameter) context: Context');
  });

  it("gives an untyped handler's event the trigger's type, with positions in the user's text", async () => {
    const source = "export const handler = async (event, context) => {\n  const n: number = 'x';\n  event.Records[0].s3.\n};\n";
    service.setFunction({ files: { 'index.ts': source }, handler: 'index.handler', eventType: 'S3Event' });
    expect(await labels('index.ts', source, 's3.')).toEqual(expect.arrayContaining(['bucket', 'object']));
    expect(hoverText('index.ts', source, 'event')).toBe('(parameter) event: S3Event');
    expect(hoverText('index.ts', source, 'context')).toBe('(parameter) context: Context');
    const typeError = service.getLints({ path: 'index.ts' }).find((d) => d.code === 2322);
    expect(source.slice(typeError!.from, typeError!.to)).toBe('n');
  });

  it('changes the event type when the triggers change, and leaves other files untyped', async () => {
    const source = 'export const handler = async (event) => event.Records[0].';
    service.setFunction({ files: { 'index.ts': source, 'other.ts': source }, handler: 'index.handler', eventType: 'SQSEvent' });
    expect(await labels('index.ts', source, 'Records[0].')).toEqual(expect.arrayContaining(['messageId', 'receiptHandle', 'body']));
    expect(await labels('other.ts', source, 'Records[0].')).not.toContain('messageId');
    service.setFunction({ files: { 'index.ts': source, 'other.ts': source }, handler: 'index.handler', eventType: 'DynamoDBStreamEvent' });
    expect(await labels('index.ts', source, 'Records[0].')).toEqual(expect.arrayContaining(['dynamodb', 'eventName']));
  });

  it('offers completion in JavaScript without marking type errors there', async () => {
    const source = "import fs from 'node:fs';\nexport const handler = async () => {\n  const n = 1;\n  n.foo;\n  fs.";
    service.setFunction({ files: { 'index.mjs': source }, handler: 'index.handler' });
    expect(await labels('index.mjs', source, 'fs.')).toEqual(expect.arrayContaining(['readFileSync', 'writeFileSync', 'promises']));
    // Only the unfinished `fs.` is a (syntax) error; `n.foo` would be a type error in TypeScript.
    expect(service.getLints({ path: 'index.mjs' }).filter((d) => d.code >= 2000)).toEqual([]);
  });

  it('marks an import of a Node.js module the runtime does not provide', () => {
    service.setFunction({ files: { 'index.ts': "import http from 'node:http';\nimport { join } from 'node:path';\nexport const p = join('a', 'b');\n" } });
    const lints = service.getLints({ path: 'index.ts' });
    expect(lints.map((d) => d.code)).toEqual([2307]);
    expect(lints[0]!.message).toContain("'node:http'");
  });

  it('finds the file a handler setting names', () => {
    const files = { 'src/app.ts': '', 'index.mjs': '', 'lib.cjs': '' };
    expect(handlerTarget(files, 'src/app.lambdaHandler')).toEqual({ path: 'src/app.ts', exportName: 'lambdaHandler' });
    expect(handlerTarget(files, 'index.handler')).toEqual({ path: 'index.mjs', exportName: 'handler' });
    expect(handlerTarget(files, 'lib.main')).toEqual({ path: 'lib.cjs', exportName: 'main' });
    expect(handlerTarget(files, 'missing.handler')).toBeUndefined();
    expect(handlerTarget(files, 'nodot')).toBeUndefined();
  });
});
