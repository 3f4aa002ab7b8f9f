import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importProjectJson } from './json-file';
import { exportProjectZip, importProjectZip } from './zip';
import { fullProject, sampleFunction, smallProject } from './test-samples';

const entries = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
const rezip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

describe('project zips', () => {
  it('writes real files beside a manifest without their text', () => {
    const files = entries(exportProjectZip(fullProject()));
    expect(Object.keys(files).sort()).toEqual([
      'drafts/hello/index.mjs',
      'functions/check-token/auth.js',
      'functions/hello/events/greet-ana.json',
      'functions/hello/index.mjs',
      'functions/thumbnail/events/s3-put.json',
      'functions/thumbnail/src/app.ts',
      'functions/thumbnail/src/resize.ts',
      'project.json',
      'site/app.js',
      'site/index.html',
      'versions/hello/1/index.mjs',
    ]);
    expect(files['functions/thumbnail/src/app.ts']).toBe(fullProject().functions[1]!.files['src/app.ts']);
    expect(files['functions/hello/events/greet-ana.json']).toBe('{\n  "name": "Ana"\n}\n');
    const manifest = JSON.parse(files['project.json']!);
    expect(manifest.functions[1].files).toEqual(['src/app.ts', 'src/resize.ts']);
    expect(manifest.functions[0].testEvents).toEqual([{ name: 'greet-ana', file: 'functions/hello/events/greet-ana.json' }]);
    expect(files['project.json']).not.toContain('resizing');
  });

  it('imports its own export back into an identical document', () => {
    for (const doc of [fullProject(), smallProject()]) expect(importProjectZip(exportProjectZip(doc))).toEqual({ ok: true, doc });
  });

  it('keeps a test event apart from code that uses the same path', () => {
    const doc = { ...smallProject(), functions: [sampleFunction({ files: { 'index.mjs': 'x', 'events/greet-ana.json': '{"code": true}' } })] };
    const files = entries(exportProjectZip(doc));
    expect(files['functions/hello/events/greet-ana.json']).toBe('{"code": true}');
    expect(files['test-events/hello/greet-ana.json']).toBe('{\n  "name": "Ana"\n}\n');
    expect(importProjectZip(exportProjectZip(doc))).toEqual({ ok: true, doc });
  });

  it('reads a project re-zipped inside a folder', () => {
    const files = entries(exportProjectZip(fullProject()));
    const nested = Object.fromEntries(Object.entries(files).map(([k, v]) => [`photo-shop/${k}`, v]));
    expect(importProjectZip(rezip(nested))).toEqual({ ok: true, doc: fullProject() });
  });

  it('explains damaged zips, zips that are not projects and missing files', () => {
    expect(importProjectZip(new TextEncoder().encode('not a zip at all'))).toMatchObject({ ok: false, message: expect.stringMatching(/^This file is damaged or is not a zip archive/) });
    const good = exportProjectZip(smallProject());
    expect(importProjectZip(good.subarray(0, good.length - 30))).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(importProjectZip(rezip({ 'readme.txt': 'hi' }))).toEqual({ ok: false, message: 'This zip is not a Serverless Playground project: it has no project.json.' });
    expect(importProjectZip(rezip({ 'template.yaml': 'Resources: {}' }))).toMatchObject({ ok: false, message: expect.stringContaining('AWS SAM application') });
    const files = entries(exportProjectZip(fullProject()));
    delete files['functions/thumbnail/src/resize.ts'];
    expect(importProjectZip(rezip(files))).toEqual({
      ok: false, message: 'The zip is missing functions/thumbnail/src/resize.ts, which project.json lists (functions[1] (thumbnail).files).',
    });
    expect(importProjectZip(rezip({ 'project.json': '{"format": ' }))).toMatchObject({ ok: false, message: expect.stringContaining('project.json is not valid JSON at line 1, column 12') });
  });

  it('passes on version and validation problems of the manifest', () => {
    const files = entries(exportProjectZip(smallProject()));
    const manifest = JSON.parse(files['project.json']!);
    expect(importProjectZip(rezip({ ...files, 'project.json': JSON.stringify({ ...manifest, version: 7 }) }))).toMatchObject({ ok: false, message: expect.stringContaining('(format 7); this one reads up to 2') });
    manifest.functions[0].timeout = 1000;
    expect(importProjectZip(rezip({ ...files, 'project.json': JSON.stringify(manifest) }))).toMatchObject({ ok: false, message: expect.stringContaining('functions[0] (hello).timeout: must be an integer from 1 to 900') });
  });

  it('tells someone importing the manifest alone to import the zip', () => {
    const manifest = entries(exportProjectZip(smallProject()))['project.json']!;
    expect(importProjectJson(manifest)).toMatchObject({ ok: false, message: expect.stringContaining('import the whole zip') });
  });
});
