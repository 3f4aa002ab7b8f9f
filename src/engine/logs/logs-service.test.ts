// The CloudWatch Logs API over the store: shapes, ordering, paging, retention on the store's clock,
// and the errors AWS gives.
import { beforeEach, describe, expect, it } from 'vitest';
import { LogStore } from './log-store';
import { createLogsService } from './logs-service';

const G = '/aws/lambda/orders';
const S1 = '2026/11/21/[$LATEST]aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const S2 = '2026/11/21/[$LATEST]bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
let now = 1_000_000;
let store: LogStore;
let logs: ReturnType<typeof createLogsService>;

const write = (stream: string, timestamp: number, message: string) => store.append({ group: G, stream, timestamp, message, level: 'INFO' });
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: { name: string; message: string }) => ({ name: e.name, message: e.message }));

beforeEach(() => {
  now = 1_000_000;
  store = new LogStore();
  store.now = () => now;
  logs = createLogsService(store);
  write(S1, 100, 'START RequestId: 1 Version: $LATEST');
  write(S1, 110, '2026-11-21T00:00:00.110Z\t1\tINFO\t{"level":"info","n":1}');
  now += 5;
  write(S2, 105, '2026-11-21T00:00:00.105Z\t2\tERROR\t{"level":"error","n":2}');
  write(S2, 120, 'REPORT RequestId: 2\tDuration: 1.00 ms');
});

describe('DescribeLogGroups and DescribeLogStreams', () => {
  it('describe a group with its ARN, creation time and stored bytes', async () => {
    const { logGroups } = await logs.describeLogGroups({});
    expect(logGroups).toEqual([
      expect.objectContaining({ logGroupName: G, creationTime: 1_000_000, metricFilterCount: 0, arn: `arn:aws:logs:us-east-1:123456789012:log-group:${G}:*`, logGroupArn: `arn:aws:logs:us-east-1:123456789012:log-group:${G}`, logGroupClass: 'STANDARD' }),
    ]);
    // 26 bytes per event plus the message's UTF-8 length.
    const bytes = store.events(G).reduce((n, e) => n + 26 + e.message.length, 0);
    expect(logGroups[0]!.storedBytes).toBe(bytes);
    expect(logGroups[0]).not.toHaveProperty('retentionInDays');
    expect((await logs.describeLogGroups({ logGroupNamePrefix: '/aws/lambda/x' })).logGroups).toEqual([]);
    expect((await logs.describeLogGroups({ logGroupNamePattern: 'ORDER' })).logGroups).toHaveLength(1);
  });

  it('orders streams by last event time, descending', async () => {
    const byTime = await logs.describeLogStreams({ logGroupName: G, orderBy: 'LastEventTime', descending: true });
    expect(byTime.logStreams.map((s) => s.logStreamName)).toEqual([S2, S1]);
    expect(byTime.logStreams[0]).toEqual({
      logStreamName: S2, creationTime: 1_000_005, firstEventTimestamp: 105, lastEventTimestamp: 120, lastIngestionTime: 1_000_005,
      arn: `arn:aws:logs:us-east-1:123456789012:log-group:${G}:log-stream:${S2}`, storedBytes: 0,
    });
    const byName = await logs.describeLogStreams({ logGroupIdentifier: `arn:aws:logs:us-east-1:123456789012:log-group:${G}` });
    expect(byName.logStreams.map((s) => s.logStreamName)).toEqual([S1, S2]);
  });

  it('pages with limit and nextToken', async () => {
    const first = await logs.describeLogStreams({ logGroupName: G, limit: 1 });
    expect(first.logStreams).toHaveLength(1);
    const second = await logs.describeLogStreams({ logGroupName: G, limit: 1, nextToken: first.nextToken });
    expect(second.logStreams[0]!.logStreamName).toBe(S2);
    expect(second).not.toHaveProperty('nextToken');
  });

  it('refuse what AWS refuses', async () => {
    expect(await failure(logs.describeLogStreams({ logGroupName: '/aws/lambda/nope' }))).toEqual({ name: 'ResourceNotFoundException', message: 'The specified log group does not exist.' });
    expect(await failure(logs.describeLogStreams({ logGroupName: G, orderBy: 'LastEventTime', logStreamNamePrefix: '2026' }))).toEqual({
      name: 'InvalidParameterException', message: 'Cannot order by LastEventTime with a logStreamNamePrefix.',
    });
    expect((await failure(logs.describeLogGroups({ limit: 51 })))?.message).toBe("1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50");
  });
});

