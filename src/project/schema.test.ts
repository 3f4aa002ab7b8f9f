import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BucketDef } from '../engine/services/s3/definitions';
import { exportSamTemplate } from './sam-export';
import { ProjectSchema } from './schema';
import { fullProject } from './test-samples';
import { validateProject } from './validate';
import type { ProjectBucket } from './types';

describe('ProjectSchema', () => {
  it("keeps buckets in S3's own shape (BucketDef), which the SAM export reads", () => {
    expectTypeOf<BucketDef>().toExtend<ProjectBucket>();
    const bucket: BucketDef = {
      name: 'photos', creationDate: 1_760_000_000_000,
      notificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'thumbs', LambdaFunctionArn: 'thumbnail', Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } } }] },
      seedObjects: [{ key: 'uploads/hello.txt', body: 'hi', contentType: 'text/plain' }],
    };
    const doc = { ...fullProject(), buckets: [bucket] };
    const read = validateProject(doc);
    expect(read.ok && read.doc.buckets).toEqual([bucket]);
    const { yaml } = exportSamTemplate(doc);
    expect(yaml).toContain('PhotosBucket:\n    Type: AWS::S3::Bucket');
    expect(yaml).toMatch(/PhotosThumbs:\n\s+Type: S3\n\s+Properties:\n\s+Bucket: !Ref PhotosBucket\n\s+Events:\n\s+- s3:ObjectCreated:\*/);
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
