import { describe, expect, it } from 'vitest';
import { scenario as restApi } from '../../samples/examples/rest-api';
import { scenario as dailyJob } from '../../samples/examples/daily-job';
import { scenario as sqsBatch } from '../../samples/examples/sqs-batch';
import { scenario as snsFanout } from '../../samples/examples/sns-fanout';
import { thumbnailExample } from '../../samples/examples/thumbnail';
import { photoFeedExample } from '../../samples/examples/photo-feed';
import { triggerSources } from './trigger-sources';

describe('triggerSources', () => {
  it('reads an S3 notification', () => {
    expect(triggerSources(thumbnailExample(), 'make-thumbnail')).toEqual(['s3']);
  });

  it('tells REST routes from authorizers', () => {
    const doc = restApi.project();
    expect(triggerSources(doc, 'items-api')).toEqual(['api-rest']);
    expect(triggerSources(doc, 'token-authorizer')).toEqual(['authorizer-rest']);
  });

  it('names an HTTP API route by its payload format, and a stream mapping', () => {
    const doc = photoFeedExample();
    expect(triggerSources(doc, 'get-feed')).toEqual([`api-http-${doc.apis[0]!.payloadFormat}`]);
    expect(triggerSources(doc, 'extract-metadata')).toEqual(['s3']);
    expect(triggerSources(doc, 'fan-out-feed')).toEqual(['dynamodb-stream']);
  });

  it('tells a scheduled rule from a pattern rule', () => {
    const doc = dailyJob.project();
    const target = doc.functions[0]!.name;
    expect(triggerSources(doc, target)).toEqual(['schedule']);
    const rule = (doc.rules as Record<string, unknown>[])[0]!;
    const patterned = { ...doc, rules: [{ ...rule, ScheduleExpression: undefined, EventPattern: '{"source":["shop"]}' }] };
    expect(triggerSources(patterned, target)).toEqual(['eventbridge-rule']);
  });

  it('reads queue mappings and topic subscriptions', () => {
    const sqs = sqsBatch.project();
    expect(sqs.functions.map((fn) => triggerSources(sqs, fn.name))).toContainEqual(['sqs']);
    const sns = snsFanout.project();
    expect(sns.functions.map((fn) => triggerSources(sns, fn.name))).toContainEqual(['sns']);
  });

  it('is empty for a function nothing invokes', () => {
    expect(triggerSources(restApi.project(), 'nobody')).toEqual([]);
  });
});
