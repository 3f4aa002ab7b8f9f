import { describe, expect, it } from 'vitest';
import { RECURSION_LIMIT, RunningChains, exceedsRecursionLimit, invocationChain, isChainContext, newChain } from './chain';

describe('chain context', () => {
  it('counts invocations from the originating event; the 17th is stopped', () => {
    let chain = newChain();
    expect(chain.count).toBe(0);
    const counts: number[] = [];
    for (;;) {
      const invocation = invocationChain(chain);
      if (exceedsRecursionLimit(invocation)) break;
      counts.push(invocation.count);
      chain = invocation;
    }
    expect(counts).toHaveLength(RECURSION_LIMIT);
    expect(chain).toEqual({ originId: expect.any(String), count: 16 });
  });

  it('is plain data that survives structured cloning, and is checked when it comes back', () => {
    const chain = invocationChain(newChain());
    expect(structuredClone(chain)).toEqual(chain);
    expect(isChainContext(structuredClone(chain))).toBe(true);
    for (const bad of [null, {}, { originId: 'x' }, { originId: '', count: 1 }, { originId: 'x', count: 1.5 }, { originId: 'x', count: -1 }]) {
      expect(isChainContext(bad)).toBe(false);
    }
  });

  it('knows the chain of each running invocation by request id', () => {
    const running = new RunningChains();
    running.start('r1', { originId: 'o', count: 3 });
    const copy = running.get('r1')!;
    copy.count = 99;
    expect(running.get('r1')).toEqual({ originId: 'o', count: 3 });
    running.end('r1');
    expect(running.get('r1')).toBeUndefined();
  });
});
