// util.inspect and util.format in Node's output style, on top of object-inspect (which the runtime's console already uses).
import objectInspect from 'object-inspect';

/** The options of Node's util.inspect this runtime honours. */
export interface InspectOptions {
  depth?: number | null;
  breakLength?: number;
  compact?: boolean | number;
  customInspect?: boolean;
  [option: string]: unknown;
}

const CUSTOM = Symbol.for('nodejs.util.inspect.custom');

/** util.inspect(value, options) or the legacy util.inspect(value, showHidden, depth, colors). */
export function inspect(value: unknown, options?: InspectOptions | boolean, legacyDepth?: number | null): string {
  const opts: InspectOptions = typeof options === 'object' && options !== null ? options : { depth: legacyDepth };
  const depth = opts.depth === null || opts.depth === Infinity ? Infinity : (opts.depth ?? 2);
  const custom = opts.customInspect !== false && value !== null && typeof value === 'object' ? (value as Record<symbol, unknown>)[CUSTOM] : undefined;
  if (typeof custom === 'function') {
    const result: unknown = custom.call(value, depth, { ...opts, depth }, inspect);
    if (result !== value) return typeof result === 'string' ? result : inspect(result, opts);
  }
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  // object-inspect prints dates with toString(); Node prints the ISO form.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  // object-inspect counts the top level as depth 1 where Node counts it as 0.
  const breakLength = opts.compact === false ? 0 : (opts.breakLength ?? 80);
  return objectInspect(value, {
    depth: depth === Infinity ? Infinity : depth + 1,
    breakLength,
    // `true` also honours the npm Buffer's own inspect(), which prints `<Buffer 68 69>` as Node does.
    customInspect: opts.customInspect !== false,
  } as objectInspect.Options);
}
inspect.custom = CUSTOM;
inspect.defaultOptions = { depth: 2, breakLength: 80, compact: 3, colors: false, showHidden: false, customInspect: true };

const formatNumber = (value: number) => (Object.is(value, -0) ? '-0' : String(value));

/** Node inspects an object for `%s` unless it has a toString of its own (not one inherited from a built-in class). */
function hasBuiltInToString(value: object): boolean {
  if (typeof (value as { toString?: unknown }).toString !== 'function') return true;
  if (Object.hasOwn(value, 'toString')) return false;
  let owner: object | null = value;
  do owner = Object.getPrototypeOf(owner) as object | null;
  while (owner && !Object.hasOwn(owner, 'toString'));
  const constructor = owner ? (Object.getOwnPropertyDescriptor(owner, 'constructor')?.value as unknown) : undefined;
  return typeof constructor === 'function' && (globalThis as Record<string, unknown>)[constructor.name] === constructor;
}

function formatSpec(spec: string, arg: unknown, options: InspectOptions): string {
  switch (spec) {
    case 's':
      if (typeof arg === 'number') return formatNumber(arg);
      if (typeof arg === 'bigint') return `${arg}n`;
      if (typeof arg === 'object' && arg !== null && hasBuiltInToString(arg)) return inspect(arg, { ...options, depth: 0, compact: 3 });
      return String(arg);
    case 'j':
      try {
        return String(JSON.stringify(arg));
      } catch (error) {
        if (error instanceof TypeError && /circular/i.test(error.message)) return '[Circular]';
        throw error;
      }
    case 'd':
    case 'i':
    case 'f':
      if (typeof arg === 'bigint') return spec === 'f' ? formatNumber(Number(arg)) : `${arg}n`;
      if (typeof arg === 'symbol') return 'NaN';
      if (spec === 'd') return formatNumber(typeof arg === 'object' && arg !== null ? NaN : Number(arg));
      return formatNumber(spec === 'i' ? parseInt(String(arg), 10) : parseFloat(String(arg)));
    case 'O':
      return inspect(arg, options);
    case 'o':
      return inspect(arg, { ...options, depth: 4 });
    default: // 'c': CSS has no meaning outside a browser console.
      return '';
  }
}

/** util.formatWithOptions: printf-style `%s %d %i %f %j %o %O %c %%`, then the remaining arguments joined by spaces. */
export function formatWithOptions(options: InspectOptions, ...args: unknown[]): string {
  const first = args[0];
  let next = 0;
  let output = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    next = 1;
    output = first.replace(/%([sjdifoOc%])/g, (match, spec: string) => {
      if (spec === '%') return '%';
      if (next >= args.length) return match;
      return formatSpec(spec, args[next++], options);
    });
  }
  for (; next < args.length; next++) {
    const value = args[next];
    if (next > 0) output += ' ';
    output += typeof value === 'string' ? value : inspect(value, options);
  }
  return output;
}

export function format(...args: unknown[]): string {
  return formatWithOptions({}, ...args);
}
