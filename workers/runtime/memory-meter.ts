// The function's memory setting, enforced. Chromium gives a dedicated worker no heap figure, and a
// worker that outgrows memory takes the whole tab down with it, so the runtime meters what holds
// real memory in a handler: every ArrayBuffer and typed array it allocates (Buffer included), counted
// while reachable (a FinalizationRegistry takes each off once collected). On top of the footprint
// of the Node.js runtime itself, going past MemorySize stops the environment as Lambda's does.
// Plain objects and strings are not metered; /tmp files live outside the meter (see fs/volume.ts).

/** Allocations below this are not worth tracking one by one. */
const SMALL_BYTES = 64 * 1024;

const TYPED_ARRAYS = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
] as const;

export interface MemoryMeter {
  /** Bytes of metered allocations still reachable (as far as the collector has said). */
  liveBytes(): number;
  /** From now on, `onExceeded` runs once when live bytes pass `limitBytes`; the allocation then fails. */
  arm(limitBytes: number, onExceeded: () => void): void;
}

type Constructor = new (...args: unknown[]) => object;

/** Replaces the scope's ArrayBuffer and typed array constructors with metered subclasses. */
export function installMemoryMeter(scope: Record<string, unknown>): MemoryMeter {
  let live = 0;
  let limit = Infinity;
  let onExceeded: (() => void) | undefined;
  const registry = new FinalizationRegistry<number>((bytes) => {
    live -= bytes;
  });
  const count = (target: object, bytes: number) => {
    if (bytes < SMALL_BYTES) return;
    live += bytes;
    registry.register(target, bytes);
    if (live > limit) {
      const exceeded = onExceeded;
      onExceeded = undefined;
      exceeded?.();
      // V8's own words when a backing store cannot be had.
      throw new RangeError('Array buffer allocation failed');
    }
  };
  const OriginalArrayBuffer = scope.ArrayBuffer as typeof ArrayBuffer;
  const meter = (name: string, isNewMemory: (args: unknown[]) => boolean) => {
    const Original = scope[name] as Constructor | undefined;
    if (typeof Original !== 'function') return;
    const Metered = class extends Original {
      constructor(...args: unknown[]) {
        super(...args);
        if (isNewMemory(args)) count(this, (this as unknown as { byteLength: number }).byteLength);
      }
      // Arrays the platform makes (TextEncoder, fetch, structured clone) are still `instanceof` these.
      static override [Symbol.hasInstance](value: unknown): boolean {
        return value instanceof Original;
      }
    };
    Object.defineProperty(Metered, 'name', { value: name });
    scope[name] = Metered;
  };
  meter('ArrayBuffer', () => true);
  // A view over an existing buffer allocates nothing; a length, an array or another typed array does.
  for (const name of TYPED_ARRAYS) meter(name, (args) => !(args[0] instanceof OriginalArrayBuffer) && !isShared(args[0]));
  return {
    liveBytes: () => live,
    arm(limitBytes, exceeded) {
      limit = limitBytes;
      onExceeded = exceeded;
    },
  };
}

function isShared(value: unknown): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer;
}
