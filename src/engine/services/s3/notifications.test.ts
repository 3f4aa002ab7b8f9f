import { describe, expect, it } from 'vitest';
import type { LambdaFunctionConfiguration } from './definitions';
import { checkNotificationConfiguration, lambdaTarget, matchingConfigurations } from './notifications';

const fn = 'arn:aws:lambda:us-east-1:123456789012:function:thumbs';
const config = (Events: string[], rules?: Array<[string, string]>, Id?: string): LambdaFunctionConfiguration => ({
  ...(Id ? { Id } : {}),
  LambdaFunctionArn: fn,
  Events,
  ...(rules ? { Filter: { Key: { FilterRules: rules.map(([Name, Value]) => ({ Name, Value })) } } } : {}),
});
const check = (...configs: LambdaFunctionConfiguration[]) => checkNotificationConfiguration({ LambdaFunctionConfigurations: configs });
const invalid = (message: string) => expect.objectContaining({ code: 'InvalidArgument', statusCode: 400, message });

describe('checking a notification configuration', () => {
  it('keeps ids, names missing ones with a base64 UUID, and capitalises filter rule names as S3 answers them', () => {
    const checked = check(config(['s3:ObjectCreated:*'], [['prefix', 'in/']], 'thumbs'), config(['s3:ObjectRemoved:Delete']));
    const [first, second] = checked.LambdaFunctionConfigurations!;
    expect(first).toEqual({ Id: 'thumbs', LambdaFunctionArn: fn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'Prefix', Value: 'in/' }] } } });
    expect(atob(second!.Id!)).toMatch(/^[0-9a-f-]{36}$/);
    expect(checkNotificationConfiguration({})).toEqual({});
    expect(checkNotificationConfiguration({ LambdaFunctionConfigurations: [] })).toEqual({});
  });

  it('refuses unknown event types', () => {
    expect(() => check(config(['s3:ObjectCreated:Upload']))).toThrow(invalid('The event is not supported for notifications'));
    expect(() => check(config(['ObjectCreated:*']))).toThrow(invalid('The event is not supported for notifications'));
    expect(() => check(config([]))).toThrow(expect.objectContaining({ code: 'MalformedXML' }));
  });

  it('refuses bad filter rules', () => {
    expect(() => check(config(['s3:ObjectCreated:*'], [['contains', 'x']]))).toThrow(invalid('filter rule name must be either prefix or suffix'));
    expect(() => check(config(['s3:ObjectCreated:*'], [['prefix', 'a'], ['Prefix', 'b']]))).toThrow(invalid('Cannot specify more than one prefix rule in a filter.'));
    expect(() => check(config(['s3:ObjectCreated:*'], [['suffix', '']]))).toThrow(invalid('filter value cannot be empty'));
  });

  it('accepts function names, aliases and ARNs, and refuses what is none of them', () => {
    expect(lambdaTarget(fn)).toEqual({ functionName: 'thumbs' });
    expect(lambdaTarget(`${fn}:live`)).toEqual({ functionName: 'thumbs', qualifier: 'live' });
    expect(lambdaTarget('thumbs')).toEqual({ functionName: 'thumbs' });
    expect(lambdaTarget('thumbs:live')).toEqual({ functionName: 'thumbs', qualifier: 'live' });
    expect(() => lambdaTarget('arn:aws:sqs:us-east-1:123456789012:queue')).toThrow(
      expect.objectContaining({ code: 'InvalidArgument', message: 'The ARN could not be parsed', fields: { ArgumentName: 'LambdaFunctionArn', ArgumentValue: 'arn:aws:sqs:us-east-1:123456789012:queue' } }),
    );
  });

  it('refuses two unfiltered configurations that share an event type, in S3 words', () => {
    const overlap = invalid('Configurations overlap. Configurations on the same bucket cannot share a common event type.');
    expect(() => check(config(['s3:ObjectRemoved:*']), config(['s3:ObjectRemoved:*']))).toThrow(overlap);
    expect(() => check(config(['s3:ObjectCreated:*']), config(['s3:ObjectCreated:Put']))).toThrow(overlap);
    expect(() => check(config(['s3:ObjectCreated:*']), config(['s3:ObjectRemoved:*']))).not.toThrow();
  });

  it('refuses filtered configurations whose prefixes and suffixes both overlap', () => {
    const ambiguous = invalid('Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if the prefixes are overlapping for the same event type.');
    // aws-cli#2387: a filtered Put configuration next to an unfiltered ObjectCreated:* one.
    expect(() => check(config(['s3:ObjectCreated:Put'], [['prefix', 'images-api/']]), config(['s3:ObjectCreated:*']))).toThrow(ambiguous);
    expect(() => check(config(['s3:ObjectCreated:*'], [['prefix', 'images/']]), config(['s3:ObjectCreated:*'], [['prefix', 'images/thumbs/']]))).toThrow(ambiguous);
    expect(() => check(config(['s3:ObjectCreated:*'], [['suffix', 'jpg']]), config(['s3:ObjectCreated:*'], [['suffix', '.jpg']]))).toThrow(ambiguous);
    // A prefix-only and a suffix-only rule overlap: "images/a.jpg" would match both.
    expect(() => check(config(['s3:ObjectCreated:*'], [['prefix', 'images/']]), config(['s3:ObjectCreated:*'], [['suffix', '.jpg']]))).toThrow(ambiguous);
  });

  it('accepts configurations that filters keep apart', () => {
    expect(() => check(config(['s3:ObjectCreated:*'], [['prefix', 'images/']]), config(['s3:ObjectCreated:*'], [['prefix', 'logs/']]))).not.toThrow();
    expect(() => check(config(['s3:ObjectCreated:*'], [['suffix', '.jpg']]), config(['s3:ObjectCreated:*'], [['suffix', '.png']]))).not.toThrow();
    // Same prefix, different suffixes.
    expect(() =>
      check(config(['s3:ObjectCreated:*'], [['prefix', 'images/'], ['suffix', '.jpg']]), config(['s3:ObjectCreated:*'], [['prefix', 'images/'], ['suffix', '.png']])),
    ).not.toThrow();
  });

  it('leaves SQS, SNS and EventBridge destinations to the services that will simulate them', () => {
    expect(() => checkNotificationConfiguration({ QueueConfigurations: [{}] })).toThrow(expect.objectContaining({ code: 'NotImplemented', statusCode: 501 }));
  });
});

