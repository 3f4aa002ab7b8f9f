// Filter patterns against log events, using the examples of AWS's "Filter pattern syntax for metric
// filters, subscription filters, filter log events, and Live Tail" guide.
import { describe, expect, it } from 'vitest';
import { compileFilterPattern, splitFields } from './match';

const matching = (pattern: string, messages: string[]) => messages.filter(compileFilterPattern(pattern));

describe('unstructured terms', () => {
  const events = ['[ERROR 400] BAD REQUEST', '[ERROR 401] UNAUTHORIZED REQUEST', '[WARN 419] EXPIRED SESSION', '[SUCCESS 200] OK', 'error in lower case'];

  it('a single term matches events containing it, case-sensitively', () => {
    expect(matching('ERROR', events)).toEqual(events.slice(0, 2));
  });

  it('several terms must all occur', () => {
    expect(matching('ERROR 401', events)).toEqual(['[ERROR 401] UNAUTHORIZED REQUEST']);
    expect(matching('ERROR WARN', events)).toEqual([]);
  });

  it('? terms: any one of them', () => {
    expect(matching('?ERROR ?WARN', events)).toEqual(events.slice(0, 3));
  });

  it('- excludes a term', () => {
    expect(matching('ERROR -400', events)).toEqual(['[ERROR 401] UNAUTHORIZED REQUEST']);
    expect(matching('REQUEST -"BAD REQUEST"', events)).toEqual(['[ERROR 401] UNAUTHORIZED REQUEST']);
  });

  it('a quoted phrase matches exactly, spaces and symbols included', () => {
    expect(matching('"BAD REQUEST"', events)).toEqual(['[ERROR 400] BAD REQUEST']);
    expect(matching('"[WARN"', events)).toEqual(['[WARN 419] EXPIRED SESSION']);
  });

  it('%regex% terms', () => {
    expect(matching('%AUTHORIZED%', ['[ERROR 401] UNAUTHORIZED REQUEST', '[SUCCESS 200] AUTHORIZED REQUEST', 'none'])).toHaveLength(2);
    expect(matching('%ERROR 40[01]%', events)).toHaveLength(2);
  });

  it('the empty pattern matches everything', () => {
    expect(matching('', events)).toEqual(events);
    expect(matching('   ', events)).toEqual(events);
  });
});

