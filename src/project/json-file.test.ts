import { describe, expect, it } from 'vitest';
import { exportProjectJson, importProjectJson, projectFileName } from './json-file';
import { fullProject, sampleFunction } from './test-samples';

describe('JSON project files', () => {
  it('exports pretty JSON that imports back identical', () => {
    const doc = fullProject();
    const text = exportProjectJson(doc);
    expect(text.startsWith('{\n  "format": "serverless-playground/project",\n  "version": 2,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(importProjectJson(text)).toEqual({ ok: true, doc });
    expect(importProjectJson(`\uFEFF${text}`)).toEqual({ ok: true, doc });
  });

  it('imports an older workspace file, migrated', () => {
    const v1 = JSON.stringify({ format: 'serverless-playground/workspace', version: 1, functions: [sampleFunction()] });
    expect(importProjectJson(v1)).toMatchObject({ ok: true, doc: { name: 'My project', version: 2 } });
  });

  it('says where the JSON breaks', () => {
    expect(importProjectJson('{\n  "format": "x",\n  "version": 2\n  "name": "a"\n}')).toEqual({
      ok: false, message: `The file is not valid JSON at line 4, column 3: expected ',' or '}' after a property value, found '"'.`,
    });
    expect(importProjectJson('{"a": [1, 2,]}')).toEqual({ ok: false, message: "The file is not valid JSON at line 1, column 13: expected a value, found ']'." });
    expect(importProjectJson('{"a": 1')).toMatchObject({ message: expect.stringContaining('line 1, column 8: expected \',\' or \'}\' after a property value, found the end of the text') });
    expect(importProjectJson('')).toMatchObject({ message: expect.stringContaining('line 1, column 1: expected a value') });
  });

  it('passes on the problems of a document that is JSON but not a good project', () => {
    expect(importProjectJson('{"hello": "world"}')).toEqual({ ok: false, message: 'This is not a Serverless Playground project (its format and version are missing or unknown).' });
    const bad = { ...fullProject(), functions: [sampleFunction({ memorySize: 64 })] };
    expect(importProjectJson(JSON.stringify(bad))).toEqual({
      ok: false, message: 'This project has a problem: functions[0] (hello).memorySize: must be an integer from 128 to 10240.',
    });
  });

  it('names the file after the project', () => {
    expect(projectFileName({ name: 'Photo shop' }, 'json')).toBe('photo-shop.json');
    expect(projectFileName({ name: 'Café déjà vu!' }, 'zip')).toBe('cafe-deja-vu.zip');
    expect(projectFileName({ name: '사진' }, 'json')).toBe('project.json');
  });
});
