// The memory meter: what counts as new memory, what happens past the limit, and that metered
// constructors still behave as the platform's own.
import { describe, expect, it } from 'vitest';
import { installMemoryMeter } from './memory-meter';

const KB = 1024;

function scope() {
  return { ArrayBuffer, Uint8Array, Float64Array } as Record<string, unknown>;
}

describe('installMemoryMeter', () => {
  it('counts new buffers and typed arrays, but not views over an existing buffer', () => {
    const s = scope();
    const meter = installMemoryMeter(s);
    const U8 = s.Uint8Array as typeof Uint8Array;
    const AB = s.ArrayBuffer as typeof ArrayBuffer;
    const held = [new U8(100 * KB), new AB(200 * KB), new (s.Float64Array as typeof Float64Array)(16 * KB)];
    expect(meter.liveBytes()).toBe(100 * KB + 200 * KB + 128 * KB);
    held.push(new U8(held[1] as ArrayBuffer), new U8(new ArrayBuffer(300 * KB)));
    expect(meter.liveBytes()).toBe(428 * KB);
    // Copies of data are new memory; small allocations are not tracked one by one.
    held.push(new U8(held[0] as Uint8Array), new U8(10));
    expect(meter.liveBytes()).toBe(528 * KB);
  });

  it('fails the allocation that goes past the limit and reports it once', () => {
    const s = scope();
    const meter = installMemoryMeter(s);
    const U8 = s.Uint8Array as typeof Uint8Array;
    let exceeded = 0;
    meter.arm(1024 * KB, () => exceeded++);
    const held = [new U8(600 * KB)];
    expect(() => held.push(new U8(600 * KB))).toThrow(new RangeError('Array buffer allocation failed'));
    expect(exceeded).toBe(1);
    expect(() => held.push(new U8(600 * KB))).toThrow(RangeError);
    expect(exceeded).toBe(1);
  });

  it('keeps instanceof, names and static methods of the platform constructors', () => {
    const s = scope();
    installMemoryMeter(s);
    const U8 = s.Uint8Array as typeof Uint8Array;
    expect(new TextEncoder().encode('x')).toBeInstanceOf(U8);
    expect(new U8(4)).toBeInstanceOf(Uint8Array);
    expect(U8.name).toBe('Uint8Array');
    expect(Array.from(U8.from([1, 2, 3]).slice(1))).toEqual([2, 3]);
    expect(Object.prototype.toString.call(new U8(1))).toBe('[object Uint8Array]');
  });
});
