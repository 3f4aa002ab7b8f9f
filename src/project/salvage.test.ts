// Salvaging a damaged project record: the readable parts stay, each broken part is named.
import { describe, expect, it } from 'vitest';
import { salvageProject } from './salvage';
import { readProject } from './migrations';

const fn = (name: string, extra: Record<string, unknown> = {}) => ({
  name, runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3, environment: {},
  files: { 'index.mjs': `export const handler = async () => '${name}';\n` }, testEvents: [], ...extra,
});

const project = (parts: Record<string, unknown>) => ({
  format: 'serverless-playground/project', version: 2, name: 'Shop', functions: [], apis: [], savedRequests: {}, site: { files: {} }, ...parts,
});

describe('salvageProject', () => {
  it('keeps every function that reads and names the one that does not', () => {
    const raw = project({ functions: [fn('orders'), fn('broken', { timeout: 'soon', files: 42 }), fn('billing')], selected: 'orders' });
    expect(readProject(raw).ok).toBe(false);
    const salvaged = salvageProject(raw)!;
    expect(salvaged.doc.functions.map((f) => f.name)).toEqual(['orders', 'billing']);
    expect(salvaged.doc.name).toBe('Shop');
    expect(salvaged.doc.selected).toBe('orders');
    expect(salvaged.dropped).toHaveLength(1);
    expect(salvaged.dropped[0]).toMatch(/^functions\[1\] \(broken\): /);
  });

  it('replaces a broken non-list part by its empty value and says so', () => {
    const salvaged = salvageProject(project({ functions: [fn('a')], site: 'not a site' }))!;
    expect(salvaged.doc.site).toEqual({ files: {} });
    expect(salvaged.doc.functions).toHaveLength(1);
    expect(salvaged.dropped).toEqual([expect.stringMatching(/^site: /)]);
  });

  it('gives up on what is not a project of a known version', () => {
    expect(salvageProject({ hello: 'world' })).toBeUndefined();
    expect(salvageProject(null)).toBeUndefined();
    expect(salvageProject(project({ version: 99 }))).toBeUndefined();
  });

  it('salvages a version-1 workspace after migrating it', () => {
    const salvaged = salvageProject({ format: 'serverless-playground/workspace', version: 1, functions: [fn('old'), { name: 7 }] })!;
    expect(salvaged.doc.functions.map((f) => f.name)).toEqual(['old']);
    expect(salvaged.dropped).toEqual([expect.stringMatching(/^functions\[1\]: /)]);
  });
});
