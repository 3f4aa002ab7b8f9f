import { describe, expect, it } from 'vitest';
import { migrateToCurrent, readProject } from './migrations';
import { fullProject, sampleFunction } from './test-samples';
import { PROJECT_FORMAT, PROJECT_VERSION } from './types';

/** A version-1 workspace as WorkspacePersistence saved it (IndexedDB keeps `undefined` values). */
const workspaceV1 = () => ({
  format: 'serverless-playground/workspace',
  version: 1,
  selected: 'hello',
  functions: [{ ...sampleFunction(), draft: undefined, description: undefined, reservedConcurrency: undefined, versions: [], aliases: [] }],
});

/** One document of every older version; adding a version means adding its sample here. */
const OLDER_VERSIONS: Record<number, () => unknown> = {
  1: workspaceV1,
};

describe('migrateToCurrent', () => {
  it('reads a sample of every older version', () => {
    const versions = Array.from({ length: PROJECT_VERSION - 1 }, (_, i) => i + 1);
    expect(Object.keys(OLDER_VERSIONS).map(Number)).toEqual(versions);
    for (const version of versions) {
      const result = migrateToCurrent(OLDER_VERSIONS[version]!());
      expect(result).toMatchObject({ ok: true, from: version, doc: { format: PROJECT_FORMAT, version: PROJECT_VERSION } });
      expect(readProject(OLDER_VERSIONS[version]!()).ok).toBe(true);
    }
  });

  it('turns a version-1 workspace into a named version-2 project', () => {
    const result = readProject(workspaceV1());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc).toEqual({
      format: PROJECT_FORMAT, version: 2, name: 'My project', selected: 'hello',
      functions: [{ ...sampleFunction(), versions: [], aliases: [] }],
      apis: [], savedRequests: {}, site: { files: {} },
    });
  });

  it('carries version 1 APIs, saved requests and site, filling what version 1 left out', () => {
    const full = fullProject();
    const v1 = { ...workspaceV1(), name: 'Workshop', apis: [{ ...full.apis[0]!, routes: undefined, authorizers: undefined }, { id: 'old', name: 'old', kind: 'rest', createdDate: 1 }], savedRequests: full.savedRequests, site: full.site };
    const result = readProject(JSON.parse(JSON.stringify(v1)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.name).toBe('Workshop');
    expect(result.doc.apis[0]).toEqual({ ...full.apis[0], routes: [], authorizers: [] });
    expect(result.doc.apis[1]).toEqual({ id: 'old', name: 'old', kind: 'rest', payloadFormat: '1.0', createdDate: 1, routes: [], stages: [], apiKeys: [], authorizers: [] });
    expect(result.doc.savedRequests).toEqual(full.savedRequests);
    expect(result.doc.site).toEqual(full.site);
  });

  it('passes the current version through unchanged', () => {
    const doc = fullProject();
    expect(migrateToCurrent(doc)).toEqual({ ok: true, doc, from: PROJECT_VERSION });
  });

  it('says plainly when a project is newer than this playground', () => {
    expect(readProject({ format: PROJECT_FORMAT, version: 3, name: 'x', functions: [] })).toEqual({
      ok: false,
      reason: 'newer-format',
      message: 'This project was made by a newer version of the playground (format 3); this one reads up to 2. Reload the page to get the newest playground.',
    });
  });

  it('refuses what is not a project, and reports problems of an old one in its new shape', () => {
    for (const raw of [null, [], 'text', { format: 'other', version: 1 }, { format: PROJECT_FORMAT }, { format: 'serverless-playground/workspace', version: 2 }]) {
      expect(readProject(raw)).toMatchObject({ ok: false, reason: 'not-a-project' });
    }
    expect(readProject({ format: PROJECT_FORMAT, version: 1, functions: [] })).toMatchObject({ ok: false, reason: 'not-a-project' });
    const broken = { ...workspaceV1(), functions: [{ ...sampleFunction(), timeout: 0 }] };
    expect(readProject(broken)).toEqual({
      ok: false, reason: 'invalid-project', message: 'This project has a problem: functions[0] (hello).timeout: must be an integer from 1 to 900.',
    });
  });
});
