import { describe, expect, it } from 'vitest';
import { WORKSPACE_FORMAT, parseWorkspace } from './workspace-doc';

const fn = { name: 'f', runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3, environment: {}, files: { 'index.js': '' }, testEvents: [] };

describe('parseWorkspace', () => {
  it('accepts a well-formed workspace', () => {
    expect(parseWorkspace({ format: WORKSPACE_FORMAT, version: 1, functions: [fn] }).ok).toBe(true);
  });

  it('says what is wrong with a damaged or newer record', () => {
    expect(parseWorkspace(null)).toMatchObject({ ok: false, message: expect.stringMatching(/not in a format/) });
    expect(parseWorkspace({ format: WORKSPACE_FORMAT, version: 9, functions: [] })).toMatchObject({ ok: false, message: expect.stringMatching(/version 9, newer/) });
    expect(parseWorkspace({ format: WORKSPACE_FORMAT, version: 1, functions: [{ ...fn, files: { 'a.js': 3 } }] })).toMatchObject({
      ok: false, message: 'function 1 (f) has damaged code files',
    });
  });

  it('accepts APIs, saved requests and site files, and names a damaged part', () => {
    const base = { format: WORKSPACE_FORMAT, version: 1, functions: [fn] };
    expect(parseWorkspace({ ...base, apis: [{ id: 'abc', name: 'a', kind: 'http' }], site: { files: { 'index.html': '' } }, savedRequests: {} }).ok).toBe(true);
    expect(parseWorkspace({ ...base, apis: [{ name: 'no id' }] })).toMatchObject({ ok: false, message: 'the saved workspace has a damaged API list' });
    expect(parseWorkspace({ ...base, savedRequests: { abc: { id: 5 } } })).toMatchObject({ ok: false, message: 'the saved workspace has damaged saved requests' });
    expect(parseWorkspace({ ...base, site: { files: { 'a.html': 1 } } })).toMatchObject({ ok: false, message: 'the saved workspace has damaged site files' });
  });
});
