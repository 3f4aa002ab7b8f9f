// console argument formatting in the manner of Node's util.format, which Lambda's logs show.
import inspect from 'object-inspect';

/** Renders a value the way Node's console does: strings bare, objects inspected, errors as stacks. */
export function formatValue(value: unknown, mapStack: (stack: string) => string): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return mapStack(value.stack ?? `${value.name}: ${value.message}`);
  // Like util.inspect: one line while it fits Node's break length, else indented.
  const oneLine = inspect(value, { depth: 4 });
  return oneLine.length <= 72 ? oneLine : inspect(value, { depth: 4, indent: 2 });
}

/** util.format: `%s %d %i %f %j %o %O %c %%` in a leading string, the rest joined by spaces. */
export function formatArgs(args: unknown[], mapStack: (stack: string) => string): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  let head: string;
  if (typeof first === 'string' && first.includes('%')) {
    head = first.replace(/%([sdifjoOc%])/g, (match, spec: string) => {
      if (spec === '%') return '%';
      if (rest.length === 0) return match;
      const value = rest.shift();
      switch (spec) {
        case 's': return typeof value === 'string' ? value : formatValue(value, mapStack);
        case 'd': case 'i': {
          const n = spec === 'i' ? parseInt(String(value), 10) : Number(value);
          return String(n);
        }
        case 'f': return String(parseFloat(String(value)));
        case 'j': try { return JSON.stringify(value); } catch { return '[Circular]'; }
        case 'c': return '';
        default: return formatValue(value, mapStack);
      }
    });
  } else {
    head = formatValue(first, mapStack);
  }
  return [head, ...rest.map((v) => formatValue(v, mapStack))].join(' ');
}
