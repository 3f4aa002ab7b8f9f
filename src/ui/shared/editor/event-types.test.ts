import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventTypeFor } from './event-types';

describe('event type from triggers', () => {
  it('names the aws-lambda type of each trigger source', () => {
    expect(eventTypeFor(['s3'])).toBe('S3Event');
    expect(eventTypeFor(['api-rest'])).toBe('APIGatewayProxyEvent');
    expect(eventTypeFor(['api-http-2.0'])).toBe('APIGatewayProxyEventV2');
    expect(eventTypeFor(['dynamodb-stream'])).toBe('DynamoDBStreamEvent');
    expect(eventTypeFor(['sqs'])).toBe('SQSEvent');
    expect(eventTypeFor(['sns'])).toBe('SNSEvent');
    expect(eventTypeFor(['schedule'])).toBe('ScheduledEvent');
  });

  it('gives a union for several kinds of trigger, each type once', () => {
    expect(eventTypeFor(['s3', 'sqs', 's3'])).toBe('S3Event | SQSEvent');
    expect(eventTypeFor(['api-rest', 'api-http-1.0'])).toBe('APIGatewayProxyEvent');
  });

  it('gives nothing without triggers or with one it does not know', () => {
    expect(eventTypeFor([])).toBeUndefined();
    expect(eventTypeFor(['s3', 'console'])).toBeUndefined();
  });

  it('names only types that @types/aws-lambda exports', () => {
    const root = new URL('../../../../node_modules/@types/aws-lambda/', import.meta.url);
    const index = readFileSync(new URL('index.d.ts', root), 'utf8');
    const exported = [...index.matchAll(/^export \* from "\.\/(.+)";$/gm)]
      .map((m) => readFileSync(new URL(m[1]!.endsWith('/') ? `${m[1]}index.d.ts` : `${m[1]}.d.ts`, root), 'utf8'))
      .join('\n');
    for (const type of Object.values(EVENT_TYPES)) {
      const name = type.replace(/<.*$/, '');
      expect(exported, name).toMatch(new RegExp(`export (interface|type) ${name}\\b`));
    }
  });
});
