import { describe, expect, it } from 'vitest';
import { throttled } from './concurrency';
import { burst } from './burst';

describe('burst', () => {
  it('tallies successes, function errors, throttles by reason and versions', async () => {
    let n = 0;
    const invoke = async () => {
      const i = n++;
      if (i % 4 === 3) throw throttled('ReservedFunctionConcurrentInvocationLimitExceeded');
      return { StatusCode: 200, Payload: 'null', ExecutedVersion: i % 2 ? '2' : '1', ...(i === 0 ? { FunctionError: 'Unhandled' as const } : {}) };
    };
    const result = await burst(invoke, { FunctionName: 'f', Count: 8 });
    expect(result).toMatchObject({
      count: 8, succeeded: 5, functionErrors: 1,
      throttled: { ReservedFunctionConcurrentInvocationLimitExceeded: 2 },
      executedVersions: { '1': 4, '2': 2 },
    });
  });

  it('refuses a count outside 1–1000', async () => {
    await expect(burst(async () => ({ StatusCode: 200, Payload: '', ExecutedVersion: '$LATEST' }), { FunctionName: 'f', Count: 0 })).rejects.toThrow(/1 to 1000/);
  });
});
