import { describe, expect, it } from 'vitest';
import { importSamTemplate } from './sam-import';
import { generatedPackageJson } from './sam-shared';

const fn = (props: string) => `Resources:\n  AppFunction:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: index.handler, Runtime: nodejs22.x, ${props} }\n`;

describe('SAM import of code', () => {
  it('takes the app root as CodeUri without the SAM app files around it', () => {
    const files = { 'index.js': 'code', 'lib/util.js': 'util', 'samconfig.toml': 'x', 'events/e.json': '{}', 'README.md': '# x', 'package.json': generatedPackageJson('app') };
    const result = importSamTemplate({ template: fn('CodeUri: .'), files });
    expect(result.ok && result.doc.functions[0]!.files).toEqual({ 'index.js': 'code', 'lib/util.js': 'util' });
    expect(result.ok && result.doc.functions[0]!.testEvents).toEqual([{ name: 'e', json: '{}' }]);
  });

  it('writes InlineCode as the module the handler names', () => {
    const result = importSamTemplate({ template: fn('InlineCode: "exports.handler = async () => 1;"'), files: {} });
    expect(result.ok && result.doc.functions[0]!.files).toEqual({ 'index.js': 'exports.handler = async () => 1;' });
  });

  it('leaves out files too big to hold, and makes placeholder code when none remain', () => {
    const result = importSamTemplate({ template: fn('CodeUri: src/'), files: { 'src/index.js': 'x'.repeat(2 * 1024 * 1024 + 1) } });
    expect(result.ok && result.doc.functions[0]!.files['index.mjs']).toContain('Placeholder');
    expect(result.ok && result.report.map((r) => r.message)).toEqual(expect.arrayContaining([
      'src/index.js left out: larger than the 2 MB a file may hold',
      'no files under src/; placeholder code was created',
    ]));
  });

  it('says an S3 CodeUri is not supported', () => {
    const result = importSamTemplate({ template: fn('CodeUri: { Bucket: b, Key: k }'), files: {} });
    expect(result.ok && result.report.map((r) => `${r.path}: ${r.message}`)).toContain('Resources.AppFunction.Properties.CodeUri: only a local folder is supported; placeholder code was created');
  });
});
