import { describe, expect, it } from 'vitest';
import { exportProjectJson } from '../../project/json-file';
import { exportSamZip } from '../../project/sam-export-zip';
import { encodeShareLink } from '../../project/share-link';
import { fullProject, smallProject } from '../../project/test-samples';
import { exportProjectZip } from '../../project/zip';
import { makeShareLink, SharedLink } from './project-share.svelte';
import { exportProject, previewImport } from './project-transfer.svelte';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('importing files', () => {
  it('previews a project JSON and a project zip as the same project', async () => {
    const doc = fullProject();
    const json = await previewImport('photo-shop.json', bytes(exportProjectJson(doc)), 'project');
    const zip = await previewImport('photo-shop.zip', exportProjectZip(doc), 'project');
    expect(json).toEqual({ fileName: 'photo-shop.json', kind: 'project', doc, report: [] });
    expect(zip.doc).toEqual(doc);
  });

  it('previews a SAM template with the report of what it leaves out', async () => {
    const template = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  HelloFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n      Runtime: nodejs22.x\n      InlineCode: "exports.handler = async () => 1;"\n  Stream:\n    Type: AWS::Kinesis::Stream\n';
    const preview = await previewImport('template.yaml', bytes(template), 'sam');
    expect(preview.kind).toBe('sam');
    expect(preview.doc?.functions.map((f) => f.name)).toEqual(['hello']);
    expect(preview.report).toContainEqual({
      path: 'Resources.Stream',
      message: expect.stringMatching(/AWS::Kinesis::Stream is not supported/),
      note: { code: 'typeNotSupported', values: { type: 'AWS::Kinesis::Stream' } },
    });
  });

  it('recognises a dropped file: a SAM app zip, a YAML template, a project JSON', async () => {
    const samZip = exportSamZip(smallProject()).zip;
    expect(await previewImport('app.zip', samZip, 'auto')).toMatchObject({ kind: 'sam', doc: { functions: [{ name: 'hello' }] } });
    expect((await previewImport('t.yml', bytes('Resources: {}\n'), 'auto')).kind).toBe('sam');
    expect((await previewImport('p.json', bytes(exportProjectJson(smallProject())), 'auto')).kind).toBe('project');
  });

  it("says what is wrong, in the reader's words", async () => {
    expect((await previewImport('p.json', bytes('{"format": }'), 'project')).error).toMatch(/not valid JSON at line 1, column 12/);
    expect((await previewImport('app.zip', exportSamZip(smallProject()).zip, 'project')).error).toMatch(/AWS SAM application.*Import SAM template/);
    expect((await previewImport('p.zip', bytes('PK not really'), 'project')).error).toBeTruthy();
  });
});

describe('exporting files', () => {
  it('names the files after the project and includes the SAM report', async () => {
    expect(await exportProject(fullProject(), 'json')).toMatchObject({ fileName: 'photo-shop.json', type: 'application/json' });
    expect(await exportProject(fullProject(), 'zip')).toMatchObject({ fileName: 'photo-shop.zip', type: 'application/zip' });
    const sam = await exportProject(fullProject(), 'sam');
    expect(sam.fileName).toBe('photo-shop-sam.zip');
    expect(sam.report.length).toBeGreaterThan(0);
  });
});

describe('share links', () => {
  it('makes a link with its length and advice, and reads it back', async () => {
    const info = await makeShareLink(smallProject(), 'https://pg.example/?project=abc');
    expect(info.url).toMatch(/^https:\/\/pg\.example\/#share=p3\./);
    expect(info).toMatchObject({ length: info.url.length, advice: { level: 'ok', suggestFile: false } });
    const shared = new SharedLink();
    expect(await shared.open(info.url.split('#share=')[1]!)).toEqual({ state: 'ok', doc: smallProject() });
  });

  it('names the problem of a truncated or corrupted link', async () => {
    const value = await encodeShareLink(fullProject());
    const shared = new SharedLink();
    expect(await shared.open(value.slice(0, -20))).toMatchObject({ state: 'failed', reason: 'truncated' });
    expect(shared.headline).toBe('This share link is incomplete');
    const flipped = value.slice(0, -10) + (value.at(-10) === 'A' ? 'B' : 'A') + value.slice(-9);
    expect(await shared.open(flipped)).toMatchObject({ state: 'failed', reason: 'corrupted' });
    expect(shared.headline).toBe('This share link is damaged');
  });
});
