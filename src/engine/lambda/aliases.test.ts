import { describe, expect, it } from 'vitest';
import { routeAlias, validateAliasName, validateRouting } from './aliases';

describe('alias routing', () => {
  it('sends the weight of traffic to the additional version and the rest to the primary', () => {
    const alias = { FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } };
    expect(routeAlias(alias, () => 0.29)).toBe('2');
    expect(routeAlias(alias, () => 0.3)).toBe('1');
    expect(routeAlias({ FunctionVersion: '1' }, () => 0)).toBe('1');
  });

  it('splits a large number of invocations in proportion to the weight', () => {
    const alias = { FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.25 } } };
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const counts = { '1': 0, '2': 0 } as Record<string, number>;
    for (let i = 0; i < 4000; i++) counts[routeAlias(alias, random)]!++;
    expect(counts['2']! / 4000).toBeGreaterThan(0.22);
    expect(counts['2']! / 4000).toBeLessThan(0.28);
  });

  it('validates names and routing as the Lambda API does', () => {
    expect(() => validateAliasName('live')).not.toThrow();
    expect(() => validateAliasName('123')).toThrow(/regular expression pattern/);
    const exists = (v: string) => ['1', '2'].includes(v);
    expect(validateRouting('1', { '2': 0.5 }, exists)).toEqual({ '2': 0.5 });
    expect(validateRouting('1', {}, exists)).toBeUndefined();
    expect(() => validateRouting('1', { '2': 1.5 }, exists)).toThrow(/less than or equal to 1.0/);
    expect(() => validateRouting('$LATEST', { '2': 0.5 }, exists)).toThrow(/\$LATEST is not supported/);
    expect(() => validateRouting('1', { '3': 0.5 }, exists)).toThrow(/does not exist/);
    expect(() => validateRouting('1', { '2': 0.1, '3': 0.1 }, exists)).toThrow(/cannot be greater than 1/);
  });
});
