// EMF log lines to metrics: the specification's document, and what is left a plain log line.
import { describe, expect, it } from 'vitest';
import { parseEmf } from './emf';

const doc = (over: Record<string, unknown> = {}) => ({
  _aws: { Timestamp: 1_700_000_000_000, CloudWatchMetrics: [{ Namespace: 'Shop', Dimensions: [['Service'], []], Metrics: [{ Name: 'Latency', Unit: 'Milliseconds' }] }] },
  Service: 'cart',
  Latency: [10, 20],
  requestId: 'abc',
  ...over,
});

describe('parseEmf', () => {
  it('extracts each metric in each dimension set, from a bare line or a runtime line', () => {
    const expected = [
      { namespace: 'Shop', name: 'Latency', dimensions: [{ Name: 'Service', Value: 'cart' }], values: [10, 20], unit: 'Milliseconds', timestamp: 1_700_000_000_000 },
      { namespace: 'Shop', name: 'Latency', dimensions: [], values: [10, 20], unit: 'Milliseconds', timestamp: 1_700_000_000_000 },
    ];
    expect(parseEmf(JSON.stringify(doc()))).toEqual(expected);
    expect(parseEmf(`2026-12-07T12:00:00.000Z\tc0ffee\tINFO\t${JSON.stringify(doc())}`)).toEqual(expected);
  });

  it('leaves lines that break the specification alone', () => {
    const aws = doc()._aws;
    const broken = [
      'plain text mentioning "_aws"',
      `${JSON.stringify(doc())} trailing`,
      JSON.stringify(doc({ _aws: { ...aws, Timestamp: 'now' } })),
      JSON.stringify(doc({ _aws: { CloudWatchMetrics: aws.CloudWatchMetrics } })),
      JSON.stringify(doc({ Service: 42 })),
      JSON.stringify(doc({ Service: undefined })),
      JSON.stringify(doc({ Latency: 'fast' })),
      JSON.stringify(doc({ Latency: Array.from({ length: 101 }, () => 1) })),
      JSON.stringify(doc({ _aws: { ...aws, CloudWatchMetrics: [{ ...aws.CloudWatchMetrics[0], Metrics: [{ Name: 'Latency', Unit: 'Millis' }] }] } })),
      JSON.stringify(doc({ _aws: { ...aws, CloudWatchMetrics: [{ ...aws.CloudWatchMetrics[0], Metrics: [{ Name: 'Latency', StorageResolution: 5 }] }] } })),
      JSON.stringify(doc({ _aws: { ...aws, CloudWatchMetrics: [{ ...aws.CloudWatchMetrics[0], Namespace: ' ' }] } })),
      JSON.stringify(doc({ _aws: { ...aws, CloudWatchMetrics: [{ ...aws.CloudWatchMetrics[0], Dimensions: [Array.from({ length: 31 }, () => 'Service')] }] } })),
    ];
    for (const line of broken) expect(parseEmf(line), line).toBeUndefined();
  });

  it('ignores lines without an _aws member cheaply', () => {
    expect(parseEmf('{"hello":"world"}')).toBeUndefined();
  });
});
