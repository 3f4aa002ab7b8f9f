// The bare values of structured patterns: numbers, or strings in which `*` is a wildcard.
import { FilterPatternError } from './types';

/** Reads a bare value: a number when it is one, else a string (where `*` is a wildcard). */
export function literalOf(text: string): { kind: 'number'; value: number } | { kind: 'string'; value: string } {
  if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { kind: 'number', value: Number(text) };
  return { kind: 'string', value: text };
}

/** Thrown for a comparison that needs a number but got a string (`$.a > "x"`). */
export const notANumber = (text: string, column: number) => new FilterPatternError(`Invalid character(s) in term '${text}'`, column);
