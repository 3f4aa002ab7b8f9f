// Tests how the SAM import reads references to queues, topics and functions, and JSON and flag properties.
import { describe, expect, it } from 'vitest';
import { ImportContext, SamImportError } from './sam-import-context';
import { flagOf, functionNamed, jsonText, queueNamed, referenceOf, refersToResource, topicNamed } from './sam-import-messaging-refs';

function context() {
  const template = {
    Parameters: { Source: { Type: 'String', Default: 'shop' }, QueueArn: { Type: 'String', Default: 'arn:aws:sqs:us-east-1:123456789012:from-param' } },
    Resources: { Jobs: { Type: 'AWS::SQS::Queue' }, News: { Type: 'AWS::SNS::Topic' }, Fn: { Type: 'AWS::Serverless::Function' } },
  };
  const ctx = new ImportContext(template, undefined, 'stack', 0);
  ctx.resolver.attributes.set('Jobs.QueueName', 'jobs');
  ctx.resolver.attributes.set('News.TopicName', 'news');
  ctx.resolver.refs.set('News', 'arn:aws:sns:us-east-1:123456789012:news');
  ctx.functions.set('Fn', { name: 'fn', runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3, environment: {}, files: {}, testEvents: [] });
  return ctx;
}

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof SamImportError) return `${error.path}: ${error.message}`;
    throw error;
  }
  return 'no failure';
};

describe('references in a SAM import', () => {
  it('reads every way a template refers to a resource', () => {
    expect(referenceOf({ Ref: 'Jobs' })).toEqual({ id: 'Jobs' });
    expect(referenceOf({ 'Fn::GetAtt': ['Jobs', 'Arn'] })).toEqual({ id: 'Jobs', attribute: 'Arn' });
    expect(referenceOf({ 'Fn::GetAtt': 'Jobs.QueueName' })).toEqual({ id: 'Jobs', attribute: 'QueueName' });
    expect(referenceOf({ 'Fn::Sub': '${Jobs.Arn}' })).toEqual({ id: 'Jobs', attribute: 'Arn' });
    expect(referenceOf({ Ref: 'Fn.Alias' })).toEqual({ id: 'Fn', attribute: 'Alias' });
    expect(referenceOf({ 'Fn::Sub': 'arn:${AWS::Partition}:sqs:x' })).toBeUndefined();
    const ctx = context();
    expect([refersToResource(ctx, { Ref: 'Source' }), refersToResource(ctx, { Ref: 'AWS::Region' }), refersToResource(ctx, { Ref: 'Missing' }), refersToResource(ctx, 'arn')]).toEqual([false, false, true, false]);
  });

  it('finds queues, topics and functions of the template, and stands in for queues named by ARN', () => {
    const ctx = context();
    expect(queueNamed(ctx, { 'Fn::GetAtt': ['Jobs', 'Arn'] }, 'p')).toBe('jobs');
    expect(queueNamed(ctx, { Ref: 'QueueArn' }, 'p')).toBe('from-param');
    expect([...ctx.queues.keys()]).toEqual(['from-param']);
    expect(topicNamed(ctx, { Ref: 'News' }, 'p')).toBe('news');
    expect(functionNamed(ctx, { 'Fn::GetAtt': ['Fn', 'Arn'] }, 'p')).toEqual({ functionName: 'fn' });
    expect(functionNamed(ctx, 'arn:aws:lambda:us-east-1:123456789012:function:fn:live', 'p')).toEqual({ functionName: 'fn', qualifier: 'live' });
    expect(functionNamed(ctx, { Ref: 'Fn' }, 'p', true)).toEqual({ functionName: 'fn' });
  });

  it('stops at a reference to nothing or to the wrong kind of resource', () => {
    const ctx = context();
    expect(failure(() => queueNamed(ctx, { Ref: 'Missing' }, 'a.Queue'))).toBe('a.Queue: names Missing, but the template has no resource Missing');
    expect(failure(() => queueNamed(ctx, { 'Fn::GetAtt': ['News', 'TopicArn'] }, 'a.Queue'))).toBe('a.Queue: must name an SQS queue, but News is an AWS::SNS::Topic');
    expect(failure(() => functionNamed(ctx, { Ref: 'Fn' }, 'a.Arn'))).toBe('a.Arn: !Ref Fn is not the ARN a Lambda function needs here; write !GetAtt Fn.Arn');
    expect(failure(() => flagOf(ctx, 'yes', 'a.Enabled'))).toBe('a.Enabled: "yes" is not true or false');
  });

  it('writes JSON properties out with the intrinsics inside them resolved', () => {
    const ctx = context();
    expect(jsonText(ctx, { source: [{ Ref: 'Source' }], detail: { n: [1] } }, 'p')).toBe('{"source":["shop"],"detail":{"n":[1]}}');
    expect(jsonText(ctx, '{"kept": "as text"}', 'p')).toBe('{"kept": "as text"}');
  });
});
