import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SavedAlias, SavedFunction, SavedVersion } from '../state/workspace-doc';
import { ProjectSchema } from './schema';
import { fullProject } from './test-samples';
import type { ProjectAlias, ProjectFunction, ProjectVersion } from './types';

describe('ProjectSchema', () => {
  it('keeps the shape of version 1 functions, so every saved function is a project function', () => {
    expectTypeOf<SavedFunction>().toExtend<ProjectFunction>();
    expectTypeOf<SavedVersion>().toExtend<ProjectVersion>();
    expectTypeOf<SavedAlias>().toExtend<ProjectAlias>();
  });

  it('parses a full project to the same data', () => {
    expect(v.parse(ProjectSchema, fullProject())).toEqual(fullProject());
  });

  it('checks every file of every version and draft', () => {
    const doc = fullProject();
    doc.functions[0]!.versions![0]!.files = { '/abs.js': '' };
    expect(v.safeParse(ProjectSchema, doc).success).toBe(false);
    const draft = fullProject();
    draft.functions[0]!.draft = { 'a.js': 'x'.repeat(2 * 1024 * 1024 + 1) };
    expect(v.safeParse(ProjectSchema, draft).success).toBe(false);
  });
});
