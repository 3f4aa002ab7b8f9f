import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importSamZip } from './sam-import-zip';
import { exportProjectZip } from './zip';
import { fullProject } from './test-samples';

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);
const NOW = 1;

describe('SAM zip import', () => {
  it('leaves binary files out of a zipped app, saying so', () => {
    const zip = zipSync({ 'template.yaml': strToU8('Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: index.handler, Runtime: nodejs22.x, CodeUri: src/ }\n'), 'src/index.js': strToU8('exports.handler = async () => 1;'), 'src/logo.png': new Uint8Array([0x89, 0x50, 0xff, 0xfe]) });
    const result = importSamZip(zip, NOW);
    expect(result.ok && Object.keys(result.doc.functions[0]!.files)).toEqual(['index.js']);
    expect(result.ok && texts(result.report)).toContain('src/logo.png: left out: not a text file (the playground keeps code as text)');
  });

  it('finds the template inside one folder and skips dependencies', () => {
    const zip = zipSync({
      'app/template.yaml': strToU8('Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: index.handler, Runtime: nodejs22.x, CodeUri: src/ }\n'),
      'app/src/index.js': strToU8('exports.handler = async () => 1;'),
      'app/src/node_modules/dep/index.js': strToU8('dependency'),
    });
    const result = importSamZip(zip, NOW);
    expect(result.ok && result.doc.functions[0]!.files).toEqual({ 'index.js': 'exports.handler = async () => 1;' });
  });

  it('refuses zips that are not SAM applications', () => {
    expect(importSamZip(zipSync({ 'readme.md': strToU8('hi') }))).toEqual({ ok: false, message: 'This zip has no template.yaml, so it is not an AWS SAM application.' });
    expect(importSamZip(exportProjectZip(fullProject()))).toMatchObject({ ok: false, message: expect.stringContaining('Serverless Playground project, not a SAM application') });
    expect(importSamZip(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, message: expect.stringMatching(/damaged or is not a zip/) });
  });
});