describe('FilterLogEvents', () => {
  it('answers matching events across streams, oldest first, with the searched streams', async () => {
    const out = await logs.filterLogEvents({ logGroupName: G, filterPattern: '{ $.level = "error" || $.n = 1 }' });
    expect(out.events.map((e) => e.timestamp)).toEqual([105, 110]);
    expect(out.events[0]).toEqual({ logStreamName: S2, timestamp: 105, message: expect.stringContaining('"error"'), ingestionTime: 1_000_005, eventId: expect.stringMatching(/^\d{56}$/) });
    expect(out.searchedLogStreams).toEqual([{ logStreamName: S1, searchedCompletely: true }, { logStreamName: S2, searchedCompletely: true }]);
    expect(out).not.toHaveProperty('nextToken');
  });

  it('narrows by streams, prefix and time', async () => {
    expect((await logs.filterLogEvents({ logGroupName: G, logStreamNames: [S1] })).events).toHaveLength(2);
    expect((await logs.filterLogEvents({ logGroupName: G, logStreamNamePrefix: '2026/11/21/[$LATEST]b' })).events.map((e) => e.timestamp)).toEqual([105, 120]);
    expect((await logs.filterLogEvents({ logGroupName: G, startTime: 105, endTime: 110 })).events.map((e) => e.timestamp)).toEqual([105, 110]);
    expect((await logs.filterLogEvents({ logGroupName: G, filterPattern: '?START ?REPORT' })).events.map((e) => e.timestamp)).toEqual([100, 120]);
  });

  it('pages by nextToken', async () => {
    const first = await logs.filterLogEvents({ logGroupName: G, limit: 3 });
    expect(first.events.map((e) => e.timestamp)).toEqual([100, 105, 110]);
    const next = await logs.filterLogEvents({ logGroupName: G, limit: 3, nextToken: first.nextToken });
    expect(next.events.map((e) => e.timestamp)).toEqual([120]);
    expect(next).not.toHaveProperty('nextToken');
  });

  it('refuses a bad pattern with InvalidParameterException', async () => {
    expect(await failure(logs.filterLogEvents({ logGroupName: G, filterPattern: 'user@example.com' }))).toEqual({ name: 'InvalidParameterException', message: "Invalid character(s) in term 'user@example.com'" });
    expect((await failure(logs.filterLogEvents({ logGroupName: G, logStreamNames: [S1], logStreamNamePrefix: 'x' })))?.name).toBe('InvalidParameterException');
  });
});

describe('GetLogEvents', () => {
  it('reads one stream from the tail by default, or from the head, with tokens', async () => {
    const tail = await logs.getLogEvents({ logGroupName: G, logStreamName: S1, limit: 1 });
    expect(tail.events).toEqual([{ timestamp: 110, message: expect.stringContaining('"info"'), ingestionTime: 1_000_000 }]);
    const back = await logs.getLogEvents({ logGroupName: G, logStreamName: S1, limit: 1, nextToken: tail.nextBackwardToken });
    expect(back.events.map((e) => e.timestamp)).toEqual([100]);
    const head = await logs.getLogEvents({ logGroupName: G, logStreamName: S1, startFromHead: true });
    expect(head.events.map((e) => e.timestamp)).toEqual([100, 110]);
    expect(head.nextForwardToken).toMatch(/^f\/\d{56}$/);
    expect(await failure(logs.getLogEvents({ logGroupName: G, logStreamName: 'nope' }))).toEqual({ name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.' });
  });
});

describe('retention', () => {
  it('accepts only the periods AWS allows', async () => {
    expect(await failure(logs.putRetentionPolicy({ logGroupName: G, retentionInDays: 2 }))).toEqual({
      name: 'InvalidParameterException',
      message: "1 validation error detected: Value '2' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]",
    });
    expect(await failure(logs.putRetentionPolicy({ logGroupName: '/nope', retentionInDays: 1 }))).toEqual({ name: 'ResourceNotFoundException', message: 'The specified log group does not exist.' });
  });

  it('drops events older than the retention on the store clock, and can be removed', async () => {
    await logs.putRetentionPolicy({ logGroupName: G, retentionInDays: 1 });
    expect((await logs.describeLogGroups({})).logGroups[0]!.retentionInDays).toBe(1);
    now += 86_400_000 - 2; // the first two events are now older than a day, the last two not
    expect((await logs.filterLogEvents({ logGroupName: G })).events.map((e) => e.timestamp)).toEqual([105, 120]);
    await logs.deleteRetentionPolicy({ logGroupName: G });
    now += 10 * 86_400_000;
    expect((await logs.filterLogEvents({ logGroupName: G })).events).toHaveLength(2);
    expect((await logs.describeLogGroups({})).logGroups[0]).not.toHaveProperty('retentionInDays');
    expect((await logs.describeLogGroups({})).logGroups[0]!.storedBytes).toBe(store.events(G).reduce((n, e) => n + 26 + e.message.length, 0));
  });
});

describe('CreateLogGroup, CreateLogStream, PutLogEvents', () => {
  it('write events into a new stream', async () => {
    await logs.createLogGroup({ logGroupName: '/custom/app' });
    await logs.createLogStream({ logGroupName: '/custom/app', logStreamName: 'one' });
    await logs.putLogEvents({ logGroupName: '/custom/app', logStreamName: 'one', logEvents: [{ timestamp: 1, message: 'hello' }] });
    expect(store.events('/custom/app').map((e) => [e.message, e.level])).toEqual([['hello', 'INFO']]);
    expect((await failure(logs.createLogGroup({ logGroupName: '/custom/app' })))?.name).toBe('ResourceAlreadyExistsException');
    expect(await failure(logs.putLogEvents({ logGroupName: '/custom/app', logStreamName: 'two', logEvents: [{ timestamp: 1, message: 'x' }] }))).toEqual({
      name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.',
    });
  });
});