describe('matching events to configurations', () => {
  const { LambdaFunctionConfigurations: configs = [] } = check(
    config(['s3:ObjectCreated:*'], [['prefix', 'uploads/'], ['suffix', '.jpg']], 'jpg'),
    config(['s3:ObjectCreated:Copy'], [['prefix', 'copies/']], 'copies'),
    config(['s3:ObjectRemoved:Delete'], undefined, 'deletes'),
  );
  const ids = (eventName: string, key: string) => matchingConfigurations({ LambdaFunctionConfigurations: configs }, eventName, key).map((c) => c.Id);

  it('matches event types exactly or through a wildcard', () => {
    expect(ids('ObjectCreated:Put', 'uploads/a.jpg')).toEqual(['jpg']);
    expect(ids('ObjectCreated:Copy', 'uploads/a.jpg')).toEqual(['jpg']);
    expect(ids('ObjectCreated:Copy', 'copies/a.png')).toEqual(['copies']);
    expect(ids('ObjectRemoved:Delete', 'anything')).toEqual(['deletes']);
    expect(ids('ObjectCreated:Put', 'copies/a.png')).toEqual([]);
  });

  it('applies prefix and suffix to the encoded key, so a space must be written +', () => {
    expect(ids('ObjectCreated:Put', 'uploads/red+flower.jpg')).toEqual(['jpg']);
    expect(ids('ObjectCreated:Put', 'uploads/a.JPG')).toEqual([]);
    const spaced = check(config(['s3:ObjectCreated:*'], [['prefix', 'my photos/']], 'raw'), config(['s3:ObjectRemoved:*'], [['prefix', 'my+photos/']], 'encoded'));
    expect(matchingConfigurations(spaced, 'ObjectCreated:Put', 'my+photos/a.jpg')).toEqual([]);
    expect(matchingConfigurations(spaced, 'ObjectRemoved:Delete', 'my+photos/a.jpg').map((c) => c.Id)).toEqual(['encoded']);
  });
});