describe('JSON patterns', () => {
  const a = JSON.stringify({ eventType: 'UpdateTrail', sourceIPAddress: '123.123.123.123', bandwidth: 80, latency: 50, arrayKey: ['value', 'another'], objectList: [{ name: 'a', id: 1 }, { name: 'b', id: 2 }], ThisFlag: true, trueFlag: false, nullKey: null, user: { id: 1, email: 'John.Doe@example.com' } });
  const b = JSON.stringify({ eventType: 'CreateTrail', sourceIPAddress: '10.0.0.1', bandwidth: 20, latency: 300, level: 'error' });
  const lambdaLine = `2026-11-21T09:30:00.123Z\tc6af9ac6-7b61-11e6-9a41-93e812345678\tINFO\t${JSON.stringify({ level: 'error', code: 500 })}`;
  const events = [a, b, 'not json at all', lambdaLine];

  it('= and != on strings, with * wildcards', () => {
    expect(matching('{ $.eventType = "UpdateTrail" }', events)).toEqual([a]);
    expect(matching('{ $.eventType != "UpdateTrail" }', events)).toEqual([b]);
    expect(matching('{ $.sourceIPAddress = 123.123.* }', events)).toEqual([a]);
    expect(matching('{ $.sourceIPAddress != 123.123.* }', events)).toEqual([b]);
    expect(matching('{ $.eventType = "*Trail" }', events)).toEqual([a, b]);
  });

  it('numeric comparisons', () => {
    expect(matching('{ $.bandwidth > 75 }', events)).toEqual([a]);
    expect(matching('{ $.latency < 100 }', events)).toEqual([a]);
    expect(matching('{ $.latency >= 300 }', events)).toEqual([b]);
    expect(matching('{ $.latency <= 50 }', events)).toEqual([a]);
    expect(matching('{ $.latency = 50 }', events)).toEqual([a]);
    expect(matching('{ $.latency != 50 }', events)).toEqual([b]);
    expect(matching('{ $.latency = 5e1 }', events)).toEqual([a]);
  });

  it('&&, || and parentheses', () => {
    expect(matching('{ ($.eventType = "UpdateTrail") && ($.bandwidth > 75) }', events)).toEqual([a]);
    expect(matching('{ $.latency = 300 || $.bandwidth > 75 }', events)).toEqual([a, b]);
    expect(matching('{ ($.latency = 300 || $.bandwidth > 75) && $.eventType = "CreateTrail" }', events)).toEqual([b]);
    expect(matching('{ $.latency = 300 || ($.bandwidth > 75 && $.eventType = "CreateTrail") }', events)).toEqual([b]);
  });

  it('nested keys and array indexes', () => {
    expect(matching('{ $.user.id = 1 }', events)).toEqual([a]);
    expect(matching('{ $.user.email = "John.Doe*" }', events)).toEqual([a]);
    expect(matching('{ $.arrayKey[0] = "value" }', events)).toEqual([a]);
    expect(matching('{ $.arrayKey[1] = "value" }', events)).toEqual([]);
    expect(matching('{ $.objectList[1].id = 2 }', events)).toEqual([a]);
  });

  it('IS TRUE, IS FALSE, IS NULL and NOT EXISTS', () => {
    expect(matching('{ $.ThisFlag IS TRUE }', events)).toEqual([a]);
    expect(matching('{ $.trueFlag IS FALSE }', events)).toEqual([a]);
    expect(matching('{ $.nullKey IS NULL }', events)).toEqual([a]);
    expect(matching('{ $.user IS NULL }', events)).toEqual([]);
    expect(matching('{ $.nullKey NOT EXISTS }', events)).toEqual([b, lambdaLine]);
  });

  it('reads the JSON after the prefix of a Lambda text-format line', () => {
    expect(matching('{ $.level = "error" }', events)).toEqual([b, lambdaLine]);
    expect(matching('{ $.code >= 500 }', events)).toEqual([lambdaLine]);
  });

  it('types must agree: a string does not equal a number', () => {
    expect(matching('{ $.latency = "50" }', events)).toEqual([]);
    expect(matching('{ $.eventType > 1 }', events)).toEqual([]);
  });
});

describe('space-delimited patterns', () => {
  const log = [
    '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 200 1534',
    '127.0.0.1 - frank [10/Oct/2000:13:35:22 -0700] "GET /index.html HTTP/1.0" 404 286',
    '10.0.0.2 - ana [10/Oct/2000:13:50:35 -0700] "POST /orders HTTP/1.0" 500 0',
  ];

  it('splits on spaces, keeping "..." and [...] whole', () => {
    expect(splitFields(log[0]!)).toEqual(['127.0.0.1', '-', 'frank', '10/Oct/2000:13:25:15 -0700', 'GET /apache_pb.gif HTTP/1.0', '200', '1534']);
  });

  it('names every field, with conditions on some', () => {
    expect(matching('[ip, user, username, timestamp, request, status_code, bytes]', log)).toEqual(log);
    expect(matching('[ip, user, username, timestamp, request, status_code = 404, bytes]', log)).toEqual([log[1]]);
    expect(matching('[ip, user, username, timestamp, request = "*html*", status_code = 4*, bytes]', log)).toEqual([log[1]]);
    expect(matching('[ip, user, username, timestamp, request, status_code >= 400, bytes < 1000]', log)).toEqual([log[1], log[2]]);
  });

  it('... stands for any number of fields', () => {
    expect(matching('[ip, ..., status_code = 5*, bytes]', log)).toEqual([log[2]]);
    expect(matching('[..., status_code = 200, bytes]', log)).toEqual([log[0]]);
    expect(matching('[ip = 127*, ...]', log)).toEqual(log.slice(0, 2));
  });

  it('&& and || within a field', () => {
    expect(matching('[..., status_code = 200 || status_code = 500, bytes]', log)).toEqual([log[0], log[2]]);
    expect(matching('[..., status_code >= 400 && status_code < 500, bytes]', log)).toEqual([log[1]]);
  });

  it('the number of fields must agree without ...', () => {
    expect(matching('[ip, user, username]', log)).toEqual([]);
  });
});
