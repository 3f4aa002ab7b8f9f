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

describe("a function's dead-letter queue in the document", () => {
  const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq';

  it('keeps the target of a function and of its versions', () => {
    const doc = fullProject();
    doc.functions[0]!.deadLetterTargetArn = QUEUE;
    doc.functions[0]!.versions![0]!.deadLetterTargetArn = 'arn:aws:sns:us-east-1:123456789012:alerts';
    const read = validateProject(doc);
    expect(read.ok && read.doc.functions[0]!.deadLetterTargetArn).toBe(QUEUE);
    expect(read.ok && read.doc.functions[0]!.versions![0]!.deadLetterTargetArn).toBe('arn:aws:sns:us-east-1:123456789012:alerts');
  });

  it('reports a target that is not a queue or topic ARN, naming the function', () => {
    for (const bad of ['orders-dlq', '', 'arn:aws:lambda:us-east-1:123456789012:function:dlq']) {
      const doc = fullProject();
      doc.functions[0]!.deadLetterTargetArn = bad;
      const read = validateProject(doc);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.message).toBe('functions[0] (hello).deadLetterTargetArn: must be the ARN of an SQS queue or SNS topic');
    }
  });
});
