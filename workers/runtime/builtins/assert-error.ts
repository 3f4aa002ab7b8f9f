// assert.AssertionError and the messages Node generates for it, including the `+ actual - expected` line diff.
import objectInspect from 'object-inspect';
import { inspect } from './inspect';

export interface AssertionErrorOptions {
  message?: string;
  actual?: unknown;
  expected?: unknown;
  operator?: string;
  stackStartFn?: (...args: any[]) => unknown;
}

/** Node's AssertionError: `code` is always ERR_ASSERTION; `generatedMessage` tells whether the caller gave the message. */
export class AssertionError extends Error {
  readonly code = 'ERR_ASSERTION';
  actual: unknown;
  expected: unknown;
  operator: string | undefined;
  generatedMessage: boolean;

  constructor(options: AssertionErrorOptions) {
    super(options.message ?? `${inspect(options.actual)} ${options.operator} ${inspect(options.expected)}`);
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = options.message === undefined;
    const capture = (Error as { captureStackTrace?: (target: object, fn?: unknown) => void }).captureStackTrace;
    if (options.stackStartFn) capture?.(this, options.stackStartFn);
  }
}

const isObject = (value: unknown) => (typeof value === 'object' && value !== null) || typeof value === 'function';

/** One property per line, as Node lays values out for a diff. */
export const inspectLines = (value: unknown) => objectInspect(value, { depth: Infinity, breakLength: 0, indent: 2 } as objectInspect.Options).split('\n');

/** Lines of `actual` and `expected` marked `+`, `-` or kept, from their longest common subsequence. */
function lineDiff(actual: string[], expected: string[]): string[] {
  const rows = actual.length;
  const cols = expected.length;
  const lcs = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lcs[i]![j] = actual[i] === expected[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && actual[i] === expected[j]) {
      out.push(`  ${actual[i++]}`);
      j++;
    } else if (j >= cols || (i < rows && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`+ ${actual[i++]}`);
    else out.push(`- ${expected[j++]}`);
  }
  return out;
}

/** The message Node writes for a failed strictEqual / deepStrictEqual. */
export function differenceMessage(actual: unknown, expected: unknown, header: string): string {
  if (!isObject(actual) || !isObject(expected)) return `${header}\n\n${inspect(actual)} !== ${inspect(expected)}\n`;
  return `${header}\n+ actual - expected\n\n${lineDiff(inspectLines(actual), inspectLines(expected)).join('\n')}`;
}
